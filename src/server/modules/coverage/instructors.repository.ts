import { and, count, desc, eq, gt, gte, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection.ts';
import { enterprises, guidanceVisits, instructorAssignments, orgs, users } from '../../db/schema/index.ts';
import { type Scope, enterpriseInScope } from '../../platform/scope.ts';

/**
 * The only code that queries instructor assignments and guidance visits. Enterprise rows (for scope and names)
 * and user names are read here too, read-only: the scope test is one SQL condition (`enterpriseInScope`).
 */
export type AssignmentRow = typeof instructorAssignments.$inferSelect;
export type AssignmentWithNames = {
  id: number;
  instructorUserId: number;
  instructorName: string;
  enterpriseId: number;
  enterpriseName: string;
  validFrom: string;
  validTo: string | null;
};
export type VisitWithNames = {
  id: number;
  enterpriseId: number;
  enterpriseName: string;
  instructorUserId: number;
  instructorName: string;
  visitedOn: string;
  topics: string;
  findings: string | null;
  followUps: string | null;
};
/** An enterprise as a caller reaches it: whether it lies in the scope it is read with, and the one it is written with. */
export type EnterpriseAccess = { id: number; name: string; visible: boolean; writable: boolean };
type Paging = { offset: number; limit: number };

const responsibleOrg = and(eq(orgs.tenantId, enterprises.tenantId), eq(orgs.id, enterprises.responsibleOrgId));
const inScopeOn = (tenantId: number, scope: Scope, on: string) =>
  enterpriseInScope(scope, { tenantId, enterpriseId: enterprises.id, responsibleOrgPath: orgs.path, on });

/**
 * One enterprise of the park with whether it lies in the scopes on a date; null when the park has none by that
 * id. `lock` takes its row for update, which serializes the overlap check of assignments to it.
 */
export async function findEnterpriseAccess(
  db: DbOrTx,
  tenantId: number,
  id: number,
  scopes: { visible: Scope; writable?: Scope },
  on: string,
  lock = false,
): Promise<EnterpriseAccess | null> {
  const query = db
    .select({
      id: enterprises.id,
      name: enterprises.name,
      visible: sql<boolean>`${inScopeOn(tenantId, scopes.visible, on)}`,
      writable: sql<boolean>`${scopes.writable ? inScopeOn(tenantId, scopes.writable, on) : sql`false`}`,
    })
    .from(enterprises)
    .innerJoin(orgs, responsibleOrg)
    .where(and(eq(enterprises.tenantId, tenantId), eq(enterprises.id, id)));
  const [row] = lock ? await query.for('update', { of: enterprises }) : await query;
  return row ?? null;
}

const assignmentFields = {
  id: instructorAssignments.id,
  instructorUserId: instructorAssignments.instructorUserId,
  instructorName: users.displayName,
  enterpriseId: instructorAssignments.enterpriseId,
  enterpriseName: enterprises.name,
  validFrom: instructorAssignments.validFrom,
  validTo: instructorAssignments.validTo,
};
const assignmentEnterprise = and(eq(enterprises.tenantId, instructorAssignments.tenantId), eq(enterprises.id, instructorAssignments.enterpriseId));
const assignmentUser = and(eq(users.tenantId, instructorAssignments.tenantId), eq(users.id, instructorAssignments.instructorUserId));
const assignmentInForce = (on: string) =>
  and(lte(instructorAssignments.validFrom, on), or(isNull(instructorAssignments.validTo), gt(instructorAssignments.validTo, on)));

/** Assignments whose enterprise lies in the scope (on `scopeOn`), newest first. */
export async function listAssignments(
  db: DbOrTx,
  tenantId: number,
  scope: Scope,
  f: Paging & { scopeOn: string; enterpriseId?: number; instructorUserId?: number; asOf?: string },
): Promise<{ total: number; rows: AssignmentWithNames[] }> {
  const where = and(
    eq(instructorAssignments.tenantId, tenantId),
    inScopeOn(tenantId, scope, f.scopeOn),
    f.enterpriseId !== undefined ? eq(instructorAssignments.enterpriseId, f.enterpriseId) : undefined,
    f.instructorUserId !== undefined ? eq(instructorAssignments.instructorUserId, f.instructorUserId) : undefined,
    f.asOf ? assignmentInForce(f.asOf) : undefined,
  );
  const [{ total }] = await db
    .select({ total: count() })
    .from(instructorAssignments)
    .innerJoin(enterprises, assignmentEnterprise)
    .innerJoin(orgs, responsibleOrg)
    .where(where);
  const rows = await db
    .select(assignmentFields)
    .from(instructorAssignments)
    .innerJoin(enterprises, assignmentEnterprise)
    .innerJoin(orgs, responsibleOrg)
    .innerJoin(users, assignmentUser)
    .where(where)
    .orderBy(desc(instructorAssignments.validFrom), desc(instructorAssignments.id))
    .offset(f.offset)
    .limit(f.limit);
  return { total, rows };
}

export async function findAssignment(db: DbOrTx, tenantId: number, id: number, lock = false): Promise<AssignmentRow | null> {
  const query = db.select().from(instructorAssignments).where(and(eq(instructorAssignments.tenantId, tenantId), eq(instructorAssignments.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function findAssignmentWithNames(db: DbOrTx, tenantId: number, id: number): Promise<AssignmentWithNames | null> {
  const [row] = await db
    .select(assignmentFields)
    .from(instructorAssignments)
    .innerJoin(enterprises, assignmentEnterprise)
    .innerJoin(users, assignmentUser)
    .where(and(eq(instructorAssignments.tenantId, tenantId), eq(instructorAssignments.id, id)));
  return row ?? null;
}

/** An assignment of the same instructor to the same enterprise overlapping [from, to) (to null: open-ended). */
export async function findOverlappingAssignment(
  db: DbOrTx,
  tenantId: number,
  p: { instructorUserId: number; enterpriseId: number; from: string; to: string | null },
): Promise<AssignmentRow | null> {
  const [row] = await db
    .select()
    .from(instructorAssignments)
    .where(
      and(
        eq(instructorAssignments.tenantId, tenantId),
        eq(instructorAssignments.instructorUserId, p.instructorUserId),
        eq(instructorAssignments.enterpriseId, p.enterpriseId),
        or(isNull(instructorAssignments.validTo), gt(instructorAssignments.validTo, p.from)),
        p.to === null ? undefined : lt(instructorAssignments.validFrom, p.to),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** Whether the instructor is assigned to the enterprise on a date. */
export async function isAssignedOn(db: DbOrTx, tenantId: number, instructorUserId: number, enterpriseId: number, on: string): Promise<boolean> {
  const [row] = await db
    .select({ id: instructorAssignments.id })
    .from(instructorAssignments)
    .where(
      and(
        eq(instructorAssignments.tenantId, tenantId),
        eq(instructorAssignments.instructorUserId, instructorUserId),
        eq(instructorAssignments.enterpriseId, enterpriseId),
        assignmentInForce(on),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function insertAssignment(db: DbOrTx, values: typeof instructorAssignments.$inferInsert): Promise<AssignmentRow> {
  const [row] = await db.insert(instructorAssignments).values(values).returning();
  return row;
}

export async function endAssignment(db: DbOrTx, tenantId: number, id: number, validTo: string): Promise<void> {
  await db
    .update(instructorAssignments)
    .set({ validTo })
    .where(and(eq(instructorAssignments.tenantId, tenantId), eq(instructorAssignments.id, id), isNull(instructorAssignments.validTo)));
}

const visitFields = {
  id: guidanceVisits.id,
  enterpriseId: guidanceVisits.enterpriseId,
  enterpriseName: enterprises.name,
  instructorUserId: guidanceVisits.instructorUserId,
  instructorName: users.displayName,
  visitedOn: guidanceVisits.visitedOn,
  topics: guidanceVisits.topics,
  findings: guidanceVisits.findings,
  followUps: guidanceVisits.followUps,
};
const visitEnterprise = and(eq(enterprises.tenantId, guidanceVisits.tenantId), eq(enterprises.id, guidanceVisits.enterpriseId));
const visitUser = and(eq(users.tenantId, guidanceVisits.tenantId), eq(users.id, guidanceVisits.instructorUserId));

export async function insertVisit(db: DbOrTx, values: typeof guidanceVisits.$inferInsert): Promise<number> {
  const [row] = await db.insert(guidanceVisits).values(values).returning({ id: guidanceVisits.id });
  return row.id;
}

export async function findVisitWithNames(db: DbOrTx, tenantId: number, id: number): Promise<VisitWithNames | null> {
  const [row] = await db
    .select(visitFields)
    .from(guidanceVisits)
    .innerJoin(enterprises, visitEnterprise)
    .innerJoin(users, visitUser)
    .where(and(eq(guidanceVisits.tenantId, tenantId), eq(guidanceVisits.id, id)));
  return row ?? null;
}

/** Visits to enterprises in the scope (on `scopeOn`), newest first. */
export async function listVisits(
  db: DbOrTx,
  tenantId: number,
  scope: Scope,
  f: Paging & { scopeOn: string; enterpriseId?: number; instructorUserId?: number; from?: string; to?: string },
): Promise<{ total: number; rows: VisitWithNames[] }> {
  const where: SQL | undefined = and(
    eq(guidanceVisits.tenantId, tenantId),
    inScopeOn(tenantId, scope, f.scopeOn),
    f.enterpriseId !== undefined ? eq(guidanceVisits.enterpriseId, f.enterpriseId) : undefined,
    f.instructorUserId !== undefined ? eq(guidanceVisits.instructorUserId, f.instructorUserId) : undefined,
    f.from ? gte(guidanceVisits.visitedOn, f.from) : undefined,
    f.to ? lte(guidanceVisits.visitedOn, f.to) : undefined,
  );
  const [{ total }] = await db.select({ total: count() }).from(guidanceVisits).innerJoin(enterprises, visitEnterprise).innerJoin(orgs, responsibleOrg).where(where);
  const rows = await db
    .select(visitFields)
    .from(guidanceVisits)
    .innerJoin(enterprises, visitEnterprise)
    .innerJoin(orgs, responsibleOrg)
    .innerJoin(users, visitUser)
    .where(where)
    .orderBy(desc(guidanceVisits.visitedOn), desc(guidanceVisits.id))
    .offset(f.offset)
    .limit(f.limit);
  return { total, rows };
}
