import { AppError } from '../../platform/errors.ts';
import { type Actor, type Scope, isPathInScope, requirePermission } from '../../platform/scope.ts';

/**
 * Who may do what to industrial chains (一核多点). A chain lies where its chain committee lies: a caller bound
 * to an org subtree sees the chains whose committee org (by its current path) is in the subtree; a chain
 * without a committee is seen park-wide only. Out of scope is 404; readable but not writable is 403.
 */
export function readScope(actor: Actor): Scope {
  return requirePermission(actor, 'chains.read');
}

export function writeScope(actor: Actor): Scope {
  return requirePermission(actor, 'chains.write');
}

export function isChainInScope(scope: Scope, chain: { committeePath: string | null }): boolean {
  return scope.all || (chain.committeePath !== null && isPathInScope(scope, chain.committeePath));
}

/** Throws 404 (naming `field` when given) unless the chain exists and lies in the scope. */
export function assertChainInScope<T extends { committeePath: string | null }>(scope: Scope, chain: T | null, field?: string): asserts chain is T {
  if (!chain || !isChainInScope(scope, chain)) {
    throw new AppError('NOT_FOUND', field ? [{ field, message: '未找到该产业链', messageEn: 'No such industrial chain' }] : []);
  }
}

/** Changing a chain needs chains.write over its committee; readable but not writable is 403. */
export function assertMayWriteChain<T extends { committeePath: string | null }>(actor: Actor, chain: T | null): asserts chain is T {
  const write = writeScope(actor);
  assertChainInScope(readScope(actor), chain);
  if (!isChainInScope(write, chain)) throw new AppError('FORBIDDEN');
}

/** A chain committee must lie in the caller's chains.write scope: a chain is never created out of one's own reach. */
export function assertMayPlaceCommittee(actor: Actor, committeePath: string): void {
  if (!isPathInScope(writeScope(actor), committeePath)) throw new AppError('FORBIDDEN');
}
