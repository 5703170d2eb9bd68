import { AppError, type ErrorDetail } from '../../platform/errors.ts';
import { type Actor, type Scope, requirePermission, scopeFor } from '../../platform/scope.ts';

/**
 * Who may do what with coverage, instructors and guidance visits. Units are in a scope by `enterpriseInScope`
 * (responsible org or a covering org in a subtree, or a relation enterprise). Out of scope is 404; visible but
 * not writable is 403; the coverage rule is the park's, so only a park-wide enterprises.write may set it.
 */
export function readScope(actor: Actor): Scope {
  return requirePermission(actor, 'enterprises.read');
}

export function writeScope(actor: Actor): Scope {
  return requirePermission(actor, 'enterprises.write');
}

export function guidanceScope(actor: Actor): Scope {
  return requirePermission(actor, 'guidance.write');
}

/** For writers: the units they may see, empty rather than 403 when they may read none. */
export function visibleScope(actor: Actor): Scope {
  return scopeFor(actor, 'enterprises.read');
}

export function assertParkWideWrite(actor: Actor): void {
  if (!writeScope(actor).all) {
    throw new AppError('FORBIDDEN', [{ message: '覆盖规则由全园区的企业管理权限设置', messageEn: 'Only a park-wide enterprises.write may set the coverage rule' }]);
  }
}

/** 404 unless the unit exists and lies in the scope it was read with. */
export function assertUnitVisible(unit: { visible: boolean; writable: boolean } | null, field?: string): asserts unit {
  if (!unit || !(unit.visible || unit.writable)) throw new AppError('NOT_FOUND', notFoundDetails(field));
}

/** 404 for a unit the caller cannot see, 403 for one it sees but may not write. */
export function assertUnitWritable(unit: { visible: boolean; writable: boolean } | null, field?: string): asserts unit {
  assertUnitVisible(unit, field);
  if (!unit.writable) throw new AppError('FORBIDDEN');
}

function notFoundDetails(field: string | undefined): ErrorDetail[] {
  return field ? [{ field, message: '未找到该企业', messageEn: 'No such enterprise' }] : [];
}
