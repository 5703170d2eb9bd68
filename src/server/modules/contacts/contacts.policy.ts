import { AppError, type ErrorDetail } from '../../platform/errors.ts';
import { type Actor, type Scope, requirePermission, scopeFor } from '../../platform/scope.ts';

/**
 * Who may do what with contact links and visits. A link lies where its enterprise lies (department, cadre and
 * secondment links) or where its org lies (leader contact points, enterprise org ↔ place links); contacts.read
 * reads it, contacts.write over that side makes and ends it. A visit is logged by a holder of visits.write at an
 * enterprise or place in that scope — for a cadre, the enterprises of their pairings (a relation scope). The
 * visit-interval settings are the park's, so only a park-wide contacts.write changes them. Out of scope is 404;
 * visible but not writable is 403.
 */
export function readScope(actor: Actor): Scope {
  return requirePermission(actor, 'contacts.read');
}

export function writeScope(actor: Actor): Scope {
  return requirePermission(actor, 'contacts.write');
}

export function visitScope(actor: Actor): Scope {
  return requirePermission(actor, 'visits.write');
}

/** For writers and visitors: the links they may see, empty rather than 403 when they may read none. */
export function visibleScope(actor: Actor): Scope {
  return scopeFor(actor, 'contacts.read');
}

export function assertParkWideWrite(actor: Actor): void {
  if (!writeScope(actor).all) {
    throw new AppError('FORBIDDEN', [{ message: '走访间隔由全园区的双联系管理权限设置', messageEn: 'Only a park-wide contacts.write may set the visit intervals' }]);
  }
}

/** 404 unless the link exists and lies in the scope it was read with. */
export function assertLinkVisible<T extends { visible: boolean; writable: boolean }>(link: T | null, field?: string): asserts link is T {
  if (!link || !(link.visible || link.writable)) throw new AppError('NOT_FOUND', notFoundDetails(field));
}

/** 404 for a link the caller cannot see, 403 for one it sees but may not write. */
export function assertLinkWritable<T extends { visible: boolean; writable: boolean }>(link: T | null): asserts link is T {
  assertLinkVisible(link);
  if (!link.writable) throw new AppError('FORBIDDEN');
}

function notFoundDetails(field: string | undefined): ErrorDetail[] {
  return field ? [{ field, message: '未找到该联系', messageEn: 'No such contact link' }] : [];
}
