/** Task lists (党建任务清单): statuses, Red Actions, the weighted roll-up and the accountability ladder. Pure rules, no I/O. */
export { type RedAction, redActions } from '../../platform/red-actions.ts';

export const taskStatuses = ['open', 'submitted', 'completed', 'failed'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

export const reviewOutcomes = ['completed', 'failed'] as const;
export type ReviewOutcome = (typeof reviewOutcomes)[number];

/** Statuses from which an item may be reopened: a returned submission, or a review the assigner takes back. */
export const reopenableStatuses: readonly TaskStatus[] = ['submitted', 'completed', 'failed'];

export const accountabilityReasons = ['overdue', 'failed'] as const;
export type AccountabilityReason = (typeof accountabilityReasons)[number];
export const accountabilityDecisions = ['upheld', 'waived'] as const;
export type AccountabilityDecision = (typeof accountabilityDecisions)[number];
export const accountabilityStatuses = ['open', 'decided', 'escalated'] as const;

export type LadderLevel = { code: string; name: string; rank: number };

/** The ladder a park has until it configures its own: 提醒 → 约谈 → 通报批评. */
export const defaultLadder: readonly LadderLevel[] = [
  { code: 'reminder', name: '提醒', rank: 1 },
  { code: 'interview', name: '约谈', rank: 2 },
  { code: 'criticism', name: '通报批评', rank: 3 },
];

/** The level above `rank` on the ladder, or null at the top. */
export function nextLevel(ladder: readonly LadderLevel[], rank: number): LadderLevel | null {
  return [...ladder].sort((a, b) => a.rank - b.rank).find((l) => l.rank > rank) ?? null;
}

export function firstLevel(ladder: readonly LadderLevel[]): LadderLevel {
  const first = [...ladder].sort((a, b) => a.rank - b.rank)[0];
  if (!first) throw new Error('empty accountability ladder');
  return first;
}

/** An item overdue on `on`: its due date has passed and it is neither completed nor failed (failure has its own record). */
export function isOverdue(item: { dueOn: string; status: TaskStatus }, on: string): boolean {
  return item.dueOn < on && item.status !== 'completed' && item.status !== 'failed';
}

export type RollupNode = { id: number; parentId: number | null; weight: number };

/**
 * Progress of every item: a leaf's own (its latest report, 0 without one); a parent's the weighted mean of its
 * children's, rounded to one decimal only at the end so that deep trees do not accumulate rounding.
 */
export function rollUpProgress(nodes: readonly RollupNode[], leafProgress: ReadonlyMap<number, number>): Map<number, number> {
  const children = new Map<number, RollupNode[]>();
  for (const n of nodes) {
    if (n.parentId === null) continue;
    const list = children.get(n.parentId) ?? [];
    list.push(n);
    children.set(n.parentId, list);
  }
  const exact = new Map<number, number>();
  const visit = (n: RollupNode, depth: number): number => {
    if (depth > nodes.length) throw new Error('task tree has a cycle');
    const known = exact.get(n.id);
    if (known !== undefined) return known;
    const kids = children.get(n.id) ?? [];
    let value: number;
    if (kids.length === 0) value = leafProgress.get(n.id) ?? 0;
    else {
      const total = kids.reduce((s, k) => s + k.weight, 0);
      value = kids.reduce((s, k) => s + visit(k, depth + 1) * k.weight, 0) / total;
    }
    exact.set(n.id, value);
    return value;
  };
  for (const n of nodes) visit(n, 0);
  return new Map([...exact].map(([id, v]) => [id, Math.round(v * 10) / 10]));
}

/** Each child's share of its parent, in percent to one decimal (the weights shown beside the roll-up). */
export function weightShares(nodes: readonly RollupNode[]): Map<number, number> {
  const totals = new Map<number, number>();
  for (const n of nodes) if (n.parentId !== null) totals.set(n.parentId, (totals.get(n.parentId) ?? 0) + n.weight);
  const roots = nodes.filter((n) => n.parentId === null).reduce((s, n) => s + n.weight, 0);
  return new Map(nodes.map((n) => [n.id, Math.round((n.weight / (n.parentId === null ? roots : (totals.get(n.parentId) ?? n.weight))) * 1000) / 10]));
}

/** Evidence files are kept in the database, so they stay small. */
export const maxEvidenceBytes = 2 * 1024 * 1024;
export const evidenceMimeTypes = ['application/pdf', 'image/jpeg', 'image/png', 'text/plain', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] as const;
