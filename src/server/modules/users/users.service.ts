import { type SecurityPolicy, defaultSecurityPolicy } from '../../config.ts';
import type { DbOrTx } from '../../db/connection.ts';
import { recordAudit } from '../../platform/audit.ts';
import { checkPasswordPolicy, generatePassword, hashPassword } from '../../platform/auth/passwords.ts';
import { loadActor } from '../../platform/auth/sessions.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { AppError, conflict, type ErrorDetail } from '../../platform/errors.ts';
import { offsetOf } from '../../platform/paging.ts';
import { type Role, parkWideRoles, rolePermissions, roleNames, roles } from '../../platform/roles.ts';
import type { Actor } from '../../platform/scope.ts';
import { requireReadableOrg } from '../orgs/orgs.service.ts';
import { requireReadableEnterprise } from '../enterprises/enterprises.service.ts';
import { assertMayReadUsers, assertMayWriteUsers, assertNotSelf } from './users.policy.ts';
import { presentUser } from './users.presenter.ts';
import * as repo from './users.repository.ts';
import type { AssignmentInput, CreatedUserView, CreateUserInput, RoleView, UpdateUserInput, UserView } from './users.schemas.ts';

/** The role catalogue, for the interface's role pickers. Any logged-in user may read it. */
export function listRoles(): { items: RoleView[] } {
  return {
    items: roles.map((code) => ({
      code,
      nameZh: roleNames[code].zh,
      nameEn: roleNames[code].en,
      permissions: [...rolePermissions[code]],
      isParkWide: parkWideRoles.includes(code),
    })),
  };
}

/** Accounts of the park, by login name, with every role assignment. */
export async function listUsers(ctx: ServiceContext, input: { q?: string; page: number; pageSize: number }) {
  assertMayReadUsers(ctx.actor);
  const tenantId = ctx.actor.tenantId;
  const { total, rows } = await repo.listUsers(ctx.db, tenantId, { q: input.q, offset: offsetOf(input.page, input.pageSize), limit: input.pageSize });
  const assignments = await repo.listAssignments(ctx.db, tenantId, rows.map((r) => r.id));
  const now = new Date();
  return { items: rows.map((r) => presentUser(r, assignments, now)), total, page: input.page, pageSize: input.pageSize };
}

async function loadUser(db: DbOrTx, tenantId: number, id: number): Promise<repo.UserRow> {
  const row = await repo.findUserById(db, tenantId, id);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

async function presentById(db: DbOrTx, tenantId: number, id: number): Promise<UserView> {
  const row = await loadUser(db, tenantId, id);
  return presentUser(row, await repo.listAssignments(db, tenantId, [id]), new Date());
}

export async function getUser(ctx: ServiceContext, id: number): Promise<UserView> {
  assertMayReadUsers(ctx.actor);
  return presentById(ctx.db, ctx.actor.tenantId, id);
}

/**
 * Opens an account. Without a password one is generated and returned once as `initialPassword`. Either way the
 * user must change it at first login, unless the caller (the demo-park generator, never the HTTP API) passes
 * `mustChangePassword: false`. `policy` is the deployment's password policy; the default one when omitted.
 * `passwordHash` (internal, for the demo park's hundreds of accounts sharing one password) is the argon2id hash
 * of `input.password`, computed once by the caller instead of once per account.
 */
export async function createUser(
  ctx: ServiceContext,
  input: CreateUserInput,
  options: { mustChangePassword?: boolean; policy?: SecurityPolicy; passwordHash?: string } = {},
): Promise<CreatedUserView> {
  assertMayWriteUsers(ctx.actor);
  if (input.password !== undefined) {
    const problems = checkPasswordPolicy(input.password, input.username, options.policy ?? defaultSecurityPolicy);
    if (problems.length) throw new AppError('WEAK_PASSWORD', problems.map((p) => ({ field: 'password', ...p })));
  }
  const password = input.password ?? generatePassword((options.policy ?? defaultSecurityPolicy).passwordMinLength);
  const passwordHash = input.password !== undefined && options.passwordHash ? options.passwordHash : await hashPassword(password);
  const mustChangePassword = options.mustChangePassword ?? true;
  const tenantId = ctx.actor.tenantId;
  const view = await ctx.db.transaction(async (tx) => {
    if (await repo.findUserByUsername(tx, tenantId, input.username)) throw conflict('username', '用户名已存在', 'The username is taken');
    const row = await repo.insertUser(tx, { tenantId, username: input.username, displayName: input.displayName, passwordHash, mustChangePassword });
    await recordAudit(tx, auditActor(ctx), {
      action: 'user.create',
      objectType: 'user',
      objectId: row.id,
      result: 'success',
      diff: { after: { username: row.username, displayName: row.displayName, mustChangePassword, isPasswordGenerated: input.password === undefined } },
    });
    return presentUser(row, [], new Date());
  });
  return input.password === undefined ? { ...view, initialPassword: password } : view;
}

/** Renames or disables/re-enables an account. Disabling ends every session of the user at once. */
export async function updateUser(ctx: ServiceContext, id: number, input: UpdateUserInput): Promise<UserView> {
  assertMayWriteUsers(ctx.actor);
  if (input.isDisabled === true) assertNotSelf(ctx.actor, id, 'isDisabled');
  const tenantId = ctx.actor.tenantId;
  return ctx.db.transaction(async (tx) => {
    const before = await loadUser(tx, tenantId, id);
    const patch: { displayName?: string; isDisabled?: boolean } = {};
    if (input.displayName !== undefined) patch.displayName = input.displayName;
    if (input.isDisabled !== undefined) patch.isDisabled = input.isDisabled;
    await repo.updateUser(tx, tenantId, id, patch);
    if (patch.isDisabled) await repo.deleteSessionsOfUserExcept(tx, tenantId, id, null);
    const diff = Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, { before: before[k as keyof typeof patch], after: v }]));
    await recordAudit(tx, auditActor(ctx), { action: 'user.update', objectType: 'user', objectId: id, result: 'success', diff });
    return presentById(tx, tenantId, id);
  });
}

