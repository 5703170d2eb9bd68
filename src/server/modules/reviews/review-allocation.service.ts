import type { DbOrTx } from '../../db/connection.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { conflict, ruleViolation } from '../../platform/errors.ts';
import { today } from '../../platform/paging.ts';
import { formatYuan } from '../projects/projects.rules.ts';
import * as cycles from './review-cycles.repository.ts';
import { loadCampaign } from './reviews.lookup.ts';
import { readScope } from './reviews.policy.ts';
import { leavesOf, scoreMaps, thresholdsOf } from './reviews.presenter.ts';
import * as repo from './reviews.repository.ts';
import { type Rating, allocateFund, missingScores, pointsOf, rate } from './reviews.rules.ts';
import type { AllocationView } from './reviews.schemas.ts';

type Recomputed = { ratings: Map<number, Rating | null>; amounts: Map<number, number> | null; problem: { zh: string; en: string } | null };

/**
 * Recomputes, from the records alone, every cycle's rating (from its scores, under the campaign's weights and
 * thresholds) and the fund's allocation from those ratings. The allocation needs every cycle's scoring closed.
 */
async function recompute(db: DbOrTx, tenantId: number, campaign: repo.CampaignWithOrg, all: cycles.CycleWithOrg[]): Promise<Recomputed> {
  const leaves = leavesOf(await repo.listIndicators(db, tenantId, campaign.id));
  const scores = await cycles.listScores(db, tenantId, all.map((c) => c.id));
  const ratings = new Map<number, Rating | null>();
  for (const c of all) {
    const mine = scoreMaps(scores.filter((s) => s.cycleId === c.id));
    const missing = missingScores(leaves, mine, campaign.selfWeight);
    ratings.set(c.id, c.scoringClosedOn && missing.self.length + missing.superior.length === 0 ? rate(leaves, mine, campaign.selfWeight, thresholdsOf(campaign)) : null);
  }
  const unrated = all.filter((c) => !ratings.get(c.id));
  if (unrated.length) return { ratings, amounts: null, problem: { zh: `尚有 ${unrated.length} 个组织未完成测评`, en: `${unrated.length} orgs are not rated yet` } };
  const entries = all.map((c) => {
    const r = ratings.get(c.id) as Rating;
    return { key: c.id, stars: r.stars, total: r.total, orgCode: c.orgCode };
  });
  const result = allocateFund({ fundYuan: campaign.fundYuan, starBaseYuan: campaign.starBaseYuan, starShares: campaign.starShares }, entries);
  return result.ok ? { ratings, amounts: result.amounts, problem: null } : { ratings, amounts: null, problem: { zh: result.problem.zh, en: result.problem.en } };
}

/** The fund's allocation: what is stored, what the records give now, and whether they agree (a reproducibility check). */
export async function getAllocation(ctx: ServiceContext, campaignId: number, locale: 'zh' | 'en' = 'zh'): Promise<AllocationView> {
  const tenantId = ctx.actor.tenantId;
  const campaign = await loadCampaign(ctx, ctx.db, campaignId, 'read');
  const { rows: all } = await cycles.listCycles(ctx.db, tenantId, campaignId, { all: true });
  const again = await recompute(ctx.db, tenantId, campaign, all);
  const scope = readScope(ctx.actor);
  const visible = new Set((await cycles.listCycles(ctx.db, tenantId, campaignId, scope)).rows.map((c) => c.id));
  const stored = new Map((await repo.listAllocations(ctx.db, tenantId, campaignId)).map((a) => [a.cycleId, a]));
  const matches = campaign.allocatedOn === null ? null : all.every((c) => {
    const a = stored.get(c.id);
    const r = again.ratings.get(c.id);
    return a !== undefined && r != null && a.amountYuan === again.amounts?.get(c.id) && a.stars === r.stars && a.total === r.total && c.stars === r.stars && c.total === r.total;
  });
  const items = all
    .filter((c) => visible.has(c.id))
    .map((c) => {
      const r = again.ratings.get(c.id) ?? null;
      return {
        cycleId: c.id,
        orgId: c.orgId,
        orgCode: c.orgCode,
        orgName: c.orgName,
        total: c.total === null ? null : pointsOf(c.total),
        stars: c.stars,
        amountYuan: stored.get(c.id)?.amountYuan ?? null,
        recomputedTotal: r ? pointsOf(r.total) : null,
        recomputedStars: r ? r.stars : null,
        recomputedYuan: again.amounts?.get(c.id) ?? null,
      };
    })
    .sort((a, b) => (b.amountYuan ?? b.recomputedYuan ?? 0) - (a.amountYuan ?? a.recomputedYuan ?? 0) || (b.total ?? 0) - (a.total ?? 0) || a.orgCode.localeCompare(b.orgCode));
  return {
    campaignId,
    fundYuan: campaign.fundYuan,
    fundText: formatYuan(campaign.fundYuan),
    allocatedOn: campaign.allocatedOn,
    allocatedYuan: [...stored.values()].reduce((s, a) => s + a.amountYuan, 0),
    recomputedYuan: again.amounts ? [...again.amounts.values()].reduce((s, v) => s + v, 0) : 0,
    matches,
    problem: again.problem ? (locale === 'en' ? again.problem.en : again.problem.zh) : null,
    items,
  };
}

