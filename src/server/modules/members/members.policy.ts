import { AppError } from '../../platform/errors.ts';
import { type Actor, type Scope, isPathInScope, requirePermission, scopeFor } from '../../platform/scope.ts';
import type { MembershipRow } from './members.repository.ts';

/**
 * Who may do what to members. A member belongs, for scope, to the org of their home membership (see
 * `homeMembership`) by that org's current path. Lacking a permission everywhere is 403; a member outside the
 * caller's read scope is 404 (existence is not leaked); readable but outside the write or reveal scope is 403.
 */
export function readScope(actor: Actor): Scope {
  return requirePermission(actor, 'members.read');
}

/** Where the caller may read orgs; names of orgs outside it are not shown. Never throws. */
export function orgNameScope(actor: Actor): Scope {
  return scopeFor(actor, 'orgs.read');
}

/** The current membership, or after leaving the last one: the period that decides who sees the member. */
export function homeMembership(periods: MembershipRow[]): MembershipRow | null {
  let home: MembershipRow | null = null;
  for (const p of periods) {
    if (!home) home = p;
    else if ((p.validTo === null) !== (home.validTo === null)) home = p.validTo === null ? p : home;
    else if (p.validFrom > home.validFrom || (p.validFrom === home.validFrom && p.id > home.id)) home = p;
  }
  return home;
}

function inScope(scope: Scope, path: string | null): boolean {
  return scope.all || (path !== null && isPathInScope(scope, path));
}

/** Throws 404 unless the member's home org (by its current path) lies in the read scope. */
export function assertMemberVisible(actor: Actor, homePath: string | null): void {
  if (!inScope(readScope(actor), homePath)) throw new AppError('NOT_FOUND');
}

/** Changing a member needs members.write over their home org. */
export function assertMayWriteMember(actor: Actor, homePath: string | null): void {
  const write = requirePermission(actor, 'members.write');
  assertMemberVisible(actor, homePath);
  if (!inScope(write, homePath)) throw new AppError('FORBIDDEN');
}

/** Unmasking needs members.reveal over the member's home org. */
export function assertMayReveal(actor: Actor, homePath: string | null): void {
  const reveal = requirePermission(actor, 'members.reveal');
  assertMemberVisible(actor, homePath);
  if (!inScope(reveal, homePath)) throw new AppError('FORBIDDEN');
}

/** Adding a member to an org (already found in the read scope) needs members.write there. */
export function assertMayAddToOrg(actor: Actor, orgPath: string): void {
  if (!inScope(requirePermission(actor, 'members.write'), orgPath)) throw new AppError('FORBIDDEN');
}
