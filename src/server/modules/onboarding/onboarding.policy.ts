import { AppError, type ErrorDetail } from '../../platform/errors.ts';
import type { Permission } from '../../platform/roles.ts';
import { type Actor, type Scope, requirePermission, scopeFor } from '../../platform/scope.ts';

/**
 * Who may do what to onboarding cases. A case lies where its enterprise lies: the enterprise's responsible org
 * (or an org covering it) in one of the caller's subtrees, or the enterprise among the caller's relation
 * enterprises. Out of read scope is 404 (existence is not leaked); readable but not writable is 403; holding
 * the permission nowhere is 403.
 *
 * An enterprise contact reaches its own enterprise only. The platform also gives a contact the subtrees of the
 * orgs covering its enterprise (so it can read its joint branch); for cases those subtrees would reach the
 * other enterprises the same joint branch covers, so they are left out here.
 */
function onboardingScope(actor: Actor, permission: Permission): Scope {
  requirePermission(actor, permission);
  const narrowed = actor.assignments.map((a) => (a.role === 'enterprise_contact' ? { ...a, relationPaths: [] } : a));
  return scopeFor({ ...actor, assignments: narrowed }, permission);
}

export function readScope(actor: Actor): Scope {
  return onboardingScope(actor, 'onboarding.read');
}

export function writeScope(actor: Actor): Scope {
  return onboardingScope(actor, 'onboarding.write');
}

/** How a record stands toward the caller, as the repository computed it from both scopes. */
export type Reach = { readable: boolean; writable: boolean };

/** Throws 404 unless the record exists and is readable; `field` names the request field that pointed at it. */
export function assertReadable<T extends Reach>(row: T | null, field?: string): asserts row is T {
  if (!row || !row.readable) throw new AppError('NOT_FOUND', notFoundDetails(field));
}

/**
 * A write: 404 for a record the caller can neither read nor write (or that does not exist), 403 for one it can
 * read but not write. (Holding onboarding.write nowhere was refused with 403 when the write scope was taken.)
 */
export function assertWritable<T extends Reach>(row: T | null, field?: string): asserts row is T {
  if (!row || (!row.readable && !row.writable)) throw new AppError('NOT_FOUND', notFoundDetails(field));
  if (!row.writable) throw new AppError('FORBIDDEN');
}

function notFoundDetails(field: string | undefined): ErrorDetail[] {
  return field ? [{ field, message: '未找到该记录', messageEn: 'No such record' }] : [];
}
