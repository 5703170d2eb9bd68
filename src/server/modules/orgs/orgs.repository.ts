import { and, asc, count, eq, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection.ts';
import { orgs, orgVersions } from '../../db/schema/index.ts';
import { type Scope, pathInScope } from '../../platform/scope.ts';

/** The only code that queries orgs and their dated versions. */
export type OrgRow = typeof orgs.$inferSelect;
export type OrgVersionRow = typeof orgVersions.$inferSelect;

/** The current view of an org merged with the version in force on a date. */
export type OrgAsOf = OrgRow;

export type OrgFilter = {
  parentId?: number;
  subtreePath?: string;
  rootsOnly?: boolean;
  kind?: string;
  category?: string;
  q?: string;
  includeDissolved?: boolean;
  asOf?: string;
  offset: number;
  limit: number;
};

const validOn = (d: string) =>
  and(lte(orgVersions.validFrom, d), or(isNull(orgVersions.validTo), sql`${orgVersions.validTo} > ${d}`));

export async function findOrg(db: DbOrTx, tenantId: number, id: number): Promise<OrgRow | null> {
  const [row] = await db.select().from(orgs).where(and(eq(orgs.tenantId, tenantId), eq(orgs.id, id)));
  return row ?? null;
}

export async function findOrgByCode(db: DbOrTx, tenantId: number, code: string): Promise<OrgRow | null> {
  const [row] = await db.select().from(orgs).where(and(eq(orgs.tenantId, tenantId), eq(orgs.code, code)));
  return row ?? null;
}

/** The org as it stood on a date (name, kind, parent, path from the version then in force), or null. */
export async function findOrgAsOf(db: DbOrTx, tenantId: number, id: number, asOf: string): Promise<OrgRow | null> {
  const [row] = await db
    .select({ org: orgs, version: orgVersions })
    .from(orgVersions)
    .innerJoin(orgs, and(eq(orgs.tenantId, orgVersions.tenantId), eq(orgs.id, orgVersions.orgId)))
    .where(and(eq(orgVersions.tenantId, tenantId), eq(orgVersions.orgId, id), validOn(asOf)));
  return row ? mergeVersion(row.org, row.version) : null;
}

function mergeVersion(org: OrgRow, v: OrgVersionRow): OrgRow {
  return { ...org, kind: v.kind, name: v.name, shortName: v.shortName, parentId: v.parentId, path: v.path, depth: v.path.split('/').length - 3 };
}

/**
 * Lists orgs in scope, in the current tree or as of a date. Scope is always checked on today's path (who may
 * see an org is decided by where it stands now); the structural filters apply to the tree of the date read.
 */
export async function listOrgs(db: DbOrTx, tenantId: number, scope: Scope, f: OrgFilter): Promise<{ total: number; rows: OrgRow[] }> {
  const inScope = pathInScope(scope, orgs.path);
  const common = (pathCol: SQL | typeof orgs.path, parentCol: typeof orgs.parentId | typeof orgVersions.parentId, kindCol: typeof orgs.kind | typeof orgVersions.kind, nameCol: typeof orgs.name | typeof orgVersions.name, shortCol: typeof orgs.shortName | typeof orgVersions.shortName) =>
    and(
      eq(orgs.tenantId, tenantId),
      inScope,
      f.parentId !== undefined ? eq(parentCol, f.parentId) : undefined,
      f.subtreePath ? sql`${pathCol} LIKE ${`${f.subtreePath}%`}` : undefined,
      f.kind ? eq(kindCol, f.kind) : undefined,
      f.category ? eq(orgs.category, f.category) : undefined,
      f.q ? or(ilike(nameCol, `%${f.q}%`), ilike(shortCol, `%${f.q}%`), ilike(orgs.code, `%${f.q}%`)) : undefined,
      f.rootsOnly ? rootsCondition(scope, parentCol) : undefined,
    );
  if (f.asOf) {
    const where = and(common(sql`${orgVersions.path}`, orgVersions.parentId, orgVersions.kind, orgVersions.name, orgVersions.shortName), validOn(f.asOf));
    const join = and(eq(orgs.tenantId, orgVersions.tenantId), eq(orgs.id, orgVersions.orgId));
    const [{ total }] = await db.select({ total: count() }).from(orgVersions).innerJoin(orgs, join).where(where);
    const rows = await db
      .select({ org: orgs, version: orgVersions })
      .from(orgVersions)
      .innerJoin(orgs, join)
      .where(where)
      .orderBy(asc(orgVersions.path))
      .offset(f.offset)
      .limit(f.limit);
    return { total, rows: rows.map((r) => mergeVersion(r.org, r.version)) };
  }
  const where = and(common(orgs.path, orgs.parentId, orgs.kind, orgs.name, orgs.shortName), f.includeDissolved ? undefined : isNull(orgs.dissolvedOn));
  const [{ total }] = await db.select({ total: count() }).from(orgs).where(where);
  const rows = await db.select().from(orgs).where(where).orderBy(asc(orgs.depth), asc(orgs.code)).offset(f.offset).limit(f.limit);
  return { total, rows };
}

/** Topmost visible orgs: parentless for a park-wide scope, else the scope roots themselves. */
function rootsCondition(scope: Scope, parentCol: typeof orgs.parentId | typeof orgVersions.parentId): SQL {
  if (scope.all) return sql`${parentCol} IS NULL`;
  if (scope.paths.length === 0) return sql`false`;
  return sql`${orgs.path} IN (${sql.join(scope.paths.map((p) => sql`${p}`), sql`, `)})`;
}

/** Number of children per parent, current (not dissolved) or in force on a date. */
export async function countChildren(db: DbOrTx, tenantId: number, parentIds: number[], asOf?: string): Promise<Map<number, number>> {
  if (parentIds.length === 0) return new Map();
  const rows = asOf
    ? await db
        .select({ parentId: orgVersions.parentId, n: count() })
        .from(orgVersions)
        .where(and(eq(orgVersions.tenantId, tenantId), inArray(orgVersions.parentId, parentIds), validOn(asOf)))
        .groupBy(orgVersions.parentId)
    : await db
        .select({ parentId: orgs.parentId, n: count() })
        .from(orgs)
        .where(and(eq(orgs.tenantId, tenantId), inArray(orgs.parentId, parentIds), isNull(orgs.dissolvedOn)))
        .groupBy(orgs.parentId);
  return new Map(rows.map((r) => [Number(r.parentId), r.n]));
}

export async function findOrgsByIds(db: DbOrTx, tenantId: number, ids: number[]): Promise<OrgRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(orgs).where(and(eq(orgs.tenantId, tenantId), inArray(orgs.id, ids)));
}

