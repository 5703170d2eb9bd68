import { and, asc, desc, eq, gt, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection.ts';
import { coverageRules, instructorAssignments, orgCoverage, orgs, users } from '../../db/schema/index.ts';
import { type Scope, enterpriseInScope } from '../../platform/scope.ts';
import { type AlertReason, type CoverageCategory, coverageCategories } from './coverage.schemas.ts';

/**
 * The only code that queries coverage. Rates, unit lists, alerts and unvisited flags are computed set-based, in
 * one statement each, straight from the enterprises module's tables (enterprises, enterprise_designations,
 * org_coverage) and read-only from orgs, members, memberships and users: a loop over units through other
 * modules' services would not scale to a province. Every figure and the list behind it come from the same
 * `unitsBase`, so a rate always equals the length of its list.
 */

export type CoverageRule = { countsOrg: boolean; countsInstructor: boolean; visitIntervalDays: number };
export type RuleRow = typeof coverageRules.$inferSelect;
export type CategoryCounts = { denominator: number; orgCovered: number; instructorCovered: number; covered: number };
export type UnitRef = { id: number; name: string; uscc: string; unitKind: string };
export type UnitRow = UnitRef & { responsibleOrgId: number; responsibleOrgName: string; covered: boolean; orgCovered: boolean; instructorCovered: boolean };
export type AlertRow = UnitRef & { reason: AlertReason; uncovered: Record<CoverageCategory, boolean>; fullMembers: number };
export type UnvisitedRow = UnitRef & { inCategory: Record<CoverageCategory, boolean>; intervalDays: number; lastVisitOn: string | null; daysSinceLastVisit: number | null };

/** What the base set of units is read with: the date, and optionally a responsible-org subtree (current path). */
export type UnitsFilter = { on: string; subtreePath?: string };
type Paging = { offset: number; limit: number };

/** Full members employed at a unit from which it should have an org of its own (党章: three full members). */
export const minFullMembersForOwnOrg = 3;

const dated = (alias: string, on: string) =>
  sql`${sql.raw(alias)}.valid_from <= ${on} AND (${sql.raw(alias)}.valid_to IS NULL OR ${sql.raw(alias)}.valid_to > ${on})`;
const orgInForce = (alias: string, on: string) =>
  sql`${sql.raw(alias)}.founded_on <= ${on} AND (${sql.raw(alias)}.dissolved_on IS NULL OR ${sql.raw(alias)}.dissolved_on > ${on})`;

/**
 * Every unit in the scope (by `enterpriseInScope` on the date) with what it is and how it is covered on the date:
 * its categories, an own or joint org in force (the org not yet dissolved), an instructor assignment in force,
 * and, when asked, its full members (status full on the date, membership in force).
 */
function unitsBase(tenantId: number, scope: Scope, f: UnitsFilter & { withMembers?: boolean }): SQL {
  const { on } = f;
  const designated = (kinds: string[]) => sql`EXISTS (SELECT 1 FROM enterprise_designations d
      WHERE d.tenant_id = e.tenant_id AND d.enterprise_id = e.id
        AND d.designation IN (${sql.join(kinds.map((k) => sql`${k}`), sql`, `)}) AND ${dated('d', on)})`;
  const covering = (ownOnly: boolean) => sql`EXISTS (SELECT 1 FROM org_coverage oc JOIN orgs o ON o.tenant_id = oc.tenant_id AND o.id = oc.org_id
      WHERE oc.tenant_id = e.tenant_id AND oc.enterprise_id = e.id AND ${dated('oc', on)} AND ${orgInForce('o', on)}${ownOnly ? sql` AND oc.kind = 'own'` : sql``})`;
  const instructed = sql`EXISTS (SELECT 1 FROM instructor_assignments ia WHERE ia.tenant_id = e.tenant_id AND ia.enterprise_id = e.id AND ${dated('ia', on)})`;
  const fullMembers = f.withMembers
    ? sql`(SELECT count(*) FROM members m
        WHERE m.tenant_id = e.tenant_id AND m.employer_id = e.id AND m.status = 'full' AND (m.converted_on IS NULL OR m.converted_on <= ${on})
          AND EXISTS (SELECT 1 FROM memberships ms WHERE ms.tenant_id = m.tenant_id AND ms.member_id = m.id AND ${dated('ms', on)}))::int`
    : sql`0`;
  const inScope = enterpriseInScope(scope, { tenantId, enterpriseId: sql`e.id`, responsibleOrgPath: sql`ro.path`, on });
  return sql`SELECT e.id, e.name, e.uscc, e.unit_kind, e.status, e.responsible_org_id, ro.name AS responsible_org_name,
      ${designated(['above_scale'])} AS is_above_scale,
      ${designated(['srdi_national', 'srdi_provincial'])} AS is_srdi,
      (e.unit_kind = 'social_org' AND e.status <> 'closed' AND (e.founded_on IS NULL OR e.founded_on <= ${on})) AS is_social_org,
      ${covering(false)} AS org_covered,
      ${covering(true)} AS has_own_org,
      ${instructed} AS instructor_covered,
      ${fullMembers} AS full_members
    FROM enterprises e JOIN orgs ro ON ro.tenant_id = e.tenant_id AND ro.id = e.responsible_org_id
    WHERE e.tenant_id = ${tenantId} AND ${inScope}${f.subtreePath ? sql` AND ro.path LIKE ${`${f.subtreePath}%`}` : sql``}`;
}

const literal = (value: boolean) => sql.raw(value ? 'true' : 'false');
const inCategory = (category: CoverageCategory) => sql.raw(`u.is_${category}`);
/** Covered per the rule: an org counts if the rule counts orgs, an instructor if it counts instructors. */
const coveredBy = (rule: CoverageRule) => sql`((${literal(rule.countsOrg)} AND u.org_covered) OR (${literal(rule.countsInstructor)} AND u.instructor_covered))`;
const matches = (condition: SQL, wanted: boolean | undefined) => (wanted === undefined ? undefined : wanted ? condition : sql`NOT ${condition}`);

const unitRefFields = {
  id: sql<number>`u.id`.mapWith(Number),
  name: sql<string>`u.name`,
  uscc: sql<string>`u.uscc`,
  unitKind: sql<string>`u.unit_kind`,
};
const countOf = (condition: SQL) => sql<number>`(count(*) FILTER (WHERE ${condition}))::int`.mapWith(Number);

export async function listRules(db: DbOrTx, tenantId: number): Promise<RuleRow[]> {
  return db.select().from(coverageRules).where(eq(coverageRules.tenantId, tenantId));
}

export async function upsertRule(db: DbOrTx, row: RuleRow): Promise<void> {
  const { tenantId, category, ...rule } = row;
  await db
    .insert(coverageRules)
    .values({ tenantId, category, ...rule })
    .onConflictDoUpdate({ target: [coverageRules.tenantId, coverageRules.category], set: rule });
}

/** Per category: units, those covered by an org, by an instructor, and per the category's rule. */
export async function countCoverage(
  db: DbOrTx,
  tenantId: number,
  scope: Scope,
  f: UnitsFilter,
  rules: Record<CoverageCategory, CoverageRule>,
): Promise<Record<CoverageCategory, CategoryCounts>> {
  const fields: Record<string, SQL<number>> = {};
  for (const c of coverageCategories) {
    fields[`${c}.denominator`] = countOf(inCategory(c));
    fields[`${c}.orgCovered`] = countOf(sql`${inCategory(c)} AND u.org_covered`);
    fields[`${c}.instructorCovered`] = countOf(sql`${inCategory(c)} AND u.instructor_covered`);
    fields[`${c}.covered`] = countOf(sql`${inCategory(c)} AND ${coveredBy(rules[c])}`);
  }
  const [row] = await db.select(fields).from(sql`(${unitsBase(tenantId, scope, f)}) u`);
  const of = (c: CoverageCategory): CategoryCounts => ({
    denominator: row[`${c}.denominator`],
    orgCovered: row[`${c}.orgCovered`],
    instructorCovered: row[`${c}.instructorCovered`],
    covered: row[`${c}.covered`],
  });
  return { above_scale: of('above_scale'), srdi: of('srdi'), social_org: of('social_org') };
}

/** The units of a category behind a rate, filtered by how they are covered; by name. */
export async function listUnits(
  db: DbOrTx,
  tenantId: number,
  scope: Scope,
  f: UnitsFilter & Paging & { category: CoverageCategory; rule: CoverageRule; covered?: boolean; orgCovered?: boolean; instructorCovered?: boolean },
): Promise<{ total: number; rows: UnitRow[] }> {
  const covered = coveredBy(f.rule);
  const where = and(
    inCategory(f.category),
    matches(covered, f.covered),
    matches(sql`u.org_covered`, f.orgCovered),
    matches(sql`u.instructor_covered`, f.instructorCovered),
  );
  const from = sql`(${unitsBase(tenantId, scope, f)}) u`;
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int`.mapWith(Number) }).from(from).where(where);
  const rows = await db
    .select({
      ...unitRefFields,
      responsibleOrgId: sql<number>`u.responsible_org_id`.mapWith(Number),
      responsibleOrgName: sql<string>`u.responsible_org_name`,
      covered: sql<boolean>`${covered}`,
      orgCovered: sql<boolean>`u.org_covered`,
      instructorCovered: sql<boolean>`u.instructor_covered`,
    })
    .from(from)
    .where(where)
    .orderBy(sql`u.name`, sql`u.id`)
    .offset(f.offset)
    .limit(f.limit);
  return { total, rows };
}

/**
 * Alerts, one row per unit and reason: a unit uncovered per the rule in one or more of its categories; a unit
 * not closed with at least three full members employed there and no own org in force.
 */
export async function listAlerts(
  db: DbOrTx,
  tenantId: number,
  scope: Scope,
  f: UnitsFilter & Paging & { rules: Record<CoverageCategory, CoverageRule>; reason?: AlertReason },
): Promise<{ total: number; rows: AlertRow[] }> {
  const uncovered = (c: CoverageCategory) => sql`(${inCategory(c)} AND NOT ${coveredBy(f.rules[c])})`;
  const alerts = sql`WITH u AS (${unitsBase(tenantId, scope, { ...f, withMembers: true })})
    SELECT u.id, u.name, u.uscc, u.unit_kind, 'uncovered' AS reason, ${uncovered('above_scale')} AS uncovered_above_scale,
      ${uncovered('srdi')} AS uncovered_srdi, ${uncovered('social_org')} AS uncovered_social_org, u.full_members
    FROM u WHERE ${sql.join(coverageCategories.map(uncovered), sql` OR `)}
    UNION ALL
    SELECT u.id, u.name, u.uscc, u.unit_kind, 'members_without_own_org', false, false, false, u.full_members
    FROM u WHERE u.full_members >= ${minFullMembersForOwnOrg} AND NOT u.has_own_org AND u.status <> 'closed'`;
  const from = sql`(${alerts}) a`;
  const where = f.reason ? sql`a.reason = ${f.reason}` : undefined;
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int`.mapWith(Number) }).from(from).where(where);
  const rows = await db
    .select({
      id: sql<number>`a.id`.mapWith(Number),
      name: sql<string>`a.name`,
      uscc: sql<string>`a.uscc`,
      unitKind: sql<string>`a.unit_kind`,
      reason: sql<AlertReason>`a.reason`,
      aboveScale: sql<boolean>`a.uncovered_above_scale`,
      srdi: sql<boolean>`a.uncovered_srdi`,
      socialOrg: sql<boolean>`a.uncovered_social_org`,
      fullMembers: sql<number>`a.full_members`.mapWith(Number),
    })
    .from(from)
    .where(where)
    .orderBy(sql`a.name`, sql`a.id`, sql`a.reason`)
    .offset(f.offset)
    .limit(f.limit);
  return {
    total,
    rows: rows.map(({ aboveScale, srdi, socialOrg, ...r }) => ({ ...r, uncovered: { above_scale: aboveScale, srdi, social_org: socialOrg } })),
  };
}

