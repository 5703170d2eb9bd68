import { AppError, type ErrorDetail } from '../../platform/errors.ts';
import { type Actor, type Scope, isPathInScope, requirePermission, scopeFor } from '../../platform/scope.ts';
import { isChainInScope } from '../chains/chains.policy.ts';
import type { FoundEnterprise } from './enterprises.repository.ts';

/**
 * Who may do what to host units. A unit lies in a scope when its responsible org is in one of the subtrees, an
 * org in one of them covers it today, or it is one of the caller's relation units (an instructor's assigned
 * enterprises, an enterprise contact's own): `enterpriseInScope`. Lacking the permission everywhere is 403; a unit
 * outside the read scope is 404 (existence is not leaked); readable but not writable is 403.
 */
export function readScope(actor: Actor): Scope {
  return requirePermission(actor, 'enterprises.read');
}

export function writeScope(actor: Actor): Scope {
  return requirePermission(actor, 'enterprises.write');
}

/** Where the caller may read orgs; names of orgs outside it are not shown. Never throws. */
export function orgNameScope(actor: Actor): Scope {
  return scopeFor(actor, 'orgs.read');
}

/** The name of an org if the caller may read it, else null (as the orgs module hides ancestors). */
export function visibleOrgName(scope: Scope, org: { name: string; path: string }): string | null {
  return isPathInScope(scope, org.path) ? org.name : null;
}

/** Where the caller may read orgs and chains: names outside are withheld in a unit's view. Never throws. */
export type NameScopes = { orgs: Scope; chains: Scope };

export function nameScopes(actor: Actor): NameScopes {
  return { orgs: orgNameScope(actor), chains: scopeFor(actor, 'chains.read') };
}

/** The name of a chain if the caller may read it (by its committee, as the chains module decides), else null. */
export function visibleChainName(scope: Scope, chain: { name: string; committeePath: string | null }): string | null {
  return isChainInScope(scope, chain) ? chain.name : null;
}

export function notFoundDetails(field: string | undefined, message = '未找到该企业或社会组织', messageEn = 'No such enterprise or social organization'): ErrorDetail[] {
  return field ? [{ field, message, messageEn }] : [];
}

/** Throws 404 unless the unit exists and lies in the read scope; `field` names the request field that pointed at it. */
export function assertReadable(found: FoundEnterprise | null, field?: string): asserts found {
  if (!found || !found.readable) throw new AppError('NOT_FOUND', notFoundDetails(field));
}

/** A unit the caller cannot see is 404; one it can see but not write is 403. */
export function assertWritable(found: FoundEnterprise | null): asserts found {
  if (!found || (!found.readable && !found.writable)) throw new AppError('NOT_FOUND');
  if (!found.writable) throw new AppError('FORBIDDEN');
}

