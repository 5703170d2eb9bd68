import type { DbOrTx } from '../../db/connection.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { ruleViolation } from '../../platform/errors.ts';
import { today } from '../../platform/paging.ts';
import * as cycles from './review-cycles.repository.ts';
import {
  assertCampaignVisible,
  assertCycleVisible,
  assertMayManageCampaign,
  assertMayManageCycle,
  assertMayScoreAsSuperior,
  assertMayWriteCycle,
  holdsOver,
  isBoundToOrg,
  readScope,
} from './reviews.policy.ts';
import { stageDates } from './reviews.presenter.ts';
import * as repo from './reviews.repository.ts';
import { type ReviewStage, reviewStages, stageNames, stageStatus } from './reviews.rules.ts';

/** Loads a campaign for reading or managing, checking the caller's reach (404 / 403). */
export async function loadCampaign(ctx: ServiceContext, db: DbOrTx, id: number, action: 'read' | 'manage', lock = false): Promise<repo.CampaignWithOrg> {
  const campaign = await repo.findCampaign(db, ctx.actor.tenantId, id, lock);
  const viaCycle = campaign !== null && (await repo.hasCycleInScope(db, ctx.actor.tenantId, id, readScope(ctx.actor)));
  if (action === 'read') assertCampaignVisible(ctx.actor, campaign, viaCycle);
  else assertMayManageCampaign(ctx.actor, campaign, viaCycle);
  return campaign;
}

export type CycleAction = 'read' | 'write' | 'score' | 'manage';
export type LoadedCycle = { cycle: cycles.CycleWithOrg; campaign: repo.CampaignWithOrg; isManager: boolean };

/**
 * Loads a cycle and its campaign for an action (404 out of reach, 403 without the right). `lock` takes the
 * campaign's and then the cycle's row lock, so the stage changes and scores of one campaign are serialized.
 */
export async function loadCycle(ctx: ServiceContext, db: DbOrTx, id: number, action: CycleAction, lock = false): Promise<LoadedCycle> {
  const tenantId = ctx.actor.tenantId;
  const peek = await cycles.findCycle(db, tenantId, id);
  assertCycleVisible(ctx.actor, peek);
  // Writers lock the campaign before the cycle, as campaign-wide writes (settings, allocation) do: one lock order,
  // so a re-rating or an allocation never interleaves with a cycle's scoring or reopening, and never deadlocks.
  const campaign = await repo.findCampaign(db, tenantId, peek.campaignId, lock);
  const cycle = lock ? await cycles.findCycle(db, tenantId, id, true) : peek;
  assertCycleVisible(ctx.actor, cycle);
  if (!campaign) throw new Error(`cycle ${id} without its campaign`);
  if (action === 'write') assertMayWriteCycle(ctx.actor, cycle);
  else if (action === 'score') {
    // The manager scores and closes scoring too, even without a superior's reach over the org — but never its own org.
    if (!holdsOver(ctx.actor, 'reviews.manage', campaign.runByOrgPath) || isBoundToOrg(ctx.actor, cycle.orgId)) assertMayScoreAsSuperior(ctx.actor, cycle);
  } else if (action === 'manage') assertMayManageCycle(ctx.actor, cycle, campaign.runByOrgPath);
  return { cycle, campaign, isManager: holdsOver(ctx.actor, 'reviews.manage', campaign.runByOrgPath) };
}

/**
 * A stage may take entries when the stage before it is closed, it is not closed itself, and its deadline has not
 * passed — the manager may still act on an overdue stage (late entries are the manager's decision). 422 otherwise.
 */
export function assertStageOpen(loaded: LoadedCycle, stage: ReviewStage): void {
  const dates = stageDates(loaded.cycle);
  const i = reviewStages.indexOf(stage);
  const status = stageStatus(dates[stage], i === 0 ? null : dates[reviewStages[i - 1]], today());
  const name = stageNames[stage];
  if (status === 'closed') throw ruleViolation('stage', `“${name.zh}”阶段已关闭`, `The ${name.en} stage is closed`);
  if (status === 'pending') {
    const prev = stageNames[reviewStages[i - 1]];
    throw ruleViolation('stage', `“${prev.zh}”阶段尚未完成，不能进行“${name.zh}”`, `The ${prev.en} stage must be closed before the ${name.en} stage`);
  }
  if (status === 'overdue' && !loaded.isManager) throw ruleViolation('stage', `“${name.zh}”阶段已过截止日期（${dates[stage].dueOn}）`, `The ${name.en} stage's deadline (${dates[stage].dueOn}) has passed`);
}

/** The day of a close: today when omitted; not in the future, not before the previous stage closed (422 naming `on`). */
export function closingDay(loaded: LoadedCycle, stage: ReviewStage, on: string | undefined): string {
  const day = on ?? today();
  if (day > today()) throw ruleViolation('on', '日期不能晚于今天', 'The date cannot be in the future');
  const i = reviewStages.indexOf(stage);
  const prevClosed = i === 0 ? null : stageDates(loaded.cycle)[reviewStages[i - 1]].closedOn;
  if (prevClosed && day < prevClosed) throw ruleViolation('on', `不能早于上一阶段关闭日（${prevClosed}）`, `Cannot precede the previous stage's close (${prevClosed})`);
  return day;
}
