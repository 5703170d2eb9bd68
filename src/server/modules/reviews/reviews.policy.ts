import { AppError } from '../../platform/errors.ts';
import { type Actor, type Scope, isPathInScope, requirePermission, scopeFor } from '../../platform/scope.ts';

/**
 * Who may do what in the review cycle. A campaign lies at the org running it: reviews.manage over that org manages
 * it (settings, closing stages late, reopening, the fund). A cycle lies at its participating org: reviews.read over
 * it reads it (the org and its superiors), reviews.write over it files commitments, the report and self-scores,
 * and reviews.score over it gives the superior score — unless the caller holds an assignment bound to that very
 * org, since no one scores their own org as its superior. A campaign is visible to readers of its running org and
 * of any participating org. Out of reach is 404; visible but not permitted is 403.
 */
export function readScope(actor: Actor): Scope {
  return requirePermission(actor, 'reviews.read');
}
export function writeScope(actor: Actor): Scope {
  return requirePermission(actor, 'reviews.write');
}
export function scoreScope(actor: Actor): Scope {
  return requirePermission(actor, 'reviews.score');
}
export function manageScope(actor: Actor): Scope {
  return requirePermission(actor, 'reviews.manage');
}

/** Whether the caller holds a permission over a path, without refusing (for the "may" flags shown to the page). */
export function holdsOver(actor: Actor, permission: 'reviews.write' | 'reviews.score' | 'reviews.manage', path: string): boolean {
  const scope = scopeFor(actor, permission);
  return scope.all || (scope.paths.length > 0 && isPathInScope(scope, path));
}

/** 404 unless the campaign exists and its running org, or one of its participants, lies in the read scope. */
export function assertCampaignVisible<T extends { runByOrgPath: string }>(actor: Actor, campaign: T | null, hasVisibleCycle: boolean): asserts campaign is T {
  const scope = readScope(actor);
  if (!campaign || !(isPathInScope(scope, campaign.runByOrgPath) || hasVisibleCycle)) throw new AppError('NOT_FOUND');
}

/** Managing a campaign: reviews.manage over its running org (403 when the caller sees it but does not manage it). */
export function assertMayManageCampaign<T extends { runByOrgPath: string }>(actor: Actor, campaign: T | null, hasVisibleCycle: boolean): asserts campaign is T {
  const manage = manageScope(actor);
  assertCampaignVisible(actor, campaign, hasVisibleCycle);
  if (!isPathInScope(manage, campaign.runByOrgPath)) throw new AppError('FORBIDDEN');
}

/** Running a campaign from an org: reviews.manage over it (404 when the caller cannot read the org). */
export function assertMayRunFrom(actor: Actor, org: { path: string }): void {
  const manage = manageScope(actor);
  if (!isPathInScope(readScope(actor), org.path)) throw new AppError('NOT_FOUND');
  if (!isPathInScope(manage, org.path)) throw new AppError('FORBIDDEN');
}

/** 404 unless the cycle exists and its org lies in the read scope. */
export function assertCycleVisible<T extends { orgPath: string }>(actor: Actor, cycle: T | null): asserts cycle is T {
  if (!cycle || !isPathInScope(readScope(actor), cycle.orgPath)) throw new AppError('NOT_FOUND');
}

/** The org's side (commitments, report, self-score): reviews.write over the org. */
export function assertMayWriteCycle<T extends { orgPath: string }>(actor: Actor, cycle: T | null): asserts cycle is T {
  const write = writeScope(actor);
  assertCycleVisible(actor, cycle);
  if (!isPathInScope(write, cycle.orgPath)) throw new AppError('FORBIDDEN');
}

/** Bound to the org itself by any assignment: such a caller is the org, not its superior. */
export function isBoundToOrg(actor: Actor, orgId: number): boolean {
  return actor.assignments.some((a) => a.orgId === orgId);
}

/** The superior's side: reviews.score over the org, and no assignment bound to the org itself. */
export function assertMayScoreAsSuperior<T extends { orgPath: string; orgId: number }>(actor: Actor, cycle: T | null): asserts cycle is T {
  const score = scoreScope(actor);
  assertCycleVisible(actor, cycle);
  if (!isPathInScope(score, cycle.orgPath) || isBoundToOrg(actor, cycle.orgId)) throw new AppError('FORBIDDEN');
}

/** The manager's acts on a cycle: reviews.manage over the campaign's running org. */
export function assertMayManageCycle<T extends { orgPath: string }>(actor: Actor, cycle: T | null, runByOrgPath: string): asserts cycle is T {
  const manage = manageScope(actor);
  assertCycleVisible(actor, cycle);
  if (!isPathInScope(manage, runByOrgPath)) throw new AppError('FORBIDDEN');
}
