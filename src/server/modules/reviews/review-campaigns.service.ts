import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { AppError, conflict, ruleViolation } from '../../platform/errors.ts';
import { offsetOf } from '../../platform/paging.ts';
import { requireReadableOrg } from '../orgs/orgs.service.ts';
import * as cycles from './review-cycles.repository.ts';
import { loadCampaign } from './reviews.lookup.ts';
import { assertMayRunFrom, holdsOver, readScope } from './reviews.policy.ts';
import { indicatorTree, leavesOf, presentCampaignItem, scoreMaps, thresholdsOf } from './reviews.presenter.ts';
import * as repo from './reviews.repository.ts';
import { assertIndicatorTree, insertIndicatorTree } from './review-indicator-tree.ts';
import { type IndicatorTreeInput, type Problem, indicatorTreeProblems, rate, thresholdProblems } from './reviews.rules.ts';
import type { CampaignView, CreateCampaignInput, ListCampaignsInput, UpdateCampaignInput } from './reviews.schemas.ts';

const zeroBases = [0, 0, 0, 0, 0, 0];

function refuse(problems: Problem[]): void {
  if (problems.length) throw new AppError('RULE_VIOLATION', problems.map((p) => ({ field: p.field, message: p.zh, messageEn: p.en })));
}

function dueOrderProblems(d: { commitmentsDue: string; reportsDue: string; scoringDue: string }): Problem[] {
  if (d.commitmentsDue <= d.reportsDue && d.reportsDue <= d.scoringDue) return [];
  return [{ field: 'reportsDue', zh: '截止日期须依次为：承诺 ≤ 述职 ≤ 测评', en: 'Deadlines run commitments ≤ reports ≤ scoring' }];
}

/** Campaigns the caller sees (running org or a participant in their reviews.read scope). */
export async function listCampaigns(ctx: ServiceContext, input: ListCampaignsInput) {
  const scope = readScope(ctx.actor);
  // Filtering by an org the caller cannot read is 404, as naming it elsewhere would be.
  if (input.orgId !== undefined) await requireReadableOrg(ctx, input.orgId, scope);
  const { total, rows } = await repo.listCampaigns(ctx.db, ctx.actor.tenantId, scope, { year: input.year, orgId: input.orgId, offset: offsetOf(input.page, input.pageSize), limit: input.pageSize });
  return { items: rows.map(presentCampaignItem), total, page: input.page, pageSize: input.pageSize };
}

/** One campaign: settings, indicator tree, and the progress of the cycles the caller sees. */
export async function getCampaign(ctx: ServiceContext, id: number): Promise<CampaignView> {
  const tenantId = ctx.actor.tenantId;
  const c = await loadCampaign(ctx, ctx.db, id, 'read');
  const indicators = await repo.listIndicators(ctx.db, tenantId, id);
  const { rows } = await cycles.listCycles(ctx.db, tenantId, id, readScope(ctx.actor));
  return {
    ...presentCampaignItem(c),
    selfWeight: c.selfWeight,
    superiorWeight: 100 - c.selfWeight,
    starThresholds: thresholdsOf(c),
    starBaseYuan: c.starBaseYuan,
    starShares: c.starShares,
    indicators: indicatorTree(indicators),
    progress: {
      cycles: rows.length,
      commitmentsFiled: rows.filter((r) => r.commitmentsClosedOn).length,
      reportsFiled: rows.filter((r) => r.reportClosedOn).length,
      rated: rows.filter((r) => r.stars !== null).length,
    },
    mayManage: holdsOver(ctx.actor, 'reviews.manage', c.runByOrgPath),
  };
}

/**
 * Starts a campaign run by an org the caller manages reviews over: its indicator tree (weights validated), star
 * thresholds (increasing), stage deadlines (in order), the fund and its rule, and one cycle per participating org
 * (orgs of the running org's subtree in force, each once), all in one transaction.
 */
export async function createCampaign(ctx: ServiceContext, input: CreateCampaignInput) {
  const id = await ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const txCtx = { ...ctx, db: tx };
    const runBy = await requireReadableOrg(txCtx, input.runByOrgId, readScope(ctx.actor));
    assertMayRunFrom(ctx.actor, runBy);
    if (await repo.findCampaignByCode(tx, tenantId, input.code)) throw conflict('code', '考评编号已存在', 'The campaign code is taken');
    refuse([...indicatorTreeProblems(input.indicators), ...thresholdProblems(input.starThresholds), ...dueOrderProblems(input)]);
    if (new Set(input.participantOrgIds).size !== input.participantOrgIds.length) throw ruleViolation('participantOrgIds', '参评组织有重复', 'A participating org is named twice');
    const participants = [];
    for (const orgId of input.participantOrgIds) {
      // A participant the caller cannot read is refused like one outside the subtree: naming it says nothing more.
      const org = await requireReadableOrg(txCtx, orgId, readScope(ctx.actor)).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
        throw error;
      });
      if (!org || !org.path.startsWith(runBy.path) || org.dissolvedOn) {
        throw ruleViolation('participantOrgIds', `参评组织须为${runBy.name}所辖、现存的组织`, `Participants must be orgs in force under ${runBy.name}`);
      }
      participants.push(org);
    }
    const [star1Min, star2Min, star3Min, star4Min, star5Min] = input.starThresholds;
    const campaign = await repo.insertCampaign(tx, {
      tenantId,
      code: input.code,
      name: input.name,
      year: input.year,
      runByOrgId: runBy.id,
      selfWeight: input.selfWeight,
      star1Min, star2Min, star3Min, star4Min, star5Min,
      fundYuan: input.fundYuan,
      starBaseYuan: input.starBaseYuan ?? zeroBases,
      starShares: input.starShares,
      commitmentsDue: input.commitmentsDue,
      reportsDue: input.reportsDue,
      scoringDue: input.scoringDue,
    });
    await insertIndicatorTree(tx, tenantId, campaign.id, input.indicators);
    for (const org of participants) {
      await cycles.insertCycle(tx, { tenantId, campaignId: campaign.id, orgId: org.id, commitmentsDue: input.commitmentsDue, reportDue: input.reportsDue, scoringDue: input.scoringDue });
    }
    await recordAudit(tx, auditActor(ctx), { action: 'review_campaign.create', objectType: 'review_campaign', objectId: campaign.id, result: 'success', diff: { after: input } });
    return campaign.id;
  });
  return getCampaign(ctx, id);
}

