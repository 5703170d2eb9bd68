import { and, count, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/connection.ts';
import { contactVisits, enterprises, orgs, places, users } from '../../db/schema/index.ts';
import { type Scope, enterpriseInScope, pathInScope } from '../../platform/scope.ts';

/**
 * The only code that queries contact visits. A visit lies in a scope by what was visited (an enterprise by
 * `enterpriseInScope`, a place by its responsible org's path); a visitor always reaches their own visits.
 */
export type VisitRow = typeof contactVisits.$inferSelect;
export type VisitWithNames = VisitRow & { visitorName: string; enterpriseName: string | null; placeName: string | null };

const cv = contactVisits;
const responsibleOrg = alias(orgs, 'ro');
const placeOrg = alias(orgs, 'po');
const joins = {
  visitor: and(eq(users.tenantId, cv.tenantId), eq(users.id, cv.visitorUserId)),
  enterprise: and(eq(enterprises.tenantId, cv.tenantId), eq(enterprises.id, cv.enterpriseId)),
  responsible: and(eq(responsibleOrg.tenantId, enterprises.tenantId), eq(responsibleOrg.id, enterprises.responsibleOrgId)),
  place: and(eq(places.tenantId, cv.tenantId), eq(places.id, cv.placeId)),
  placeOrg: and(eq(placeOrg.tenantId, places.tenantId), eq(placeOrg.id, places.orgId)),
};

/** The condition "the visit lies in the scope, or the caller made it". */
function visitInScope(tenantId: number, scope: Scope, on: string, userId: number): SQL {
  if (scope.all) return sql`true`;
  const viaEnterprise = enterpriseInScope(scope, { tenantId, enterpriseId: cv.enterpriseId, responsibleOrgPath: responsibleOrg.path, on });
  return sql`(${cv.visitorUserId} = ${userId} OR CASE WHEN ${cv.enterpriseId} IS NOT NULL THEN ${viaEnterprise} ELSE ${pathInScope(scope, placeOrg.path)} END)`;
}

function baseQuery(db: DbOrTx) {
  return db
    .select({ visit: cv, visitorName: users.displayName, enterpriseName: enterprises.name, placeName: places.name })
    .from(cv)
    .innerJoin(users, joins.visitor)
    .leftJoin(enterprises, joins.enterprise)
    .leftJoin(responsibleOrg, joins.responsible)
    .leftJoin(places, joins.place)
    .leftJoin(placeOrg, joins.placeOrg);
}

const merge = (r: { visit: VisitRow; visitorName: string; enterpriseName: string | null; placeName: string | null }): VisitWithNames => ({
  ...r.visit,
  visitorName: r.visitorName,
  enterpriseName: r.enterpriseName,
  placeName: r.placeName,
});

export type VisitFilter = { scopeOn: string; userId: number; visitorUserId?: number; enterpriseId?: number; placeId?: number; linkId?: number; from?: string; to?: string };

function filterWhere(tenantId: number, scope: Scope, f: VisitFilter) {
  return and(
    eq(cv.tenantId, tenantId),
    visitInScope(tenantId, scope, f.scopeOn, f.userId),
    f.visitorUserId !== undefined ? eq(cv.visitorUserId, f.visitorUserId) : undefined,
    f.enterpriseId !== undefined ? eq(cv.enterpriseId, f.enterpriseId) : undefined,
    f.placeId !== undefined ? eq(cv.placeId, f.placeId) : undefined,
    f.linkId !== undefined ? eq(cv.linkId, f.linkId) : undefined,
    f.from ? gte(cv.visitedOn, f.from) : undefined,
    f.to ? lte(cv.visitedOn, f.to) : undefined,
  );
}

/** Visits in the scope, newest first; a page of them. */
export async function listVisits(db: DbOrTx, tenantId: number, scope: Scope, f: VisitFilter & { offset: number; limit: number }): Promise<{ total: number; rows: VisitWithNames[] }> {
  const where = filterWhere(tenantId, scope, f);
  const [{ total }] = await db
    .select({ total: count() })
    .from(cv)
    .leftJoin(enterprises, joins.enterprise)
    .leftJoin(responsibleOrg, joins.responsible)
    .leftJoin(places, joins.place)
    .leftJoin(placeOrg, joins.placeOrg)
    .where(where);
  const rows = await baseQuery(db).where(where).orderBy(desc(cv.visitedOn), desc(cv.id)).offset(f.offset).limit(f.limit);
  return { total, rows: rows.map(merge) };
}

export async function findVisit(db: DbOrTx, tenantId: number, id: number): Promise<VisitRow | null> {
  const [row] = await db.select().from(cv).where(and(eq(cv.tenantId, tenantId), eq(cv.id, id)));
  return row ?? null;
}

export async function insertVisit(db: DbOrTx, values: typeof contactVisits.$inferInsert): Promise<number> {
  const [row] = await db.insert(cv).values(values).returning({ id: cv.id });
  return row.id;
}

/** Visitors of enterprise visits in the scope between two dates (inclusive), with how many each made, by name. */
export async function enterpriseVisitors(
  db: DbOrTx,
  tenantId: number,
  scope: Scope,
  f: { scopeOn: string; userId: number; from: string; to: string },
): Promise<{ userId: number; displayName: string; visits: number }[]> {
  const rows = await db
    .select({ userId: cv.visitorUserId, displayName: users.displayName, visits: count() })
    .from(cv)
    .innerJoin(users, joins.visitor)
    .innerJoin(enterprises, joins.enterprise)
    .leftJoin(responsibleOrg, joins.responsible)
    .leftJoin(places, joins.place)
    .leftJoin(placeOrg, joins.placeOrg)
    .where(and(filterWhere(tenantId, scope, { scopeOn: f.scopeOn, userId: f.userId, from: f.from, to: f.to }), sql`${cv.enterpriseId} IS NOT NULL`))
    .groupBy(cv.visitorUserId, users.displayName)
    .orderBy(users.displayName, cv.visitorUserId);
  return rows.map((r) => ({ userId: Number(r.userId), displayName: r.displayName, visits: r.visits }));
}
