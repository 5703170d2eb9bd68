import { AppError } from '../../platform/errors.ts';
import { type Actor, type Scope, isPathInScope, requirePermission } from '../../platform/scope.ts';

/**
 * Who may do what to policy documents. Published policies are public within the park (政务公开): anyone holding
 * policies.read reads every one of them, whatever part of the tree they work in. Writing takes policies.write over
 * the issuing org: a document the caller can read but whose issuing org lies outside that reach is 403.
 */
export function readScope(actor: Actor): Scope {
  return requirePermission(actor, 'policies.read');
}

export function writeScope(actor: Actor): Scope {
  return requirePermission(actor, 'policies.write');
}

export function assertMayWritePolicyOf(actor: Actor, issuingOrgPath: string): void {
  if (!isPathInScope(writeScope(actor), issuingOrgPath)) throw new AppError('FORBIDDEN');
}
