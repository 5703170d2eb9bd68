import type { ServiceContext } from '../platform/context.ts';
import { allocateCampaignFund } from '../modules/reviews/review-allocation.service.ts';
import { createCampaign } from '../modules/reviews/review-campaigns.service.ts';
import { addCommitment, fileStage, listCycles, reportCommitment } from '../modules/reviews/review-cycles.service.ts';
import { closeScoring, recordScores } from '../modules/reviews/review-scoring.service.ts';
import { type Ids, idOf } from './load-tree.ts';
import type { OrgEvent, PlannedOrg } from './org-plan.ts';
import { liangxinCode } from './org-plan.ts';
import { createRng } from './random.ts';
import { type PlannedCampaign, eligibleOrgs, pickParticipants, planReviews, reviewIndicators } from './review-plan.ts';

/** The demo plan of the review campaigns: the same orgs and scores for the same seed. */
export function planDemoReviews(seed: number, orgs: readonly PlannedOrg[], events: readonly OrgEvent[], secretaryOrgCode: string | null): PlannedCampaign[] {
  const rng = createRng(seed).fork('reviews');
  return planReviews(rng, pickParticipants(rng.fork('participants'), eligibleOrgs(orgs, events), secretaryOrgCode));
}

/**
 * Runs the planned campaigns through the reviews services, acting as the platform (which manages every campaign,
 * so its dated closes may lie past a deadline): each campaign with its tree and participants, each cycle's
 * commitments filed, reported and scored as far as the plan says, and the 2025 fund allocated. Returns the
 * campaign ids by code. `secretaryOrgId`: the demo `secretary` account's branch, which is always reviewed.
 */
export async function createReviews(ctx: ServiceContext, input: { seed: number; orgs: readonly PlannedOrg[]; orgEvents: readonly OrgEvent[]; orgIds: Ids; secretaryOrgId: number | null }): Promise<Ids> {
  const codeOf = new Map([...input.orgIds].map(([code, id]) => [id, code]));
  const plans = planDemoReviews(input.seed, input.orgs, input.orgEvents, input.secretaryOrgId === null ? null : (codeOf.get(input.secretaryOrgId) ?? null));
  const ids: Ids = new Map();
  for (const p of plans) {
    const campaign = await createCampaign(ctx, {
      code: p.code,
      name: p.name,
      year: p.year,
      runByOrgId: idOf(input.orgIds, liangxinCode),
      participantOrgIds: p.cycles.map((c) => idOf(input.orgIds, c.orgCode)),
      selfWeight: p.selfWeight,
      starThresholds: p.starThresholds,
      fundYuan: p.fundYuan,
      starShares: p.starShares,
      commitmentsDue: p.commitmentsDue,
      reportsDue: p.reportsDue,
      scoringDue: p.scoringDue,
      indicators: reviewIndicators,
    });
    ids.set(p.code, campaign.id);
    const leafId = new Map(campaign.indicators.flatMap((x) => x.children.map((l) => [l.name, l.id] as const)));
    const cycleOf: Ids = new Map((await listCycles(ctx, campaign.id, { page: 1, pageSize: 200 })).items.map((c) => [c.orgCode, c.id]));
    const scores = (s: Record<string, number>) => ({ scores: Object.entries(s).map(([name, score]) => ({ indicatorId: idOf(leafId, name), score })) });
    for (const c of p.cycles) {
      const cycleId = idOf(cycleOf, c.orgCode);
      const commitmentIds = [];
      for (const item of c.commitments) commitmentIds.push((await addCommitment(ctx, cycleId, { content: item.content, target: item.target, indicatorId: idOf(leafId, item.indicator) })).id);
      await fileStage(ctx, cycleId, { stage: 'commitments', on: c.commitmentsFiledOn });
      if (!c.reportFiledOn) continue;
      for (const [i, item] of c.commitments.entries()) await reportCommitment(ctx, commitmentIds[i], { result: item.result, evidence: item.evidence });
      await fileStage(ctx, cycleId, { stage: 'report', on: c.reportFiledOn });
      if (c.selfScores) await recordScores(ctx, cycleId, 'self', scores(c.selfScores));
      if (c.superiorScores) await recordScores(ctx, cycleId, 'superior', scores(c.superiorScores));
      if (c.scoringClosedOn) await closeScoring(ctx, cycleId, { on: c.scoringClosedOn });
    }
    if (p.allocatedOn) await allocateCampaignFund(ctx, campaign.id, { on: p.allocatedOn });
  }
  return ids;
}
