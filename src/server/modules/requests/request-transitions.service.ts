import type { DbOrTx } from '../../db/connection.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { conflict, notFound, ruleViolation } from '../../platform/errors.ts';
import { today } from '../../platform/paging.ts';
import * as records from './request-records.repository.ts';
import { findParkOrg, findRequestFor, findStateFor, requestDetail } from './requests.lookup.ts';
import { assertMayHandle, assertMayRespond, canHandleDepartment } from './requests.policy.ts';
import * as repo from './requests.repository.ts';
import { type RequestAction, type RequestStatus, isHandlerAction, missingForAction, nextStatus, requestStatusNames } from './requests.rules.ts';
import type { RequestDetailView, TransitionInput } from './requests.schemas.ts';

const actionNames: Record<RequestAction, { zh: string; en: string }> = {
  accept: { zh: '受理', en: 'accept' },
  assign: { zh: '交办', en: 'assign' },
  start: { zh: '开始办理', en: 'start' },
  resolve: { zh: '办结', en: 'resolve' },
  reject: { zh: '退回', en: 'reject' },
  confirm: { zh: '确认评价', en: 'confirm' },
  reopen: { zh: '重新打开', en: 'reopen' },
};

/** The department and person an assignment names: an org of the park in force, and a handler of it (422 otherwise). */
async function assignmentTarget(ctx: ServiceContext, db: DbOrTx, input: TransitionInput) {
  const department = await findParkOrg(ctx, db, input.departmentOrgId ?? 0, 'departmentOrgId');
  if (department.dissolvedOn) throw ruleViolation('departmentOrgId', '该部门（党组织）已撤销', 'The department is dissolved');
  if (input.assigneeUserId === undefined) return { departmentOrgId: department.id, assigneeUserId: null };
  const user = await records.findUserWithAssignments(db, ctx.actor.tenantId, input.assigneeUserId, today());
  if (!user || user.isDisabled || !canHandleDepartment(user.assignments, department.path)) {
    throw ruleViolation('assigneeUserId', '承办人须为该部门有诉求办理权限的在用账户', 'The assignee must be an active user who handles requests of that department');
  }
  return { departmentOrgId: department.id, assigneeUserId: user.id };
}

/** The columns an action changes besides the state. */
async function changesFor(ctx: ServiceContext, db: DbOrTx, found: { firstResolvedAt: Date | null }, action: RequestAction, input: TransitionInput, now: Date) {
  switch (action) {
    case 'accept':
      return { acceptedAt: now };
    case 'assign':
      return assignmentTarget(ctx, db, input);
    case 'start':
      return {};
    case 'resolve':
      return { resolvedAt: now, firstResolvedAt: found.firstResolvedAt ?? now, resolution: input.note ?? null };
    case 'reject':
      return { closedAt: now, rejectionReason: input.reason ?? null };
    case 'confirm':
      return { closedAt: now, satisfaction: input.satisfaction ?? null };
    case 'reopen':
      return { resolvedAt: null };
  }
}

/**
 * Moves a request by one action at `now` (the demo and tests pass a fixed clock; the API the present): handler
 * actions need requests.handle over it, confirm and reopen requests.write (403 / 404). An action the state does
 * not allow is 409 naming status; a missing reason, resolution note, department or satisfaction is 422 naming it.
 * The change, its timed event and the audit entry commit together. Returns nothing: callers read what they need.
 */
export async function applyTransition(ctx: ServiceContext, id: number, action: RequestAction, input: TransitionInput, now = new Date()): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const found = await findStateFor(ctx, tx, id, { lock: true, need: isHandlerAction(action) ? 'handle' : 'write' });
    if (isHandlerAction(action)) assertMayHandle(ctx.actor, found);
    else assertMayRespond(ctx.actor, found);
    const from = found.status as RequestStatus;
    const to = nextStatus(from, action);
    if (!to) {
      throw conflict('status', `诉求当前为“${requestStatusNames[from].zh}”，不能${actionNames[action].zh}`, `The request is ${requestStatusNames[from].en.toLowerCase()}: it cannot ${actionNames[action].en}`);
    }
    const missing = missingForAction(action, input);
    if (missing) throw ruleViolation(missing.field, missing.message, missing.messageEn);
    const changes = await changesFor(ctx, tx, found, action, input, now);
    await repo.updateRequest(tx, ctx.actor.tenantId, id, { status: to, ...changes });
    const assigned = action === 'assign' ? (changes as { departmentOrgId: number; assigneeUserId: number | null }) : null;
    await records.insertEvent(tx, {
      tenantId: ctx.actor.tenantId,
      requestId: id,
      kind: 'transition',
      fromStatus: from,
      toStatus: to,
      at: now,
      actorUserId: ctx.actor.userId || null,
      note: input.reason ?? input.note ?? null,
      departmentOrgId: assigned?.departmentOrgId ?? null,
      assigneeUserId: assigned?.assigneeUserId ?? null,
      satisfaction: action === 'confirm' ? (input.satisfaction ?? null) : null,
    });
    await recordAudit(tx, auditActor(ctx), {
      action: `request.${action}`,
      objectType: 'request',
      objectId: id,
      result: 'success',
      diff: { before: { status: from }, after: { status: to, at: now.toISOString(), ...input } },
    });
  });
}

/** applyTransition, then the request as the caller sees it afterwards. */
export async function transitionRequest(ctx: ServiceContext, id: number, action: RequestAction, input: TransitionInput): Promise<RequestDetailView> {
  const now = new Date();
  await applyTransition(ctx, id, action, input, now);
  // Read whatever the reach is now: assigning away may take the request out of it, and the caller still sees
  // what they just did (with no actions left).
  const found = await findRequestFor(ctx, ctx.db, id);
  if (!found) throw notFound();
  return requestDetail(ctx, ctx.db, found, now);
}
