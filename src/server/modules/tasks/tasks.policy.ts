import { AppError } from '../../platform/errors.ts';
import { type Actor, type Scope, isPathInScope, requirePermission, scopeFor } from '../../platform/scope.ts';

/**
 * Who may do what to task lists (党建任务清单). A list lies in its assigning org's scope; an item is visible when
 * its list's org, its responsible org or one of its co-owner orgs lies in the caller's tasks.read scope, so a
 * responsible org's secretary sees their items. tasks.write over the list's org manages the list: creates and
 * edits items, reviews completion, decides and escalates accountability. tasks.write over the responsible org
 * reports progress, adds evidence and submits for review. Out of reach is 404; visible but not writable is 403.
 */
export function readScope(actor: Actor): Scope {
  return requirePermission(actor, 'tasks.read');
}

export function writeScope(actor: Actor): Scope {
  return requirePermission(actor, 'tasks.write');
}

type ItemPaths = { listOrgPath: string; responsibleOrgPath: string; coOwners: { orgPath: string }[] };

export function isItemInScope(scope: Scope, item: ItemPaths): boolean {
  return isPathInScope(scope, item.listOrgPath) || isPathInScope(scope, item.responsibleOrgPath) || item.coOwners.some((c) => isPathInScope(scope, c.orgPath));
}

export function assertItemVisible<T extends ItemPaths>(actor: Actor, item: T | null): asserts item is T {
  if (!item || !isItemInScope(readScope(actor), item)) throw new AppError('NOT_FOUND');
}

/** tasks.write over the list's org (an empty scope reaches nothing). */
export function mayManageItem(actor: Actor, item: ItemPaths): boolean {
  return isPathInScope(scopeFor(actor, 'tasks.write'), item.listOrgPath);
}

/** tasks.write over the responsible org, or over the list's org (whose subtree holds the responsible org). */
export function mayReportItem(actor: Actor, item: ItemPaths): boolean {
  return isPathInScope(scopeFor(actor, 'tasks.write'), item.responsibleOrgPath) || mayManageItem(actor, item);
}

/** Editing, reviewing, reopening, deciding accountability: tasks.write over the list's org. */
export function assertMayManageItem<T extends ItemPaths>(actor: Actor, item: T | null): asserts item is T {
  writeScope(actor);
  assertItemVisible(actor, item);
  if (!mayManageItem(actor, item)) throw new AppError('FORBIDDEN');
}

/** Reporting progress, adding evidence, submitting: tasks.write over the responsible org (the list's org reaches it too). */
export function assertMayReportItem<T extends ItemPaths>(actor: Actor, item: T | null): asserts item is T {
  writeScope(actor);
  assertItemVisible(actor, item);
  if (!mayReportItem(actor, item)) throw new AppError('FORBIDDEN');
}

/** A list is visible when its org lies in scope or the caller reaches one of its items. */
export function assertListVisible<T extends { orgPath: string }>(actor: Actor, list: T | null, reachesItem: boolean): asserts list is T {
  if (!list || !(isPathInScope(readScope(actor), list.orgPath) || reachesItem)) throw new AppError('NOT_FOUND');
}

export function assertMayManageList<T extends { orgPath: string }>(actor: Actor, list: T | null, reachesItem: boolean): asserts list is T {
  const write = writeScope(actor);
  assertListVisible(actor, list, reachesItem);
  if (!isPathInScope(write, list.orgPath)) throw new AppError('FORBIDDEN');
}

/** Meetings lie in the holding org's scope. */
export function assertMeetingVisible<T extends { orgPath: string }>(actor: Actor, meeting: T | null): asserts meeting is T {
  if (!meeting || !isPathInScope(readScope(actor), meeting.orgPath)) throw new AppError('NOT_FOUND');
}

/** Configuring the accountability ladder is park-wide work. */
export function assertMayConfigureLadder(actor: Actor): void {
  if (!writeScope(actor).all) throw new AppError('FORBIDDEN');
}
