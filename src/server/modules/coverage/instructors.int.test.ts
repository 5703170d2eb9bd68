import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestOrg, createTestTree } from '../../../../test/factories.ts';
import { auditLog } from '../../db/schema/index.ts';
import { today } from '../../platform/paging.ts';
import { insertUser, replaceAssignments } from '../users/users.repository.ts';
import { insertAssignment, insertUnit, parkOf } from './coverage.fixtures.ts';

describeWithApp('instructor assignments', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let admin: string;
  let instructorId: number;

  const post = (cookie: string, url: string, payload: unknown) => get().app.inject({ method: 'POST', url, headers: { cookie }, payload: payload as object });
  const read = (cookie: string, url: string) => get().app.inject({ url, headers: { cookie } });
  const assign = (cookie: string, payload: Record<string, unknown>) => post(cookie, '/api/v1/instructor-assignments', payload);
  const field = (res: { json(): { error: { details: { field?: string }[] } } }) => res.json().error.details[0]?.field;

  async function audited(action: string, objectId: number): Promise<number> {
    const rows = await get().database.db.select().from(auditLog).where(and(eq(auditLog.tenantId, get().park.id), eq(auditLog.action, action), eq(auditLog.objectId, String(objectId))));
    return rows.length;
  }

  before(async () => {
    tree = await createTestTree(get().system);
    admin = (await get().userWith([{ role: 'park_admin', orgId: null }])).cookie;
    instructorId = (await get().userWith([{ role: 'instructor', orgId: null }])).userId;
  });

  test('POST /api/v1/instructor-assignments assigns with 201 and audits; the same pair overlapping is 409', async () => {
    const unit = await insertUnit(parkOf(get()), tree.a1.id, { name: '指导企业' });
    const res = await assign(admin, { instructorUserId: instructorId, enterpriseId: unit.id, validFrom: '2023-03-01' });
    assert.equal(res.statusCode, 201, res.body);
    const created = res.json();
    assert.deepEqual(
      { ...created, id: 0, instructorName: '' },
      { id: 0, instructorUserId: instructorId, instructorName: '', enterpriseId: unit.id, enterpriseName: '指导企业', validFrom: '2023-03-01', validTo: null, isCurrent: true },
    );
    assert.equal(await audited('instructor_assignment.create', created.id), 1);

    const again = await assign(admin, { instructorUserId: instructorId, enterpriseId: unit.id, validFrom: '2020-01-01' });
    assert.equal(again.statusCode, 409);
    assert.equal(field(again), 'validFrom');

    const ended = await post(admin, `/api/v1/instructor-assignments/${created.id}/end`, { validTo: '2024-01-01' });
    assert.equal(ended.statusCode, 200, ended.body);
    assert.deepEqual([ended.json().validTo, ended.json().isCurrent], ['2024-01-01', false]);
    assert.equal(await audited('instructor_assignment.end', created.id), 1);
    assert.equal((await assign(admin, { instructorUserId: instructorId, enterpriseId: unit.id, validFrom: '2023-12-31' })).statusCode, 409);
    assert.equal((await assign(admin, { instructorUserId: instructorId, enterpriseId: unit.id, validFrom: '2024-01-01' })).statusCode, 201);
    const another = (await get().userWith([{ role: 'instructor', orgId: null }])).userId;
    assert.equal((await assign(admin, { instructorUserId: another, enterpriseId: unit.id, validFrom: '2023-03-01' })).statusCode, 201);

    const list = await read(admin, `/api/v1/instructor-assignments?enterpriseId=${unit.id}`);
    assert.equal(list.json().total, 3);
    assert.equal((await read(admin, `/api/v1/instructor-assignments?enterpriseId=${unit.id}&asOf=2023-06-01`)).json().total, 2);
    assert.equal((await read(admin, `/api/v1/instructor-assignments?enterpriseId=${unit.id}&instructorUserId=${another}`)).json().total, 1);
  });

  test('the user must hold the instructor role on the start date (422), exist in the park (404); dates not in the future (400)', async () => {
    const unit = await insertUnit(parkOf(get()), tree.a1.id);
    const cadre = (await get().userWith([{ role: 'cadre', orgId: tree.a.id }])).userId;
    const notInstructor = await assign(admin, { instructorUserId: cadre, enterpriseId: unit.id, validFrom: '2023-03-01' });
    assert.equal(notInstructor.statusCode, 422);
    assert.equal(field(notInstructor), 'instructorUserId');

    const late = (await get().userWith([])).userId;
    await replaceAssignments(get().database.db, get().park.id, late, [{ role: 'instructor', orgId: null, validFrom: '2024-01-01' }]);
    assert.equal((await assign(admin, { instructorUserId: late, enterpriseId: unit.id, validFrom: '2023-03-01' })).statusCode, 422);
    assert.equal((await assign(admin, { instructorUserId: late, enterpriseId: unit.id, validFrom: '2024-02-01' })).statusCode, 201);

    const missing = await assign(admin, { instructorUserId: 987654321, enterpriseId: unit.id, validFrom: '2023-03-01' });
    assert.equal(missing.statusCode, 404);
    assert.equal(field(missing), 'instructorUserId');
    const other = await get().otherPark();
    const foreignUser = await insertUser(get().database.db, { tenantId: other.id, username: `foreign-${Date.now()}`, displayName: 'x', passwordHash: 'x' });
    assert.equal((await assign(admin, { instructorUserId: foreignUser.id, enterpriseId: unit.id, validFrom: '2023-03-01' })).statusCode, 404);

    const future = await assign(admin, { instructorUserId: instructorId, enterpriseId: unit.id, validFrom: '2999-01-01' });
    assert.equal(future.statusCode, 400);
    assert.equal(field(future), 'validFrom');
    const bad = await assign(admin, { instructorUserId: instructorId, enterpriseId: unit.id, validFrom: '2023-02-30' });
    assert.equal(bad.statusCode, 400);
  });

  test('POST /api/v1/instructor-assignments/:id/end refuses a date before the start or an ended assignment with 422, the future with 400', async () => {
    const unit = await insertUnit(parkOf(get()), tree.a1.id);
    const { id } = (await assign(admin, { instructorUserId: instructorId, enterpriseId: unit.id, validFrom: '2023-03-01' })).json();
    const early = await post(admin, `/api/v1/instructor-assignments/${id}/end`, { validTo: '2023-03-01' });
    assert.equal(early.statusCode, 422);
    assert.equal(field(early), 'validTo');
    assert.equal((await post(admin, `/api/v1/instructor-assignments/${id}/end`, { validTo: '2999-01-01' })).statusCode, 400);
    assert.equal((await post(admin, `/api/v1/instructor-assignments/${id}/end`, { validTo: today() })).statusCode, 200);
    assert.equal((await post(admin, `/api/v1/instructor-assignments/${id}/end`, { validTo: today() })).statusCode, 422);
    assert.equal((await post(admin, '/api/v1/instructor-assignments/987654321/end', { validTo: today() })).statusCode, 404);
  });

  test('writes need the unit in the enterprises.write scope: 404 unseen or in another park, 403 seen but not writable or without the permission', async () => {
    const park = parkOf(get());
    const inA1 = await insertUnit(park, tree.a1.id);
    const inB1 = await insertUnit(park, tree.b1.id);
    const secretary = (await get().userWith([{ role: 'org_secretary', orgId: tree.a.id }])).cookie;
    assert.equal((await assign(secretary, { instructorUserId: instructorId, enterpriseId: inA1.id, validFrom: '2023-03-01' })).statusCode, 201);
    const unseen = await assign(secretary, { instructorUserId: instructorId, enterpriseId: inB1.id, validFrom: '2023-03-01' });
    assert.equal(unseen.statusCode, 404);
    assert.equal(field(unseen), 'enterpriseId');
    assert.equal((await assign(secretary, { instructorUserId: instructorId, enterpriseId: 987654321, validFrom: '2023-03-01' })).statusCode, 404);
    const other = await get().otherPark();
    const foreignOrg = await createTestOrg(other.system);
    const foreign = await insertUnit({ db: get().database.db, tenantId: other.id }, foreignOrg.id);
    assert.equal((await assign(admin, { instructorUserId: instructorId, enterpriseId: foreign.id, validFrom: '2023-03-01' })).statusCode, 404);
    const foreignUser = await insertUser(get().database.db, { tenantId: other.id, username: `foreign-i-${Date.now()}`, displayName: 'x', passwordHash: 'x' });
    const foreignAssignment = await insertAssignment({ db: get().database.db, tenantId: other.id }, foreignUser.id, foreign.id, '2023-01-01');
    assert.equal((await post(admin, `/api/v1/instructor-assignments/${foreignAssignment}/end`, { validTo: today() })).statusCode, 404);

    const narrow = (await get().userWith([{ role: 'org_secretary', orgId: tree.a1.id }, { role: 'leader', orgId: tree.root.id }])).cookie;
    assert.equal((await assign(narrow, { instructorUserId: instructorId, enterpriseId: inB1.id, validFrom: '2023-03-01' })).statusCode, 403);
    const onB1 = (await assign(admin, { instructorUserId: instructorId, enterpriseId: inB1.id, validFrom: '2023-03-01' })).json();
    assert.equal((await post(narrow, `/api/v1/instructor-assignments/${onB1.id}/end`, { validTo: today() })).statusCode, 403);
    assert.equal((await post(secretary, `/api/v1/instructor-assignments/${onB1.id}/end`, { validTo: today() })).statusCode, 404);

    const leader = (await get().userWith([{ role: 'leader', orgId: null }])).cookie;
    assert.equal((await assign(leader, { instructorUserId: instructorId, enterpriseId: inA1.id, validFrom: '2023-03-01' })).statusCode, 403);
    assert.equal((await read(secretary, `/api/v1/instructor-assignments?enterpriseId=${inB1.id}`)).statusCode, 404);
    const seen = (await read(secretary, '/api/v1/instructor-assignments?pageSize=200')).json().items.map((a: { enterpriseId: number }) => a.enterpriseId);
    assert.ok(seen.includes(inA1.id));
    assert.ok(!seen.includes(inB1.id));
    const grid = (await get().userWith([{ role: 'grid_worker', orgId: tree.a.id }])).cookie;
    assert.equal((await read(grid, '/api/v1/instructor-assignments')).statusCode, 403);
  });
});
