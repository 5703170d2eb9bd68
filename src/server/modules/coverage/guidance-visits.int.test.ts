import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestOrg, createTestTree } from '../../../../test/factories.ts';
import { auditLog } from '../../db/schema/index.ts';
import { today } from '../../platform/paging.ts';
import { coverByOrg, designate, insertAssignment, insertUnit, parkOf } from './coverage.fixtures.ts';

describeWithApp('guidance visits and the instructor\'s relation scope', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let admin: string;
  let instructor: { userId: number; cookie: string };
  let assigned: { id: number };
  let sameBranch: { id: number };
  let elsewhere: { id: number };
  let assignmentId: number;

  const post = (cookie: string, url: string, payload: unknown) => get().app.inject({ method: 'POST', url, headers: { cookie }, payload: payload as object });
  const read = (cookie: string, url: string) => get().app.inject({ url, headers: { cookie } });
  const visit = (cookie: string, payload: Record<string, unknown>) => post(cookie, '/api/v1/guidance-visits', { topics: '组织生活指导', ...payload });
  const field = (res: { json(): { error: { details: { field?: string }[] } } }) => res.json().error.details[0]?.field;

  before(async () => {
    const park = parkOf(get());
    tree = await createTestTree(get().system);
    admin = (await get().userWith([{ role: 'park_admin', orgId: null }])).cookie;
    instructor = await get().userWith([{ role: 'instructor', orgId: null }]);
    // The assigned unit and a neighbour are covered by the same joint branch; the neighbour has no assignment.
    const joint = await createTestOrg(get().system, { parentId: tree.a.id, kind: 'joint_branch', foundedOn: '2020-01-01' });
    assigned = await insertUnit(park, tree.a1.id, { name: '受指导企业' });
    await designate(park, assigned.id, 'above_scale', '2022-01-01');
    sameBranch = await insertUnit(park, joint.id, { name: '同支部企业' });
    await coverByOrg(park, joint.id, assigned.id, 'joint', '2022-01-01');
    await coverByOrg(park, joint.id, sameBranch.id, 'joint', '2022-01-01');
    elsewhere = await insertUnit(park, tree.b1.id, { name: '别处企业' });
    await designate(park, elsewhere.id, 'above_scale', '2022-01-01');
    const res = await post(admin, '/api/v1/instructor-assignments', { instructorUserId: instructor.userId, enterpriseId: assigned.id, validFrom: '2023-01-01' });
    assert.equal(res.statusCode, 201, res.body);
    assignmentId = res.json().id;
  });

  test('POST /api/v1/guidance-visits logs the assigned instructor\'s visit with 201 and audits it', async () => {
    const res = await visit(instructor.cookie, { enterpriseId: assigned.id, visitedOn: '2024-03-05', findings: '台账不全', followUps: '一个月内补齐' });
    assert.equal(res.statusCode, 201, res.body);
    const v = res.json();
    assert.deepEqual(
      [v.enterpriseId, v.enterpriseName, v.instructorUserId, v.visitedOn, v.topics, v.findings, v.followUps],
      [assigned.id, '受指导企业', instructor.userId, '2024-03-05', '组织生活指导', '台账不全', '一个月内补齐'],
    );
    const rows = await get().database.db.select().from(auditLog).where(and(eq(auditLog.tenantId, get().park.id), eq(auditLog.action, 'guidance_visit.create'), eq(auditLog.objectId, String(v.id))));
    assert.equal(rows.length, 1);
  });

  test('POST /api/v1/guidance-visits: 404 outside the scope, 422 in scope but not assigned or before the assignment, 400 in the future, 403 without guidance.write', async () => {
    // A neighbour covered by the same joint branch is not in the relation scope: the covering org opens orgs and
    // members, not every unit it covers.
    const neighbour = await visit(instructor.cookie, { enterpriseId: sameBranch.id, visitedOn: '2024-03-05' });
    assert.equal(neighbour.statusCode, 404);
    // An instructor bound to org a sees the unit (its responsible org a1 is under a) but is not assigned to it.
    const boundToA = await get().userWith([{ role: 'instructor', orgId: tree.a.id }]);
    const notAssigned = await visit(boundToA.cookie, { enterpriseId: assigned.id, visitedOn: '2024-03-05' });
    assert.equal(notAssigned.statusCode, 422);
    assert.equal(field(notAssigned), 'enterpriseId');
    const unseen = await visit(instructor.cookie, { enterpriseId: elsewhere.id, visitedOn: '2024-03-05' });
    assert.equal(unseen.statusCode, 404);
    assert.equal(field(unseen), 'enterpriseId');
    assert.equal((await visit(instructor.cookie, { enterpriseId: 987654321, visitedOn: '2024-03-05' })).statusCode, 404);
    const before = await visit(instructor.cookie, { enterpriseId: assigned.id, visitedOn: '2022-12-31' });
    assert.equal(before.statusCode, 422);
    assert.equal(field(before), 'visitedOn');
    const future = await visit(instructor.cookie, { enterpriseId: assigned.id, visitedOn: '2999-01-01' });
    assert.equal(future.statusCode, 400);
    assert.equal(field(future), 'visitedOn');
    const blank = await visit(instructor.cookie, { enterpriseId: assigned.id, visitedOn: '2024-03-05', topics: '  ' });
    assert.equal(blank.statusCode, 400);
    assert.match(field(blank) ?? '', /topics/);
    assert.equal((await visit(admin, { enterpriseId: assigned.id, visitedOn: '2024-03-05' })).statusCode, 403);
    const other = await get().otherPark();
    const foreign = await insertUnit({ db: get().database.db, tenantId: other.id }, (await createTestOrg(other.system)).id);
    assert.equal((await visit(instructor.cookie, { enterpriseId: foreign.id, visitedOn: '2024-03-05' })).statusCode, 404);
  });

  test('an instructor assigned to one enterprise sees its coverage, assignments and visits, and 404 for others', async () => {
    const rates = await read(instructor.cookie, '/api/v1/coverage/rates?asOf=2024-06-01');
    assert.equal(rates.statusCode, 200, rates.body);
    const aboveScale = rates.json().items.find((r: { category: string }) => r.category === 'above_scale');
    assert.deepEqual([aboveScale.denominator, aboveScale.covered], [1, 1]);
    const units = (await read(instructor.cookie, '/api/v1/coverage/units?category=above_scale&asOf=2024-06-01')).json();
    assert.deepEqual(units.items.map((u: { id: number }) => u.id), [assigned.id]);
    assert.deepEqual(units.items[0].instructors.map((i: { userId: number }) => i.userId), [instructor.userId]);

    await insertAssignment(parkOf(get()), (await get().userWith([{ role: 'instructor', orgId: null }])).userId, elsewhere.id, '2023-01-01');
    assert.equal((await read(instructor.cookie, `/api/v1/guidance-visits?enterpriseId=${elsewhere.id}`)).statusCode, 404);
    assert.equal((await read(instructor.cookie, `/api/v1/instructor-assignments?enterpriseId=${elsewhere.id}`)).statusCode, 404);
    const mine = (await read(instructor.cookie, '/api/v1/instructor-assignments')).json();
    assert.deepEqual(mine.items.map((a: { enterpriseId: number }) => a.enterpriseId), [assigned.id]);
    const visits = (await read(instructor.cookie, `/api/v1/guidance-visits?enterpriseId=${assigned.id}`)).json();
    assert.ok(visits.total >= 1);
    assert.ok(visits.items.every((v: { enterpriseId: number }) => v.enterpriseId === assigned.id));
  });

  test('GET /api/v1/guidance-visits filters by instructor and date range; from after to is 400', async () => {
    await visit(instructor.cookie, { enterpriseId: assigned.id, visitedOn: '2024-05-10' });
    await visit(instructor.cookie, { enterpriseId: assigned.id, visitedOn: '2024-08-10' });
    const ranged = (await read(admin, `/api/v1/guidance-visits?enterpriseId=${assigned.id}&from=2024-05-01&to=2024-06-30`)).json();
    assert.deepEqual(ranged.items.map((v: { visitedOn: string }) => v.visitedOn), ['2024-05-10']);
    const byInstructor = (await read(admin, `/api/v1/guidance-visits?instructorUserId=${instructor.userId}`)).json();
    assert.ok(byInstructor.items.every((v: { instructorUserId: number }) => v.instructorUserId === instructor.userId));
    assert.deepEqual(byInstructor.items.map((v: { visitedOn: string }) => v.visitedOn).slice(0, 2), ['2024-08-10', '2024-05-10']);
    const reversed = await read(admin, '/api/v1/guidance-visits?from=2024-06-01&to=2024-05-01');
    assert.equal(reversed.statusCode, 400);
    assert.equal(field(reversed), 'to');
    const grid = (await get().userWith([{ role: 'grid_worker', orgId: tree.a.id }])).cookie;
    assert.equal((await read(grid, '/api/v1/guidance-visits')).statusCode, 403);
  });

  test('when the assignment ends, the instructor loses the enterprise: 404 (403 once no assignment is left)', async () => {
    // A second assignment keeps the instructor's scope non-empty; with none left, enterprises.read is held nowhere.
    const spare = await insertUnit(parkOf(get()), tree.b1.id);
    const second = await post(admin, '/api/v1/instructor-assignments', { instructorUserId: instructor.userId, enterpriseId: spare.id, validFrom: '2023-01-01' });
    assert.equal(second.statusCode, 201, second.body);
    const ended = await post(admin, `/api/v1/instructor-assignments/${assignmentId}/end`, { validTo: today() });
    assert.equal(ended.statusCode, 200, ended.body);
    assert.equal((await visit(instructor.cookie, { enterpriseId: assigned.id, visitedOn: '2024-03-05' })).statusCode, 404);
    assert.equal((await read(instructor.cookie, `/api/v1/guidance-visits?enterpriseId=${assigned.id}`)).statusCode, 404);
    const rates = (await read(instructor.cookie, '/api/v1/coverage/rates')).json();
    assert.ok(rates.items.every((r: { denominator: number }) => r.denominator === 0));
    assert.equal((await post(admin, `/api/v1/instructor-assignments/${second.json().id}/end`, { validTo: today() })).statusCode, 200);
    assert.equal((await read(instructor.cookie, '/api/v1/coverage/rates')).statusCode, 403);
    assert.equal((await visit(instructor.cookie, { enterpriseId: spare.id, visitedOn: '2024-03-05' })).statusCode, 403);
  });
});
