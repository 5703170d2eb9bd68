import { type AnyColumn, and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/connection.ts';
import { contactLinks, contactSettings, enterprises, orgs, places, users } from '../../db/schema/index.ts';
import { type Scope, enterpriseInScope, pathInScope } from '../../platform/scope.ts';
import type { WatchedKind } from './contacts.rules.ts';

/**
 * The only code that queries contact links and the park's visit intervals (visits: visits.repository.ts). The
 * names of the parties (users, orgs, enterprises, places) are read here too, read-only. A link lies in a scope
 * by its enterprise when it has one (department, cadre and secondment links: `enterpriseInScope`), else by its
 * org (leader contact points, enterprise org ↔ place links: the org's path).
 */
export type LinkRow = typeof contactLinks.$inferSelect;
/** Days per watched kind after which a link is flagged; a kind missing or null is not watched. */
export type Intervals = Partial<Record<WatchedKind, number | null>>;

const linkOrg = alias(orgs, 'lo');
const responsibleOrg = alias(orgs, 'eo');
const cl = contactLinks;

const joins = {
  user: and(eq(users.tenantId, cl.tenantId), eq(users.id, cl.userId)),
  org: and(eq(linkOrg.tenantId, cl.tenantId), eq(linkOrg.id, cl.orgId)),
  enterprise: and(eq(enterprises.tenantId, cl.tenantId), eq(enterprises.id, cl.enterpriseId)),
  responsible: and(eq(responsibleOrg.tenantId, enterprises.tenantId), eq(responsibleOrg.id, enterprises.responsibleOrgId)),
  place: and(eq(places.tenantId, cl.tenantId), eq(places.id, cl.placeId)),
};

/** The condition "the link lies in the scope" (scope of enterprises and of subtrees as they stand on `on`). */
export function linkInScope(tenantId: number, scope: Scope, on: string): SQL {
  if (scope.all) return sql`true`;
  const viaEnterprise = enterpriseInScope(scope, { tenantId, enterpriseId: cl.enterpriseId, responsibleOrgPath: responsibleOrg.path, on });
  return sql`(CASE WHEN ${cl.enterpriseId} IS NOT NULL THEN ${viaEnterprise} ELSE ${pathInScope(scope, linkOrg.path)} END)`;
}

export function inForce(on: string): SQL {
  return sql`(${cl.validFrom} <= ${on} AND (${cl.validTo} IS NULL OR ${cl.validTo} > ${on}))`;
}

/** The interval of the link's kind, as SQL (null for kinds not watched). */
function intervalOf(intervals: Intervals): SQL {
  const cases = Object.entries(intervals).filter(([, days]) => days != null).map(([kind, days]) => sql`WHEN ${kind} THEN ${days}::int`);
  return cases.length ? sql`(CASE ${cl.kind} ${sql.join(cases, sql` `)} ELSE NULL END)` : sql`NULL::int`;
}

/**
 * The latest visit on or before `on` (and not before the link began) that counts for the link: one to its place
 * (org_place), to its enterprise (department_enterprise), or to its enterprise by its cadre (cadre_enterprise).
 */
function lastVisitOn(on: string): SQL<string | null> {
  return sql<string | null>`(SELECT max(v.visited_on)::text FROM contact_visits v WHERE v.tenant_id = ${cl.tenantId}
    AND v.visited_on <= ${on} AND v.visited_on >= ${cl.validFrom} AND (
      (${cl.kind} = 'org_place' AND v.place_id = ${cl.placeId})
      OR (${cl.kind} = 'department_enterprise' AND v.enterprise_id = ${cl.enterpriseId})
      OR (${cl.kind} = 'cadre_enterprise' AND v.enterprise_id = ${cl.enterpriseId} AND v.visitor_user_id = ${cl.userId})))`;
}

/** In force on `on`, older than its kind's interval, and without a counting visit within it. */
function isStaleOn(on: string, intervals: Intervals): SQL<boolean> {
  const days = intervalOf(intervals);
  const cutoff = sql`(${on}::date - ${days})`;
  return sql<boolean>`coalesce(${inForce(on)} AND ${days} IS NOT NULL AND ${cl.validFrom} < ${cutoff}
    AND coalesce(${lastVisitOn(on)}::date < ${cutoff}, true), false)`;
}

function linkFields(on: string, intervals: Intervals) {
  return {
    link: cl,
    userName: users.displayName,
    orgName: linkOrg.name,
    enterpriseName: enterprises.name,
    placeName: places.name,
    placeKind: places.kind,
    lastVisitedOn: lastVisitOn(on),
    staleAfterDays: sql<number | null>`${intervalOf(intervals)}`,
    isStale: isStaleOn(on, intervals),
  };
}
export type LinkWithNames = LinkRow & {
  userName: string | null;
  orgName: string | null;
  enterpriseName: string | null;
  placeName: string | null;
  placeKind: string | null;
  lastVisitedOn: string | null;
  staleAfterDays: number | null;
  isStale: boolean;
};

function baseQuery(db: DbOrTx, fields: ReturnType<typeof linkFields>) {
  return db
    .select(fields)
    .from(cl)
    .leftJoin(users, joins.user)
    .leftJoin(linkOrg, joins.org)
    .leftJoin(enterprises, joins.enterprise)
    .leftJoin(responsibleOrg, joins.responsible)
    .leftJoin(places, joins.place);
}

type LinkResult = { link: LinkRow; userName: string | null; orgName: string | null; enterpriseName: string | null; placeName: string | null; placeKind: string | null; lastVisitedOn: string | null; staleAfterDays: number | null; isStale: boolean };

function merge(r: LinkResult): LinkWithNames {
  return {
    ...r.link,
    userName: r.userName,
    orgName: r.orgName,
    enterpriseName: r.enterpriseName,
    placeName: r.placeName,
    placeKind: r.placeKind,
    lastVisitedOn: r.lastVisitedOn,
    staleAfterDays: r.staleAfterDays === null ? null : Number(r.staleAfterDays),
    isStale: Boolean(r.isStale),
  };
}

export type LinkFilter = {
  scopeOn: string;
  on: string;
  kind?: string;
  userId?: number;
  orgId?: number;
  enterpriseId?: number;
  placeId?: number;
  includeEnded?: boolean;
  staleOnly?: boolean;
};

function filterWhere(tenantId: number, scope: Scope, f: LinkFilter, intervals: Intervals) {
  return and(
    eq(cl.tenantId, tenantId),
    linkInScope(tenantId, scope, f.scopeOn),
    f.includeEnded ? sql`${cl.validFrom} <= ${f.on}` : inForce(f.on),
    f.kind ? eq(cl.kind, f.kind) : undefined,
    f.userId !== undefined ? eq(cl.userId, f.userId) : undefined,
    f.orgId !== undefined ? eq(cl.orgId, f.orgId) : undefined,
    f.enterpriseId !== undefined ? eq(cl.enterpriseId, f.enterpriseId) : undefined,
    f.placeId !== undefined ? eq(cl.placeId, f.placeId) : undefined,
    f.staleOnly ? isStaleOn(f.on, intervals) : undefined,
  );
}

/** Links in the scope, filtered; a page of them (or all when `limit` is omitted), by kind and first day. */
export async function listLinks(
  db: DbOrTx,
  tenantId: number,
  scope: Scope,
  intervals: Intervals,
  f: LinkFilter & { offset?: number; limit?: number },
): Promise<{ total: number; rows: LinkWithNames[] }> {
  const where = filterWhere(tenantId, scope, f, intervals);
  const [{ total }] = await db
    .select({ total: count() })
    .from(cl)
    .leftJoin(linkOrg, joins.org)
    .leftJoin(enterprises, joins.enterprise)
    .leftJoin(responsibleOrg, joins.responsible)
    .where(where);
  const query = baseQuery(db, linkFields(f.on, intervals)).where(where).orderBy(asc(cl.kind), desc(cl.validFrom), asc(cl.id)).$dynamic();
  const rows = f.limit === undefined ? await query : await query.offset(f.offset ?? 0).limit(f.limit);
  return { total, rows: rows.map(merge) };
}

/** One link of the park with whether it lies in the scopes it is read and written with; null when there is none. */
export async function findLink(
  db: DbOrTx,
  tenantId: number,
  id: number,
  scopes: { visible: Scope; writable?: Scope },
  on: string,
  intervals: Intervals,
  lock = false,
): Promise<(LinkWithNames & { visible: boolean; writable: boolean }) | null> {
  const fields = {
    ...linkFields(on, intervals),
    visible: sql<boolean>`${linkInScope(tenantId, scopes.visible, on)}`,
    writable: sql<boolean>`${scopes.writable ? linkInScope(tenantId, scopes.writable, on) : sql`false`}`,
  };
  const query = db
    .select(fields)
    .from(cl)
    .leftJoin(users, joins.user)
    .leftJoin(linkOrg, joins.org)
    .leftJoin(enterprises, joins.enterprise)
    .leftJoin(responsibleOrg, joins.responsible)
    .leftJoin(places, joins.place)
    .where(and(eq(cl.tenantId, tenantId), eq(cl.id, id)));
  const [row] = lock ? await query.for('update', { of: cl }) : await query;
  if (!row) return null;
  return { ...merge(row), visible: Boolean(row.visible), writable: Boolean(row.writable) };
}

/** One link's row with whether it lies in the scope, without names or visits (for checks on the write path). */
export async function findLinkAccess(db: DbOrTx, tenantId: number, id: number, scope: Scope, on: string): Promise<(LinkRow & { visible: boolean; writable: boolean }) | null> {
  const [row] = await db
    .select({ link: cl, visible: sql<boolean>`${linkInScope(tenantId, scope, on)}` })
    .from(cl)
    .leftJoin(linkOrg, joins.org)
    .leftJoin(enterprises, joins.enterprise)
    .leftJoin(responsibleOrg, joins.responsible)
    .where(and(eq(cl.tenantId, tenantId), eq(cl.id, id)));
  return row ? { ...row.link, visible: Boolean(row.visible), writable: false } : null;
}

/** A link of the same kind between the same parties whose period overlaps one from `from` (open-ended). */
export async function findOverlappingLink(
  db: DbOrTx,
  tenantId: number,
  l: { kind: string; userId: number | null; orgId: number | null; enterpriseId: number | null; placeId: number | null; personName: string | null; from: string },
): Promise<LinkRow | null> {
  const same = (column: AnyColumn, value: number | string | null) => (value === null ? sql`${column} IS NULL` : sql`${column} = ${value}`);
  const [row] = await db
    .select()
    .from(cl)
    .where(
      and(
        eq(cl.tenantId, tenantId),
        eq(cl.kind, l.kind),
        same(cl.userId, l.userId),
        same(cl.orgId, l.orgId),
        same(cl.enterpriseId, l.enterpriseId),
        same(cl.placeId, l.placeId),
        l.kind === 'secondment' ? same(cl.personName, l.personName) : undefined,
        sql`(${cl.validTo} IS NULL OR ${cl.validTo} > ${l.from})`,
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function insertLink(db: DbOrTx, values: typeof contactLinks.$inferInsert): Promise<LinkRow> {
  const [row] = await db.insert(cl).values(values).returning();
  return row;
}

export async function endLink(db: DbOrTx, tenantId: number, id: number, validTo: string): Promise<void> {
  await db.update(cl).set({ validTo }).where(and(eq(cl.tenantId, tenantId), eq(cl.id, id)));
}

export async function listSettings(db: DbOrTx, tenantId: number): Promise<{ kind: string; staleAfterDays: number | null }[]> {
  return db.select({ kind: contactSettings.kind, staleAfterDays: contactSettings.staleAfterDays }).from(contactSettings).where(eq(contactSettings.tenantId, tenantId));
}

export async function upsertSetting(db: DbOrTx, tenantId: number, kind: string, staleAfterDays: number | null): Promise<void> {
  await db
    .insert(contactSettings)
    .values({ tenantId, kind, staleAfterDays })
    .onConflictDoUpdate({ target: [contactSettings.tenantId, contactSettings.kind], set: { staleAfterDays, updatedAt: new Date() } });
}

/** The links in scope in force on `on` of one kind, all of them (for the graph and the figures). */
export async function linksInForce(db: DbOrTx, tenantId: number, scope: Scope, kind: string, on: string, scopeOn: string, intervals: Intervals): Promise<LinkWithNames[]> {
  return (await listLinks(db, tenantId, scope, intervals, { on, scopeOn, kind })).rows;
}

export async function countStale(db: DbOrTx, tenantId: number, scope: Scope, on: string, scopeOn: string, intervals: Intervals): Promise<number> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(cl)
    .leftJoin(linkOrg, joins.org)
    .leftJoin(enterprises, joins.enterprise)
    .leftJoin(responsibleOrg, joins.responsible)
    .where(and(eq(cl.tenantId, tenantId), linkInScope(tenantId, scope, scopeOn), isStaleOn(on, intervals)));
  return n;
}
