import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection.ts';
import { chains, orgs, projects } from '../../db/schema/index.ts';
import { type Scope, pathInScope } from '../../platform/scope.ts';

/** The only code that queries projects (their stage changes, officers and notes: project-records.repository.ts). */
export type ProjectRow = typeof projects.$inferSelect;
/** A project with its chain's name and the chain committee's current path (which decides scope). */
export type ProjectWithChain = ProjectRow & { chainName: string | null; committeePath: string | null };
/** A project with its stage on a date, read from its stage changes. */
export type ProjectOnDate = ProjectWithChain & { stageOn: string; stageSinceOn: string };

/**
 * What a caller reaches: the projects of chains whose committee lies in `scope`, and the projects they serve as
 * chief service officer (`userId`) on the day `on`.
 */
export type ProjectAccess = { scope: Scope; userId: number; on: string };

const chainJoin = and(eq(chains.tenantId, projects.tenantId), eq(chains.id, projects.chainId));
const committeeJoin = and(eq(orgs.tenantId, chains.tenantId), eq(orgs.id, chains.committeeOrgId));
const columns = { project: projects, chainName: chains.name, committeePath: orgs.path };

function isCurrentOfficerSql(userId: number, on: string): SQL {
  return sql`EXISTS (SELECT 1 FROM project_officers po WHERE po.tenant_id = ${projects.tenantId} AND po.project_id = ${projects.id}
    AND po.officer_user_id = ${userId} AND po.valid_from <= ${on} AND (po.valid_to IS NULL OR po.valid_to > ${on}))`;
}

/** The condition "the caller reaches this project" (the query joins chains and their committee orgs). */
function reaches(access: ProjectAccess): SQL {
  if (access.scope.all) return sql`true`;
  const viaChain = access.scope.paths.length ? pathInScope(access.scope, orgs.path) : sql`false`;
  return sql`(${viaChain} OR ${isCurrentOfficerSql(access.userId, access.on)})`;
}

/** The stage in force on a date: the latest change on or before it (null before the project was recorded). */
function stageOn(on: string) {
  return sql<string | null>`(SELECT psc.to_stage FROM project_stage_changes psc WHERE psc.tenant_id = ${projects.tenantId}
    AND psc.project_id = ${projects.id} AND psc.changed_on <= ${on} ORDER BY psc.changed_on DESC, psc.id DESC LIMIT 1)`;
}
function stageSinceOn(on: string) {
  return sql<string | null>`(SELECT psc.changed_on FROM project_stage_changes psc WHERE psc.tenant_id = ${projects.tenantId}
    AND psc.project_id = ${projects.id} AND psc.changed_on <= ${on} ORDER BY psc.changed_on DESC, psc.id DESC LIMIT 1)`;
}

/** The condition "the project had reached one of these stages by the date" (a forward jump counts for the stages it passed). */
function reachedBy(on: string, stages: readonly string[]): SQL {
  return sql`EXISTS (SELECT 1 FROM project_stage_changes psc WHERE psc.tenant_id = ${projects.tenantId} AND psc.project_id = ${projects.id}
    AND psc.changed_on <= ${on} AND psc.to_stage IN (${sql.join(stages.map((s) => sql`${s}`), sql`, `)}))`;
}

function merge(r: { project: ProjectRow; chainName: string | null; committeePath: string | null }): ProjectWithChain {
  return { ...r.project, chainName: r.chainName, committeePath: r.committeePath };
}

export async function findProject(db: DbOrTx, tenantId: number, id: number, lock = false): Promise<ProjectWithChain | null> {
  const query = db.select(columns).from(projects).leftJoin(chains, chainJoin).leftJoin(orgs, committeeJoin).where(and(eq(projects.tenantId, tenantId), eq(projects.id, id)));
  const [row] = lock ? await query.for('update', { of: projects }) : await query;
  return row ? merge(row) : null;
}

export async function findProjectByCode(db: DbOrTx, tenantId: number, code: string): Promise<ProjectRow | null> {
  const [row] = await db.select().from(projects).where(and(eq(projects.tenantId, tenantId), eq(projects.code, code)));
  return row ?? null;
}