type Period = { from: string; to: string };
const periodOf = (a: AssignmentInput): Period => ({ from: a.validFrom ?? '0000-01-01', to: a.validTo ?? '9999-12-31' });
const overlaps = (p: Period, q: Period) => p.from < q.to && q.from < p.to;

/** The rules an assignment list must meet on its own; every problem, each naming its field. */
function checkAssignmentRules(list: AssignmentInput[]): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  let adminRole: string | null = null;
  list.forEach((a, i) => {
    const at = `assignments.${i}`;
    if (parkWideRoles.includes(a.role)) {
      if (a.orgId !== null) problems.push({ field: `${at}.orgId`, message: `${roleNames[a.role].zh}覆盖全园区，不能绑定党组织`, messageEn: `The ${roleNames[a.role].en} role spans the whole park: orgId must be null` });
      // 三员分立: one account never holds two of the system, security and audit admin duties.
      if (adminRole !== null && adminRole !== a.role) problems.push({ field: `${at}.role`, message: '三员分立：一个账户只能担任系统、安全、审计管理员中的一种', messageEn: 'Separation of duties: an account holds at most one of the system, security and audit admin roles' });
      adminRole ??= a.role;
    }
    // An enterprise binding is the enterprise contact's relation scope; without it or an org the role reaches nothing.
    if (a.enterpriseId != null && a.role !== 'enterprise_contact') {
      problems.push({ field: `${at}.enterpriseId`, message: '只有企业联络员可以绑定企业', messageEn: 'Only an enterprise contact is bound to an enterprise' });
    }
    if (a.role === 'enterprise_contact' && a.orgId === null && a.enterpriseId == null) {
      problems.push({ field: `${at}.enterpriseId`, message: '企业联络员须绑定企业或党组织', messageEn: 'An enterprise contact needs an enterpriseId or an orgId' });
    }
    if (a.validFrom && a.validTo && a.validTo <= a.validFrom) problems.push({ field: `${at}.validTo`, message: '结束日期须晚于开始日期', messageEn: 'validTo must come after validFrom' });
    const twin = list.findIndex((b, j) => j < i && b.role === a.role && b.orgId === a.orgId && (b.enterpriseId ?? null) === (a.enterpriseId ?? null) && overlaps(periodOf(a), periodOf(b)));
    if (twin >= 0) problems.push({ field: at, message: `与第 ${twin + 1} 项重复（同一角色、同一党组织、期间重叠）`, messageEn: `Repeats assignment ${twin} (same role and org, overlapping period)` });
  });
  return problems;
}

/**
 * Replaces a user's role assignments in one transaction. The admin roles are park-wide and mutually exclusive
 * (三员分立); every org must exist in the park and be in force while the assignment is. Sessions load roles
 * fresh, so the change applies from the user's next request.
 */