/**
 * Allocates the fund from the stored ratings of every cycle, in whole 元 summing exactly to the fund (see
 * allocateFund), one record per org, in one transaction. Every cycle must be rated (422 naming cycles), the fund
 * not yet allocated (409), the day not in the future nor before the last scoring closed (422 naming on).
 */
export async function allocateCampaignFund(ctx: ServiceContext, campaignId: number, input: { on: string }) {
  await ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const campaign = await loadCampaign(ctx, tx, campaignId, 'manage', true);
    if (campaign.allocatedOn) throw conflict('allocatedOn', `专项资金已于 ${campaign.allocatedOn} 分配`, `The fund was allocated on ${campaign.allocatedOn}`);
    const { rows: all } = await cycles.listCycles(tx, tenantId, campaignId, { all: true });
    const unrated = all.filter((c) => c.stars === null || c.total === null);
    if (unrated.length) throw ruleViolation('cycles', `尚有 ${unrated.length} 个组织未完成测评（如${unrated[0].orgName}）`, `${unrated.length} orgs are not rated yet (e.g. ${unrated[0].orgName})`);
    if (input.on > today()) throw ruleViolation('on', '日期不能晚于今天', 'The date cannot be in the future');
    const lastScored = all.reduce((m, c) => (c.scoringClosedOn && c.scoringClosedOn > m ? c.scoringClosedOn : m), '');
    if (input.on < lastScored) throw ruleViolation('on', `不能早于最后一次测评关闭日（${lastScored}）`, `Cannot precede the last scoring close (${lastScored})`);
    const result = allocateFund(
      { fundYuan: campaign.fundYuan, starBaseYuan: campaign.starBaseYuan, starShares: campaign.starShares },
      all.map((c) => ({ key: c.id, stars: c.stars ?? 0, total: c.total ?? 0, orgCode: c.orgCode })),
    );
    if (!result.ok) throw ruleViolation(result.problem.field, result.problem.zh, result.problem.en);
    await repo.insertAllocations(tx, all.map((c) => ({ tenantId, campaignId, cycleId: c.id, total: c.total ?? 0, stars: c.stars ?? 0, amountYuan: result.amounts.get(c.id) ?? 0 })));
    await repo.updateCampaign(tx, tenantId, campaignId, { allocatedOn: input.on });
    await recordAudit(tx, auditActor(ctx), {
      action: 'review_campaign.allocate',
      objectType: 'review_campaign',
      objectId: campaignId,
      result: 'success',
      diff: { on: input.on, fundYuan: campaign.fundYuan, amounts: Object.fromEntries(all.map((c) => [c.orgCode, result.amounts.get(c.id) ?? 0])) },
    });
  });
  return getAllocation(ctx, campaignId);
}

/** Withdraws the allocation (with a reason, audited with the amounts withdrawn) so ratings or the rule may change. */
export async function withdrawAllocation(ctx: ServiceContext, campaignId: number, input: { reason: string }) {
  await ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const campaign = await loadCampaign(ctx, tx, campaignId, 'manage', true);
    if (!campaign.allocatedOn) throw conflict('allocatedOn', '专项资金尚未分配', 'The fund is not allocated');
    const withdrawn = await repo.listAllocations(tx, tenantId, campaignId);
    await repo.deleteAllocations(tx, tenantId, campaignId);
    await repo.updateCampaign(tx, tenantId, campaignId, { allocatedOn: null });
    await recordAudit(tx, auditActor(ctx), {
      action: 'review_campaign.withdraw_allocation',
      objectType: 'review_campaign',
      objectId: campaignId,
      result: 'success',
      diff: { reason: input.reason, before: { allocatedOn: campaign.allocatedOn, amounts: Object.fromEntries(withdrawn.map((a) => [a.cycleId, a.amountYuan])) } },
    });
  });
  return getAllocation(ctx, campaignId);
}

/** For F20: the allocations of campaigns of asOf's year allocated by asOf, to orgs in the caller's reviews.read scope. */
export async function fundAllocatedInYear(ctx: ServiceContext, asOf: string) {
  return repo.listAllocatedInYear(ctx.db, ctx.actor.tenantId, readScope(ctx.actor), Number(asOf.slice(0, 4)), asOf);
}
