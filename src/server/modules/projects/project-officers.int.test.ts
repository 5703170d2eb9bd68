import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createTestTree } from '../../../../test/factories.ts';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { today } from '../../platform/paging.ts';
import { insertUser } from '../users/users.repository.ts';
import { createTestChain, makeChainCommittee } from '../chains/chains.fixtures.ts';
import { createTestProject } from './projects.fixtures.ts';

type Officer = { id: number; userId: number; validFrom: string; validTo: string | null; isCurrent: boolean };
type Note = { id: number; kind: string; status: string | null };

describeWithApp('project officers and notes', (get) => {
  let chainId: number;
  let admin: string;
  let userA: number;
  let userB: number;
  let userC: number;
  before(async () => {
    const ctx = get();
    const tree = await createTestTree(ctx.system);
    await makeChainCommittee(ctx.system, tree.a1.id);
    chainId = (await createTestChain(ctx.system, tree.a1.id)).id;
    admin = (await ctx.userWith([{ role: 'park_admin', orgId: null }])).cookie;
    userA = (await ctx.userWith([{ role: 'cadre', orgId: tree.a1.id }], { username: 'officer-a' })).userId;
    userB = (await ctx.userWith([{ role: 'cadre', orgId: tree.a1.id }], { username: 'officer-b' })).userId;
    userC = (await ctx.userWith([{ role: 'cadre', orgId: tree.a1.id }], { username: 'officer-c' })).userId;
  });

  const post = (url: string, payload: object) => get().app.inject({ method: 'POST', url, payload, headers: { cookie: admin } });
  const detail = async (id: number) => (await get().app.inject({ url: `/api/v1/projects/${id}`, headers: { cookie: admin } })).json();

  test('one current officer at a time: a new one ends the old one the day it starts', async () => {
    const project = await createTestProject(get().system, chainId);
    const first = await post(`/api/v1/projects/${project.id}/officers`, { userId: userA, validFrom: '2023-01-01' });
    assert.equal(first.statusCode, 201, first.body);
    assert.deepEqual([first.json().userName, first.json().isCurrent, first.json().validTo], ['officer-a', true, null]);
    const second = await post(`/api/v1/projects/${project.id}/officers`, { userId: userB, validFrom: '2024-01-01' });
    assert.equal(second.statusCode, 201, second.body);
    const officers: Officer[] = (await detail(project.id)).officers;
    assert.deepEqual(officers.map((o) => [o.userId, o.validFrom, o.validTo, o.isCurrent]), [[userB, '2024-01-01', null, true], [userA, '2023-01-01', '2024-01-01', false]]);
    const audit = await get().database.db.execute(`SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = ${get().park.id} AND action = 'project.officer_assign' AND object_id = '${project.id}'`);
    assert.equal((audit as unknown as { rows: { n: number }[] }).rows[0].n, 2);
  });

  test('POST /api/v1/projects/:id/officers refuses the serving officer (409), an overlapping start, a future start or a disabled user (422) and an unknown user (404), naming fields', async () => {
    const ctx = get();
    const project = await createTestProject(ctx.system, chainId);
    await post(`/api/v1/projects/${project.id}/officers`, { userId: userA, validFrom: '2023-01-01' });
    await post(`/api/v1/projects/${project.id}/officers`, { userId: userB, validFrom: '2023-06-01' });
    const same = await post(`/api/v1/projects/${project.id}/officers`, { userId: userB, validFrom: '2024-01-01' });
    assert.equal(same.statusCode, 409);
    assert.equal(same.json().error.details[0].field, 'userId');
    for (const validFrom of ['2023-03-01', '2023-06-01']) {
      const overlap = await post(`/api/v1/projects/${project.id}/officers`, { userId: userC, validFrom });
      assert.equal(overlap.statusCode, 422, validFrom);
      assert.equal(overlap.json().error.details[0].field, 'validFrom');
    }
    const future = await post(`/api/v1/projects/${project.id}/officers`, { userId: userC, validFrom: '2999-01-01' });
    assert.equal(future.statusCode, 422);
    const other = await ctx.otherPark();
    const foreign = await insertUser(ctx.database.db, { tenantId: other.id, username: 'foreign-officer', displayName: '外园区用户', passwordHash: 'x' });
    for (const userId of [99999999, foreign.id]) {
      const unknown = await post(`/api/v1/projects/${project.id}/officers`, { userId, validFrom: '2024-01-01' });
      assert.equal(unknown.statusCode, 404, `user ${userId}`);
      assert.equal(unknown.json().error.details[0].field, 'userId');
    }
    const disabled = await insertUser(ctx.database.db, { tenantId: ctx.park.id, username: 'disabled-officer', displayName: '停用用户', passwordHash: 'x', isDisabled: true });
    const refused = await post(`/api/v1/projects/${project.id}/officers`, { userId: disabled.id, validFrom: '2024-01-01' });
    assert.equal(refused.statusCode, 422);
    assert.equal(refused.json().error.details[0].field, 'userId');
    assert.equal((await detail(project.id)).officers.length, 2, 'refused assignments leave no trace');
  });

  test('POST /api/v1/project-officers/:id/end ends service: 422 for an end not after the start, 409 when already ended', async () => {
    const project = await createTestProject(get().system, chainId);
    const assignment = (await post(`/api/v1/projects/${project.id}/officers`, { userId: userC, validFrom: '2023-01-01' })).json();
    const early = await post(`/api/v1/project-officers/${assignment.id}/end`, { validTo: '2023-01-01' });
    assert.equal(early.statusCode, 422);
    assert.equal(early.json().error.details[0].field, 'validTo');
    const ended = await post(`/api/v1/project-officers/${assignment.id}/end`, { validTo: today() });
    assert.equal(ended.statusCode, 200, ended.body);
    assert.deepEqual([ended.json().validTo, ended.json().isCurrent], [today(), false]);
    assert.equal((await post(`/api/v1/project-officers/${assignment.id}/end`, { validTo: today() })).statusCode, 409);
    assert.equal((await post('/api/v1/project-officers/99999999/end', { validTo: today() })).statusCode, 404);
  });

  test('notes: a service log entry has no category; blockers and factor needs need one and start open', async () => {
    const project = await createTestProject(get().system, chainId);
    const log = await post(`/api/v1/projects/${project.id}/notes`, { kind: 'service_log', content: '走访企业，协调施工许可', notedOn: '2024-03-01' });
    assert.equal(log.statusCode, 201, log.body);
    assert.deepEqual([log.json().status, log.json().category], [null, null]);
    const noCategory = await post(`/api/v1/projects/${project.id}/notes`, { kind: 'blocker', content: '用地指标未落实', notedOn: '2024-03-02' });
    assert.equal(noCategory.statusCode, 400);
    assert.equal(noCategory.json().error.details[0].field, 'category');
    const logWithCategory = await post(`/api/v1/projects/${project.id}/notes`, { kind: 'service_log', category: 'land', content: '记录', notedOn: '2024-03-02' });
    assert.equal(logWithCategory.statusCode, 400);
    assert.equal(logWithCategory.json().error.details[0].field, 'category');
    const future = await post(`/api/v1/projects/${project.id}/notes`, { kind: 'service_log', content: '未来', notedOn: '2999-01-01' });
    assert.equal(future.statusCode, 422);
    assert.equal(future.json().error.details[0].field, 'notedOn');
    const blocker = await post(`/api/v1/projects/${project.id}/notes`, { kind: 'blocker', category: 'land', content: '用地指标未落实', notedOn: '2024-03-02' });
    const need = await post(`/api/v1/projects/${project.id}/notes`, { kind: 'factor_need', category: 'energy', content: '需要蒸汽集中供应', notedOn: '2024-03-05' });
    assert.equal(blocker.json().status, 'open');
    assert.equal(need.statusCode, 201);
    const body = await detail(project.id);
    assert.deepEqual(body.serviceLog.map((n: Note) => n.id), [log.json().id]);
    assert.deepEqual(body.blockers.map((n: Note) => n.id), [blocker.json().id]);
    assert.deepEqual(body.factorNeeds.map((n: Note) => [n.id, n.status]), [[need.json().id, 'open']]);
  });

  test('POST /api/v1/project-notes/:id/resolve: 422 before the note or for a log entry, 200 once, 409 after', async () => {
    const project = await createTestProject(get().system, chainId);
    const blocker = (await post(`/api/v1/projects/${project.id}/notes`, { kind: 'blocker', category: 'approval', content: '环评审批滞后', notedOn: '2024-04-10' })).json();
    const log = (await post(`/api/v1/projects/${project.id}/notes`, { kind: 'service_log', content: '协调环评', notedOn: '2024-04-11' })).json();
    const early = await post(`/api/v1/project-notes/${blocker.id}/resolve`, { resolvedOn: '2024-04-09' });
    assert.equal(early.statusCode, 422);
    assert.equal(early.json().error.details[0].field, 'resolvedOn');
    const notTracked = await post(`/api/v1/project-notes/${log.id}/resolve`, { resolvedOn: '2024-04-12' });
    assert.equal(notTracked.statusCode, 422);
    assert.equal(notTracked.json().error.details[0].field, 'kind');
    const resolved = await post(`/api/v1/project-notes/${blocker.id}/resolve`, { resolvedOn: '2024-05-20' });
    assert.equal(resolved.statusCode, 200, resolved.body);
    assert.deepEqual([resolved.json().status, resolved.json().resolvedOn], ['resolved', '2024-05-20']);
    const again = await post(`/api/v1/project-notes/${blocker.id}/resolve`, { resolvedOn: '2024-05-21' });
    assert.equal(again.statusCode, 409);
    const audit = await get().database.db.execute(`SELECT action FROM audit_log WHERE tenant_id = ${get().park.id} AND object_type = 'project' AND object_id = '${project.id}' ORDER BY seq`);
    assert.deepEqual((audit as unknown as { rows: { action: string }[] }).rows.map((r) => r.action), ['project.create', 'project.note_add', 'project.note_add', 'project.note_resolve']);
  });
});
