import type { Db } from '../db/connection.ts';
import { findTenantByCode, findUserByUsername, insertTenant, insertUser, replaceAssignments } from '../modules/users/users.repository.ts';
import { recordAuditAlone } from './audit.ts';
import { checkPasswordPolicy, generatePassword, hashPassword } from './auth/passwords.ts';
import type { SecurityPolicy } from '../config.ts';

export type BootstrapResult = {
  tenantId: number;
  isNewPark: boolean;
  admin: { username: string; generatedPassword: string | null } | null;
};

/**
 * First start of an empty database: the park and its admin account. The admin is the security admin (三员分立:
 * it creates the other accounts and binds their roles). Its password is HONGYUAN_ADMIN_PASSWORD when set, or
 * generated, returned once to be printed, and must be changed at first login. There is no default password.
 */
export async function bootstrapPark(
  db: Db,
  options: { parkCode: string; parkName: string; adminPassword?: string; security: SecurityPolicy },
): Promise<BootstrapResult> {
  const existing = await findTenantByCode(db, options.parkCode);
  const tenant = existing ?? (await insertTenant(db, options.parkCode, options.parkName));
  if (await findUserByUsername(db, tenant.id, 'admin')) return { tenantId: tenant.id, isNewPark: !existing, admin: null };
  if (options.adminPassword) {
    const problems = checkPasswordPolicy(options.adminPassword, 'admin', options.security);
    if (problems.length) throw new Error(`HONGYUAN_ADMIN_PASSWORD does not meet the password policy: ${problems.map((p) => p.messageEn).join('; ')}`);
  }
  const password = options.adminPassword ?? generatePassword(options.security.passwordMinLength);
  const admin = await db.transaction(async (tx) => {
    const user = await insertUser(tx, {
      tenantId: tenant.id,
      username: 'admin',
      displayName: '安全管理员',
      passwordHash: await hashPassword(password),
      mustChangePassword: !options.adminPassword,
    });
    await replaceAssignments(tx, tenant.id, user.id, [{ role: 'security_admin', orgId: null }]);
    return user;
  });
  await recordAuditAlone(db, { tenantId: tenant.id, userId: null, name: 'system', ip: null }, { action: 'user.create', objectType: 'user', objectId: admin.id, result: 'success', diff: { username: 'admin', roles: ['security_admin'] } });
  return { tenantId: tenant.id, isNewPark: !existing, admin: { username: 'admin', generatedPassword: options.adminPassword ? null : password } };
}
