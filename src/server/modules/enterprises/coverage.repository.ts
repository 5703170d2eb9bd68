import { type SQL, and, asc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection.ts';
import { orgCoverage, orgs } from '../../db/schema/index.ts';
import { type Scope, pathInScope } from '../../platform/scope.ts';

/**
 * The only code that queries coverage links (which orgs cover which units, dated). Orgs are joined for their
 * name and current path only (to name them in the caller's scope, and for the figures' set-based counts).
 */
export type CoverageRow = typeof orgCoverage.$inferSelect;
export type CoverageWithOrg = CoverageRow & { orgName: string; orgPath: string };

const withOrg = and(eq(orgs.tenantId, orgCoverage.tenantId), eq(orgs.id, orgCoverage.orgId));

/** A unit's coverage links, oldest first, with the covering org's current name and path. */
export async function listCoverage(db: DbOrTx, tenantId: number, enterpriseId: number): Promise<CoverageWithOrg[]> {
  const rows = await db
    .select({ link: orgCoverage, orgName: orgs.name, orgPath: orgs.path })
    .from(orgCoverage)
    .innerJoin(orgs, withOrg)
    .where(and(eq(orgCoverage.tenantId, tenantId), eq(orgCoverage.enterpriseId, enterpriseId)))
    .orderBy(asc(orgCoverage.validFrom), asc(orgCoverage.id));
  return rows.map((r) => ({ ...r.link, orgName: r.orgName, orgPath: r.orgPath }));
}

/** Every link of one org (to any unit), of one kind when given. */
export async function listCoverageOfOrg(db: DbOrTx, tenantId: number, orgId: number, kind?: string): Promise<CoverageRow[]> {
  return db
    .select()
    .from(orgCoverage)
    .where(and(eq(orgCoverage.tenantId, tenantId), eq(orgCoverage.orgId, orgId), kind ? eq(orgCoverage.kind, kind) : undefined))
    .orderBy(asc(orgCoverage.validFrom), asc(orgCoverage.id));
}

export async function findCoverage(db: DbOrTx, tenantId: number, id: number): Promise<CoverageRow | null> {
  const [row] = await db.select().from(orgCoverage).where(and(eq(orgCoverage.tenantId, tenantId), eq(orgCoverage.id, id)));
  return row ?? null;
}

/**
 * Serializes coverage changes of one org for the rest of the transaction: "own for one unit at a time" is checked
 * across units, so locking the unit alone would let two units claim the same org at once.
 */
export async function lockOrgCoverage(db: DbOrTx, tenantId: number, orgId: number): Promise<void> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`org-coverage:${tenantId}:${orgId}`}, 0))`);
}

export async function insertCoverage(db: DbOrTx, values: typeof orgCoverage.$inferInsert): Promise<CoverageRow> {
  const [row] = await db.insert(orgCoverage).values(values).returning();
  return row;
}

export async function setCoverageEnd(db: DbOrTx, tenantId: number, id: number, validTo: string): Promise<CoverageRow> {
  const [row] = await db.update(orgCoverage).set({ validTo }).where(and(eq(orgCoverage.tenantId, tenantId), eq(orgCoverage.id, id))).returning();
  return row;
}

/** Orgs the unit hosts (own links) on a date. */
export async function ownOrgIdsOn(db: DbOrTx, tenantId: number, enterpriseId: number, on: string): Promise<number[]> {
  const rows = await db
    .select({ orgId: orgCoverage.orgId })
    .from(orgCoverage)
    .where(
      and(
        eq(orgCoverage.tenantId, tenantId),
        eq(orgCoverage.enterpriseId, enterpriseId),
        eq(orgCoverage.kind, 'own'),
        lte(orgCoverage.validFrom, on),
        or(isNull(orgCoverage.validTo), sql`${orgCoverage.validTo} > ${on}`),
      ),
    );
  return rows.map((r) => r.orgId);
}

export type FigureOrg = { id: number; name: string; path: string };

/**
 * Orgs in force on a date (their version valid then; one version per org per day, so each org once) whose current
 * path lies in the scope and that meet `condition` (SQL over `o`, the org). Set-based over org_versions, orgs,
 * org_coverage and designations: the orgs service reads orgs alone, and a figure must not loop per org.
 */
async function orgsInForceWhere(db: DbOrTx, tenantId: number, scope: Scope, asOf: string, condition: SQL): Promise<FigureOrg[]> {
  const result = (await db.execute(sql`
    SELECT o.id, v.name, o.path FROM org_versions v
    JOIN orgs o ON o.tenant_id = v.tenant_id AND o.id = v.org_id
    WHERE v.tenant_id = ${tenantId} AND v.valid_from <= ${asOf} AND (v.valid_to IS NULL OR v.valid_to > ${asOf})
      AND ${pathInScope(scope, sql`o.path`)} AND ${condition}
    ORDER BY v.path, o.id`)) as unknown as { rows: { id: string | number; name: string; path: string }[] };
  return result.rows.map((r) => ({ id: Number(r.id), name: r.name, path: r.path }));
}

const linkOn = (asOf: string) => sql`oc.valid_from <= ${asOf} AND (oc.valid_to IS NULL OR oc.valid_to > ${asOf})`;

/** F03: orgs covering a unit (own or joint) on the date, or hosted by an enterprise or social organization. */
export async function twoNewOrgsOn(db: DbOrTx, tenantId: number, scope: Scope, asOf: string): Promise<FigureOrg[]> {
  return orgsInForceWhere(db, tenantId, scope, asOf, sql`(o.host_unit_kind IN ('enterprise', 'social_org')
    OR EXISTS (SELECT 1 FROM org_coverage oc WHERE oc.tenant_id = o.tenant_id AND oc.org_id = o.id AND ${linkOn(asOf)}))`);
}

/** F07: orgs that a unit designated foreign_funded on the date hosts (own link) on the date. */
export async function foreignFundedOrgsOn(db: DbOrTx, tenantId: number, scope: Scope, asOf: string): Promise<FigureOrg[]> {
  return orgsInForceWhere(db, tenantId, scope, asOf, sql`EXISTS (SELECT 1 FROM org_coverage oc
    JOIN enterprise_designations d ON d.tenant_id = oc.tenant_id AND d.enterprise_id = oc.enterprise_id
    WHERE oc.tenant_id = o.tenant_id AND oc.org_id = o.id AND oc.kind = 'own' AND ${linkOn(asOf)}
      AND d.designation = 'foreign_funded' AND d.valid_from <= ${asOf} AND (d.valid_to IS NULL OR d.valid_to > ${asOf}))`);
}

/**
 * Distinct members whose membership is in force on the date in an org under one of the paths (current paths,
 * as the members module counts). Members and memberships read here because F07 needs them for a set of
 * subtrees at once, and the members module counts one subtree per call (nested orgs would count twice).
 */
export async function countMembersUnder(db: DbOrTx, tenantId: number, paths: string[], asOf: string): Promise<number> {
  if (paths.length === 0) return 0;
  const result = (await db.execute(sql`
    SELECT count(DISTINCT m.member_id) AS n FROM memberships m
    JOIN orgs o ON o.tenant_id = m.tenant_id AND o.id = m.org_id
    WHERE m.tenant_id = ${tenantId} AND m.valid_from <= ${asOf} AND (m.valid_to IS NULL OR m.valid_to > ${asOf})
      AND ${pathInScope({ all: false, paths }, sql`o.path`)}`)) as unknown as { rows: { n: string | number }[] };
  return Number(result.rows[0]?.n ?? 0);
}
