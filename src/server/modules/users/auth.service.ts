import type { SecurityPolicy } from '../../config.ts';
import type { Db } from '../../db/connection.ts';
import { type AuditActor, recordAudit, recordAuditAlone } from '../../platform/audit.ts';
import { checkPasswordPolicy, decoyHash, hashPassword, verifyPassword } from '../../platform/auth/passwords.ts';
import { createSession, deleteSession } from '../../platform/auth/sessions.ts';
import { AppError } from '../../platform/errors.ts';
import { permissions, rolePermissions } from '../../platform/roles.ts';
import type { Actor } from '../../platform/scope.ts';
import type { MeView } from './auth.schemas.ts';
import * as repo from './users.repository.ts';

export type LoginInput = { username: string; password: string; park?: string; ip: string; userAgent?: string; previousSessionId: string | null };

/**
 * Checks a password and starts a fresh session (the old one, if any, ends: the id rotates at login).
 * Unknown user, disabled user, locked account and wrong password all get the same answer in the same time.
 */
export async function login(db: Db, policy: SecurityPolicy, defaultPark: string, input: LoginInput): Promise<{ cookie: string; tenantId: number; userId: number }> {
  const tenant = await repo.findTenantByCode(db, input.park ?? defaultPark);
  const user = tenant ? await repo.findUserByUsername(db, tenant.id, input.username) : null;
  const isPasswordRight = await verifyPassword(input.password, user?.passwordHash ?? decoyHash);
  const refuse = () => new AppError('INVALID_CREDENTIALS');
  if (!tenant) throw refuse();
  const who: AuditActor = { tenantId: tenant.id, userId: user?.id ?? null, name: input.username, ip: input.ip };
  if (!user) {
    await recordAuditAlone(db, who, { action: 'auth.login', objectType: 'user', objectId: input.username, result: 'failure', diff: { reason: 'unknown_user' } });
    throw refuse();
  }
  const now = new Date();
  if (user.isDisabled || (user.lockedUntil && user.lockedUntil > now)) {
    const reason = user.isDisabled ? 'disabled' : 'locked';
    await recordAuditAlone(db, who, { action: 'auth.login', objectType: 'user', objectId: user.id, result: 'failure', diff: { reason } });
    throw refuse();
  }
  if (!isPasswordRight) {
    await db.transaction(async (tx) => {
      // Counted on the locked, fresh row: guesses sent in parallel must not overwrite each other's count.
      const fresh = (await repo.findUserForUpdate(tx, tenant.id, user.id)) ?? user;
      const attempts = fresh.failedAttempts + 1;
      const isLocking = attempts >= policy.lockoutAttempts;
      await repo.updateUser(tx, tenant.id, user.id, {
        failedAttempts: isLocking ? 0 : attempts,
        lockedUntil: isLocking ? new Date(now.getTime() + policy.lockoutMinutes * 60_000) : fresh.lockedUntil,
      });
      await recordAudit(tx, who, { action: 'auth.login', objectType: 'user', objectId: user.id, result: 'failure', diff: { reason: 'wrong_password', attempts } });
      if (isLocking) {
        await recordAudit(tx, who, { action: 'auth.lockout', objectType: 'user', objectId: user.id, result: 'success', diff: { minutes: policy.lockoutMinutes } });
      }
    });
    throw refuse();
  }
  // A right guess still in flight when parallel wrong ones locked (or an admin disabled) the account is refused.
  const isAdmitted = await db.transaction(async (tx) => {
    const fresh = await repo.findUserForUpdate(tx, tenant.id, user.id);
    if (!fresh || fresh.isDisabled || (fresh.lockedUntil && fresh.lockedUntil > now)) {
      const reason = fresh && !fresh.isDisabled ? 'locked' : 'disabled';
      await recordAudit(tx, who, { action: 'auth.login', objectType: 'user', objectId: user.id, result: 'failure', diff: { reason } });
      return false;
    }
    await repo.updateUser(tx, tenant.id, user.id, { failedAttempts: 0, lockedUntil: null });
    await recordAudit(tx, who, { action: 'auth.login', objectType: 'user', objectId: user.id, result: 'success' });
    return true;
  });
  if (!isAdmitted) throw refuse();
  if (input.previousSessionId) await deleteSession(db, tenant.id, input.previousSessionId);
  const session = await createSession(db, { tenantId: tenant.id, userId: user.id, ip: input.ip, userAgent: input.userAgent });
  return { cookie: session.cookie, tenantId: tenant.id, userId: user.id };
}

/** Ends the session on the server. */
export async function logout(db: Db, actor: Actor, sessionId: string, ip: string): Promise<void> {
  await deleteSession(db, actor.tenantId, sessionId);
  const who = { tenantId: actor.tenantId, userId: actor.userId, name: actor.username, ip };
  await recordAuditAlone(db, who, { action: 'auth.logout', objectType: 'user', objectId: actor.userId, result: 'success' });
}

/** Changes one's own password: the current one must be right, the new one must meet the policy. Other sessions end. */
export async function changeOwnPassword(
  db: Db,
  policy: SecurityPolicy,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; ip: string; keepSessionId: string },
): Promise<void> {
  const user = await repo.findUserById(db, actor.tenantId, actor.userId);
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError('VALIDATION_FAILED', [{ field: 'currentPassword', message: '当前密码不正确', messageEn: 'The current password is wrong' }]);
  }
  const problems = checkPasswordPolicy(input.newPassword, user.username, policy);
  if (input.newPassword === input.currentPassword) {
    problems.push({ message: '新密码不能与当前密码相同', messageEn: 'The new password must differ from the current one' });
  }
  if (problems.length) throw new AppError('WEAK_PASSWORD', problems.map((p) => ({ field: 'newPassword', ...p })));
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await repo.updateUser(tx, actor.tenantId, actor.userId, { passwordHash, mustChangePassword: false });
    await repo.deleteSessionsOfUserExcept(tx, actor.tenantId, actor.userId, input.keepSessionId);
    const who = { tenantId: actor.tenantId, userId: actor.userId, name: actor.username, ip: input.ip };
    await recordAudit(tx, who, { action: 'user.change_password', objectType: 'user', objectId: actor.userId, result: 'success' });
  });
}

/** The caller's own account, roles and permissions, for the interface to shape itself by. */
export async function describeMe(db: Db, actor: Actor): Promise<MeView> {
  const tenant = await repo.findTenantById(db, actor.tenantId);
  if (!tenant) throw new AppError('NOT_FOUND');
  const names = await repo.orgNamesByIds(db, actor.tenantId, actor.assignments.flatMap((a) => (a.orgId === null ? [] : [a.orgId])));
  const held = new Set(actor.assignments.flatMap((a) => rolePermissions[a.role]));
  return {
    userId: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    parkCode: tenant.code,
    parkName: tenant.name,
    mustChangePassword: actor.mustChangePassword,
    assignments: actor.assignments.map((a) => ({ id: a.id, role: a.role, orgId: a.orgId, orgName: a.orgId === null ? null : (names.get(a.orgId) ?? null) })),
    permissions: permissions.filter((p) => held.has(p)),
  };
}
