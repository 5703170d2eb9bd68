import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createTestOrg, createTestTree } from '../../../../test/factories.ts';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { allocateCampaignFund } from './review-allocation.service.ts';
import { advanceCycle, buildCampaignInput, createTestCampaign } from './reviews.fixtures.ts';

describeWithApp('review campaigns', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let admin: string;
  let secretaryA: string;
  before(async () => {
    tree = await createTestTree(get().system);
    admin = (await get().userWith([{ role: 'park_admin', orgId: tree.a.id }])).cookie;
    secretaryA = (await get().userWith([{ role: 'org_secretary', orgId: tree.a.id }])).cookie;
  });
  const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object) =>
    get().app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const fields = (res: { json(): { error: { details: { field?: string }[] } } }) => res.json().error.details.map((d) => d.field);

  test('starts a campaign with its indicator tree and one cycle per participant with 201', async () => {
    const res = await call(admin, 'POST', '/api/v1/review-campaigns', buildCampaignInput(tree.a.id, [tree.a.id, tree.a1.id], { fundYuan: 2_200_000 }));
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    assert.deepEqual([body.selfWeight, body.superiorWeight, body.fundText, body.progress.cycles, body.mayManage], [30, 70, '220万元', 2, true]);
    assert.deepEqual(body.indicators.map((p: { weight: number; children: unknown[] }) => [p.weight, p.children.length]), [[60, 2], [40, 1]]);
    const cycles = await call(admin, 'GET', `/api/v1/review-campaigns/${body.id}/cycles`);
    assert.deepEqual(cycles.json().items.map((c: { orgId: number; stages: { commitments: { status: string }; report: { status: string } } }) => [c.orgId, c.stages.commitments.status, c.stages.report.status]).sort(), [[tree.a.id, 'open', 'pending'], [tree.a1.id, 'open', 'pending']].sort());
    const audit = await get().database.db.execute(`SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = ${get().park.id} AND action = 'review_campaign.create' AND object_id = '${body.id}'`);
    assert.equal((audit as unknown as { rows: { n: number }[] }).rows[0].n, 1);
  });

  test('refuses top-level weights not summing to 100 with 422 naming indicators, and a parent\'s leaves likewise', async () => {
    const top = buildCampaignInput(tree.a.id, [tree.a1.id]);
    top.indicators[0].weight = 50;
    const res = await call(admin, 'POST', '/api/v1/review-campaigns', top);
    assert.equal(res.statusCode, 422);
    assert.deepEqual(fields(res), ['indicators']);
    const leaves = buildCampaignInput(tree.a.id, [tree.a1.id]);
    leaves.indicators[1].children[0].weight = 90;
    const res2 = await call(admin, 'POST', '/api/v1/review-campaigns', leaves);
    assert.equal(res2.statusCode, 422);
    assert.deepEqual(fields(res2), ['indicators.1.children']);
  });

  test('refuses star thresholds that do not increase with 422 naming starThresholds', async () => {
    const res = await call(admin, 'POST', '/api/v1/review-campaigns', buildCampaignInput(tree.a.id, [tree.a1.id], { starThresholds: [60, 80, 70, 85, 90] }));
    assert.equal(res.statusCode, 422);
    assert.deepEqual(fields(res), ['starThresholds']);
  });

  test('refuses deadlines out of order with 422, and a wrong number of per-star shares with 400', async () => {
    const res = await call(admin, 'POST', '/api/v1/review-campaigns', buildCampaignInput(tree.a.id, [tree.a1.id], { commitmentsDue: '2030-01-01', reportsDue: '2029-01-01' }));
    assert.equal(res.statusCode, 422);
    assert.deepEqual(fields(res), ['reportsDue']);
    const bad = await call(admin, 'POST', '/api/v1/review-campaigns', { ...buildCampaignInput(tree.a.id, [tree.a1.id]), starShares: [1, 2, 3] });
    assert.equal(bad.statusCode, 400);
    assert.equal(fields(bad)[0], 'starShares');
  });

  test('refuses a participant outside the running org\'s subtree with 422, and a taken code with 409', async () => {
    const res = await call(admin, 'POST', '/api/v1/review-campaigns', buildCampaignInput(tree.a1.id, [tree.a.id]));
    assert.equal(res.statusCode, 422);
    assert.deepEqual(fields(res), ['participantOrgIds']);
    const first = await call(admin, 'POST', '/api/v1/review-campaigns', buildCampaignInput(tree.a.id, [tree.a1.id], { code: 'RV-TAKEN' }));
    assert.equal(first.statusCode, 201);
    const again = await call(admin, 'POST', '/api/v1/review-campaigns', buildCampaignInput(tree.a.id, [tree.a1.id], { code: 'RV-TAKEN' }));
    assert.equal(again.statusCode, 409);
    assert.deepEqual(fields(again), ['code']);
  });

  test('a secretary without reviews.manage cannot start a campaign (403) nor change one (403)', async () => {
    const res = await call(secretaryA, 'POST', '/api/v1/review-campaigns', buildCampaignInput(tree.a.id, [tree.a1.id]));
    assert.equal(res.statusCode, 403);
    const { campaign } = await createTestCampaign(get().system, tree.a.id, [tree.a1.id]);
    assert.equal((await call(secretaryA, 'PATCH', `/api/v1/review-campaigns/${campaign.id}`, { name: '改名考评' })).statusCode, 403);
    assert.equal((await call(secretaryA, 'GET', `/api/v1/review-campaigns/${campaign.id}`)).json().mayManage, false);
  });

  test('a new deadline moves the cycles whose stage is still open, not those already closed, with 200', async () => {
    const [open, filed] = [await createTestOrg(get().system, { parentId: tree.a.id, kind: 'branch' }), await createTestOrg(get().system, { parentId: tree.a.id, kind: 'branch' })];
    const { campaign, cycleIds } = await createTestCampaign(get().system, tree.a.id, [open.id, filed.id]);
    await advanceCycle(get().system, cycleIds.get(filed.id) ?? 0, 'commitments');
    const res = await call(admin, 'PATCH', `/api/v1/review-campaigns/${campaign.id}`, { commitmentsDue: '2099-02-28', reportsDue: '2099-12-15', scoringDue: '2099-12-31' });
    assert.equal(res.statusCode, 200, res.body);
    const dueOf = async (orgId: number) => (await call(admin, 'GET', `/api/v1/review-cycles/${cycleIds.get(orgId)}`)).json().stages;
    assert.deepEqual([(await dueOf(open.id)).commitments.dueOn, (await dueOf(open.id)).report.dueOn], ['2099-02-28', '2099-12-15']);
    assert.deepEqual([(await dueOf(filed.id)).commitments.dueOn, (await dueOf(filed.id)).report.dueOn], [campaign.commitmentsDue, '2099-12-15']);
    const backwards = await call(admin, 'PATCH', `/api/v1/review-campaigns/${campaign.id}`, { scoringDue: '2099-01-01' });
    assert.equal(backwards.statusCode, 422, 'deadlines stay in order');
  });

  test('new thresholds re-rate the rated cycles with 200; once allocated the rule cannot change (409)', async () => {
    const org = await createTestOrg(get().system, { parentId: tree.b.id, kind: 'branch' });
    const { campaign, cycleIds } = await createTestCampaign(get().system, tree.b.id, [org.id]);
    const cycleId = cycleIds.get(org.id) ?? 0;
    const rated = await advanceCycle(get().system, cycleId, 'rated', { self: 0.9, superior: 0.8 });
    // 30% × 90 + 70% × 80 = 83 → 3 stars under [60, 70, 80, 85, 90]
    assert.deepEqual([rated.total, rated.stars], [83, 3]);
    const res = await call(admin, 'PATCH', `/api/v1/review-campaigns/${campaign.id}`, { starThresholds: [50, 60, 70, 80, 83] });
    assert.equal(res.statusCode, 404, 'the admin of a does not reach a campaign run by b');
    const parkAdmin = (await get().userWith([{ role: 'park_admin', orgId: null }])).cookie;
    const ok = await call(parkAdmin, 'PATCH', `/api/v1/review-campaigns/${campaign.id}`, { starThresholds: [50, 60, 70, 80, 83] });
    assert.equal(ok.statusCode, 200, ok.body);
    const cycle = (await call(parkAdmin, 'GET', `/api/v1/review-cycles/${cycleId}`)).json();
    assert.deepEqual([cycle.total, cycle.stars], [83, 5]);
    const weighted = await call(parkAdmin, 'PATCH', `/api/v1/review-campaigns/${campaign.id}`, { selfWeight: 0 });
    assert.equal(weighted.statusCode, 200);
    assert.deepEqual(((await call(parkAdmin, 'GET', `/api/v1/review-cycles/${cycleId}`)).json()).total, 80);
    await allocateCampaignFund(get().system, campaign.id, { on: rated.stages.scoring.closedOn ?? '' });
    const locked = await call(parkAdmin, 'PATCH', `/api/v1/review-campaigns/${campaign.id}`, { fundYuan: 5 });
    assert.equal(locked.statusCode, 409);
    assert.equal((await call(parkAdmin, 'PATCH', `/api/v1/review-campaigns/${campaign.id}`, { name: '仍可改名的考评' })).statusCode, 200);
  });

  test('the manager replaces the indicator tree with 200 until scores or linked commitments rest on it (409)', async () => {
    const org = await createTestOrg(get().system, { parentId: tree.a.id, kind: 'branch' });
    const { campaign, cycleIds } = await createTestCampaign(get().system, tree.a.id, [org.id]);
    const url = `/api/v1/review-campaigns/${campaign.id}/indicators`;
    const bad = await call(admin, 'PUT', url, { indicators: [{ name: '唯一', weight: 90, children: [{ name: '指标', weight: 100, maxScore: 10 }] }] });
    assert.equal(bad.statusCode, 422);
    assert.deepEqual(fields(bad), ['indicators']);
    const ok = await call(admin, 'PUT', url, { indicators: [{ name: '唯一', weight: 100, children: [{ name: '甲', weight: 40, maxScore: 5 }, { name: '乙', weight: 60, maxScore: 10 }] }] });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual(ok.json().indicators.map((p: { name: string; children: { name: string }[] }) => [p.name, p.children.map((c) => c.name)]), [['唯一', ['甲', '乙']]]);
    const leaf = ok.json().indicators[0].children[0].id;
    await call(admin, 'POST', `/api/v1/review-cycles/${cycleIds.get(org.id)}/commitments`, { content: '关联指标的承诺', target: '一项', indicatorId: leaf });
    const locked = await call(admin, 'PUT', url, { indicators: [{ name: '另一', weight: 100, children: [{ name: '丙', weight: 100, maxScore: 10 }] }] });
    assert.equal(locked.statusCode, 409);
    assert.deepEqual(fields(locked), ['indicators']);
    assert.equal((await call(secretaryA, 'PUT', url, { indicators: [] })).statusCode, 403);
  });
});
