import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createTestTree } from '../../../../test/factories.ts';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { hashPassword } from '../../platform/auth/passwords.ts';
import { insertUser, replaceAssignments } from '../users/users.repository.ts';
import { createTestItem, createTestList } from './tasks.fixtures.ts';

describeWithApp('task lists scope: assigner, responsible org, co-owners', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let listId: number;
  let ofA1: number;
  let ofB1: number;
  let sharedWithA1: number;
  before(async () => {
    const ctx = get();
    tree = await createTestTree(ctx.system);
    listId = (await createTestList(ctx.system, tree.root.id, 2026)).id;
    ofA1 = (await createTestItem(ctx.system, listId, tree.a1.id, { title: 'a1 的任务' })).id;
    ofB1 = (await createTestItem(ctx.system, listId, tree.b1.id, { title: 'b1 的任务' })).id;
    sharedWithA1 = (await createTestItem(ctx.system, listId, tree.b.id, { title: 'b 牵头 a1 协办', coOwnerOrgIds: [tree.a1.id] })).id;
  });

  const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    get().app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  test('a responsible org\'s secretary reaches the root\'s list through their items: sees their own and co-owned items, not b1\'s (404)', async () => {
    const secretary = (await get().userWith([{ role: 'org_secretary', orgId: tree.a1.id }])).cookie;
    const lists = (await call(secretary, 'GET', '/api/v1/task-lists?year=2026')).json();
    assert.deepEqual(lists.items.map((l: { id: number }) => l.id), [listId]);
    const detail = (await call(secretary, 'GET', `/api/v1/task-lists/${listId}`)).json();
    assert.deepEqual(detail.items.map((n: { id: number }) => n.id).sort(), [ofA1, sharedWithA1].sort());
    assert.equal((await call(secretary, 'GET', `/api/v1/task-items/${ofA1}`)).json().mayReport, true);
    const hidden = await call(secretary, 'GET', `/api/v1/task-items/${ofB1}`);
    assert.equal(hidden.statusCode, 404);
    assert.deepEqual(Object.keys(hidden.json()), ['error']);
  });

  test('the responsible org reports progress (200) but cannot edit or review (403); a co-owner reads but cannot report (403)', async () => {
    const secretary = (await get().userWith([{ role: 'org_secretary', orgId: tree.a1.id }])).cookie;
    const reported = await call(secretary, 'POST', `/api/v1/task-items/${ofA1}/progress`, { progress: 30, reportedOn: '2026-02-01', note: '已制定方案' });
    assert.equal(reported.statusCode, 200, reported.body);
    assert.equal(reported.json().progress, 30);
    assert.equal((await call(secretary, 'PATCH', `/api/v1/task-items/${ofA1}`, { weight: 5 })).statusCode, 403);
    assert.equal((await call(secretary, 'POST', `/api/v1/task-items/${ofA1}/review`, { outcome: 'completed', reviewedOn: '2026-02-02' })).statusCode, 403);
    assert.equal((await call(secretary, 'POST', `/api/v1/task-items/${sharedWithA1}/progress`, { progress: 10, reportedOn: '2026-02-01' })).statusCode, 403);
  });

  test('a secretary of b, another branch, sees the list through b\'s and b1\'s items only; a leader of a reads but writing is 403', async () => {
    const secretaryB = (await get().userWith([{ role: 'org_secretary', orgId: tree.b.id }])).cookie;
    const detail = (await call(secretaryB, 'GET', `/api/v1/task-lists/${listId}`)).json();
    assert.deepEqual(detail.items.map((n: { id: number }) => n.id).sort(), [ofB1, sharedWithA1].sort());
    const leader = (await get().userWith([{ role: 'leader', orgId: tree.a.id }])).cookie;
    assert.equal((await call(leader, 'GET', `/api/v1/task-items/${ofA1}`)).statusCode, 200);
    assert.equal((await call(leader, 'POST', `/api/v1/task-items/${ofA1}/progress`, { progress: 40, reportedOn: '2026-02-01' })).statusCode, 403);
    const grid = (await get().userWith([{ role: 'grid_worker', orgId: tree.a.id }])).cookie;
    assert.equal((await call(grid, 'GET', `/api/v1/task-lists/${listId}`)).statusCode, 403);
  });

  test('another park\'s admin gets 404 for this park\'s list and items', async () => {
    const other = await get().otherPark();
    const user = await insertUser(get().database.db, { tenantId: other.id, username: 'other-admin', displayName: 'x', passwordHash: await hashPassword('Test-Passw0rd!') });
    await replaceAssignments(get().database.db, other.id, user.id, [{ role: 'park_admin', orgId: null }]);
    const res = await get().app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'other-admin', password: 'Test-Passw0rd!', park: other.code } });
    const cookie = `hy_session=${res.cookies.find((c) => c.name === 'hy_session')?.value}`;
    assert.equal((await call(cookie, 'GET', `/api/v1/task-lists/${listId}`)).statusCode, 404);
    assert.equal((await call(cookie, 'GET', `/api/v1/task-items/${ofA1}`)).statusCode, 404);
  });
});