export async function listVersions(db: DbOrTx, tenantId: number, orgId: number): Promise<OrgVersionRow[]> {
  return db.select().from(orgVersions).where(and(eq(orgVersions.tenantId, tenantId), eq(orgVersions.orgId, orgId))).orderBy(asc(orgVersions.validFrom), asc(orgVersions.id));
}

export async function insertOrg(db: DbOrTx, values: Omit<typeof orgs.$inferInsert, 'path' | 'depth'>, parentPath: string | null): Promise<OrgRow> {
  const [inserted] = await db.insert(orgs).values({ ...values, path: '/', depth: 0 }).returning({ id: orgs.id });
  const path = `${parentPath ?? '/'}${inserted.id}/`;
  const [row] = await db
    .update(orgs)
    .set({ path, depth: path.split('/').length - 3 })
    .where(and(eq(orgs.tenantId, values.tenantId), eq(orgs.id, inserted.id)))
    .returning();
  return row;
}

export async function updateOrg(db: DbOrTx, tenantId: number, id: number, patch: Partial<typeof orgs.$inferInsert>): Promise<OrgRow> {
  const [row] = await db.update(orgs).set({ ...patch, updatedAt: new Date() }).where(and(eq(orgs.tenantId, tenantId), eq(orgs.id, id))).returning();
  return row;
}

export async function insertVersion(db: DbOrTx, values: typeof orgVersions.$inferInsert): Promise<void> {
  await db.insert(orgVersions).values(values);
}

export async function openVersion(db: DbOrTx, tenantId: number, orgId: number): Promise<OrgVersionRow | null> {
  const [row] = await db.select().from(orgVersions).where(and(eq(orgVersions.tenantId, tenantId), eq(orgVersions.orgId, orgId), isNull(orgVersions.validTo)));
  return row ?? null;
}

/**
 * Starts a new period for one org from `on`: the open version is closed the day before (or, when it starts on
 * the same day, rewritten in place so no empty period is left).
 */
