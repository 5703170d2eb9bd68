import { AppError } from '../../platform/errors.ts';
import { type Actor, type Scope, isPathInScope, requirePermission } from '../../platform/scope.ts';
import type { HolderKind } from './recognition.schemas.ts';

/**
 * Who may do what to honors. Honors are a public record of the park: anyone holding chains.read reads all of
 * them (holder names stay scoped, see the service). Writing needs chains.write: park-wide for honors of the park,
 * of enterprises and of members (whose own scopes do not follow the org tree the way chains.write does); for
 * honors of a chain or an org, a subtree writer suffices when the chain's committee, or the org, lies in it.
 */
export function readScope(actor: Actor): Scope {
  return requirePermission(actor, 'chains.read');
}

export function writeScope(actor: Actor): Scope {
  return requirePermission(actor, 'chains.write');
}

/**
 * Throws 403 unless the caller's chains.write scope reaches the holder. `holderPath` is the path that places
 * the holder in the org tree: a chain's committee org, or the org itself; null when it has none.
 */
export function assertMayWriteHonorOf(actor: Actor, kind: HolderKind, holderPath: string | null): void {
  const scope = writeScope(actor);
  if (scope.all) return;
  const reachesHolder = (kind === 'chain' || kind === 'org') && holderPath !== null && isPathInScope(scope, holderPath);
  if (!reachesHolder) throw new AppError('FORBIDDEN');
}