/**
 * Changes a campaign's settings. Deadlines move the cycles whose stage is still open. A new self weight or new
 * thresholds re-rate every rated cycle from its stored totals, in the same transaction; what decides the fund
 * (weights, thresholds, fund, bases, shares) cannot change while the fund stands allocated (409: withdraw first).
 */
export async function updateCampaign(ctx: ServiceContext, id: number, input: UpdateCampaignInput) {
  await ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const before = await loadCampaign(ctx, tx, id, 'manage', true);
    const decidesFund = ['selfWeight', 'starThresholds', 'fundYuan', 'starBaseYuan', 'starShares'].some((k) => input[k as keyof UpdateCampaignInput] !== undefined);
    if (decidesFund && before.allocatedOn) throw conflict('allocatedOn', '专项资金已分配，请先撤回分配再修改', 'The fund is allocated; withdraw the allocation first');
    const mins = input.starThresholds ?? thresholdsOf(before);
    const dues = { commitmentsDue: input.commitmentsDue ?? before.commitmentsDue, reportsDue: input.reportsDue ?? before.reportsDue, scoringDue: input.scoringDue ?? before.scoringDue };
    refuse([...thresholdProblems(mins), ...dueOrderProblems(dues)]);
    const [star1Min, star2Min, star3Min, star4Min, star5Min] = mins;
    const selfWeight = input.selfWeight ?? before.selfWeight;
    await repo.updateCampaign(tx, tenantId, id, {
      name: input.name, selfWeight, star1Min, star2Min, star3Min, star4Min, star5Min,
      fundYuan: input.fundYuan, starBaseYuan: input.starBaseYuan, starShares: input.starShares, ...dues,
    });
    if (input.commitmentsDue) await cycles.moveOpenDeadlines(tx, tenantId, id, 'commitments', input.commitmentsDue);
    if (input.reportsDue) await cycles.moveOpenDeadlines(tx, tenantId, id, 'report', input.reportsDue);
    if (input.scoringDue) await cycles.moveOpenDeadlines(tx, tenantId, id, 'scoring', input.scoringDue);
    if (input.selfWeight !== undefined || input.starThresholds !== undefined) {
      const leaves = leavesOf(await repo.listIndicators(tx, tenantId, id));
      const { rows } = await cycles.listCycles(tx, tenantId, id, { all: true });
      const rated = rows.filter((r) => r.scoringClosedOn);
      const scores = await cycles.listScores(tx, tenantId, rated.map((r) => r.id));
      for (const r of rated) {
        const rating = rate(leaves, scoreMaps(scores.filter((s) => s.cycleId === r.id)), selfWeight, mins);
        await cycles.updateCycle(tx, tenantId, r.id, rating);
      }
    }
    const changed = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    await recordAudit(tx, auditActor(ctx), { action: 'review_campaign.update', objectType: 'review_campaign', objectId: id, result: 'success', diff: { after: changed } });
  });
  return getCampaign(ctx, id);
}

/**
 * Replaces a campaign's indicator tree (the manager's editor), weights checked as at creation. Only while nothing
 * rests on the old tree: no score given and no commitment linked to an indicator (409 naming indicators otherwise).
 */
export async function replaceIndicators(ctx: ServiceContext, campaignId: number, input: { indicators: IndicatorTreeInput }) {
  await ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    await loadCampaign(ctx, tx, campaignId, 'manage', true);
    assertIndicatorTree(input.indicators);
    const uses = await cycles.countIndicatorUses(tx, tenantId, campaignId);
    if (uses.scores > 0) throw conflict('indicators', '已有评分，指标体系不能再修改', 'Scores have been given; the indicator tree can no longer change');
    if (uses.linkedCommitments > 0) throw conflict('indicators', `已有 ${uses.linkedCommitments} 项承诺关联了指标，指标体系不能再修改`, `${uses.linkedCommitments} commitments are linked to indicators; the tree can no longer change`);
    const before = indicatorTree(await repo.listIndicators(tx, tenantId, campaignId));
    await repo.deleteIndicators(tx, tenantId, campaignId);
    await insertIndicatorTree(tx, tenantId, campaignId, input.indicators);
    await recordAudit(tx, auditActor(ctx), { action: 'review_campaign.replace_indicators', objectType: 'review_campaign', objectId: campaignId, result: 'success', diff: { before, after: input.indicators } });
  });
  return getCampaign(ctx, campaignId);
}
