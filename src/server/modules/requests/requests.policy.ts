import { AppError } from '../../platform/errors.ts';
import { today } from '../../platform/paging.ts';
import { type Actor, type Scope, isPathInScope, requirePermission, scopeFor } from '../../platform/scope.ts';
import { relationRoles, rolePermissions, type Role } from '../../platform/roles.ts';
import type { RequestReach } from './requests.repository.ts';

/**
 * Who may do what with requests (诉求). A request lies where its enterprise lies (enterpriseInScope: responsible
 * or covering org in a subtree, or the caller's relation enterprise — an enterprise contact's own), where its
 * handling department lies and where it was escalated to. Besides, its assignee reaches it to read and handle, its
 * raiser to read, confirm and reopen. Handler actions need requests.handle over it, the requester's (confirm,
 * reopen, attach) requests.write over it. Out of reach is 404; readable but not actionable is 403.
 */
export function readScope(actor: Actor): Scope {
  return requirePermission(actor, 'requests.read');
}

export function handleScope(actor: Actor): Scope {
  return requirePermission(actor, 'requests.handle');
}

export function writeScope(actor: Actor): Scope {
  return requirePermission(actor, 'requests.write');
}

/** The reaches a request is judged by: read (and its relations), handle (assignee), write (raiser). Never throws. */
export function reachesOf(actor: Actor) {
  const on = today();
  const of = (permission: 'requests.read' | 'requests.handle' | 'requests.write', asAssignee: boolean, asRaiser: boolean): RequestReach => ({
    scope: scopeFor(actor, permission),
    userId: actor.userId,
    asAssignee,
    asRaiser,
    on,
  });
  return { read: of('requests.read', true, true), handle: of('requests.handle', true, false), write: of('requests.write', false, true) };
}

type Found = { reach: { read: boolean; handle: boolean; write: boolean } } | null;

/** 404 unless the request exists and the caller reaches it to read. */
export function assertRequestVisible<T extends Found>(found: T): asserts found is NonNullable<T> {
  if (!found || !found.reach.read) throw new AppError('NOT_FOUND');
}

/** Handler actions: requests.handle held somewhere (403), the request visible (404) and within the handle reach (403). */
export function assertMayHandle<T extends Found>(actor: Actor, found: T): asserts found is NonNullable<T> {
  handleScope(actor);
  assertRequestVisible(found);
  if (!found.reach.handle) throw new AppError('FORBIDDEN');
}

/** Requester actions (confirm, reopen, attach): requests.write held somewhere, the request visible and within the write reach. */
export function assertMayRespond<T extends Found>(actor: Actor, found: T): asserts found is NonNullable<T> {
  writeScope(actor);
  assertRequestVisible(found);
  if (!found.reach.write) throw new AppError('FORBIDDEN');
}

/** Configuring categories and sweeping the whole park's deadlines: requests.handle park-wide. */
export function assertParkWideHandler(actor: Actor): void {
  if (!handleScope(actor).all) {
    throw new AppError('FORBIDDEN', [{ message: '须具有全园区的诉求办理权限', messageEn: 'This needs requests.handle over the whole park' }]);
  }
}

/** Whether a user with these assignments may handle requests of the department at `departmentPath`. */
export function canHandleDepartment(assignments: { role: string; orgPath: string | null; orgId: number | null }[], departmentPath: string): boolean {
  return assignments.some((a) => {
    const role = a.role as Role;
    if (!rolePermissions[role]?.includes('requests.handle')) return false;
    if (a.orgId === null) return !relationRoles.includes(role);
    return a.orgPath !== null && isPathInScope({ all: false, paths: [a.orgPath] }, departmentPath);
  });
}