export type ProjectFilter = { on: string; projectId?: number; stage?: string; chainId?: number; q?: string };

function filterWhere(tenantId: number, access: ProjectAccess, f: ProjectFilter) {
  const stage = stageOn(f.on);
  return and(
    eq(projects.tenantId, tenantId),
    reaches(access),
    sql`${stage} IS NOT NULL`,
    f.stage ? sql`${stage} = ${f.stage}` : undefined,
    f.chainId !== undefined ? eq(projects.chainId, f.chainId) : undefined,
    f.projectId !== undefined ? eq(projects.id, f.projectId) : undefined,
    f.q ? or(ilike(projects.name, `%${f.q}%`), ilike(projects.code, `%${f.q}%`), ilike(projects.investorName, `%${f.q}%`)) : undefined,
  );
}

/** Projects the caller reaches that were recorded by the date, with their stage then; a page of them, or all. */
export async function listProjectsOn(
  db: DbOrTx,
  tenantId: number,
  access: ProjectAccess,
  f: ProjectFilter & { offset?: number; limit?: number },
): Promise<{ total: number; rows: ProjectOnDate[] }> {
  const where = filterWhere(tenantId, access, f);
  const [{ total }] = await db.select({ total: count() }).from(projects).leftJoin(chains, chainJoin).leftJoin(orgs, committeeJoin).where(where);
  const query = db
    .select({ ...columns, stageOn: stageOn(f.on), stageSinceOn: stageSinceOn(f.on) })
    .from(projects)
    .leftJoin(chains, chainJoin)
    .leftJoin(orgs, committeeJoin)
    .where(where)
    .orderBy(asc(projects.code))
    .$dynamic();
  const rows = f.limit === undefined ? await query : await query.offset(f.offset ?? 0).limit(f.limit);
  return { total, rows: rows.map((r) => ({ ...merge(r), stageOn: String(r.stageOn), stageSinceOn: String(r.stageSinceOn) })) };
}

/** Projects the caller reaches that had reached one of the stages by the date (the report's cumulative figures). */
export async function listProjectsReaching(db: DbOrTx, tenantId: number, access: ProjectAccess, on: string, stages: readonly string[]): Promise<ProjectWithChain[]> {
  const rows = await db
    .select(columns)
    .from(projects)
    .leftJoin(chains, chainJoin)
    .leftJoin(orgs, committeeJoin)
    .where(and(eq(projects.tenantId, tenantId), reaches(access), reachedBy(on, stages)))
    .orderBy(asc(projects.code));
  return rows.map(merge);
}

/** Per chain: projects recorded by the date, and the agreed investment of those that had reached `signedStages`. */
export async function chainTotals(db: DbOrTx, tenantId: number, chainIds: number[], on: string, signedStages: readonly string[]): Promise<Map<number, { projects: number; signedInvestment: number }>> {
  if (chainIds.length === 0) return new Map();
  const rows = await db
    .select({
      chainId: projects.chainId,
      n: count(),
      signed: sql<string>`coalesce(sum(${projects.agreedInvestment}) FILTER (WHERE ${reachedBy(on, signedStages)}), 0)`,
    })
    .from(projects)
    .where(and(eq(projects.tenantId, tenantId), inArray(projects.chainId, chainIds), sql`${stageOn(on)} IS NOT NULL`))
    .groupBy(projects.chainId);
  return new Map(rows.map((r) => [Number(r.chainId), { projects: r.n, signedInvestment: Number(r.signed) }]));
}

export async function insertProject(db: DbOrTx, values: typeof projects.$inferInsert): Promise<ProjectRow> {
  const [row] = await db.insert(projects).values(values).returning();
  return row;
}

export async function updateProject(db: DbOrTx, tenantId: number, id: number, patch: Partial<typeof projects.$inferInsert>): Promise<void> {
  await db.update(projects).set({ ...patch, updatedAt: new Date() }).where(and(eq(projects.tenantId, tenantId), eq(projects.id, id)));
}
