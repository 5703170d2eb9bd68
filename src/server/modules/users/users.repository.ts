import { and, asc, count, eq, ilike, inArray, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection.ts';
import { orgs, roleAssignments, sessions, tenants, users, enterprises } from '../../db/schema/index.ts';

/** The only code that queries accounts, role assignments and sessions. */
export type UserRow = typeof users.$inferSelect;
export type AssignmentRow = {
  id: number;
  userId: number;
  role: string;
  orgId: number | null;
  orgName: string | null;
  orgPath: string | null;
  enterpriseId: number | null;
  enterpriseName: string | null;
  validFrom: string | null;
  validTo: string | null;
};

export async function findTenantByCode(db: DbOrTx, code: string) {
  const [row] = await db.select().from(tenants).where(eq(tenants.code, code));
  return row ?? null;
}

export async function findTenantById(db: DbOrTx, id: number) {
  const [row] = await db.select().from(tenants).where(eq(tenants.id, id));
  return row ?? null;
}

export async function insertTenant(db: DbOrTx, code: string, name: string) {
  const [row] = await db.insert(tenants).values({ code, name }).returning();
  return row;
}

export async function findUserByUsername(db: DbOrTx, tenantId: number, username: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.username, username)));
  return row ?? null;
}

export async function findUserById(db: DbOrTx, tenantId: number, id: number): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, id)));
  return row ?? null;
}

/** The user's row, locked until the transaction ends, so concurrent logins count failures one after another. */
export async function findUserForUpdate(db: DbOrTx, tenantId: number, id: number): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, id))).for('update');
  return row ?? null;
}

export async function updateUser(db: DbOrTx, tenantId: number, id: number, patch: Partial<typeof users.$inferInsert>) {
  await db.update(users).set({ ...patch, updatedAt: new Date() }).where(and(eq(users.tenantId, tenantId), eq(users.id, id)));
}

export async function insertUser(db: DbOrTx, values: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  return row;
}

export async function listUsers(db: DbOrTx, tenantId: number, filter: { q?: string; offset: number; limit: number }) {
  const where = and(
    eq(users.tenantId, tenantId),
    filter.q ? or(ilike(users.username, `%${filter.q}%`), ilike(users.displayName, `%${filter.q}%`)) : undefined,
  );
  const [{ total }] = await db.select({ total: count() }).from(users).where(where);
  const rows = await db.select().from(users).where(where).orderBy(asc(users.username)).offset(filter.offset).limit(filter.limit);
  return { total, rows };
}

export async function listAssignments(db: DbOrTx, tenantId: number, userIds: number[]): Promise<AssignmentRow[]> {
  if (userIds.length === 0) return [];
  return db
    .select({
      id: roleAssignments.id,
      userId: roleAssignments.userId,
      role: roleAssignments.role,
      orgId: roleAssignments.orgId,
      orgName: orgs.name,
      orgPath: orgs.path,
      enterpriseId: roleAssignments.enterpriseId,
      // The name only, for the security admin's list; the enterprise itself stays the enterprises module's.
      enterpriseName: enterprises.name,
      validFrom: roleAssignments.validFrom,
      validTo: roleAssignments.validTo,
    })
    .from(roleAssignments)
    .leftJoin(orgs, and(eq(orgs.tenantId, roleAssignments.tenantId), eq(orgs.id, roleAssignments.orgId)))
    .leftJoin(enterprises, and(eq(enterprises.tenantId, roleAssignments.tenantId), eq(enterprises.id, roleAssignments.enterpriseId)))
    .where(and(eq(roleAssignments.tenantId, tenantId), inArray(roleAssignments.userId, userIds)))
    .orderBy(asc(roleAssignments.id));
}

export async function replaceAssignments(
  db: DbOrTx,
  tenantId: number,
  userId: number,
  items: { role: string; orgId: number | null; enterpriseId?: number | null; validFrom?: string | null; validTo?: string | null }[],
) {
  await db.delete(roleAssignments).where(and(eq(roleAssignments.tenantId, tenantId), eq(roleAssignments.userId, userId)));
  if (items.length) {
    await db
      .insert(roleAssignments)
      .values(items.map((i) => ({ tenantId, userId, role: i.role, orgId: i.orgId, enterpriseId: i.enterpriseId ?? null, validFrom: i.validFrom ?? null, validTo: i.validTo ?? null })));
  }
}

export async function orgNamesByIds(db: DbOrTx, tenantId: number, ids: number[]) {
  if (ids.length === 0) return new Map<number, string>();
  const rows = await db.select({ id: orgs.id, name: orgs.name }).from(orgs).where(and(eq(orgs.tenantId, tenantId), inArray(orgs.id, ids)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function deleteSessionsOfUserExcept(db: DbOrTx, tenantId: number, userId: number, keepId: string | null) {
  await db
    .delete(sessions)
    .where(and(eq(sessions.tenantId, tenantId), eq(sessions.userId, userId), keepId ? ne(sessions.id, keepId) : sql`true`));
}

/** Every park in the database, for work the platform does in each (periodic jobs). */
export async function listTenantIds(db: DbOrTx): Promise<number[]> {
  return (await db.select({ id: tenants.id }).from(tenants).orderBy(asc(tenants.id))).map((r) => r.id);
}
