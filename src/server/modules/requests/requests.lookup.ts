import type { DbOrTx } from '../../db/connection.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { can } from '../../platform/scope.ts';
import { requireReadableOrg } from '../orgs/orgs.service.ts';
import * as records from './request-records.repository.ts';
import { assertRequestVisible, reachesOf } from './requests.policy.ts';
import { presentDetail } from './requests.presenter.ts';
import * as repo from './requests.repository.ts';
import { type RequestAction, type RequestStatus, actionsFrom, isHandlerAction } from './requests.rules.ts';

/** Steps shared by the request services: loading a request with the caller's reaches, an org by id, the detail view. */

/** A request with whether the caller reaches it to read, handle and respond; null when the park has none by that id. */
export function findRequestFor(ctx: ServiceContext, db: DbOrTx, id: number, lock = false) {
  return repo.findRequest(db, ctx.actor.tenantId, id, reachesOf(ctx.actor), lock);
}

export type FoundRequest = NonNullable<Awaited<ReturnType<typeof findRequestFor>>>;

/**
 * A request's own row, cheaply, for the write path (lock: for update), with the read reach and the one the action
 * needs (handle or write; the other reads false); null when absent.
 */
export async function findStateFor(ctx: ServiceContext, db: DbOrTx, id: number, options: { lock?: boolean; need?: 'handle' | 'write' } = {}) {
  const reaches = reachesOf(ctx.actor);
  const need = options.need;
  const found = await repo.findRequestState(db, ctx.actor.tenantId, id, need ? { read: reaches.read, [need]: reaches[need] } : { read: reaches.read }, options.lock);
  return found && { ...found, reach: { read: found.reach.read, handle: need === 'handle' && found.reach[need], write: need === 'write' && found.reach[need] } };
}

/** A request the caller may read (404 otherwise). */
export async function loadVisible(ctx: ServiceContext, db: DbOrTx, id: number): Promise<FoundRequest> {
  const found = await findRequestFor(ctx, db, id);
  assertRequestVisible(found);
  return found;
}

/** The actions the caller may take on the request now: allowed from its state and within the caller's reach. */
export function allowedActions(ctx: ServiceContext, found: FoundRequest): RequestAction[] {
  const mayHandle = can(ctx.actor, 'requests.handle') && found.reach.handle;
  const mayRespond = can(ctx.actor, 'requests.write') && found.reach.write;
  return actionsFrom(found.status as RequestStatus).filter((a) => (isHandlerAction(a) ? mayHandle : mayRespond));
}

/** The detail view of a request as stored now (inside a write's transaction it reads its own writes). */
export async function requestDetail(ctx: ServiceContext, db: DbOrTx, found: FoundRequest, now = new Date()) {
  const tenantId = ctx.actor.tenantId;
  const [events, attachments] = await Promise.all([records.listEvents(db, tenantId, found.id), records.listAttachments(db, tenantId, found.id)]);
  return presentDetail(found, { events, attachments, allowedActions: allowedActions(ctx, found) }, now);
}

/** An org of the park named in a body (any org: departments lie outside most callers' subtrees), else 404 naming the field. */
export async function findParkOrg(ctx: ServiceContext, db: DbOrTx, id: number, field: string) {
  try {
    return await requireReadableOrg({ ...ctx, db }, id, { all: true });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', [{ field, message: '未找到该党组织或部门', messageEn: 'No such org or department' }]);
    throw error;
  }
}
