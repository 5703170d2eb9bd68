import { type AnyColumn, and, asc, count, eq, ilike, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/connection.ts';
import { members, orgs, places } from '../../db/schema/index.ts';
import { type Scope, pathInScope } from '../../platform/scope.ts';
import { depthOfPath } from './places.rules.ts';

/** The only code that queries places (and, read-only, the few facts about orgs and members that places show). */
export type PlaceRow = typeof places.$inferSelect;

/** A place with its responsible org's current name and path: the path is what scope is decided on. */
export type PlaceWithOrg = PlaceRow & { orgName: string | null; orgPath: string | null };

export type PlaceFilter = {
  parentId?: number;
  rootsOnly?: boolean;
  kind?: string;
  q?: string;
  offset: number;
  limit: number;
};

const withOrg = { place: places, orgName: orgs.name, orgPath: orgs.path };
const orgJoin = and(eq(orgs.tenantId, places.tenantId), eq(orgs.id, places.orgId));
const flatten = (r: { place: PlaceRow; orgName: string | null; orgPath: string | null }): PlaceWithOrg => ({ ...r.place, orgName: r.orgName, orgPath: r.orgPath });

/** Escapes LIKE wildcards so a search for "10%" finds that text, not everything starting with "10". */
const likeContains = (q: string) => `%${q.replace(/[\\%_]/g, '\\$&')}%`;

/**
 * "This place lies in the scope": its org's current path is in the scope. A place without an org has a null
 * path, so only a park-wide scope (`true`) admits it.
 */
function placeInScope(scope: Scope, orgPath: AnyColumn): SQL {
  return sql`coalesce(${pathInScope(scope, orgPath)}, false)`;
}

/**
 * One place with its org. `lock` takes a row lock on the place for the rest of the transaction: a delete takes
 * it for update and a child's creation takes it shared, so a child cannot be added under a place being deleted.
 */
export async function findPlace(db: DbOrTx, tenantId: number, id: number, lock?: 'update' | 'share'): Promise<PlaceWithOrg | null> {
  const query = db.select(withOrg).from(places).leftJoin(orgs, orgJoin).where(and(eq(places.tenantId, tenantId), eq(places.id, id)));
  const [row] = lock ? await query.for(lock, { of: places }) : await query;
  return row ? flatten(row) : null;
}

export async function findPlacesByIds(db: DbOrTx, tenantId: number, ids: number[]): Promise<PlaceWithOrg[]> {
  if (ids.length === 0) return [];
  const rows = await db.select(withOrg).from(places).leftJoin(orgs, orgJoin).where(and(eq(places.tenantId, tenantId), inArray(places.id, ids)));
  return rows.map(flatten);
}

export async function findPlaceByCode(db: DbOrTx, tenantId: number, code: string): Promise<PlaceRow | null> {
  const [row] = await db.select().from(places).where(and(eq(places.tenantId, tenantId), eq(places.code, code)));
  return row ?? null;
}

/** Places in scope, filtered; the org join is there for the scope filter and the org's name only. */
export async function listPlaces(db: DbOrTx, tenantId: number, scope: Scope, f: PlaceFilter): Promise<{ total: number; rows: PlaceWithOrg[] }> {
  const parent = alias(places, 'parent_place');
  const parentOrg = alias(orgs, 'parent_org');
  const parentJoin = and(eq(parent.tenantId, places.tenantId), eq(parent.id, places.parentId));
  const parentOrgJoin = and(eq(parentOrg.tenantId, parent.tenantId), eq(parentOrg.id, parent.orgId));
  const where = and(
    eq(places.tenantId, tenantId),
    placeInScope(scope, orgs.path),
    f.parentId !== undefined ? eq(places.parentId, f.parentId) : undefined,
    f.kind ? eq(places.kind, f.kind) : undefined,
    f.q ? or(ilike(places.name, likeContains(f.q)), ilike(places.code, likeContains(f.q))) : undefined,
    // Topmost visible: no parent, or a parent the caller cannot see (a grid worker's roots are its compounds).
    f.rootsOnly ? or(isNull(places.parentId), sql`not ${placeInScope(scope, parentOrg.path)}`) : undefined,
  );
  const [{ total }] = await db
    .select({ total: count() })
    .from(places)
    .leftJoin(orgs, orgJoin)
    .leftJoin(parent, parentJoin)
    .leftJoin(parentOrg, parentOrgJoin)
    .where(where);
  const rows = await db
    .select(withOrg)
    .from(places)
    .leftJoin(orgs, orgJoin)
    .leftJoin(parent, parentJoin)
    .leftJoin(parentOrg, parentOrgJoin)
    .where(where)
    .orderBy(asc(places.depth), asc(places.code), asc(places.id))
    .offset(f.offset)
    .limit(f.limit);
  return { total, rows: rows.map(flatten) };
}

/** Number of places directly under each of the given places. */
export async function countChildren(db: DbOrTx, tenantId: number, parentIds: number[]): Promise<Map<number, number>> {
  if (parentIds.length === 0) return new Map();
  const rows = await db
    .select({ parentId: places.parentId, n: count() })
    .from(places)
    .where(and(eq(places.tenantId, tenantId), inArray(places.parentId, parentIds)))
    .groupBy(places.parentId);
  return new Map(rows.map((r) => [Number(r.parentId), r.n]));
}

/** Inserts a place, then sets its path from its own id (known only after the insert) and the parent's path. */
export async function insertPlace(db: DbOrTx, values: Omit<typeof places.$inferInsert, 'path' | 'depth'>, parentPath: string | null): Promise<PlaceRow> {
  const [inserted] = await db.insert(places).values({ ...values, path: '/', depth: 0 }).returning({ id: places.id });
  const path = `${parentPath ?? '/'}${inserted.id}/`;
  const [row] = await db
    .update(places)
    .set({ path, depth: depthOfPath(path) })
    .where(and(eq(places.tenantId, values.tenantId), eq(places.id, inserted.id)))
    .returning();
  return row;
}

export async function updatePlace(db: DbOrTx, tenantId: number, id: number, patch: Partial<Pick<PlaceRow, 'name' | 'code' | 'address' | 'orgId' | 'centerMemberId'>>): Promise<PlaceRow> {
  const [row] = await db.update(places).set({ ...patch, updatedAt: new Date() }).where(and(eq(places.tenantId, tenantId), eq(places.id, id))).returning();
  return row;
}

export async function deletePlace(db: DbOrTx, tenantId: number, id: number): Promise<void> {
  await db.delete(places).where(and(eq(places.tenantId, tenantId), eq(places.id, id)));
}

/**
 * Orgs attached to a place (orgs.place_id), limited to the caller's org-read scope. A read-only select of id and
 * name: the orgs service's listOrgs has no place filter and pages by org tree, which does not fit this question.
 */
export async function listAttachedOrgs(db: DbOrTx, tenantId: number, placeId: number, orgScope: Scope): Promise<{ id: number; name: string }[]> {
  return db
    .select({ id: orgs.id, name: orgs.name })
    .from(orgs)
    .where(and(eq(orgs.tenantId, tenantId), eq(orgs.placeId, placeId), pathInScope(orgScope, orgs.path)))
    .orderBy(asc(orgs.code));
}

/** All orgs attached to a place, whoever may see them: a place with any cannot be deleted. */
export async function countAttachedOrgs(db: DbOrTx, tenantId: number, placeId: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(orgs).where(and(eq(orgs.tenantId, tenantId), eq(orgs.placeId, placeId)));
  return row.n;
}

/** Members living in a household (members.household_id): read-only, the members module owns that table. */
export async function countResidents(db: DbOrTx, tenantId: number, placeId: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(members).where(and(eq(members.tenantId, tenantId), eq(members.householdId, placeId)));
  return row.n;
}

/** A member's id and name, or null when the park has no such member. Existence and name only: nothing personal. */
export async function findMemberName(db: DbOrTx, tenantId: number, memberId: number): Promise<{ id: number; name: string } | null> {
  const [row] = await db.select({ id: members.id, name: members.name }).from(members).where(and(eq(members.tenantId, tenantId), eq(members.id, memberId)));
  return row ?? null;
}

/** Another household that already names this member as its 党员中心户, if any. */
export async function findOtherCenterHousehold(db: DbOrTx, tenantId: number, memberId: number, exceptPlaceId: number | null): Promise<PlaceRow | null> {
  const [row] = await db
    .select()
    .from(places)
    .where(and(eq(places.tenantId, tenantId), eq(places.centerMemberId, memberId), exceptPlaceId === null ? undefined : ne(places.id, exceptPlaceId)));
  return row ?? null;
}