export async function setRoleAssignments(ctx: ServiceContext, userId: number, assignments: AssignmentInput[]): Promise<UserView> {
  assertMayWriteUsers(ctx.actor);
  assertNotSelf(ctx.actor, userId, 'assignments');
  // The account first: a caller learns nothing about rules for an account that is not there (404).
  await loadUser(ctx.db, ctx.actor.tenantId, userId);
  const problems = checkAssignmentRules(assignments);
  if (problems.length) throw new AppError('RULE_VIOLATION', problems);
  // Orgs are never deleted (only dissolved), so checking them before the write's transaction is safe.
  for (const [i, a] of assignments.entries()) {
    if (a.orgId === null) continue;
    const org = await requireReadableOrg(ctx, a.orgId, { all: true }).catch((e: unknown) => {
      if (e instanceof AppError && e.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', [{ field: `assignments.${i}.orgId`, message: '党组织不存在', messageEn: 'No such org in this park' }]);
      throw e;
    });
    if (org.dissolvedOn && (!a.validTo || a.validTo > org.dissolvedOn)) {
      throw new AppError('RULE_VIOLATION', [{ field: `assignments.${i}.orgId`, message: `该党组织已于 ${org.dissolvedOn} 撤销`, messageEn: `The org was dissolved on ${org.dissolvedOn}` }]);
    }
  }
  // Units are never deleted, so checking them before the write's transaction is safe, as for orgs.
  for (const [i, a] of assignments.entries()) {
    if (a.enterpriseId == null) continue;
    await requireReadableEnterprise(ctx, a.enterpriseId, { field: `assignments.${i}.enterpriseId`, scope: { all: true } });
  }
  const tenantId = ctx.actor.tenantId;
  // The enterprise binding appears in the audit only where there is one (enterprise contacts).
  const shape = (a: { role: string; orgId: number | null; enterpriseId?: number | null; validFrom?: string | null; validTo?: string | null }) => ({
    role: a.role,
    orgId: a.orgId,
    ...(a.enterpriseId != null ? { enterpriseId: a.enterpriseId } : {}),
    validFrom: a.validFrom ?? null,
    validTo: a.validTo ?? null,
  });
  return ctx.db.transaction(async (tx) => {
    await loadUser(tx, tenantId, userId);
    const before = await repo.listAssignments(tx, tenantId, [userId]);
    await repo.replaceAssignments(tx, tenantId, userId, assignments);
    await recordAudit(tx, auditActor(ctx), { action: 'user.roles', objectType: 'user', objectId: userId, result: 'success', diff: { before: before.map(shape), after: assignments.map(shape) } });
    return presentById(tx, tenantId, userId);
  });
}

/**
 * Sets a new generated password (returned once), which the user must change at next login. The user's sessions
 * end and any lockout is lifted, since the reset is how a locked-out user gets back in.
 */
export async function resetPassword(ctx: ServiceContext, userId: number): Promise<{ userId: number; initialPassword: string }> {
  assertMayWriteUsers(ctx.actor);
  assertNotSelf(ctx.actor, userId, 'id');
  const tenantId = ctx.actor.tenantId;
  await loadUser(ctx.db, tenantId, userId);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction(async (tx) => {
    await loadUser(tx, tenantId, userId);
    await repo.updateUser(tx, tenantId, userId, { passwordHash, mustChangePassword: true, failedAttempts: 0, lockedUntil: null });
    await repo.deleteSessionsOfUserExcept(tx, tenantId, userId, null);
    await recordAudit(tx, auditActor(ctx), { action: 'user.reset_password', objectType: 'user', objectId: userId, result: 'success' });
  });
  return { userId, initialPassword: password };
}

/**
 * For other modules: whether an enabled account of the park holds a role on a date (an assignment of that role in
 * force then); null when the park has no such account. No policy: the caller decides what the answer permits.
 */
export async function userHoldsRole(ctx: ServiceContext, userId: number, role: Role, on: string): Promise<boolean | null> {
  const user = await repo.findUserById(ctx.db, ctx.actor.tenantId, userId);
  if (!user) return null;
  if (user.isDisabled) return false;
  const assignments = await repo.listAssignments(ctx.db, ctx.actor.tenantId, [userId]);
  return assignments.some((a) => a.role === role && (a.validFrom === null || a.validFrom <= on) && (a.validTo === null || a.validTo > on));
}

/**
 * For the platform's own loaders (the demo park, imports), never for a request: the actor an enabled account of the
 * park acts as today, exactly as its session would load it (assignments in force and their relation scopes).
 */
export async function actorOfUser(ctx: ServiceContext, userId: number): Promise<Actor> {
  const user = await repo.findUserById(ctx.db, ctx.actor.tenantId, userId);
  if (!user || user.isDisabled) throw new AppError('NOT_FOUND');
  return loadActor(ctx.db, user);
}

/** Lifts a lockout from failed logins before it runs out. */
export async function unlockUser(ctx: ServiceContext, userId: number): Promise<UserView> {
  assertMayWriteUsers(ctx.actor);
  const tenantId = ctx.actor.tenantId;
  return ctx.db.transaction(async (tx) => {
    const before = await loadUser(tx, tenantId, userId);
    await repo.updateUser(tx, tenantId, userId, { failedAttempts: 0, lockedUntil: null });
    await recordAudit(tx, auditActor(ctx), {
      action: 'user.unlock',
      objectType: 'user',
      objectId: userId,
      result: 'success',
      diff: { before: { lockedUntil: before.lockedUntil?.toISOString() ?? null, failedAttempts: before.failedAttempts } },
    });
    return presentById(tx, tenantId, userId);
  });
}
