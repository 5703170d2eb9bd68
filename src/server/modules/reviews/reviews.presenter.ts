import { formatYuan } from '../projects/projects.rules.ts';
import type { CommitmentRow, CycleRow, CycleWithOrg, ScoreRow, StageEventRow } from './review-cycles.repository.ts';
import type { CommitmentView, CycleListItem } from './review-cycles.schemas.ts';
import type { CampaignWithOrg, IndicatorRow } from './reviews.repository.ts';
import { type Leaf, type ReviewStage, type StageDates, pointsOf, stageStatus } from './reviews.rules.ts';
import type { CampaignListItem, IndicatorView } from './reviews.schemas.ts';

export function thresholdsOf(c: CampaignWithOrg | { star1Min: number; star2Min: number; star3Min: number; star4Min: number; star5Min: number }): number[] {
  return [c.star1Min, c.star2Min, c.star3Min, c.star4Min, c.star5Min];
}

export function presentCampaignItem(c: CampaignWithOrg): CampaignListItem {
  return {
    id: c.id,
    code: c.code,
    name: c.name,
    year: c.year,
    runByOrgId: c.runByOrgId,
    runByOrgName: c.runByOrgName,
    fundYuan: c.fundYuan,
    fundText: formatYuan(c.fundYuan),
    allocatedOn: c.allocatedOn,
    commitmentsDue: c.commitmentsDue,
    reportsDue: c.reportsDue,
    scoringDue: c.scoringDue,
  };
}

/** The indicator rows as a tree: parents in order, each with its leaves. */
export function indicatorTree(rows: readonly IndicatorRow[]): IndicatorView[] {
  return rows
    .filter((r) => r.parentId === null)
    .map((p) => ({
      id: p.id,
      name: p.name,
      weight: p.weight,
      children: rows.filter((r) => r.parentId === p.id).map((l) => ({ id: l.id, name: l.name, weight: l.weight, maxScore: l.maxScore ?? 0 })),
    }));
}

/** The leaves with their parent's weight, as the scoring rules take them. */
export function leavesOf(rows: readonly IndicatorRow[]): Leaf[] {
  const weightOf = new Map(rows.filter((r) => r.parentId === null).map((r) => [r.id, r.weight]));
  return rows.filter((r) => r.parentId !== null).map((r) => ({ id: r.id, parentWeight: weightOf.get(r.parentId ?? 0) ?? 0, weight: r.weight, maxScore: r.maxScore ?? 1 }));
}

/** A cycle's scores by kind, as maps from leaf id to tenths. */
export function scoreMaps(rows: readonly ScoreRow[]) {
  const self = new Map<number, number>();
  const superior = new Map<number, number>();
  for (const r of rows) (r.kind === 'self' ? self : superior).set(r.indicatorId, r.scoreTenths);
  return { self, superior };
}

export function stageDates(c: CycleRow): Record<ReviewStage, StageDates> {
  return {
    commitments: { dueOn: c.commitmentsDue, closedOn: c.commitmentsClosedOn },
    report: { dueOn: c.reportDue, closedOn: c.reportClosedOn },
    scoring: { dueOn: c.scoringDue, closedOn: c.scoringClosedOn },
  };
}

const points = (h: number | null) => (h === null ? null : pointsOf(h));

export function presentCycle(c: CycleWithOrg, today: string): CycleListItem {
  const d = stageDates(c);
  const state = (s: StageDates, prev: StageDates | null) => ({ status: stageStatus(s, prev, today), dueOn: s.dueOn, closedOn: s.closedOn });
  return {
    id: c.id,
    campaignId: c.campaignId,
    orgId: c.orgId,
    orgCode: c.orgCode,
    orgName: c.orgName,
    stages: { commitments: state(d.commitments, null), report: state(d.report, d.commitments), scoring: state(d.scoring, d.report) },
    commitmentCount: c.commitmentCount,
    selfTotal: points(c.selfTotal),
    superiorTotal: points(c.superiorTotal),
    total: points(c.total),
    stars: c.stars,
    amountYuan: c.amountYuan,
  };
}

export function presentCommitment(r: CommitmentRow): CommitmentView {
  return { id: r.id, cycleId: r.cycleId, content: r.content, target: r.target, indicatorId: r.indicatorId, indicatorName: r.indicatorName, result: r.result, evidence: r.evidence };
}

export function presentEvent(e: StageEventRow) {
  return { id: e.id, stage: e.stage as ReviewStage, action: e.action as 'close' | 'reopen', on: e.on, reason: e.reason, dueOn: e.dueOn, byUserName: e.byUserName };
}

/** The tree with one cycle's scores on its leaves (points). */
export function scoredTree(rows: readonly IndicatorRow[], scores: ReturnType<typeof scoreMaps>) {
  const tenths = (m: Map<number, number>, id: number) => (m.has(id) ? (m.get(id) ?? 0) / 10 : null);
  return indicatorTree(rows).map((p) => ({ ...p, children: p.children.map((l) => ({ ...l, selfScore: tenths(scores.self, l.id), superiorScore: tenths(scores.superior, l.id) })) }));
}
