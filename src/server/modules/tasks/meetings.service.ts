import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { offsetOf, today } from '../../platform/paging.ts';
import { isPathInScope } from '../../platform/scope.ts';
import type { CreateMeetingInput, DecisionTasksInput, ListMeetingsInput } from './meetings.schemas.ts';
import * as repo from './meetings.repository.ts';
import { assertNotFuture, loadList, requireOrgInScope, requireReadableMember } from './tasks.lookup.ts';
import { assertMeetingVisible, readScope, writeScope } from './tasks.policy.ts';
import { insertTaskItem, listState } from './tasks.service.ts';

/** 党建联席会议: joint meetings held by an org, their attendees, agenda and decisions, and decisions turned into task items. */

export async function listMeetings(ctx: ServiceContext, input: ListMeetingsInput) {
  const scope = readScope(ctx.actor);
  const subtreePath = input.orgId === undefined ? undefined : (await requireOrgInScope(ctx, ctx.db, input.orgId, 'orgId', scope)).path;
  const { total, rows } = await repo.listMeetings(ctx.db, ctx.actor.tenantId, scope, { year: input.year, subtreePath, offset: offsetOf(input.page, input.pageSize), limit: input.pageSize });
  return {
    items: rows.map((r) => ({ id: r.id, orgId: r.orgId, orgName: r.orgName, heldOn: r.heldOn, title: r.title, location: r.location, attendeeCount: r.attendeeCount, decisionCount: r.decisionCount })),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

export async function getMeeting(ctx: ServiceContext, id: number) {
  const tenantId = ctx.actor.tenantId;
  const meeting = await repo.findMeeting(ctx.db, tenantId, id);
  assertMeetingVisible(ctx.actor, meeting);
  const attendees = await repo.listAttendees(ctx.db, tenantId, id);
  const decisions = await repo.listDecisions(ctx.db, tenantId, id);
  return {
    id: meeting.id,
    orgId: meeting.orgId,
    orgName: meeting.orgName,
    heldOn: meeting.heldOn,
    title: meeting.title,
    location: meeting.location,
    agenda: meeting.agenda,
    attendeeCount: attendees.length,
    decisionCount: decisions.length,
    attendees: attendees.map((a) => ({ id: a.id, memberId: a.memberId, name: a.memberName ?? a.name ?? '' })),
    decisions: decisions.map((d) => ({ id: d.id, seq: d.seq, content: d.content, taskItemIds: d.taskItemIds })),
  };
}

/** Records a meeting with its attendees (members the caller may read, or named outsiders), agenda and decisions, in one transaction. */
export async function createMeeting(ctx: ServiceContext, input: CreateMeetingInput) {
  const read = readScope(ctx.actor);
  const write = writeScope(ctx.actor);
  const id = await ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const org = await requireOrgInScope(ctx, tx, input.orgId, 'orgId', read);
    if (!isPathInScope(write, org.path)) throw new AppError('FORBIDDEN');
    assertNotFuture('heldOn', input.heldOn);
    const memberIds = input.attendees.flatMap((a) => (a.memberId === undefined ? [] : [a.memberId]));
    for (const memberId of new Set(memberIds)) await requireReadableMember(ctx, tx, memberId, 'attendees');
    const meetingId = await repo.insertMeeting(tx, { tenantId, orgId: org.id, heldOn: input.heldOn, title: input.title, location: input.location ?? null, agenda: input.agenda });
    await repo.insertAttendees(tx, input.attendees.map((a) => ({ tenantId, meetingId, memberId: a.memberId ?? null, name: a.name ?? null })));
    await repo.insertDecisions(tx, input.decisions.map((content, i) => ({ tenantId, meetingId, seq: i + 1, content })));
    await recordAudit(tx, auditActor(ctx), { action: 'joint_meeting.create', objectType: 'joint_meeting', objectId: meetingId, result: 'success', diff: { after: input } });
    return meetingId;
  });
  return getMeeting(ctx, id);
}

/**
 * Turns a decision into task items on a chosen list, all in one transaction: the caller reads the meeting and
 * manages the list (tasks.write over its org); each item remembers the decision.
 */
export async function makeTasksFromDecision(ctx: ServiceContext, decisionId: number, input: DecisionTasksInput) {
  const tenantId = ctx.actor.tenantId;
  const ids = await ctx.db.transaction(async (tx) => {
    const decision = await repo.findDecision(tx, tenantId, decisionId);
    const meeting = decision ? await repo.findMeeting(tx, tenantId, decision.meetingId) : null;
    assertMeetingVisible(ctx.actor, meeting);
    if (!decision) throw new AppError('NOT_FOUND');
    const list = await loadList(ctx, tx, input.listId, 'manage').catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', [{ field: 'listId', message: '未找到该任务清单', messageEn: 'No such task list' }]);
      throw error;
    });
    const made: number[] = [];
    for (const item of input.items) made.push(await insertTaskItem(ctx, tx, list, item, decision.id));
    await recordAudit(tx, auditActor(ctx), { action: 'joint_meeting.decision_to_tasks', objectType: 'joint_meeting', objectId: meeting.id, result: 'success', diff: { decisionId, listId: list.id, itemIds: made } });
    return { listId: list.id, made };
  });
  const state = await listState(ctx, ctx.db, ids.listId, today());
  return { items: state.nodes.filter((n) => ids.made.includes(n.id)) };
}
