import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestOrg, createTestTree } from '../../../../test/factories.ts';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { today } from '../../platform/paging.ts';
import { addDays } from '../../demo/random.ts';
import { advanceCycle, createTestCampaign } from './reviews.fixtures.ts';

describeWithApp('review cycles', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let ownSecretary: string;
  let superior: string;
  let superiorWithOwnBinding: string;
  let manager: string;
  let leader: string;
  before(async () => {
    tree = await createTestTree(get().system);
    ownSecretary = (await get().userWith([{ role: 'org_secretary', orgId: tree.a1.id }])).cookie;
    superior = (await get().userWith([{ role: 'org_secretary', orgId: tree.a.id }])).cookie;
    // Secretary of a (a superior of a1) who is also bound to a1 itself: the org's side, never its superior.
    superiorWithOwnBinding = (await get().userWith([{ role: 'org_secretary', orgId: tree.a.id }, { role: 'leader', orgId: tree.a1.id }])).cookie;
    manager = (await get().userWith([{ role: 'park_admin', orgId: tree.root.id }])).cookie;
    leader = (await get().userWith([{ role: 'leader', orgId: tree.a.id }])).cookie;
  });
  const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object) =>
    get().app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const field = (res: { json(): { error: { details: { field?: string }[] } } }) => res.json().error.details[0]?.field;
  /** A fresh org under a with a campaign run by a, and its cycle. */
  async function freshCycle(overrides = {}) {
    const org = await createTestOrg(get().system, { parentId: tree.a.id, kind: 'branch' });
    const { campaign, cycleIds, leafIds } = await createTestCampaign(get().system, tree.a.id, [org.id], overrides);
    return { org, campaign, cycleId: cycleIds.get(org.id) ?? 0, leafIds };
  }

  test('the org files commitments with 200 once it has one, and not with none (422)', async () => {
    const { campaign, cycleIds } = await createTestCampaign(get().system, tree.a.id, [tree.a1.id]);
    const cycleId = cycleIds.get(tree.a1.id) ?? 0;
    const empty = await call(ownSecretary, 'POST', `/api/v1/review-cycles/${cycleId}/file`, { stage: 'commitments' });
    assert.equal(empty.statusCode, 422);
    assert.equal(field(empty), 'stage');
    const added = await call(ownSecretary, 'POST', `/api/v1/review-cycles/${cycleId}/commitments`, { content: '规范开展三会一课', target: '支部委员会每月 1 次', indicatorId: campaign.indicators[0].children[0].id });
    assert.equal(added.statusCode, 201, added.body);
    assert.equal(added.json().indicatorName, '组织生活');
    const filed = await call(ownSecretary, 'POST', `/api/v1/review-cycles/${cycleId}/file`, { stage: 'commitments' });
    assert.equal(filed.statusCode, 200);
    assert.deepEqual([filed.json().stages.commitments.status, filed.json().stages.report.status], ['closed', 'open']);
    const late = await call(ownSecretary, 'POST', `/api/v1/review-cycles/${cycleId}/commitments`, { content: '再加一项承诺', target: '一项' });
    assert.equal(late.statusCode, 422, 'no commitments once filed');
  });

  test('a commitment naming a parent indicator or another campaign\'s is refused with 422 naming indicatorId', async () => {
    const { campaign, cycleId } = await freshCycle();
    const other = await freshCycle();
    for (const indicatorId of [campaign.indicators[0].id, other.leafIds[0]]) {
      const res = await call(manager, 'POST', `/api/v1/review-cycles/${cycleId}/commitments`, { content: '承诺事项', target: '目标', indicatorId });
      assert.equal(res.statusCode, 422);
      assert.equal(field(res), 'indicatorId');
    }
  });

  test('the report waits for the commitments (422), and files only with every item reported (422, then 200)', async () => {
    const { cycleId } = await freshCycle();
    const c = (await call(manager, 'POST', `/api/v1/review-cycles/${cycleId}/commitments`, { content: '承诺一', target: '目标一' })).json();
    const early = await call(manager, 'PUT', `/api/v1/review-commitments/${c.id}/report`, { result: '已完成' });
    assert.equal(early.statusCode, 422);
    await call(manager, 'POST', `/api/v1/review-cycles/${cycleId}/commitments`, { content: '承诺二', target: '目标二' });
    assert.equal((await call(manager, 'POST', `/api/v1/review-cycles/${cycleId}/file`, { stage: 'commitments' })).statusCode, 200);
    assert.equal((await call(manager, 'PUT', `/api/v1/review-commitments/${c.id}/report`, { result: '已完成', evidence: '会议记录 12 份' })).statusCode, 200);
    const partial = await call(manager, 'POST', `/api/v1/review-cycles/${cycleId}/file`, { stage: 'report' });
    assert.equal(partial.statusCode, 422);
    assert.match(partial.json().error.details[0].message, /1 项/);
  });

  test('the org self-scores with 200; a superior scores with 200; the org cannot give itself the superior score (403)', async () => {
    const { cycleIds, leafIds } = await createTestCampaign(get().system, tree.a.id, [tree.a1.id]);
    const cycleId = cycleIds.get(tree.a1.id) ?? 0;
    await advanceCycle(get().system, cycleId, 'report');
    const scores = { scores: leafIds.map((indicatorId) => ({ indicatorId, score: 8.5 })) };
    assert.equal((await call(ownSecretary, 'PUT', `/api/v1/review-cycles/${cycleId}/self-scores`, scores)).statusCode, 200);
    assert.equal((await call(ownSecretary, 'PUT', `/api/v1/review-cycles/${cycleId}/superior-scores`, scores)).statusCode, 403);
    assert.equal((await call(superiorWithOwnBinding, 'PUT', `/api/v1/review-cycles/${cycleId}/superior-scores`, scores)).statusCode, 403);
    assert.equal((await call(leader, 'PUT', `/api/v1/review-cycles/${cycleId}/superior-scores`, scores)).statusCode, 403, 'a leader holds no reviews.score');
    const res = await call(superior, 'PUT', `/api/v1/review-cycles/${cycleId}/superior-scores`, scores);
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json().indicators[0].children[0], { ...res.json().indicators[0].children[0], selfScore: 8.5, superiorScore: 8.5 });
    assert.deepEqual([res.json().may.write, res.json().may.score], [true, true]);
    assert.equal((await call(ownSecretary, 'GET', `/api/v1/review-cycles/${cycleId}`)).json().may.score, false);
  });

  test('whoever entered the self-scores cannot also give the superior scores (422 naming scores), and the reverse', async () => {
    const { cycleId, leafIds } = await freshCycle();
    await advanceCycle(get().system, cycleId, 'report');
    const scores = { scores: leafIds.map((indicatorId) => ({ indicatorId, score: 8 })) };
    assert.equal((await call(superior, 'PUT', `/api/v1/review-cycles/${cycleId}/self-scores`, scores)).statusCode, 200, 'a superior may enter the org\'s self-scores for it');
    const both = await call(superior, 'PUT', `/api/v1/review-cycles/${cycleId}/superior-scores`, scores);
    assert.equal(both.statusCode, 422);
    assert.equal(field(both), 'scores');
    assert.equal((await call(manager, 'PUT', `/api/v1/review-cycles/${cycleId}/superior-scores`, scores)).statusCode, 200);
    assert.equal((await call(manager, 'PUT', `/api/v1/review-cycles/${cycleId}/self-scores`, scores)).statusCode, 422);
  });

  test('a manager bound to the org itself cannot give it the superior score either (403)', async () => {
    const { cycleIds, leafIds } = await createTestCampaign(get().system, tree.a1.id, [tree.a1.id]);
    const cycleId = cycleIds.get(tree.a1.id) ?? 0;
    await advanceCycle(get().system, cycleId, 'report');
    const ownManager = (await get().userWith([{ role: 'park_admin', orgId: tree.a1.id }])).cookie;
    const scores = { scores: leafIds.map((indicatorId) => ({ indicatorId, score: 9 })) };
    assert.equal((await call(ownManager, 'PUT', `/api/v1/review-cycles/${cycleId}/superior-scores`, scores)).statusCode, 403);
    assert.equal((await call(ownManager, 'GET', `/api/v1/review-cycles/${cycleId}`)).json().may.score, false);
    assert.equal((await call(ownManager, 'PUT', `/api/v1/review-cycles/${cycleId}/self-scores`, scores)).statusCode, 200);
  });

  test('a score above its max or with two decimals is refused with 422 naming the score', async () => {
    const { cycleId, leafIds } = await freshCycle();
    await advanceCycle(get().system, cycleId, 'report');
    for (const score of [10.5, 8.25]) {
      const res = await call(superior, 'PUT', `/api/v1/review-cycles/${cycleId}/superior-scores`, { scores: [{ indicatorId: leafIds[1], score: 9 }, { indicatorId: leafIds[0], score }] });
      assert.equal(res.statusCode, 422);
      assert.equal(field(res), 'scores.1.score');
    }
    const none = await call(superior, 'GET', `/api/v1/review-cycles/${cycleId}`);
    assert.equal(none.json().indicators[0].children[1].superiorScore, null, 'nothing half-written');
  });

  test('scoring closes only with every score given (422), then rates the cycle by the thresholds with 200', async () => {
    const { cycleId, leafIds } = await freshCycle();
    await advanceCycle(get().system, cycleId, 'report');
    const self = { scores: leafIds.map((indicatorId, i) => ({ indicatorId, score: [10, 9, 19][i] })) };
    await call(manager, 'PUT', `/api/v1/review-cycles/${cycleId}/self-scores`, self);
    const missing = await call(superior, 'POST', `/api/v1/review-cycles/${cycleId}/close-scoring`, {});
    assert.equal(missing.statusCode, 422);
    assert.equal(field(missing), 'superiorScores');
    await call(superior, 'PUT', `/api/v1/review-cycles/${cycleId}/superior-scores`, { scores: leafIds.map((indicatorId, i) => ({ indicatorId, score: [9, 9, 18][i] })) });
    const closed = await call(superior, 'POST', `/api/v1/review-cycles/${cycleId}/close-scoring`, {});
    assert.equal(closed.statusCode, 200, closed.body);
    // self: 30·1 + 30·0.9 + 40·0.95 = 95; superior: 27 + 27 + 36 = 90; 0.3·95 + 0.7·90 = 91.5 → 5 stars (≥ 90)
    assert.deepEqual([closed.json().selfTotal, closed.json().superiorTotal, closed.json().total, closed.json().stars], [95, 90, 91.5, 5]);
    assert.equal(closed.json().stages.scoring.status, 'closed');
    assert.equal((await call(superior, 'PUT', `/api/v1/review-cycles/${cycleId}/superior-scores`, { scores: [{ indicatorId: leafIds[0], score: 1 }] })).statusCode, 422);
  });

  test('a stage past its deadline refuses the org (422) but the manager closes it as it stands (200)', async () => {
    const { cycleId } = await freshCycle({ commitmentsDue: addDays(today(), -1) });
    const res = await call(ownSecretary, 'GET', `/api/v1/review-cycles/${cycleId}`);
    assert.equal(res.statusCode, 404, 'a1\'s secretary does not reach a sibling branch');
    const late = await call(superior, 'POST', `/api/v1/review-cycles/${cycleId}/commitments`, { content: '逾期的承诺', target: '一项' });
    assert.equal(late.statusCode, 422);
    assert.match(late.json().error.details[0].message, /截止日期/);
    const notManager = await call(superior, 'POST', `/api/v1/review-cycles/${cycleId}/close`, { stage: 'commitments' });
    assert.equal(notManager.statusCode, 403);
    const closed = await call(manager, 'POST', `/api/v1/review-cycles/${cycleId}/close`, { stage: 'commitments' });
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal(closed.json().stages.commitments.status, 'closed');
  });

  test('reopening needs a reason (400), a closed stage (409) and later stages open (422); it is recorded and audited (200)', async () => {
    const { cycleId } = await freshCycle();
    await advanceCycle(get().system, cycleId, 'rated');
    const due = addDays(today(), 10);
    assert.equal((await call(manager, 'POST', `/api/v1/review-cycles/${cycleId}/reopen`, { stage: 'report', dueOn: due })).statusCode, 400);
    const later = await call(manager, 'POST', `/api/v1/review-cycles/${cycleId}/reopen`, { stage: 'report', reason: '材料不全', dueOn: due });
    assert.equal(later.statusCode, 422);
    const past = await call(manager, 'POST', `/api/v1/review-cycles/${cycleId}/reopen`, { stage: 'scoring', reason: '复核评分', dueOn: '2000-01-01' });
    assert.equal(past.statusCode, 422);
    assert.equal(field(past), 'dueOn');
    const reopened = await call(manager, 'POST', `/api/v1/review-cycles/${cycleId}/reopen`, { stage: 'scoring', reason: '复核评分', dueOn: due });
    assert.equal(reopened.statusCode, 200, reopened.body);
    const body = reopened.json();
    assert.deepEqual([body.stages.scoring.status, body.stages.scoring.dueOn, body.stars, body.total], ['open', due, null, null]);
    assert.deepEqual(body.events.at(-1), { ...body.events.at(-1), action: 'reopen', stage: 'scoring', reason: '复核评分', dueOn: due });
    const again = await call(manager, 'POST', `/api/v1/review-cycles/${cycleId}/reopen`, { stage: 'scoring', reason: '再次', dueOn: due });
    assert.equal(again.statusCode, 409);
    const audit = (await get().database.db.execute(sql`SELECT diff->>'reason' AS reason FROM audit_log WHERE tenant_id = ${get().park.id} AND action = 'review_cycle.reopen' AND object_id = ${String(cycleId)}`)) as unknown as { rows: { reason: string }[] };
    assert.deepEqual(audit.rows.map((r) => r.reason), ['复核评分']);
  });
});
