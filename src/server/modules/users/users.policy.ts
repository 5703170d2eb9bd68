import { AppError } from '../../platform/errors.ts';
import { type Actor, requirePermission } from '../../platform/scope.ts';

/**
 * Who may administer accounts. Accounts belong to the park, not to an org, so users.read and users.write count
 * only park-wide (the security admin's role is always park-wide); holding neither anywhere is 403.
 */
function requireParkWide(actor: Actor, permission: 'users.read' | 'users.write'): void {
  if (!requirePermission(actor, permission).all) throw new AppError('FORBIDDEN');
}

export function assertMayReadUsers(actor: Actor): void {
  requireParkWide(actor, 'users.read');
}

export function assertMayWriteUsers(actor: Actor): void {
  requireParkWide(actor, 'users.write');
}

/**
 * A security admin may not raise or widen their own roles, disable their own account or reset their own
 * password here (their own password changes through /auth/password, with the current one): 403.
 */
export function assertNotSelf(actor: Actor, userId: number, field: string): void {
  if (actor.userId === userId) {
    throw new AppError('FORBIDDEN', [{ field, message: '不能对自己的账户执行此操作', messageEn: 'You may not do this to your own account' }]);
  }
}
