import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { AppError, conflict, invalidField, ruleViolation } from '../../platform/errors.ts';
import { today } from '../../platform/paging.ts';
import * as records from './project-records.repository.ts';
import { assertNotFuture, loadProject } from './projects.lookup.ts';
import { presentNote, presentOfficer } from './projects.presenter.ts';
import { isTrackedNote } from './projects.rules.ts';
import type { AddNoteInput, AssignOfficerInput, NoteView, OfficerView } from './projects.schemas.ts';

/**
 * Makes a user the project's chief service officer (首席服务官) from a date. One officer serves at a time: the
 * current one's service ends the day the new one's begins. Assignments never overlap, so the new start may not
 * precede any earlier assignment's start or end (422).
 */
export async function assignOfficer(ctx: ServiceContext, projectId: number, input: AssignOfficerInput): Promise<OfficerView> {
  return ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    await loadProject(ctx, tx, projectId, 'officers', true);
    const user = await records.findParkUser(tx, tenantId, input.userId);
    if (!user) throw new AppError('NOT_FOUND', [{ field: 'userId', message: '未找到该用户', messageEn: 'No such user' }]);
    if (user.isDisabled) throw ruleViolation('userId', '该用户已停用', 'The user is disabled');
    assertNotFuture('validFrom', input.validFrom);
    const existing = await records.listOfficers(tx, tenantId, projectId);
    const current = existing.find((o) => o.validTo === null) ?? null;
    if (current?.officerUserId === input.userId) throw conflict('userId', '该用户已是本项目的首席服务官', 'The user already serves this project');
    for (const o of existing) {
      const bound = o.validTo ?? o.validFrom;
      if (input.validFrom < bound || (o.validTo === null && input.validFrom === bound)) {
        throw ruleViolation('validFrom', `开始日期须晚于已有任命（${o.userName}，${o.validFrom} 起）`, `The start must come after the existing assignment of ${o.userName} from ${o.validFrom}`);
      }
    }
    if (current) await records.endOfficer(tx, tenantId, current.id, input.validFrom);
    const id = await records.insertOfficer(tx, { tenantId, projectId, officerUserId: input.userId, validFrom: input.validFrom });
    await recordAudit(tx, auditActor(ctx), {
      action: 'project.officer_assign',
      objectType: 'project',
      objectId: projectId,
      result: 'success',
      diff: { assignmentId: id, userId: input.userId, validFrom: input.validFrom, ended: current ? { assignmentId: current.id, userId: current.officerUserId, validTo: input.validFrom } : null },
    });
    const row = await records.findOfficer(tx, tenantId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return presentOfficer(row, today());
  });
}

/** Ends an officer's service: `validTo` is the first day they no longer serve. */
export async function endOfficer(ctx: ServiceContext, assignmentId: number, input: { validTo: string }): Promise<OfficerView> {
  return ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const assignment = await records.findOfficer(tx, tenantId, assignmentId, true);
    if (!assignment) throw new AppError('NOT_FOUND');
    await loadProject(ctx, tx, assignment.projectId, 'officers');
    if (assignment.validTo !== null) throw conflict('validTo', `该任命已于 ${assignment.validTo} 结束`, `The assignment already ended on ${assignment.validTo}`);
    if (input.validTo <= assignment.validFrom) throw ruleViolation('validTo', `结束日期须晚于开始日期（${assignment.validFrom}）`, `The end must come after the start (${assignment.validFrom})`);
    assertNotFuture('validTo', input.validTo);
    await records.endOfficer(tx, tenantId, assignmentId, input.validTo);
    await recordAudit(tx, auditActor(ctx), { action: 'project.officer_end', objectType: 'project', objectId: assignment.projectId, result: 'success', diff: { assignmentId, userId: assignment.officerUserId, validTo: input.validTo } });
    return presentOfficer({ ...assignment, validTo: input.validTo }, today());
  });
}

/**
 * Adds to a project's record: a service log entry, a blocker or a factor need. Blockers and factor needs carry a
 * category and start open; a log entry has neither (400 naming category otherwise).
 */
export async function addProjectNote(ctx: ServiceContext, projectId: number, input: AddNoteInput): Promise<NoteView> {
  return ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    await loadProject(ctx, tx, projectId, 'write');
    const tracked = isTrackedNote(input.kind);
    if (tracked && !input.category) throw invalidField('category', '堵点和要素需求须注明类别', 'A blocker or factor need needs a category');
    if (!tracked && input.category) throw invalidField('category', '服务日志不设类别', 'A service log entry has no category');
    assertNotFuture('notedOn', input.notedOn);
    const id = await records.insertNote(tx, {
      tenantId,
      projectId,
      kind: input.kind,
      category: input.category ?? null,
      content: input.content,
      notedOn: input.notedOn,
      status: tracked ? 'open' : null,
      byUserId: ctx.actor.userId || null,
    });
    await recordAudit(tx, auditActor(ctx), { action: 'project.note_add', objectType: 'project', objectId: projectId, result: 'success', diff: { noteId: id, ...input } });
    const row = await records.findNote(tx, tenantId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return presentNote(row);
  });
}

/** Marks a blocker or factor need resolved on a date (not before it was noted, not in the future). */
export async function resolveProjectNote(ctx: ServiceContext, noteId: number, input: { resolvedOn: string }): Promise<NoteView> {
  return ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const note = await records.findNote(tx, tenantId, noteId, true);
    if (!note) throw new AppError('NOT_FOUND');
    await loadProject(ctx, tx, note.projectId, 'write');
    if (note.kind === 'service_log') throw ruleViolation('kind', '服务日志无需办结', 'A service log entry is not resolved');
    if (note.status === 'resolved') throw conflict('resolvedOn', `该事项已于 ${note.resolvedOn} 办结`, `Already resolved on ${note.resolvedOn}`);
    if (input.resolvedOn < note.notedOn) throw ruleViolation('resolvedOn', `办结日期不能早于登记日期（${note.notedOn}）`, `Cannot be resolved before it was noted (${note.notedOn})`);
    assertNotFuture('resolvedOn', input.resolvedOn);
    await records.resolveNote(tx, tenantId, noteId, input.resolvedOn);
    await recordAudit(tx, auditActor(ctx), { action: 'project.note_resolve', objectType: 'project', objectId: note.projectId, result: 'success', diff: { noteId, kind: note.kind, resolvedOn: input.resolvedOn } });
    return presentNote({ ...note, status: 'resolved', resolvedOn: input.resolvedOn });
  });
}
