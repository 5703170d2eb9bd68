import { AppError } from '../../platform/errors.ts';
import { type Actor, type Scope, isPathInScope, requirePermission } from '../../platform/scope.ts';

/** Who may do what to orgs. Reading or writing outside one's subtree is 404: existence is not leaked. */
export function readScope(actor: Actor): Scope {
  return requirePermission(actor, 'orgs.read');
}

export function writeScope(actor: Actor): Scope {
  return requirePermission(actor, 'orgs.write');
}

/** Throws 404 unless the org (by its current path) lies in the scope. */
export function assertOrgInScope(scope: Scope, org: { path: string } | null): asserts org {
  if (!org || !isPathInScope(scope, org.path)) throw new AppError('NOT_FOUND');
}

/** A write on an org the caller can read but not write is 403; one it cannot read is 404. */
export function assertMayWrite(actor: Actor, org: { path: string } | null): asserts org {
  assertOrgInScope(readScope(actor), org);
  if (!isPathInScope(writeScope(actor), org.path)) throw new AppError('FORBIDDEN');
}

/** Creating a root (the park's working committee) needs a park-wide write scope. */
export function assertMayCreateRoot(actor: Actor): void {
  if (!writeScope(actor).all) throw new AppError('FORBIDDEN');
}
