import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type SQL, sql } from 'drizzle-orm';
import type { TestContext } from '../../../test/helpers/test-app.ts';
import type { DemoPark } from './demo-park.ts';
import { reportDate } from './people.ts';

/**
 * The review campaigns of the demo park (联诺联述联评) and F20, checked by independent SQL and through the API as the
 * demo accounts. Registered inside the demo park's suite (demo-park.int.test.ts) so that the park is loaded once.
 */
export function reviewChecks(get: () => TestContext, demo: () => DemoPark) {
  const rows = async <T>(query: SQL): Promise<T[]> => ((await get().database.db.execute(query)) as unknown as { rows: T[] }).rows;
  const tenant = () => get().park.id;
  const as = async (username: string, url: string) => {
    const res = await get().app.inject({ url, headers: { cookie: await get().login(username, demo().password) } });
    assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
    return res.json();
  };
  const campaignId = async (year: number) => Number((await rows<{ id: string }>(sql`SELECT id FROM review_campaigns WHERE tenant_id = ${tenant()} AND year = ${year}`))[0].id);

  test('F20: the 2025 campaign allocated 2,200,000 元 over its 48 orgs, rated one to five stars, summing exactly', async () => {
    const [c] = await rows<{ allocated_on: string; fund: string; run_by: string }>(sql`SELECT c.allocated_on::text AS allocated_on, c.fund_yuan AS fund, o.code AS run_by
      FROM review_campaigns c JOIN orgs o ON o.tenant_id = c.tenant_id AND o.id = c.run_by_org_id WHERE c.tenant_id = ${tenant()} AND c.year = 2025`);
    assert.deepEqual([c.allocated_on, Number(c.fund), c.run_by], ['2025-12-28', 2_200_000, 'NJJK-LX']);
    const stars = await rows<{ stars: number; n: number; yuan: string }>(sql`SELECT rc.stars, count(*)::int AS n, sum(a.amount_yuan) AS yuan FROM review_cycles rc
      JOIN review_campaigns c ON c.tenant_id = rc.tenant_id AND c.id = rc.campaign_id
      JOIN review_allocations a ON a.tenant_id = rc.tenant_id AND a.cycle_id = rc.id AND a.stars = rc.stars
      WHERE rc.tenant_id = ${tenant()} AND c.year = 2025 GROUP BY rc.stars ORDER BY rc.stars`);
    assert.equal(stars.reduce((s, r) => s + r.n, 0), 48);
    assert.ok([1, 2, 3, 4, 5].every((s) => stars.some((r) => r.stars === s)), JSON.stringify(stars));
    assert.equal(stars.reduce((s, r) => s + Number(r.yuan), 0), 2_200_000);
    // Orgs of one rating receive the same amount to within the one 元 the largest remainder hands out.
    const spread = await rows<{ stars: number; lo: string; hi: string }>(sql`SELECT a.stars, min(a.amount_yuan) AS lo, max(a.amount_yuan) AS hi FROM review_allocations a
      JOIN review_campaigns c ON c.tenant_id = a.tenant_id AND c.id = a.campaign_id WHERE a.tenant_id = ${tenant()} AND c.year = 2025 GROUP BY a.stars`);
    assert.ok(spread.every((r) => Number(r.hi) - Number(r.lo) <= 1 && (r.stars >= 3 || Number(r.hi) === 0)), JSON.stringify(spread));
    const f20 = await as('leader', `/api/v1/figures/F20?asOf=${reportDate}`);
    assert.deepEqual([f20.values.yuan, f20.values.wanYuan, f20.records.total], [2_200_000, 220, 48]);
    assert.equal((await as('leader', '/api/v1/figures/F20?asOf=2025-12-27')).values.yuan, 0, 'not allocated yet');
    assert.equal((await as('leader', '/api/v1/figures/F20?asOf=2026-12-31')).values.yuan, 0, 'the 2026 fund is not allocated yet');
  });

  test('the stored ratings and allocation are reproduced from the scores, for the park admin with 200', async () => {
    const allocation = await as('parkadmin', `/api/v1/review-campaigns/${await campaignId(2025)}/allocation`);
    assert.deepEqual([allocation.matches, allocation.allocatedYuan, allocation.recomputedYuan, allocation.items.length], [true, 2_200_000, 2_200_000, 48]);
  });

  test('the 2026 campaign is live: commitments filed, most reports filed, scoring open and nothing rated', async () => {
    const [r] = await rows<{ n: number; committed: number; reported: number; rated: number; scored: number }>(sql`SELECT count(*)::int AS n,
      count(rc.commitments_closed_on)::int AS committed, count(rc.report_closed_on)::int AS reported, count(rc.scoring_closed_on)::int AS rated,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM review_scores s WHERE s.tenant_id = rc.tenant_id AND s.cycle_id = rc.id))::int AS scored
      FROM review_cycles rc JOIN review_campaigns c ON c.tenant_id = rc.tenant_id AND c.id = rc.campaign_id WHERE rc.tenant_id = ${tenant()} AND c.year = 2026`);
    assert.equal(r.n, 48);
    assert.equal(r.committed, 48);
    assert.ok(r.reported >= 30 && r.reported < 48, `${r.reported}`);
    assert.equal(r.rated, 0);
    assert.ok(r.scored > 5, `${r.scored}`);
    const table = await as('liangxin', `/api/v1/review-campaigns/${await campaignId(2026)}/cycles?pageSize=100`);
    assert.equal(table.total, 48);
    assert.ok(table.items.some((c: { stages: { scoring: { status: string } } }) => c.stages.scoring.status === 'open'));
  });

  test('the branch secretary sees its own cycle in both campaigns, and the commitments and reports it filed', async () => {
    const secretary = demo().accounts.find((a) => a.username === 'secretary');
    const campaigns = await as('secretary', '/api/v1/review-campaigns');
    assert.equal(campaigns.total, 2);
    for (const c of campaigns.items) {
      const table = await as('secretary', `/api/v1/review-campaigns/${c.id}/cycles`);
      assert.deepEqual(table.items.map((i: { orgId: number }) => i.orgId), [secretary?.orgId]);
      const cycle = await as('secretary', `/api/v1/review-cycles/${table.items[0].id}`);
      assert.ok(cycle.commitments.length >= 2 && cycle.may.write && !cycle.may.score);
    }
  });
}
