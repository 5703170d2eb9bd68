import type { DbOrTx } from '../../db/connection.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { AppError, ruleViolation } from '../../platform/errors.ts';
import { offsetOf, today } from '../../platform/paging.ts';
import * as cycles from './review-cycles.repository.ts';
import type { AddCommitmentInput, CycleDetailView, FileStageInput, ListCyclesInput, ReportCommitmentInput, UpdateCommitmentInput } from './review-cycles.schemas.ts';
import { type LoadedCycle, assertStageOpen, closingDay, loadCampaign, loadCycle } from './reviews.lookup.ts';
import { holdsOver, isBoundToOrg, readScope } from './reviews.policy.ts';
import { presentCommitment, presentCycle, presentEvent, scoreMaps, scoredTree, thresholdsOf } from './reviews.presenter.ts';
import * as repo from './reviews.repository.ts';
import type { ReviewStage } from './reviews.rules.ts';

/** The campaign's cycles the caller sees: the ratings table (stage states, totals, stars, allocations). */
export async function listCycles(ctx: ServiceContext, campaignId: number, input: ListCyclesInput) {
  await loadCampaign(ctx, ctx.db, campaignId, 'read');
  const { total, rows } = await cycles.listCycles(ctx.db, ctx.actor.tenantId, campaignId, readScope(ctx.actor), {
    stars: input.stars,
    q: input.q,
    offset: offsetOf(input.page, input.pageSize),
    limit: input.pageSize,
  });
  const on = today();
  return { items: rows.map((r) => presentCycle(r, on)), total, page: input.page, pageSize: input.pageSize };
}

/** One cycle: stage states, commitments with their report, the indicator tree with its scores, the stage events. */
export async function getCycle(ctx: ServiceContext, id: number): Promise<CycleDetailView> {
  const tenantId = ctx.actor.tenantId;
  const { cycle, campaign, isManager } = await loadCycle(ctx, ctx.db, id, 'read');
  const indicators = await repo.listIndicators(ctx.db, tenantId, campaign.id);
  const scores = scoreMaps(await cycles.listScores(ctx.db, tenantId, [id]));
  return {
    ...presentCycle(cycle, today()),
    campaignName: campaign.name,
    year: campaign.year,
    selfWeight: campaign.selfWeight,
    starThresholds: thresholdsOf(campaign),
    commitments: (await cycles.listCommitments(ctx.db, tenantId, id)).map(presentCommitment),
    indicators: scoredTree(indicators, scores),
    events: (await cycles.listStageEvents(ctx.db, tenantId, id)).map(presentEvent),
    may: {
      write: holdsOver(ctx.actor, 'reviews.write', cycle.orgPath),
      score: (isManager || holdsOver(ctx.actor, 'reviews.score', cycle.orgPath)) && !isBoundToOrg(ctx.actor, cycle.orgId),
      manage: isManager,
    },
  };
}

/** An indicator named on a commitment must be a scored (leaf) indicator of the cycle's campaign (422 naming indicatorId). */
async function assertLeafOfCampaign(db: DbOrTx, tenantId: number, campaignId: number, indicatorId: number | null | undefined): Promise<void> {
  if (indicatorId == null) return;
  const leaf = (await repo.listIndicators(db, tenantId, campaignId)).find((i) => i.id === indicatorId && i.parentId !== null);
  if (!leaf) throw ruleViolation('indicatorId', '须为本次考评的评分指标', 'Must be a scored indicator of this campaign');
}

/** Adds a commitment item while the commitments stage is open. */
export async function addCommitment(ctx: ServiceContext, cycleId: number, input: AddCommitmentInput) {
  const id = await ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const loaded = await loadCycle(ctx, tx, cycleId, 'write', true);
    assertStageOpen(loaded, 'commitments');
    await assertLeafOfCampaign(tx, tenantId, loaded.campaign.id, input.indicatorId);
    const newId = await cycles.insertCommitment(tx, { tenantId, cycleId, content: input.content, target: input.target, indicatorId: input.indicatorId ?? null });
    await recordAudit(tx, auditActor(ctx), { action: 'review_commitment.create', objectType: 'review_commitment', objectId: newId, result: 'success', diff: { after: { cycleId, ...input } } });
    return newId;
  });
  return commitmentView(ctx, id);
}

async function commitmentView(ctx: ServiceContext, id: number) {
  const row = await cycles.findCommitment(ctx.db, ctx.actor.tenantId, id);
  if (!row) throw new AppError('NOT_FOUND');
  const found = (await cycles.listCommitments(ctx.db, ctx.actor.tenantId, row.cycleId)).find((c) => c.id === id);
  if (!found) throw new AppError('NOT_FOUND');
  return presentCommitment(found);
}

