import { AppError } from '../../platform/errors.ts';
import { today } from '../../platform/paging.ts';
import { type Actor, type Scope, isPathInScope, requirePermission } from '../../platform/scope.ts';
import type { ProjectAccess } from './projects.repository.ts';

/**
 * Who may do what to investment projects. A project lies where its chain lies (the chain committee's current
 * path): park-wide scopes reach every project, a subtree scope the projects of chains whose committee is in it.
 * Besides, a chief service officer serving a project today reads it and, holding projects.write anywhere, writes
 * it (stage, notes, details) — but assigning or ending officers takes the chain's reach, since an assignment is
 * what grants the officer relation. Out of reach is 404; readable but not writable is 403.
 */
export function readScope(actor: Actor): Scope {
  return requirePermission(actor, 'projects.read');
}

export function writeScope(actor: Actor): Scope {
  return requirePermission(actor, 'projects.write');
}

/** What the caller reaches with a permission, for queries: the scope, and the officer relation as of today. */
export function projectAccess(actor: Actor, scope: Scope): ProjectAccess {
  return { scope, userId: actor.userId, on: today() };
}

export function isInChainScope(scope: Scope, project: { committeePath: string | null }): boolean {
  return scope.all || (project.committeePath !== null && isPathInScope(scope, project.committeePath));
}

/** Throws 404 unless the project exists and the caller reaches it through its chain or as its officer. */
export function assertProjectVisible<T extends { committeePath: string | null }>(actor: Actor, project: T | null, isOfficer: boolean): asserts project is T {
  const scope = readScope(actor);
  if (!project || !(isInChainScope(scope, project) || isOfficer)) throw new AppError('NOT_FOUND');
}

/** Changing a project: projects.write over its chain, or being its officer (while holding projects.write somewhere). */
export function assertMayWriteProject<T extends { committeePath: string | null }>(actor: Actor, project: T | null, isOfficer: boolean): asserts project is T {
  const write = writeScope(actor);
  assertProjectVisible(actor, project, isOfficer);
  if (!(isInChainScope(write, project) || isOfficer)) throw new AppError('FORBIDDEN');
}

/** Assigning or ending chief service officers: projects.write over the project's chain. */
export function assertMayManageOfficers<T extends { committeePath: string | null }>(actor: Actor, project: T | null, isOfficer: boolean): asserts project is T {
  const write = writeScope(actor);
  assertProjectVisible(actor, project, isOfficer);
  if (!isInChainScope(write, project)) throw new AppError('FORBIDDEN');
}

/** A project's chain must lie in the caller's projects.write scope; a project without a chain needs it park-wide. */
export function assertMayPlaceInChain(actor: Actor, chain: { committeePath: string | null } | null): void {
  const write = writeScope(actor);
  if (chain === null ? !write.all : !isInChainScope(write, chain)) throw new AppError('FORBIDDEN');
}
