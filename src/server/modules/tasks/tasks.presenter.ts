import type { AccountabilityView, EvidenceView, TaskNodeView } from './tasks.schemas.ts';
import type { RecordWithItem } from './accountability.repository.ts';
import type { EvidenceMeta } from './task-records.repository.ts';
import type { TaskItemWithOrgs } from './tasks.repository.ts';
import { type AccountabilityDecision, type AccountabilityReason, type RedAction, type TaskStatus, isOverdue, rollUpProgress, weightShares } from './tasks.rules.ts';

export type ListState = {
  /** Every item recorded by the date, with its node; parents before children. */
  nodes: TaskNodeView[];
  /** The weighted mean of the top-level items. */
  progress: number;
};

/**
 * The list as it stood on a date: items recorded by then, each leaf's latest report, each parent's weighted
 * roll-up of its children, the status then and whether it was overdue.
 */
export function presentListState(
  items: TaskItemWithOrgs[],
  leafProgress: Map<number, number>,
  statuses: Map<number, string>,
  openAccountability: Map<number, number>,
  on: string,
): ListState {
  const recorded = items.filter((i) => statuses.has(i.id));
  const ids = new Set(recorded.map((i) => i.id));
  // An item whose parent was recorded later than itself cannot exist; the guard keeps the tree whole regardless.
  const tree = recorded.map((i) => ({ id: i.id, parentId: i.parentId !== null && ids.has(i.parentId) ? i.parentId : null, weight: i.weight }));
  const progress = rollUpProgress(tree, leafProgress);
  const shares = weightShares(tree);
  const hasChildren = new Set(tree.filter((n) => n.parentId !== null).map((n) => n.parentId));
  const byId = new Map(recorded.map((i) => [i.id, i]));
  const ordered: TaskItemWithOrgs[] = [];
  const visit = (parentId: number | null) => {
    for (const n of tree.filter((x) => x.parentId === parentId)) {
      const item = byId.get(n.id);
      if (!item) continue;
      ordered.push(item);
      visit(n.id);
    }
  };
  visit(null);
  const nodes = ordered.map((i) => {
    const status = (statuses.get(i.id) ?? 'open') as TaskStatus;
    return {
      id: i.id,
      listId: i.listId,
      parentId: i.parentId,
      title: i.title,
      description: i.description,
      redAction: i.redAction as RedAction,
      responsibleOrg: { id: i.responsibleOrgId, name: i.responsibleOrgName },
      leadMember: i.leadMemberId !== null ? { id: i.leadMemberId, name: i.leadMemberName ?? '' } : null,
      coOwners: i.coOwners.map((c) => ({ id: c.orgId, name: c.orgName })),
      dueOn: i.dueOn,
      weight: i.weight,
      share: shares.get(i.id) ?? 100,
      progress: progress.get(i.id) ?? 0,
      isLeaf: !hasChildren.has(i.id),
      status,
      isOverdue: isOverdue({ dueOn: i.dueOn, status }, on),
      openAccountability: openAccountability.get(i.id) ?? 0,
      decisionId: i.decisionId,
    };
  });
  const tops = tree.filter((n) => n.parentId === null);
  const topWeight = tops.reduce((s, n) => s + n.weight, 0);
  const listProgress = topWeight ? Math.round((tops.reduce((s, n) => s + (progress.get(n.id) ?? 0) * n.weight, 0) / topWeight) * 10) / 10 : 0;
  return { nodes, progress: listProgress };
}

export function presentEvidence(row: EvidenceMeta): EvidenceView {
  return { id: row.id, itemId: row.itemId, fileName: row.fileName, mimeType: row.mimeType, sizeBytes: row.sizeBytes, sha256: row.sha256, uploadedOn: row.uploadedOn, byUserName: row.byUserName };
}

/** `mayDecide`: the caller may decide or escalate it (tasks.write over the list's org), judged by the service. */
export function presentAccountability(row: RecordWithItem, mayDecide: boolean): AccountabilityView {
  return {
    id: row.id,
    itemId: row.itemId,
    itemTitle: row.itemTitle,
    itemDueOn: row.itemDueOn,
    listId: row.listId,
    listYear: row.listYear,
    responsibleOrg: { id: row.responsibleOrgId, name: row.responsibleOrgName },
    reason: row.reason as AccountabilityReason,
    level: { code: row.levelCode, name: row.levelName, rank: row.levelRank },
    openedOn: row.openedOn,
    escalatedFromId: row.escalatedFromId,
    status: row.status as AccountabilityView['status'],
    decision: row.decision as AccountabilityDecision | null,
    decisionNote: row.decisionNote,
    closedOn: row.closedOn,
    closedByUserName: row.closedByUserName,
    mayDecide: mayDecide && row.status === 'open',
  };
}
