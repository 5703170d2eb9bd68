import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestOrg, createTestTree } from '../../../../test/factories.ts';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { today } from '../../platform/paging.ts';
import { advanceCycle, createTestCampaign } from './reviews.fixtures.ts';

describeWithApp('review fund allocation', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let manager: string;
  let branchSecretary: string;
  let campaignId: number;
  let orgIds: number[];
  let cycleIds: Map<number, number>;
  const fractions = [
    { self: 1, superior: 0.95 }, // 96.5 → 5★
    { self: 0.9, superior: 0.85 }, // 86.5 → 4★
    { self: 0.9, superior: 0.85 }, // 86.5 → 4★ (a tie in total, broken by org code)
    { self: 0.8, superior: 0.8 }, // 80 → 3★
    { self: 0.5, superior: 0.5 }, // 50 → 0★
  ];
  before(async () => {
    tree = await createTestTree(get().system);
    const orgs = [];
    for (let i = 0; i < fractions.length; i++) orgs.push(await createTestOrg(get().system, { parentId: tree.a.id, kind: 'branch', code: `RVA-${i}-${tree.a.id}` }));
    orgIds = orgs.map((o) => o.id);
    const made = await createTestCampaign(get().system, tree.a.id, orgIds, { fundYuan: 2_200_000, starShares: [0, 0, 0, 1, 3, 5] });
    campaignId = made.campaign.id;
    cycleIds = made.cycleIds;
    manager = (await get().userWith([{ role: 'park_admin', orgId: tree.a.id }])).cookie;
    branchSecretary = (await get().userWith([{ role: 'org_secretary', orgId: orgIds[0] }])).cookie;
  });
  const call = (cookie: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    get().app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  test('allocation waits until every org is rated (422 naming cycles), and the preview says why', async () => {
    await advanceCycle(get().system, cycleIds.get(orgIds[0]) ?? 0, 'rated', fractions[0]);
    const res = await call(manager, 'POST', `/api/v1/review-campaigns/${campaignId}/allocation`, { on: today() });
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().error.details[0].field, 'cycles');
    const preview = (await call(manager, 'GET', `/api/v1/review-campaigns/${campaignId}/allocation`)).json();
    assert.deepEqual([preview.allocatedOn, preview.matches, preview.recomputedYuan], [null, null, 0]);
    assert.match(preview.problem, /4 个组织/);
  });

  test('allocates 2,200,000 元 by the shares, summing exactly, stored per org and reproducible with 200', async () => {
    for (let i = 1; i < fractions.length; i++) await advanceCycle(get().system, cycleIds.get(orgIds[i]) ?? 0, 'rated', fractions[i]);
    const future = await call(manager, 'POST', `/api/v1/review-campaigns/${campaignId}/allocation`, { on: '2999-01-01' });
    assert.equal(future.statusCode, 422);
    const res = await call(manager, 'POST', `/api/v1/review-campaigns/${campaignId}/allocation`, { on: today() });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.deepEqual([body.allocatedYuan, body.recomputedYuan, body.matches, body.problem], [2_200_000, 2_200_000, true, null]);
    const byOrg = new Map(body.items.map((i: { orgId: number; amountYuan: number; stars: number }) => [i.orgId, [i.stars, i.amountYuan]]));
    // shares 5 + 3 + 3 + 1 + 0 = 12: 916,666.67 / 550,000 / 550,000 / 183,333.33 / 0 → the left-over 元 goes to the 5★ (.67)
    assert.deepEqual(orgIds.map((id) => byOrg.get(id)), [[5, 916_667], [4, 550_000], [4, 550_000], [3, 183_333], [0, 0]]);
    const stored = (await get().database.db.execute(sql`SELECT sum(amount_yuan)::bigint AS s, count(*)::int AS n FROM review_allocations WHERE tenant_id = ${get().park.id} AND campaign_id = ${campaignId}`)) as unknown as { rows: { s: string; n: number }[] };
    assert.deepEqual([Number(stored.rows[0].s), stored.rows[0].n], [2_200_000, 5]);
    assert.equal((await call(manager, 'POST', `/api/v1/review-campaigns/${campaignId}/allocation`, { on: today() })).statusCode, 409);
  });

  test('F20 gives the fund allocated this year in the caller\'s scope, with the allocations behind it', async () => {
    const f = (await call(manager, 'GET', `/api/v1/figures/F20?asOf=${today()}`)).json();
    assert.deepEqual([f.values.yuan, f.values.wanYuan, f.records.total], [2_200_000, 220, 5]);
    assert.match(f.records.items[0].label, /5星/);
    const mine = (await call(branchSecretary, 'GET', `/api/v1/figures/F20?asOf=${today()}`)).json();
    assert.deepEqual([mine.values.yuan, mine.records.total], [916_667, 1], 'a branch secretary counts its own org only');
    const lastYear = (await call(manager, 'GET', `/api/v1/figures/F20?asOf=${Number(today().slice(0, 4)) - 1}-12-31`)).json();
    assert.equal(lastYear.values.yuan, 0);
  });

  test('a participant sees its own row of the allocation with 200 and the sum over everyone', async () => {
    const res = await call(branchSecretary, 'GET', `/api/v1/review-campaigns/${campaignId}/allocation`);
    assert.equal(res.statusCode, 200);
    assert.deepEqual([res.json().items.length, res.json().items[0].amountYuan, res.json().allocatedYuan], [1, 916_667, 2_200_000]);
  });

  test('scoring cannot be reopened while the fund stands allocated (409)', async () => {
    const res = await call(manager, 'POST', `/api/v1/review-cycles/${cycleIds.get(orgIds[1])}/reopen`, { stage: 'scoring', reason: '复核', dueOn: today() });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.details[0].field, 'stage');
  });

  test('a score changed behind the allocation shows as a mismatch; withdrawing needs a reason and is audited', async () => {
    const cycleId = cycleIds.get(orgIds[4]) ?? 0;
    // Tamper below the services, as a broken import might: the recomputation must notice.
    await get().database.db.execute(sql`UPDATE review_scores SET score_tenths = 200 WHERE tenant_id = ${get().park.id} AND cycle_id = ${cycleId}`);
    const check = (await call(manager, 'GET', `/api/v1/review-campaigns/${campaignId}/allocation`)).json();
    assert.equal(check.matches, false);
    assert.equal((await call(manager, 'POST', `/api/v1/review-campaigns/${campaignId}/allocation/withdraw`, {})).statusCode, 400);
    const withdrawn = await call(manager, 'POST', `/api/v1/review-campaigns/${campaignId}/allocation/withdraw`, { reason: '评分复核' });
    assert.equal(withdrawn.statusCode, 200);
    assert.deepEqual([withdrawn.json().allocatedOn, withdrawn.json().allocatedYuan, withdrawn.json().matches], [null, 0, null]);
    const audit = (await get().database.db.execute(sql`SELECT diff->>'reason' AS reason FROM audit_log WHERE tenant_id = ${get().park.id} AND action = 'review_campaign.withdraw_allocation'`)) as unknown as { rows: { reason: string }[] };
    assert.deepEqual(audit.rows.map((r) => r.reason), ['评分复核']);
    assert.equal((await call(manager, 'POST', `/api/v1/review-campaigns/${campaignId}/allocation/withdraw`, { reason: '再次' })).statusCode, 409);
  });
});
