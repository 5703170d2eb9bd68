import crypto from 'node:crypto';
import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { SecurityPolicy } from '../../config.ts';
import type { Db, DbOrTx } from '../../db/connection.ts';
import { contactLinks, instructorAssignments, orgCoverage, roleAssignments, sessions, users, orgs } from '../../db/schema/index.ts';
import { today as parkToday } from '../paging.ts';
import type { Actor, Assignment } from '../scope.ts';
import type { Role } from '../roles.ts';

export const sessionCookie = 'hy_session';

const sha256 = (v: string) => crypto.createHash('sha256').update(v).digest('hex');

export function parseSessionCookie(value: string | undefined): { tenantId: number; id: string } | null {
  const m = value ? /^(\d{1,9})\.([\w-]{43})$/.exec(value) : null;
  return m ? { tenantId: Number(m[1]), id: sha256(m[2]) } : null;
}

/** Starts a session; returns the cookie value. Only the token's hash is stored. */
export async function createSession(
  db: Db,
  input: { tenantId: number; userId: number; ip: string; userAgent?: string },
): Promise<{ cookie: string; id: string }> {
  const token = crypto.randomBytes(32).toString('base64url');
  const id = sha256(token);
  await db.insert(sessions).values({ tenantId: input.tenantId, id, userId: input.userId, ip: input.ip, userAgent: input.userAgent?.slice(0, 300) });
  return { cookie: `${input.tenantId}.${token}`, id };
}

export async function deleteSession(db: Db, tenantId: number, id: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.id, id)));
}

export async function deleteUserSessions(db: Db, tenantId: number, userId: number): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.userId, userId)));
}

/**
 * Resolves a session to its actor, loading the user and role assignments fresh so that a disabled user or a
 * role change takes effect on the next request. Expired sessions (idle or absolute) are deleted.
 */
export async function resolveSession(db: Db, policy: SecurityPolicy, key: { tenantId: number; id: string }): Promise<Actor | null> {
  const now = Date.now();
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, and(eq(users.tenantId, sessions.tenantId), eq(users.id, sessions.userId)))
    .where(and(eq(sessions.tenantId, key.tenantId), eq(sessions.id, key.id)));
  if (!row) return null;
  const idleExpired = row.session.lastSeenAt.getTime() + policy.sessionIdleMinutes * 60_000 < now;
  const absoluteExpired = row.session.createdAt.getTime() + policy.sessionAbsoluteHours * 3_600_000 < now;
  if (idleExpired || absoluteExpired || row.user.isDisabled) {
    await deleteSession(db, key.tenantId, key.id);
    return null;
  }
  // Touch at most once a minute: the idle clock need not be finer, and reads stay reads.
  if (now - row.session.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: new Date(now) }).where(and(eq(sessions.tenantId, key.tenantId), eq(sessions.id, key.id)));
  }
  return loadActor(db, row.user);
}

/**
 * The actor a user acts as today: their role assignments in force and the relation scopes those carry. Used for
 * every session, and by the demo park to log visits as its cadres.
 */
export async function loadActor(
  db: DbOrTx,
  user: Pick<typeof users.$inferSelect, 'id' | 'tenantId' | 'username' | 'displayName' | 'mustChangePassword'>,
): Promise<Actor> {
  const key = { tenantId: user.tenantId };
  // Assignment dates are park days (UTC+8), not UTC days: one starting today holds from the park's midnight.
  const today = parkToday();
  const rows = await db
    .select({ id: roleAssignments.id, role: roleAssignments.role, orgId: roleAssignments.orgId, orgPath: orgs.path, enterpriseId: roleAssignments.enterpriseId })
    .from(roleAssignments)
    .leftJoin(orgs, and(eq(orgs.tenantId, roleAssignments.tenantId), eq(orgs.id, roleAssignments.orgId)))
    .where(
      and(
        eq(roleAssignments.tenantId, key.tenantId),
        eq(roleAssignments.userId, user.id),
        or(sql`${roleAssignments.validFrom} IS NULL`, sql`${roleAssignments.validFrom} <= ${today}`),
        or(sql`${roleAssignments.validTo} IS NULL`, sql`${roleAssignments.validTo} > ${today}`),
      ),
    );
  const assignments = await withRelations(
    db,
    key.tenantId,
    user.id,
    today,
    rows.map((r) => ({ id: r.id, role: r.role as Role, orgId: r.orgId, orgPath: r.orgPath, enterpriseId: r.enterpriseId })),
  );
  return {
    tenantId: user.tenantId,
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    assignments,
    mustChangePassword: user.mustChangePassword,
  };
}

