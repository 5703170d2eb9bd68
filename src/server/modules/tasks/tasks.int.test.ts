import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createTestOrg, createTestTree } from '../../../../test/factories.ts';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { reportProgress, reviewItem, submitItem } from './task-progress.service.ts';
import { createTestItem, createTestList } from './tasks.fixtures.ts';

type Node = { id: number; parentId: number | null; progress: number; share: number; weight: number; status: string; isLeaf: boolean };

/**
 * One list of root's for 2025:
 *   A (weight 3) ── A1 (weight 1, 100% on 2025-03-01), A2 (weight 3, 40% on 2025-04-01, 60% on 2025-06-01)
 *   B (weight 1, leaf, 50% on 2025-05-01)
 */
describeWithApp('task lists: tree, weighted roll-up, review and F15', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let admin: string;
  let listId: number;
  const i: Record<string, number> = {};
  before(async () => {
    const ctx = get();
    tree = await createTestTree(ctx.system);
    listId = (await createTestList(ctx.system, tree.root.id, 2025, '2025年度党建工作任务清单')).id;
    const item = async (key: string, orgId: number, weight: number, parentId?: number) => {
      i[key] = (await createTestItem(ctx.system, listId, orgId, { title: key, weight, createdOn: '2025-01-10', dueOn: '2025-12-31', ...(parentId ? { parentId } : {}) })).id;
    };
    await item('A', tree.a.id, 3);
    await item('A1', tree.a1.id, 1, i.A);
    await item('A2', tree.a.id, 3, i.A);
    await item('B', tree.b.id, 1);
    await reportProgress(ctx.system, i.A1, { progress: 100, reportedOn: '2025-03-01' });
    await reportProgress(ctx.system, i.A2, { progress: 40, reportedOn: '2025-04-01' });
    await reportProgress(ctx.system, i.A2, { progress: 60, reportedOn: '2025-06-01' });
    await reportProgress(ctx.system, i.B, { progress: 50, reportedOn: '2025-05-01' });
    admin = (await ctx.userWith([{ role: 'park_admin', orgId: null }])).cookie;
  });

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, cookie = admin) =>
    get().app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const nodes = async (asOf: string) => {
    const res = await call('GET', `/api/v1/task-lists/${listId}?asOf=${asOf}`);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    return { body, by: new Map((body.items as Node[]).map((n) => [n.id, n])) };
  };

  test('GET /api/v1/task-lists/:id rolls a parent up as the weighted mean of its children and shows the weights with 200', async () => {
    const { body, by } = await nodes('2025-06-30');
    assert.deepEqual(body.items.map((n: Node) => n.id), [i.A, i.A1, i.A2, i.B], 'parents before their children');
    assert.equal(by.get(i.A)?.progress, 70, '(100×1 + 60×3) / 4');
    assert.equal(by.get(i.A)?.isLeaf, false);
    assert.deepEqual([by.get(i.A1)?.share, by.get(i.A2)?.share, by.get(i.A)?.share, by.get(i.B)?.share], [25, 75, 75, 25]);
    assert.equal(body.progress, 65, '(70×3 + 50×1) / 4');
  });

  test('progress is read as of a date: the reports on or before it', async () => {
    const { body, by } = await nodes('2025-04-15');
    assert.equal(by.get(i.A2)?.progress, 40);
    assert.equal(by.get(i.A)?.progress, 55);
    assert.equal(by.get(i.B)?.progress, 0);
    assert.equal(body.progress, 41.3);
  });

  test('a parent takes no progress report of its own (422 naming progress), and a child cannot go under a reported leaf (422 naming parentId)', async () => {
    const res = await call('POST', `/api/v1/task-items/${i.A}/progress`, { progress: 90, reportedOn: '2025-07-01' });
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().error.details[0].field, 'progress');
    const child = await call('POST', `/api/v1/task-lists/${listId}/items`, { title: '再分解', redAction: 'fortress', responsibleOrgId: tree.b.id, dueOn: '2025-12-31', weight: 1, parentId: i.B, createdOn: '2025-02-01' });
    assert.equal(child.statusCode, 422);
    assert.equal(child.json().error.details[0].field, 'parentId');
  });

  test('items name orgs below the list\'s org and readable members: another park\'s org is 404 naming responsibleOrgId, a zero weight 400', async () => {
    const other = await get().otherPark();
    const foreign = await createTestOrg(other.system);
    const res = await call('POST', `/api/v1/task-lists/${listId}/items`, { title: '外园区', redAction: 'fortress', responsibleOrgId: foreign.id, dueOn: '2025-12-31', weight: 1 });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.details[0].field, 'responsibleOrgId');
    const zero = await call('POST', `/api/v1/task-lists/${listId}/items`, { title: '零权重', redAction: 'fortress', responsibleOrgId: tree.a.id, dueOn: '2025-12-31', weight: 0 });
    assert.equal(zero.statusCode, 400);
    const member = await call('POST', `/api/v1/task-lists/${listId}/items`, { title: '无此人', redAction: 'fortress', responsibleOrgId: tree.a.id, dueOn: '2025-12-31', weight: 1, leadMemberId: 987654321 });
    assert.equal(member.statusCode, 404);
    assert.equal(member.json().error.details[0].field, 'leadMemberId');
  });

  test('submitting needs 100% (422 naming progress); a parent is submitted once its children are completed; review completes it; F15 counts top-level items', async () => {
    const early = await call('POST', `/api/v1/task-items/${i.A2}/submit`, { submittedOn: '2025-07-01' });
    assert.equal(early.statusCode, 422);
    assert.equal(early.json().error.details[0].field, 'progress');
    const parentEarly = await call('POST', `/api/v1/task-items/${i.A}/submit`, { submittedOn: '2025-07-01' });
    assert.equal(parentEarly.statusCode, 422);
    const ctx = get().system;
    await reportProgress(ctx, i.A2, { progress: 100, reportedOn: '2025-09-01' });
    for (const key of ['A1', 'A2']) {
      await submitItem(ctx, i[key], { submittedOn: '2025-09-10' });
      await reviewItem(ctx, i[key], { outcome: 'completed', reviewedOn: '2025-09-20' });
    }
    const submitted = await call('POST', `/api/v1/task-items/${i.A}/submit`, { submittedOn: '2025-09-25' });
    assert.equal(submitted.statusCode, 200, submitted.body);
    assert.equal(submitted.json().status, 'submitted');
    const notYet = await call('POST', `/api/v1/task-items/${i.B}/review`, { outcome: 'completed', reviewedOn: '2025-09-25' });
    assert.equal(notYet.statusCode, 422, 'only a submitted item is reviewed');
    const reviewed = await call('POST', `/api/v1/task-items/${i.A}/review`, { outcome: 'completed', reviewedOn: '2025-10-01', note: '按期完成' });
    assert.equal(reviewed.statusCode, 200, reviewed.body);
    assert.deepEqual(reviewed.json().statusHistory.map((h: { toStatus: string }) => h.toStatus), ['open', 'submitted', 'completed']);
    const figure = async (asOf: string) => (await call('GET', `/api/v1/figures/F15?asOf=${asOf}`)).json();
    const f15 = await figure('2025-12-31');
    assert.deepEqual(f15.values, { tasks: 2, completed: 1, rate: 50 });
    assert.deepEqual(f15.records.items.map((r: { id: number }) => r.id).sort(), [i.A, i.B].sort());
    assert.deepEqual((await figure('2025-09-30')).values, { tasks: 2, completed: 0, rate: 0 }, 'completed as of the date');
    assert.deepEqual((await figure('2026-12-31')).values.tasks, 0, 'the year of asOf');
  });

  test('a completed item is closed to edits (422) until reopened with a reason; reopening before the last change is 422', async () => {
    const edit = await call('PATCH', `/api/v1/task-items/${i.A}`, { weight: 2 });
    assert.equal(edit.statusCode, 422);
    const back = await call('POST', `/api/v1/task-items/${i.A}/reopen`, { reopenedOn: '2025-09-01', note: '退回' });
    assert.equal(back.statusCode, 422);
    assert.equal(back.json().error.details[0].field, 'reopenedOn');
    const reopened = await call('POST', `/api/v1/task-items/${i.A}/reopen`, { reopenedOn: '2025-11-01', note: '材料不全，退回补充' });
    assert.equal(reopened.statusCode, 200, reopened.body);
    assert.equal((await call('PATCH', `/api/v1/task-items/${i.A}`, { weight: 2 })).statusCode, 200);
    const f15 = (await call('GET', '/api/v1/figures/F15?asOf=2025-12-31')).json();
    assert.equal(f15.values.completed, 0);
  });

  test('POST /api/v1/task-lists refuses a second list for the same org and year with 409', async () => {
    const res = await call('POST', '/api/v1/task-lists', { orgId: tree.root.id, year: 2025, title: '重复清单' });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.details[0].field, 'year');
  });
});
