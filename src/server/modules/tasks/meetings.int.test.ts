import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestTree } from '../../../../test/factories.ts';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestMember } from '../members/members.fixtures.ts';
import { createTestList } from './tasks.fixtures.ts';

describeWithApp('joint meetings and their decisions as task items', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let admin: string;
  let listId: number;
  let memberA1: number;
  let memberB1: number;
  before(async () => {
    const ctx = get();
    tree = await createTestTree(ctx.system);
    listId = (await createTestList(ctx.system, tree.a.id, 2026)).id;
    memberA1 = (await createTestMember(ctx.system, tree.a1.id)).id;
    memberB1 = (await createTestMember(ctx.system, tree.b1.id)).id;
    admin = (await ctx.userWith([{ role: 'park_admin', orgId: null }])).cookie;
  });

  const call = (method: 'GET' | 'POST', url: string, payload?: object, cookie = admin) =>
    get().app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const meeting = (orgId: number, attendees: object[]) => ({
    orgId,
    heldOn: '2026-03-10',
    title: '2026年第一次党建联席会议',
    location: '区党群服务中心',
    agenda: ['通报一季度党建工作', '研究两新组织党建覆盖'],
    attendees,
    decisions: ['开展两新组织党建覆盖攻坚', '建立季度联席会议制度'],
  });

  test('POST /api/v1/joint-meetings records attendees, agenda and decisions with 201', async () => {
    const res = await call('POST', '/api/v1/joint-meetings', meeting(tree.a.id, [{ memberId: memberA1 }, { name: '区市场监管局' }]));
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    assert.deepEqual(body.agenda.length, 2);
    assert.deepEqual(body.attendees.map((a: { name: string; memberId: number | null }) => a.memberId), [memberA1, null]);
    assert.equal(body.attendees[1].name, '区市场监管局');
    assert.deepEqual(body.decisions.map((d: { seq: number }) => d.seq), [1, 2]);
  });

  test('an attendee is a member or a name, not both (400); a member out of the caller\'s reach is 404 naming attendees', async () => {
    assert.equal((await call('POST', '/api/v1/joint-meetings', meeting(tree.a.id, [{ memberId: memberA1, name: '重复' }]))).statusCode, 400);
    const secretary = (await get().userWith([{ role: 'org_secretary', orgId: tree.a.id }])).cookie;
    const res = await call('POST', '/api/v1/joint-meetings', meeting(tree.a.id, [{ memberId: memberB1 }]), secretary);
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.details[0].field, 'attendees');
  });

  test('POST /api/v1/meeting-decisions/:id/tasks makes items remembering the decision, in one transaction; a bad item writes none (422)', async () => {
    const created = (await call('POST', '/api/v1/joint-meetings', meeting(tree.a.id, []))).json();
    const decision = created.decisions[0];
    const item = (title: string, responsibleOrgId: number) => ({ title, redAction: 'fortress', responsibleOrgId, dueOn: '2026-12-31', weight: 2, createdOn: '2026-03-11' });
    const count = async () => ((await get().database.db.execute(sql`SELECT count(*)::int AS n FROM task_items WHERE tenant_id = ${get().park.id}`)) as unknown as { rows: { n: number }[] }).rows[0].n;
    const before = await count();
    const bad = await call('POST', `/api/v1/meeting-decisions/${decision.id}/tasks`, { listId, items: [item('覆盖攻坚一', tree.a1.id), item('越界', tree.b1.id)] });
    assert.equal(bad.statusCode, 422);
    assert.equal(bad.json().error.details[0].field, 'responsibleOrgId');
    assert.equal(await count(), before, 'nothing half-written');
    const made = await call('POST', `/api/v1/meeting-decisions/${decision.id}/tasks`, { listId, items: [item('覆盖攻坚一', tree.a1.id), item('覆盖攻坚二', tree.a.id)] });
    assert.equal(made.statusCode, 201, made.body);
    assert.ok(made.json().items.every((n: { decisionId: number }) => n.decisionId === decision.id));
    const detail = (await call('GET', `/api/v1/joint-meetings/${created.id}`)).json();
    assert.deepEqual(detail.decisions[0].taskItemIds, made.json().items.map((n: { id: number }) => n.id));
    const itemDetail = (await call('GET', `/api/v1/task-items/${made.json().items[0].id}`)).json();
    assert.equal(itemDetail.decision.meetingId, created.id);
  });

  test('meetings lie in the holding org\'s scope: a secretary of b gets 404 for a\'s meeting and its decisions', async () => {
    const created = (await call('POST', '/api/v1/joint-meetings', meeting(tree.a.id, []))).json();
    const secretaryB = (await get().userWith([{ role: 'org_secretary', orgId: tree.b.id }])).cookie;
    assert.equal((await call('GET', `/api/v1/joint-meetings/${created.id}`, undefined, secretaryB)).statusCode, 404);
    const res = await call('POST', `/api/v1/meeting-decisions/${created.decisions[0].id}/tasks`, { listId, items: [{ title: '越权', redAction: 'fortress', responsibleOrgId: tree.b.id, dueOn: '2026-12-31', weight: 1 }] }, secretaryB);
    assert.equal(res.statusCode, 404);
    assert.equal((await call('GET', '/api/v1/joint-meetings?year=2026', undefined, secretaryB)).json().total, 0);
  });
});