/**
 * Fills in the relation scopes of instructor, cadre and enterprise-contact assignments: the enterprises they
 * reach today (an instructor's current assignments; a cadre's cadre_enterprise contact links in force; the
 * contact's bound enterprise) and the subtrees of the orgs that cover those enterprises today. A query per
 * relation kind held, and only for users holding such a role.
 */
async function withRelations(db: DbOrTx, tenantId: number, userId: number, today: string, assignments: Assignment[]): Promise<Assignment[]> {
  if (!assignments.some((a) => a.role === 'instructor' || a.role === 'cadre' || (a.role === 'enterprise_contact' && a.enterpriseId))) return assignments;
  const assigned = assignments.some((a) => a.role === 'instructor')
    ? (
        await db
          .select({ enterpriseId: instructorAssignments.enterpriseId })
          .from(instructorAssignments)
          .where(
            and(
              eq(instructorAssignments.tenantId, tenantId),
              eq(instructorAssignments.instructorUserId, userId),
              sql`${instructorAssignments.validFrom} <= ${today}`,
              or(isNull(instructorAssignments.validTo), sql`${instructorAssignments.validTo} > ${today}`),
            ),
          )
      ).map((r) => r.enterpriseId)
    : [];
  const linked = assignments.some((a) => a.role === 'cadre')
    ? (
        await db
          .select({ enterpriseId: contactLinks.enterpriseId })
          .from(contactLinks)
          .where(
            and(
              eq(contactLinks.tenantId, tenantId),
              eq(contactLinks.kind, 'cadre_enterprise'),
              eq(contactLinks.userId, userId),
              sql`${contactLinks.validFrom} <= ${today}`,
              or(isNull(contactLinks.validTo), sql`${contactLinks.validTo} > ${today}`),
            ),
          )
      ).flatMap((r) => (r.enterpriseId === null ? [] : [r.enterpriseId]))
    : [];
  const reach = (a: Assignment) =>
    a.role === 'instructor' ? assigned : a.role === 'cadre' ? linked : a.role === 'enterprise_contact' && a.enterpriseId ? [a.enterpriseId] : [];
  const all = [...new Set(assignments.flatMap(reach))];
  const covering = all.length
    ? await db
        .select({ enterpriseId: orgCoverage.enterpriseId, path: orgs.path })
        .from(orgCoverage)
        .innerJoin(orgs, and(eq(orgs.tenantId, orgCoverage.tenantId), eq(orgs.id, orgCoverage.orgId)))
        .where(
          and(
            eq(orgCoverage.tenantId, tenantId),
            inArray(orgCoverage.enterpriseId, all),
            sql`${orgCoverage.validFrom} <= ${today}`,
            or(isNull(orgCoverage.validTo), sql`${orgCoverage.validTo} > ${today}`),
          ),
        )
    : [];
  return assignments.map((a) => {
    const ids = reach(a);
    if (ids.length === 0) return a;
    const paths = covering.filter((c) => ids.includes(c.enterpriseId)).map((c) => c.path);
    return { ...a, relationEnterpriseIds: ids, relationPaths: [...new Set(paths)] };
  });
}

/** Removes sessions past their idle or absolute limit; run periodically. */
export async function purgeExpiredSessions(db: Db, policy: SecurityPolicy): Promise<void> {
  const idleCutoff = new Date(Date.now() - policy.sessionIdleMinutes * 60_000);
  const absoluteCutoff = new Date(Date.now() - policy.sessionAbsoluteHours * 3_600_000);
  await db.delete(sessions).where(or(lt(sessions.lastSeenAt, idleCutoff), lt(sessions.createdAt, absoluteCutoff)));
}
