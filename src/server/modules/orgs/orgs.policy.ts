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

/**
 * A caller who may write orgs nowhere gets 403 whatever the target; one who may write somewhere gets 404 for
 * an org it cannot read, and 403 for one it can read but not write.
 */
export function assertMayWrite(actor: Actor, org: { path: string } | null): asserts org {
  const write = writeScope(actor);
  assertOrgInScope(readScope(actor), org);
  if (!isPathInScope(write, org.path)) throw new AppError('FORBIDDEN');
}

/** Creating a root (the park's working committee) needs a park-wide write scope. */
export function assertMayCreateRoot(actor: Actor): void {
  if (!writeScope(actor).all) throw new AppError('FORBIDDEN');
}
