import type { DbOrTx } from '../../db/connection.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { conflict, ruleViolation } from '../../platform/errors.ts';
import { today } from '../../platform/paging.ts';
import * as cycles from './review-cycles.repository.ts';
import type { CloseStageInput, ReopenStageInput, ScoresInput } from './review-cycles.schemas.ts';
import { assertStageComplete, getCycle, recordClose } from './review-cycles.service.ts';
import { type LoadedCycle, assertStageOpen, closingDay, loadCycle } from './reviews.lookup.ts';
import { leavesOf, scoreMaps, stageDates, thresholdsOf } from './reviews.presenter.ts';
import * as repo from './reviews.repository.ts';
import { type ReviewStage, type ScoreKind, missingScores, rate, reviewStages, stageNames, toTenths } from './reviews.rules.ts';

/**
 * Records scores of leaf indicators while scoring is open: `self` by the org's side (reviews.write over it),
 * `superior` by a superior (reviews.score over it, not bound to it). Each score names a leaf of the campaign and
 * gives points with at most one decimal up to its max (422 naming scores.N.indicatorId / scores.N.score). Whoever
 * entered one side's scores of a cycle cannot enter the other side's (422 naming scores).
 */
export async function recordScores(ctx: ServiceContext, cycleId: number, kind: ScoreKind, input: ScoresInput) {
  await ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const loaded = await loadCycle(ctx, tx, cycleId, kind === 'self' ? 'write' : 'score', true);
    assertStageOpen(loaded, 'scoring');
    // The two sides of a cycle come from different people: whoever entered one kind of score cannot enter the other.
    const other = kind === 'self' ? 'superior' : 'self';
    const mine = (await cycles.listScores(tx, tenantId, [cycleId])).some((s) => s.kind === other && ctx.actor.userId !== 0 && s.byUserId === ctx.actor.userId);
    if (mine) throw ruleViolation('scores', kind === 'self' ? '您已为该组织进行上级评分，不能再填写其自评' : '您已填写该组织的自评，上级评分须由他人进行', kind === 'self' ? 'You gave this org\'s superior scores; its self-scores must come from someone else' : 'You entered this org\'s self-scores; its superior scores must come from someone else');
    const leaves = new Map((await repo.listIndicators(tx, tenantId, loaded.campaign.id)).filter((i) => i.parentId !== null).map((i) => [i.id, i]));
    const seen = new Set<number>();
    const rows = input.scores.map((s, i) => {
      const leaf = leaves.get(s.indicatorId);
      if (!leaf || seen.has(s.indicatorId)) throw ruleViolation(`scores.${i}.indicatorId`, '须为本次考评的评分指标，且每项只评一次', 'Must be a scored indicator of this campaign, each once');
      seen.add(s.indicatorId);
      const tenths = toTenths(s.score, leaf.maxScore ?? 0);
      if (tenths === null) throw ruleViolation(`scores.${i}.score`, `分值须在 0 至 ${leaf.maxScore} 之间，至多一位小数`, `A score lies within 0…${leaf.maxScore}, with at most one decimal`);
      return { tenantId, cycleId, indicatorId: s.indicatorId, kind, scoreTenths: tenths, byUserId: ctx.actor.userId || null };
    });
    await cycles.upsertScores(tx, rows);
    await recordAudit(tx, auditActor(ctx), { action: `review_cycle.score_${kind}`, objectType: 'review_cycle', objectId: cycleId, result: 'success', diff: { after: input.scores } });
  });
  return getCycle(ctx, cycleId);
}

/** Closes scoring on a locked cycle: every needed score given (422 naming the missing kind), then the rating is stored. */
async function closeScoringOf(ctx: ServiceContext, tx: DbOrTx, loaded: LoadedCycle, on: string | undefined) {
  const tenantId = ctx.actor.tenantId;
  const day = closingDay(loaded, 'scoring', on);
  const leaves = leavesOf(await repo.listIndicators(tx, tenantId, loaded.campaign.id));
  const scores = scoreMaps(await cycles.listScores(tx, tenantId, [loaded.cycle.id]));
  const missing = missingScores(leaves, scores, loaded.campaign.selfWeight);
  if (missing.self.length) throw ruleViolation('selfScores', `尚有 ${missing.self.length} 项指标未自评`, `${missing.self.length} indicators have no self-score yet`);
  if (missing.superior.length) throw ruleViolation('superiorScores', `尚有 ${missing.superior.length} 项指标未由上级评分`, `${missing.superior.length} indicators have no superior score yet`);
  const rating = rate(leaves, scores, loaded.campaign.selfWeight, thresholdsOf(loaded.campaign));
  await recordClose(ctx, tx, loaded, 'scoring', day, rating);
}

