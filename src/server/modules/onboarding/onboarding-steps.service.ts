import type { DbOrTx } from '../../db/connection.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { AppError, conflict, ruleViolation } from '../../platform/errors.ts';
import { offsetOf, today } from '../../platform/paging.ts';
import { assertWritable } from './onboarding.policy.ts';
import { presentOverdueStep, presentStepDetail } from './onboarding.presenter.ts';
import * as repo from './onboarding.repository.ts';
import { type CaseStatus, isFinished, type StepStatus, stepStatusNames, transitionOf } from './onboarding.rules.ts';
import type { HandoffInput, OverdueStepsQuery, UpdateStepInput } from './onboarding.schemas.ts';
import { assertCaseOpen, checkOwnerUser, readScopes, writeScopes } from './onboarding.service.ts';

/** The steps of 三合一 cases: work them through their statuses, hand them between departments, see the overdue ones. */

async function loadStepForWrite(ctx: ServiceContext, tx: DbOrTx, id: number) {
  const step = await repo.findStep(tx, ctx.actor.tenantId, id, writeScopes(ctx), true);
  assertWritable(step);
  assertCaseOpen(step.caseStatus);
  return step;
}

async function stepDetail(db: DbOrTx, tenantId: number, id: number, caseStatus: string) {
  const step = await repo.findStepWithOwner(db, tenantId, id);
  if (!step) throw new AppError('NOT_FOUND');
  return presentStepDetail(step, await repo.listHandoffsOfSteps(db, tenantId, [id]), caseStatus as CaseStatus, today());
}

/**
 * Changes a step of an open case (a closed case's steps are read-only: 409). Status: pending → in_progress →
 * done (done sets done_on to today); skipping needs notes; leaving done or skipped needs notes (422 without);
 * other moves are 409. The due date cannot precede the opening date; the official must be a user of the park.
 */
export async function updateStep(ctx: ServiceContext, id: number, input: UpdateStepInput) {
  const tenantId = ctx.actor.tenantId;
  return ctx.db.transaction(async (tx) => {
    const step = await loadStepForWrite(ctx, tx, id);
    const patch: Partial<repo.StepRow> = {};
    if (input.status !== undefined && input.status !== step.status) {
      const from = step.status as StepStatus;
      const move = transitionOf(from, input.status);
      if (move === 'illegal') {
        throw conflict('status', `步骤不能从“${stepStatusNames[from]}”改为“${stepStatusNames[input.status]}”`, `A step cannot move from ${from} to ${input.status}`);
      }
      if (move === 'needs_note' && input.notes === undefined) {
        const why = input.status === 'skipped' ? '跳过步骤须填写说明' : '退回已完成的步骤须填写说明';
        throw ruleViolation('notes', why, input.status === 'skipped' ? 'Skipping a step needs notes' : 'Reopening a finished step needs notes');
      }
      patch.status = input.status;
      patch.doneOn = input.status === 'done' ? today() : null;
    }
    if (input.notes !== undefined && input.notes !== step.notes) patch.notes = input.notes;
    if (input.ownerUserId !== undefined && input.ownerUserId !== step.ownerUserId) {
      if (input.ownerUserId !== null) await checkOwnerUser(tx, tenantId, input.ownerUserId, 'ownerUserId');
      patch.ownerUserId = input.ownerUserId;
    }
    if (input.dueOn !== undefined && input.dueOn !== step.dueOn) {
      if (input.dueOn < step.openedOn) throw ruleViolation('dueOn', '到期日不能早于立案日期', 'The due date cannot precede the opening date');
      patch.dueOn = input.dueOn;
    }
    const keys = Object.keys(patch) as (keyof typeof patch)[];
    if (keys.length) {
      await repo.updateStep(tx, tenantId, id, patch);
      await recordAudit(tx, auditActor(ctx), {
        action: 'onboarding_step.update',
        objectType: 'onboarding_step',
        objectId: id,
        result: 'success',
        diff: { caseId: step.caseId, before: Object.fromEntries(keys.map((k) => [k, step[k]])), after: patch },
      });
    }
    return stepDetail(tx, tenantId, id, step.caseStatus);
  });
}

/**
 * Hands an open step to another department: the hand-off is recorded (today, by the caller) and the department
 * becomes the step's owner; the official named on it, who belonged to the old department, is cleared.
 */
export async function handOffStep(ctx: ServiceContext, id: number, input: HandoffInput) {
  const tenantId = ctx.actor.tenantId;
  return ctx.db.transaction(async (tx) => {
    const step = await loadStepForWrite(ctx, tx, id);
    if (isFinished(step.status as StepStatus)) throw conflict(undefined, '已完成或已跳过的步骤不能移交', 'A step that is done or skipped cannot be handed off');
    if (input.toDepartment === step.ownerDepartment) throw ruleViolation('toDepartment', '该步骤已由此部门负责', 'The step is already owned by this department');
    const handoff = await repo.insertHandoff(tx, {
      tenantId,
      stepId: id,
      fromDepartment: step.ownerDepartment,
      toDepartment: input.toDepartment,
      handedOn: today(),
      note: input.note ?? null,
      byUserId: ctx.actor.userId || null,
    });
    await repo.updateStep(tx, tenantId, id, { ownerDepartment: input.toDepartment, ownerUserId: null });
    await recordAudit(tx, auditActor(ctx), {
      action: 'onboarding_step.handoff',
      objectType: 'onboarding_step',
      objectId: id,
      result: 'success',
      diff: { caseId: step.caseId, handoffId: handoff.id, before: { ownerDepartment: step.ownerDepartment, ownerUserId: step.ownerUserId }, after: { ownerDepartment: input.toDepartment, ownerUserId: null }, note: input.note },
    });
    return stepDetail(tx, tenantId, id, step.caseStatus);
  });
}

/** Open steps of open cases in the caller's scope that were due before `asOf` (today when omitted): the work bench's list. */
export async function listOverdueSteps(ctx: ServiceContext, input: OverdueStepsQuery) {
  const scopes = readScopes(ctx);
  const asOf = input.asOf ?? today();
  const { total, rows } = await repo.listOverdueSteps(ctx.db, ctx.actor.tenantId, scopes.read, {
    asOf,
    on: scopes.on,
    track: input.track,
    ownerDepartment: input.ownerDepartment,
    offset: offsetOf(input.page, input.pageSize),
    limit: input.pageSize,
  });
  return { items: rows.map((r) => presentOverdueStep(r, asOf)), total, page: input.page, pageSize: input.pageSize, asOf };
}