/** A commitment with its cycle loaded for an action (404 when the commitment or its cycle is out of reach). */
async function loadCommitment(ctx: ServiceContext, db: DbOrTx, id: number): Promise<{ commitment: NonNullable<Awaited<ReturnType<typeof cycles.findCommitment>>>; loaded: LoadedCycle }> {
  const commitment = await cycles.findCommitment(db, ctx.actor.tenantId, id);
  if (!commitment) throw new AppError('NOT_FOUND');
  return { commitment, loaded: await loadCycle(ctx, db, commitment.cycleId, 'write', true) };
}

/** Changes a commitment item while the commitments stage is open. */
export async function updateCommitment(ctx: ServiceContext, id: number, input: UpdateCommitmentInput) {
  await ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const { commitment, loaded } = await loadCommitment(ctx, tx, id);
    assertStageOpen(loaded, 'commitments');
    await assertLeafOfCampaign(tx, tenantId, loaded.campaign.id, input.indicatorId);
    const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    await cycles.updateCommitment(tx, tenantId, id, patch);
    const changed = Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, { before: commitment[k as keyof typeof commitment], after: v }]));
    await recordAudit(tx, auditActor(ctx), { action: 'review_commitment.update', objectType: 'review_commitment', objectId: id, result: 'success', diff: changed });
  });
  return commitmentView(ctx, id);
}

/** Reports against a commitment (result, evidence) while the report stage is open. */
export async function reportCommitment(ctx: ServiceContext, id: number, input: ReportCommitmentInput) {
  await ctx.db.transaction(async (tx) => {
    const { commitment, loaded } = await loadCommitment(ctx, tx, id);
    assertStageOpen(loaded, 'report');
    await cycles.updateCommitment(tx, ctx.actor.tenantId, id, { result: input.result, evidence: input.evidence ?? null });
    await recordAudit(tx, auditActor(ctx), {
      action: 'review_commitment.report',
      objectType: 'review_commitment',
      objectId: id,
      result: 'success',
      diff: { before: { result: commitment.result, evidence: commitment.evidence }, after: input },
    });
  });
  return commitmentView(ctx, id);
}

const closedColumn = { commitments: 'commitmentsClosedOn', report: 'reportClosedOn', scoring: 'scoringClosedOn' } as const;

/** Closes a stage of a locked cycle on a day: the cycle's column, a stage event and the audit entry. */
export async function recordClose(ctx: ServiceContext, tx: DbOrTx, loaded: LoadedCycle, stage: ReviewStage, on: string, extra: Record<string, unknown> = {}): Promise<void> {
  const tenantId = ctx.actor.tenantId;
  await cycles.updateCycle(tx, tenantId, loaded.cycle.id, { [closedColumn[stage]]: on, ...extra });
  await cycles.insertStageEvent(tx, { tenantId, cycleId: loaded.cycle.id, stage, action: 'close', on, byUserId: ctx.actor.userId || null });
  await recordAudit(tx, auditActor(ctx), { action: 'review_cycle.close', objectType: 'review_cycle', objectId: loaded.cycle.id, result: 'success', diff: { stage, on, ...extra } });
}

/** Checks what a stage needs before it closes: commitments need one item at least; the report, a result for every item. */
export async function assertStageComplete(tx: DbOrTx, tenantId: number, cycleId: number, stage: 'commitments' | 'report'): Promise<void> {
  const items = await cycles.listCommitments(tx, tenantId, cycleId);
  if (stage === 'commitments' && items.length === 0) throw ruleViolation('stage', '至少须有一项承诺事项', 'File at least one commitment item');
  const unreported = items.filter((i) => !i.result);
  if (stage === 'report' && unreported.length) throw ruleViolation('stage', `尚有 ${unreported.length} 项承诺未述职`, `${unreported.length} commitment items have no report yet`);
}

/** The org files its commitments or its report: the stage must be open and complete; it closes on the day given. */
export async function fileStage(ctx: ServiceContext, cycleId: number, input: FileStageInput) {
  await ctx.db.transaction(async (tx) => {
    const loaded = await loadCycle(ctx, tx, cycleId, 'write', true);
    assertStageOpen(loaded, input.stage);
    const on = closingDay(loaded, input.stage, input.on);
    await assertStageComplete(tx, ctx.actor.tenantId, cycleId, input.stage);
    await recordClose(ctx, tx, loaded, input.stage, on);
  });
  return getCycle(ctx, cycleId);
}