/** A superior (or the manager) closes scoring and the cycle is rated. */
export async function closeScoring(ctx: ServiceContext, cycleId: number, input: { on?: string }) {
  await ctx.db.transaction(async (tx) => {
    const loaded = await loadCycle(ctx, tx, cycleId, 'score', true);
    assertStageOpen(loaded, 'scoring');
    await closeScoringOf(ctx, tx, loaded, input.on);
  });
  return getCycle(ctx, cycleId);
}

/**
 * The manager closes any stage, also past its deadline (when an org did not file in time). The stage before it
 * must be closed; commitments and the report close as they stand, scoring only with its scores complete.
 */
export async function closeStage(ctx: ServiceContext, cycleId: number, input: CloseStageInput) {
  await ctx.db.transaction(async (tx) => {
    const loaded = await loadCycle(ctx, tx, cycleId, 'manage', true);
    assertStageOpen(loaded, input.stage);
    if (input.stage === 'scoring') await closeScoringOf(ctx, tx, loaded, input.on);
    else {
      // An org that let its deadline pass is closed as it stands; before the deadline the stage must be complete.
      if (today() <= stageDates(loaded.cycle)[input.stage].dueOn) await assertStageComplete(tx, ctx.actor.tenantId, cycleId, input.stage);
      await recordClose(ctx, tx, loaded, input.stage, closingDay(loaded, input.stage, input.on));
    }
  });
  return getCycle(ctx, cycleId);
}

const reopenPatch: Record<ReviewStage, Record<string, unknown>> = {
  commitments: { commitmentsClosedOn: null },
  report: { reportClosedOn: null },
  scoring: { scoringClosedOn: null, selfTotal: null, superiorTotal: null, total: null, stars: null },
};
const dueColumn = { commitments: 'commitmentsDue', report: 'reportDue', scoring: 'scoringDue' } as const;

/**
 * The manager reopens a closed stage with a reason and a new deadline (today or later): later stages must be open
 * (422), and scoring cannot reopen while the fund stands allocated (409: withdraw the allocation first). Reopening
 * scoring clears the rating. Recorded as a stage event and in the audit log, with the reason.
 */
export async function reopenStage(ctx: ServiceContext, cycleId: number, input: ReopenStageInput) {
  await ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const loaded = await loadCycle(ctx, tx, cycleId, 'manage', true);
    const dates = stageDates(loaded.cycle);
    const name = stageNames[input.stage];
    if (!dates[input.stage].closedOn) throw conflict('stage', `“${name.zh}”阶段未关闭，无需重新开放`, `The ${name.en} stage is not closed`);
    const later = reviewStages.slice(reviewStages.indexOf(input.stage) + 1).find((s) => dates[s].closedOn);
    if (later) throw ruleViolation('stage', `请先重新开放“${stageNames[later].zh}”阶段`, `Reopen the ${stageNames[later].en} stage first`);
    if (input.stage === 'scoring' && loaded.campaign.allocatedOn) throw conflict('stage', '专项资金已分配，请先撤回分配', 'The fund is allocated; withdraw the allocation first');
    if (input.dueOn < today()) throw ruleViolation('dueOn', '新的截止日期不能早于今天', 'The new deadline cannot be in the past');
    const on = today();
    await cycles.updateCycle(tx, tenantId, cycleId, { ...reopenPatch[input.stage], [dueColumn[input.stage]]: input.dueOn });
    await cycles.insertStageEvent(tx, { tenantId, cycleId, stage: input.stage, action: 'reopen', on, reason: input.reason, dueOn: input.dueOn, byUserId: ctx.actor.userId || null });
    await recordAudit(tx, auditActor(ctx), {
      action: 'review_cycle.reopen',
      objectType: 'review_cycle',
      objectId: cycleId,
      result: 'success',
      diff: { stage: input.stage, reason: input.reason, before: { closedOn: dates[input.stage].closedOn, dueOn: dates[input.stage].dueOn, stars: loaded.cycle.stars }, after: { dueOn: input.dueOn } },
    });
  });
  return getCycle(ctx, cycleId);
}