export async function changeVersion(
  db: DbOrTx,
  current: OrgVersionRow,
  on: string,
  patch: Partial<Pick<OrgVersionRow, 'name' | 'shortName' | 'kind'>>,
  change: string,
  note: string | null,
): Promise<void> {
  const where = and(eq(orgVersions.tenantId, current.tenantId), eq(orgVersions.id, current.id));
  if (current.validFrom === on) {
    await db.update(orgVersions).set({ ...patch, note: note ?? current.note }).where(where);
    return;
  }
  await db.update(orgVersions).set({ validTo: on }).where(where);
  const { id: _id, createdAt: _c, ...rest } = current;
  await db.insert(orgVersions).values({ ...rest, ...patch, validFrom: on, validTo: null, change, note });
}

/** Closes the open version on `on` (dissolution); the org leaves the tree from that day. */
export async function closeVersion(db: DbOrTx, current: OrgVersionRow, on: string): Promise<void> {
  await db.update(orgVersions).set({ validTo: on }).where(and(eq(orgVersions.tenantId, current.tenantId), eq(orgVersions.id, current.id)));
}

/** Latest start of any open version in a subtree: a dated change may not be placed before it. */
export async function latestOpenStartInSubtree(db: DbOrTx, tenantId: number, path: string): Promise<string | null> {
  const [row] = await db
    .select({ latest: sql<string | null>`max(${orgVersions.validFrom})::text` })
    .from(orgVersions)
    .where(and(eq(orgVersions.tenantId, tenantId), isNull(orgVersions.validTo), sql`${orgVersions.path} LIKE ${`${path}%`}`));
  return row?.latest ?? null;
}

/**
 * Moves a subtree under a new parent from a date: every open version in the subtree is rewritten with the new
 * path prefix (closed and reopened, or rewritten in place when it starts that day), and the current rows follow.
 */
export async function moveSubtree(
  db: DbOrTx,
  input: { tenantId: number; orgId: number; oldPath: string; newPath: string; newParentId: number; on: string; note: string | null },
): Promise<void> {
  const { tenantId, orgId, oldPath, newPath, newParentId, on, note } = input;
  const like = `${oldPath}%`;
  const newPathExpr = sql`${newPath} || substr(path, ${oldPath.length + 1})`;
  const parentExpr = sql`CASE WHEN org_id = ${orgId} THEN ${newParentId}::bigint ELSE parent_id END`;
  await db.execute(sql`UPDATE org_versions SET path = ${newPathExpr}, parent_id = ${parentExpr},
      change = CASE WHEN org_id = ${orgId} THEN 'move' ELSE change END
    WHERE tenant_id = ${tenantId} AND valid_to IS NULL AND path LIKE ${like} AND valid_from = ${on}`);
  await db.execute(sql`INSERT INTO org_versions (tenant_id, org_id, kind, name, short_name, parent_id, path, valid_from, valid_to, change, note)
    SELECT tenant_id, org_id, kind, name, short_name, ${parentExpr}, ${newPathExpr}, ${on}, NULL,
      CASE WHEN org_id = ${orgId} THEN 'move' ELSE 'ancestor_move' END, ${note}
    FROM org_versions WHERE tenant_id = ${tenantId} AND valid_to IS NULL AND path LIKE ${like} AND valid_from < ${on}`);
  await db.execute(sql`UPDATE org_versions SET valid_to = ${on}
    WHERE tenant_id = ${tenantId} AND valid_to IS NULL AND path LIKE ${like} AND valid_from < ${on}`);
  await db.execute(sql`UPDATE orgs SET path = ${newPathExpr},
      depth = array_length(string_to_array(${newPathExpr}, '/'), 1) - 3,
      parent_id = CASE WHEN id = ${orgId} THEN ${newParentId}::bigint ELSE parent_id END, updated_at = now()
    WHERE tenant_id = ${tenantId} AND path LIKE ${like}`);
}

export async function countActiveChildren(db: DbOrTx, tenantId: number, orgId: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(orgs).where(and(eq(orgs.tenantId, tenantId), eq(orgs.parentId, orgId), isNull(orgs.dissolvedOn)));
  return row.n;
}

/** Orgs in force on a date within a subtree (or the park): one prefix scan, no recursive walk. */
export async function countOrgsAsOf(db: DbOrTx, tenantId: number, scope: Scope, asOf: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(orgVersions)
    .innerJoin(orgs, and(eq(orgs.tenantId, orgVersions.tenantId), eq(orgs.id, orgVersions.orgId)))
    .where(and(eq(orgVersions.tenantId, tenantId), validOn(asOf), pathInScope(scope, orgs.path)));
  return row.n;
}
