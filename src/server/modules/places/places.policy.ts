import { AppError, type ErrorDetail } from '../../platform/errors.ts';
import { type Actor, type Scope, isPathInScope, requirePermission, scopeFor } from '../../platform/scope.ts';

/**
 * Who may do what to places. A place's scope follows its responsible org: it is in a scope when that org's
 * current path is; a place with no org is in park-wide scopes only. Out of read scope is 404 (existence is not
 * leaked); readable but not writable is 403.
 */
export function readScope(actor: Actor): Scope {
  return requirePermission(actor, 'places.read');
}

export function writeScope(actor: Actor): Scope {
  return requirePermission(actor, 'places.write');
}

/** The orgs the caller may read, for naming the orgs attached to a place; empty rather than 403 when none. */
export function orgReadScope(actor: Actor): Scope {
  return scopeFor(actor, 'orgs.read');
}

/** Whether a place (by its org's current path, null when it has no org) lies in a scope. */
export function isPlaceInScope(scope: Scope, place: { orgPath: string | null }): boolean {
  return place.orgPath === null ? scope.all : isPathInScope(scope, place.orgPath);
}

/** Throws 404 unless the place exists and lies in the scope; `field` names the request field that pointed at it. */
export function assertPlaceInScope(scope: Scope, place: { orgPath: string | null } | null, field?: string): asserts place {
  if (!place || !isPlaceInScope(scope, place)) throw new AppError('NOT_FOUND', notFoundDetails(field));
}

/**
 * A caller who may write places nowhere is 403 whatever the target; then a place it cannot see is 404, and one
 * it can see but not write is 403.
 */
export function assertMayWrite(actor: Actor, place: { orgPath: string | null } | null, field?: string): asserts place {
  const write = writeScope(actor);
  const visible = place !== null && (isPlaceInScope(scopeFor(actor, 'places.read'), place) || isPlaceInScope(write, place));
  if (!visible) throw new AppError('NOT_FOUND', notFoundDetails(field));
  if (!isPlaceInScope(write, place)) throw new AppError('FORBIDDEN');
}

/**
 * The place as it will stand after a write (its org, by path) must stay in the caller's write scope: nobody
 * creates a place they could not then edit, or hands one to an org outside their reach.
 */
export function assertMayPlaceUnder(actor: Actor, orgPath: string | null, field: string): void {
  if (!isPlaceInScope(writeScope(actor), { orgPath })) {
    throw new AppError('FORBIDDEN', [{ field, message: '无权将地点归入该党组织', messageEn: 'You may not put a place under this org' }]);
  }
}

function notFoundDetails(field: string | undefined): ErrorDetail[] {
  return field ? [{ field, message: '未找到该地点', messageEn: 'No such place' }] : [];
}