/**
 * Units with an instructor on the date and no guidance visit (by anyone) within the interval before it: the
 * smallest interval of the categories the unit falls in, `defaultDays` when it falls in none. Never visited first,
 * then the longest since.
 */
export async function listUnvisited(
  db: DbOrTx,
  tenantId: number,
  scope: Scope,
  f: UnitsFilter & Paging & { rules: Record<CoverageCategory, CoverageRule>; defaultDays: number },
): Promise<{ total: number; rows: UnvisitedRow[] }> {
  const interval = sql.join(
    coverageCategories.map((c) => sql`CASE WHEN ${inCategory(c)} THEN ${f.rules[c].visitIntervalDays}::int END`),
    sql`, `,
  );
  const last = sql`(SELECT max(v.visited_on) FROM guidance_visits v WHERE v.tenant_id = ${tenantId} AND v.enterprise_id = u.id AND v.visited_on <= ${f.on})`;
  const flagged = sql`SELECT x.*, (${f.on}::date - x.last_visit)::int AS days_since FROM (
      SELECT u.id, u.name, u.uscc, u.unit_kind, u.is_above_scale, u.is_srdi, u.is_social_org, ${last} AS last_visit,
        COALESCE(LEAST(${interval}), ${f.defaultDays}::int) AS interval_days
      FROM (${unitsBase(tenantId, scope, f)}) u WHERE u.instructor_covered) x
    WHERE x.last_visit IS NULL OR x.last_visit < ${f.on}::date - x.interval_days`;
  const from = sql`(${flagged}) w`;
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int`.mapWith(Number) }).from(from);
  const rows = await db
    .select({
      id: sql<number>`w.id`.mapWith(Number),
      name: sql<string>`w.name`,
      uscc: sql<string>`w.uscc`,
      unitKind: sql<string>`w.unit_kind`,
      aboveScale: sql<boolean>`w.is_above_scale`,
      srdi: sql<boolean>`w.is_srdi`,
      socialOrg: sql<boolean>`w.is_social_org`,
      intervalDays: sql<number>`w.interval_days`.mapWith(Number),
      lastVisitOn: sql<string | null>`w.last_visit::text`,
      daysSinceLastVisit: sql<number | null>`w.days_since`,
    })
    .from(from)
    .orderBy(sql`w.days_since DESC NULLS FIRST`, sql`w.name`, sql`w.id`)
    .offset(f.offset)
    .limit(f.limit);
  return {
    total,
    rows: rows.map(({ aboveScale, srdi, socialOrg, ...r }) => ({ ...r, inCategory: { above_scale: aboveScale, srdi, social_org: socialOrg } })),
  };
}

/** Units in the scope with an instructor assignment in force on the date (F12), by name. */
export async function listInstructedUnits(db: DbOrTx, tenantId: number, scope: Scope, f: UnitsFilter): Promise<UnitRef[]> {
  return db
    .select(unitRefFields)
    .from(sql`(${unitsBase(tenantId, scope, f)}) u`)
    .where(sql`u.instructor_covered`)
    .orderBy(sql`u.name`, sql`u.id`);
}

/** The orgs covering each of some units on a date (coverage in force, org not dissolved); own before joint. */
export async function listCoveringOrgs(db: DbOrTx, tenantId: number, enterpriseIds: number[], on: string) {
  if (enterpriseIds.length === 0) return [];
  return db
    .select({ enterpriseId: orgCoverage.enterpriseId, orgId: orgs.id, name: orgs.name, kind: orgCoverage.kind })
    .from(orgCoverage)
    .innerJoin(orgs, and(eq(orgs.tenantId, orgCoverage.tenantId), eq(orgs.id, orgCoverage.orgId)))
    .where(
      and(
        eq(orgCoverage.tenantId, tenantId),
        inArray(orgCoverage.enterpriseId, enterpriseIds),
        lte(orgCoverage.validFrom, on),
        or(isNull(orgCoverage.validTo), gt(orgCoverage.validTo, on)),
        lte(orgs.foundedOn, on),
        or(isNull(orgs.dissolvedOn), gt(orgs.dissolvedOn, on)),
      ),
    )
    .orderBy(desc(orgCoverage.kind), asc(orgs.name), asc(orgs.id));
}

/** The instructors assigned to each of some units on a date (names read from users). */
export async function listInstructorsOn(db: DbOrTx, tenantId: number, enterpriseIds: number[], on: string) {
  if (enterpriseIds.length === 0) return [];
  return db
    .select({ enterpriseId: instructorAssignments.enterpriseId, userId: users.id, displayName: users.displayName, validFrom: instructorAssignments.validFrom })
    .from(instructorAssignments)
    .innerJoin(users, and(eq(users.tenantId, instructorAssignments.tenantId), eq(users.id, instructorAssignments.instructorUserId)))
    .where(
      and(
        eq(instructorAssignments.tenantId, tenantId),
        inArray(instructorAssignments.enterpriseId, enterpriseIds),
        lte(instructorAssignments.validFrom, on),
        or(isNull(instructorAssignments.validTo), gt(instructorAssignments.validTo, on)),
      ),
    )
    .orderBy(asc(instructorAssignments.validFrom), asc(users.id));
}

/** The park's two-new committee(s) (区两新党委) in force on a date: the recipients of every coverage alert. */
export async function listLiangxinCommittees(db: DbOrTx, tenantId: number, on: string) {
  return db
    .select({ orgId: orgs.id, name: orgs.name })
    .from(orgs)
    .where(and(eq(orgs.tenantId, tenantId), eq(orgs.category, 'liangxin_committee'), lte(orgs.foundedOn, on), or(isNull(orgs.dissolvedOn), gt(orgs.dissolvedOn, on))))
    .orderBy(asc(orgs.id));
}
