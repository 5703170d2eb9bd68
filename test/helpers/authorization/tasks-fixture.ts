import type { ServiceContext } from '../../../src/server/platform/context.ts';
import { listAccountability, openOverdueAccountability } from '../../../src/server/modules/tasks/accountability.service.ts';
import { createMeeting } from '../../../src/server/modules/tasks/meetings.service.ts';
import { addEvidence } from '../../../src/server/modules/tasks/task-progress.service.ts';
import { createTestItem, createTestList } from '../../../src/server/modules/tasks/tasks.fixtures.ts';
import { today } from '../../../src/server/platform/paging.ts';
import { type Targets, targetsFor } from './targets.ts';

/** The matrix's lists are for this year: POST /task-lists repeating it for the in-scope org is refused with 409. */
export const matrixListYear = 2030;

type Contexts = { park: ServiceContext; otherPark: ServiceContext };

/**
 * The task objects the matrix aims at, one per target org: a list of that org (its item responsible to the same
 * org, with an evidence file), an overdue item's accountability record, and a joint meeting with one decision.
 */
export async function createTaskTargets(contexts: Contexts, orgs: Targets) {
  const byList = new Map<number, { item: number; evidence: number; record: number }>();
  const lists = await targetsFor(orgs, contexts, async (ctx, orgId) => {
    const list = await createTestList(ctx, orgId, matrixListYear);
    const item = await createTestItem(ctx, list.id, orgId, { createdOn: '2026-01-05', dueOn: '2099-12-31' });
    const evidence = await addEvidence(ctx, item.id, { fileName: '矩阵.txt', mimeType: 'text/plain', contentBase64: Buffer.from('矩阵').toString('base64') });
    const late = await createTestItem(ctx, list.id, orgId, { createdOn: '2026-01-05', dueOn: '2026-01-31' });
    byList.set(list.id, { item: item.id, evidence: evidence.id, record: late.id });
    return list.id;
  });
  for (const ctx of [contexts.park, contexts.otherPark]) await openOverdueAccountability(ctx, today());
  const recordOf = new Map<number, number>();
  for (const ctx of [contexts.park, contexts.otherPark]) {
    const page = await listAccountability(ctx, { page: 1, pageSize: 200 });
    for (const r of page.items) recordOf.set(r.itemId, r.id);
  }
  const pick = (key: 'item' | 'evidence' | 'record'): Targets => {
    const of = (listId: number) => {
      const x = byList.get(listId);
      if (!x) return 0;
      return key === 'record' ? (recordOf.get(x.record) ?? 0) : x[key];
    };
    return { inScope: of(lists.inScope), sibling: of(lists.sibling), ancestor: of(lists.ancestor), otherBranch: of(lists.otherBranch), otherPark: of(lists.otherPark), nonexistent: lists.nonexistent };
  };
  const decisions = new Map<number, number>();
  const meetings = await targetsFor(orgs, contexts, async (ctx, orgId) => {
    const meeting = await createMeeting(ctx, { orgId, heldOn: '2026-01-10', title: '矩阵联席会议', agenda: ['矩阵议题'], attendees: [{ name: '矩阵单位' }], decisions: ['矩阵决定'] });
    decisions.set(meeting.id, meeting.decisions[0].id);
    return meeting.id;
  });
  const decisionOf = (id: number) => decisions.get(id) ?? 0;
  return {
    taskList: lists,
    taskItem: pick('item'),
    taskEvidence: pick('evidence'),
    accountabilityRecord: pick('record'),
    jointMeeting: meetings,
    meetingDecision: { inScope: decisionOf(meetings.inScope), sibling: decisionOf(meetings.sibling), ancestor: decisionOf(meetings.ancestor), otherBranch: decisionOf(meetings.otherBranch), otherPark: decisionOf(meetings.otherPark), nonexistent: meetings.nonexistent },
  };
}
