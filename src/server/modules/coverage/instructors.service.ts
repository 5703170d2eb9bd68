import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { AppError, conflict, invalidField, notFound, ruleViolation } from '../../platform/errors.ts';
import { offsetOf, today } from '../../platform/paging.ts';
import { userHoldsRole } from '../users/users.service.ts';
import { assertUnitVisible, assertUnitWritable, readScope, visibleScope, writeScope } from './coverage.policy.ts';
import { presentAssignment } from './coverage.presenter.ts';
import * as repo from './instructors.repository.ts';
import type {
  CreateInstructorAssignmentInput,
  EndInstructorAssignmentInput,
  InstructorAssignmentView,
  ListInstructorAssignmentsInput,
} from './instructors.schemas.ts';

/** Dated assignments of instructors (党建指导员) to enterprises: the instructors' relation scope. */

function assertNotFuture(field: string, date: string, on: string) {
  if (date > on) throw invalidField(field, '日期不能晚于今天', 'The date cannot be in the future');
}

async function presentById(db: ServiceContext['db'], tenantId: number, id: number, on: string): Promise<InstructorAssignmentView> {
  const row = await repo.findAssignmentWithNames(db, tenantId, id);
  if (!row) throw notFound();
  return presentAssignment(row, on);
}

/** Assignments to enterprises the caller may read (today), filtered; every period unless asOf is given. */
export async function listInstructorAssignments(ctx: ServiceContext, input: ListInstructorAssignmentsInput) {
  const scope = readScope(ctx.actor);
  const tenantId = ctx.actor.tenantId;
  const on = today();
  if (input.enterpriseId !== undefined) {
    assertUnitVisible(await repo.findEnterpriseAccess(ctx.db, tenantId, input.enterpriseId, { visible: scope }, on), 'enterpriseId');
  }
  const { total, rows } = await repo.listAssignments(ctx.db, tenantId, scope, {
    scopeOn: on,
    enterpriseId: input.enterpriseId,
    instructorUserId: input.instructorUserId,
    asOf: input.asOf,
    offset: offsetOf(input.page, input.pageSize),
    limit: input.pageSize,
  });
  return { items: rows.map((r) => presentAssignment(r, on)), total, page: input.page, pageSize: input.pageSize };
}

/**
 * Assigns an instructor to an enterprise from a date. The enterprise must lie in the caller's enterprises.write
 * scope (404 unseen, 403 seen but not writable), the user must hold the instructor role on that date (422), and
 * the pair may not already have an assignment overlapping it (409).
 */
export async function assignInstructor(ctx: ServiceContext, input: CreateInstructorAssignmentInput): Promise<InstructorAssignmentView> {
  const write = writeScope(ctx.actor);
  const on = today();
  assertNotFuture('validFrom', input.validFrom, on);
  const tenantId = ctx.actor.tenantId;
  return ctx.db.transaction(async (tx) => {
    // The enterprise's row lock serializes concurrent assignments to it, so the overlap check below holds.
    const unit = await repo.findEnterpriseAccess(tx, tenantId, input.enterpriseId, { visible: visibleScope(ctx.actor), writable: write }, on, true);
    assertUnitWritable(unit, 'enterpriseId');
    const holds = await userHoldsRole({ ...ctx, db: tx }, input.instructorUserId, 'instructor', input.validFrom);
    if (holds === null) throw new AppError('NOT_FOUND', [{ field: 'instructorUserId', message: '未找到该用户', messageEn: 'No such user in this park' }]);
    if (!holds) {
      throw ruleViolation('instructorUserId', '该用户在开始日期不担任党建指导员（或已停用）', 'The user does not hold the instructor role on validFrom (or is disabled)');
    }
    const twin = await repo.findOverlappingAssignment(tx, tenantId, { instructorUserId: input.instructorUserId, enterpriseId: unit.id, from: input.validFrom, to: null });
    if (twin) {
      throw conflict('validFrom', `该指导员对该企业已有重叠的任命（自 ${twin.validFrom} 起）`, `The instructor already has an overlapping assignment to this enterprise (from ${twin.validFrom})`);
    }
    const row = await repo.insertAssignment(tx, { tenantId, instructorUserId: input.instructorUserId, enterpriseId: unit.id, validFrom: input.validFrom });
    await recordAudit(tx, auditActor(ctx), { action: 'instructor_assignment.create', objectType: 'instructor_assignment', objectId: row.id, result: 'success', diff: { after: input } });
    return presentById(tx, tenantId, row.id, on);
  });
}

/** Ends an assignment: validTo (exclusive) after its start and not in the future; an ended one stays ended (422). */
export async function endInstructorAssignment(ctx: ServiceContext, id: number, input: EndInstructorAssignmentInput): Promise<InstructorAssignmentView> {
  const write = writeScope(ctx.actor);
  const on = today();
  assertNotFuture('validTo', input.validTo, on);
  const tenantId = ctx.actor.tenantId;
  return ctx.db.transaction(async (tx) => {
    const assignment = await repo.findAssignment(tx, tenantId, id, true);
    if (!assignment) throw notFound();
    assertUnitWritable(await repo.findEnterpriseAccess(tx, tenantId, assignment.enterpriseId, { visible: visibleScope(ctx.actor), writable: write }, on));
    if (assignment.validTo !== null) throw ruleViolation('validTo', `该任命已于 ${assignment.validTo} 结束`, `The assignment already ended on ${assignment.validTo}`);
    if (input.validTo <= assignment.validFrom) {
      throw ruleViolation('validTo', `结束日期须晚于开始日期（${assignment.validFrom}）`, `validTo must come after validFrom (${assignment.validFrom})`);
    }
    await repo.endAssignment(tx, tenantId, id, input.validTo);
    await recordAudit(tx, auditActor(ctx), {
      action: 'instructor_assignment.end',
      objectType: 'instructor_assignment',
      objectId: id,
      result: 'success',
      diff: { before: { validTo: null }, after: { validTo: input.validTo } },
    });
    return presentById(tx, tenantId, id, on);
  });
}
