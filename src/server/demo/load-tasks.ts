import type { ServiceContext } from '../platform/context.ts';
import { decideAccountability, escalateAccountability, listAccountability, openOverdueAccountability } from '../modules/tasks/accountability.service.ts';
import { createMeeting, makeTasksFromDecision } from '../modules/tasks/meetings.service.ts';
import { addEvidence, recordProgress, recordReview, recordSubmission } from '../modules/tasks/task-progress.service.ts';
import { addTaskItem, createTaskList } from '../modules/tasks/tasks.service.ts';
import type { CreateTaskItemInput } from '../modules/tasks/tasks.schemas.ts';
import type { PlannedMember } from './member-plan.ts';
import { rootCode } from './org-plan.ts';
import { type Ids, idOf } from './load-tree.ts';
import { createRng } from './random.ts';
import { meetingCatalog, meetingUnits } from './tasks-catalog.ts';
import { type PlannedTask, planTasks } from './tasks-plan.ts';

/** Orgs whose secretaries sit on the joint meetings. */
const meetingOrgCodes = [rootCode, 'NJJK-LX', 'NJJK-JG-01', 'NJJK-JG-02', 'NJJK-JG-03'];

/**
 * The task lists of 区党工委 through the tasks service: the joint meetings first (their decisions become tasks),
 * then the 2025 list — 40 top-level tasks, subtasks weighted, every one reported to 100%, submitted and reviewed
 * completed by 2025-12-31 (F15: 40, 100%) — and the 2026 list under way, whose overdue tasks the sweep of
 * 2026-10-10 holds to account, escalated and decided as the plan says. Lead persons are the responsible orgs'
 * secretaries. Deterministic for a seed.
 */
export async function createTasks(ctx: ServiceContext, input: { orgIds: Ids; members: readonly PlannedMember[]; memberIds: number[]; seed: number }): Promise<void> {
  const plan = planTasks(createRng(input.seed).fork('tasks'));
  const secretaryOf = new Map<string, number>();
  input.members.forEach((m, i) => {
    if (m.isSecretary && !m.leave && !m.transfer && !secretaryOf.has(m.orgCode)) secretaryOf.set(m.orgCode, input.memberIds[i]);
  });
  const org = (code: string) => idOf(input.orgIds, code);

  const decisions: number[][] = [];
  for (const m of meetingCatalog) {
    const attendees = [
      ...meetingOrgCodes.flatMap((code) => (secretaryOf.has(code) ? [{ memberId: secretaryOf.get(code) as number }] : [])),
      ...meetingUnits.map((name) => ({ name })),
    ];
    const meeting = await createMeeting(ctx, { orgId: org(rootCode), heldOn: m.heldOn, title: m.title, location: m.location, agenda: [...m.agenda], attendees, decisions: [...m.decisions] });
    decisions.push(meeting.decisions.map((d) => d.id));
  }

  const itemIds = new Map<string, number>();
  let evidenceCount = 0;
  for (const l of plan.lists) {
    const list = await createTaskList(ctx, { orgId: org(rootCode), year: l.year, title: l.title });
    const toInput = (t: PlannedTask, parentId: number | null): CreateTaskItemInput => ({
      title: t.title,
      redAction: t.redAction,
      responsibleOrgId: org(t.orgCode),
      leadMemberId: secretaryOf.get(t.orgCode) ?? null,
      coOwnerOrgIds: t.coOwners.map(org),
      dueOn: t.dueOn,
      weight: t.weight,
      createdOn: t.createdOn,
      ...(parentId === null ? {} : { parentId }),
    });
    const play = async (t: PlannedTask, id: number) => {
      for (const r of t.reports) await recordProgress(ctx, id, { progress: r.progress, reportedOn: r.on, note: r.note });
      if (t.submittedOn) await recordSubmission(ctx, id, { submittedOn: t.submittedOn });
      // Every fifth task carries its summary as an evidence file, as the responsible org would upload it.
      if (t.submittedOn && t.children.length === 0 && evidenceCount++ % 5 === 0) {
        await addEvidence(ctx, id, { fileName: `${t.title}工作总结.txt`, mimeType: 'text/plain', contentBase64: Buffer.from(`${t.title}\n${t.reports.map((r) => `${r.on} ${r.progress}% ${r.note}`).join('\n')}\n`).toString('base64') });
      }
      if (t.review) await recordReview(ctx, id, { outcome: t.review.outcome, reviewedOn: t.review.on, note: t.review.note });
    };
    for (const t of l.tasks) {
      const id = t.decision
        ? (await makeTasksFromDecision(ctx, decisions[t.decision.meeting][t.decision.index], { listId: list.id, items: [toInput(t, null)] })).items[0].id
        : await addTaskItem(ctx, list.id, toInput(t, null));
      itemIds.set(t.title, id);
      for (const c of t.children) {
        const childId = await addTaskItem(ctx, list.id, toInput(c, id));
        await play(c, childId);
      }
      await play(t, id);
    }
  }

  await openOverdueAccountability(ctx, plan.sweepOn);
  const open = (await listAccountability(ctx, { status: 'open', page: 1, pageSize: 200 })).items;
  for (const a of plan.accountability) {
    let record = open.find((r) => r.itemId === idOf(itemIds, a.title));
    if (!record) throw new Error(`demo park: no accountability record for ${a.title}`);
    for (const on of a.escalations) record = await escalateAccountability(ctx, record.id, { escalatedOn: on, note: '逾期未改，提级问责' });
    if (a.decision) await decideAccountability(ctx, record.id, { decision: a.decision.decision, decidedOn: a.decision.on, note: a.decision.note });
  }
}
