import { type SQL, and, asc, count, eq, ilike, inArray, isNull, lte, gt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection.ts';
import { orgs, roleAssignments, users } from '../../db/schema/index.ts';
import { type Scope, pathInScope } from '../../platform/scope.ts';

export type DirectoryFilter = { q?: string; role?: string; orgPath?: string; on: string; offset: number; limit: number };

/** Assignments in force on a date whose org lies in the scope (park-wide scopes also see org-less ones). */
function visibleAssignment(scope: Scope, f: DirectoryFilter): SQL | undefined {
  return and(
    or(isNull(roleAssignments.validFrom), lte(roleAssignments.validFrom, f.on)),
    or(isNull(roleAssignments.validTo), gt(roleAssignments.validTo, f.on)),
    f.role ? eq(roleAssignments.role, f.role) : undefined,
    f.orgPath ? sql`${orgs.path} LIKE ${`${f.orgPath}%`}` : undefined,
    scope.all ? undefined : and(sql`${orgs.id} IS NOT NULL`, pathInScope(scope, orgs.path)),
  );
}

/** Active accounts with an assignment the caller reaches, and those assignments: the park's staff directory. */
export async function listDirectory(db: DbOrTx, tenantId: number, scope: Scope, f: DirectoryFilter) {
  const assignmentJoin = and(eq(orgs.tenantId, roleAssignments.tenantId), eq(orgs.id, roleAssignments.orgId));
  const reachable = db
    .select({ userId: roleAssignments.userId })
    .from(roleAssignments)
    .leftJoin(orgs, assignmentJoin)
    .where(and(eq(roleAssignments.tenantId, tenantId), visibleAssignment(scope, f)));
  const where = and(
    eq(users.tenantId, tenantId),
    eq(users.isDisabled, false),
    inArray(users.id, reachable),
    f.q ? or(ilike(users.displayName, `%${f.q}%`), ilike(users.username, `%${f.q}%`)) : undefined,
  );
  const [{ total }] = await db.select({ total: count() }).from(users).where(where);
  const rows = await db
    .select({ id: users.id, username: users.username, displayName: users.displayName })
    .from(users)
    .where(where)
    .orderBy(asc(users.displayName), asc(users.id))
    .offset(f.offset)
    .limit(f.limit);
  const ids = rows.map((r) => r.id);
  const assignments = ids.length
    ? await db
        .select({ userId: roleAssignments.userId, role: roleAssignments.role, orgId: roleAssignments.orgId, orgName: orgs.name })
        .from(roleAssignments)
        .leftJoin(orgs, assignmentJoin)
        .where(and(eq(roleAssignments.tenantId, tenantId), inArray(roleAssignments.userId, ids), visibleAssignment(scope, { ...f, role: undefined, orgPath: undefined })))
        .orderBy(asc(roleAssignments.id))
    : [];
  return { total, rows, assignments };
}
