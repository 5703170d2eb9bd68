import { and, asc, count, desc, eq, gte, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/connection.ts';
import { enterprises, orgs, requestCategories, requests, users } from '../../db/schema/index.ts';
import { type Scope, enterpriseInScope, pathInScope } from '../../platform/scope.ts';
import { openStatuses } from './requests.rules.ts';

/**
 * The only code that queries requests (their events and attachments: request-records.repository.ts; categories:
 * request-categories.repository.ts). Enterprise, org and user rows are joined read-only for names and scope.
 */
export type RequestRow = typeof requests.$inferSelect;

/**
 * What a caller reaches with one permission: requests of enterprises in `scope` (enterpriseInScope), requests
 * assigned to a department or escalated to an org in its subtrees, and — as relations — the requests assigned to
 * them (`asAssignee`) or raised by them (`asRaiser`).
 */
export type RequestReach = { scope: Scope; userId: number; asAssignee: boolean; asRaiser: boolean; on: string };

const enterpriseOrg = alias(orgs, 'enterprise_org');
const department = alias(orgs, 'department_org');
const escalatedTo = alias(orgs, 'escalated_org');
const assignee = alias(users, 'assignee_user');
const raiser = alias(users, 'raiser_user');

const columns = {
  request: requests,
  enterpriseName: enterprises.name,
  enterpriseUscc: enterprises.uscc,
  enterpriseAddress: enterprises.address,
  enterpriseOrgId: enterpriseOrg.id,
  enterpriseOrgParentId: enterpriseOrg.parentId,
  enterpriseOrgName: enterpriseOrg.name,
  categoryCode: requestCategories.code,
  categoryNameZh: requestCategories.nameZh,
  categoryNameEn: requestCategories.nameEn,
  departmentName: department.name,
  departmentParentId: department.parentId,
  escalatedToName: escalatedTo.name,
  escalatedToParentId: escalatedTo.parentId,
  assigneeName: assignee.displayName,
  raisedByName: raiser.displayName,
};
type JoinedRow = { request: RequestRow } & Omit<{ [K in keyof typeof columns]: unknown }, 'request'>;
/** A request with the names around it and the parents escalation climbs to. */
export type RequestWithNames = RequestRow & {
  enterpriseName: string;
  enterpriseUscc: string;
  enterpriseAddress: string | null;
  enterpriseOrgId: number;
  enterpriseOrgParentId: number | null;
  enterpriseOrgName: string;
  categoryCode: string;
  categoryNameZh: string;
  categoryNameEn: string;
  departmentName: string | null;
  departmentParentId: number | null;
  escalatedToName: string | null;
  escalatedToParentId: number | null;
  assigneeName: string | null;
  raisedByName: string | null;
};

function base<T extends Record<string, SQL>>(db: DbOrTx, extra: T = {} as T) {
  return db
    .select({ ...columns, ...extra })
    .from(requests)
    .innerJoin(enterprises, and(eq(enterprises.tenantId, requests.tenantId), eq(enterprises.id, requests.enterpriseId)))
    .innerJoin(enterpriseOrg, and(eq(enterpriseOrg.tenantId, enterprises.tenantId), eq(enterpriseOrg.id, enterprises.responsibleOrgId)))
    .innerJoin(requestCategories, and(eq(requestCategories.tenantId, requests.tenantId), eq(requestCategories.id, requests.categoryId)))
    .leftJoin(department, and(eq(department.tenantId, requests.tenantId), eq(department.id, requests.departmentOrgId)))
    .leftJoin(escalatedTo, and(eq(escalatedTo.tenantId, requests.tenantId), eq(escalatedTo.id, requests.escalatedToOrgId)))
    .leftJoin(assignee, and(eq(assignee.tenantId, requests.tenantId), eq(assignee.id, requests.assigneeUserId)))
    .leftJoin(raiser, and(eq(raiser.tenantId, requests.tenantId), eq(raiser.id, requests.raisedByUserId)));
}

function merge(r: JoinedRow): RequestWithNames {
  const { request, ...names } = r;
  return { ...request, ...(names as Omit<RequestWithNames, keyof RequestRow>) };
}

/** The condition "the caller reaches this request" (the query joins the enterprise's, department's and escalation org). */
export function reaches(tenantId: number, reach: RequestReach): SQL {
  if (reach.scope.all) return sql`true`;
  const parts: SQL[] = [enterpriseInScope(reach.scope, { tenantId, enterpriseId: requests.enterpriseId, responsibleOrgPath: enterpriseOrg.path, on: reach.on })];
  if (reach.scope.paths.length) parts.push(pathInScope(reach.scope, department.path), pathInScope(reach.scope, escalatedTo.path));
  if (reach.asAssignee) parts.push(sql`${requests.assigneeUserId} = ${reach.userId}`);
  if (reach.asRaiser) parts.push(sql`${requests.raisedByUserId} = ${reach.userId}`);
  return sql`(${sql.join(parts, sql` OR `)})`;
}

/** One request of the park, whether each reach given holds for it; null when the park has none by that id. */
export async function findRequest<K extends string>(
  db: DbOrTx,
  tenantId: number,
  id: number,
  reachBy: Record<K, RequestReach>,
  lock = false,
): Promise<(RequestWithNames & { reach: Record<K, boolean> }) | null> {
  const flags = Object.fromEntries(Object.entries<RequestReach>(reachBy).map(([k, r]) => [k, sql<boolean>`${reaches(tenantId, r)}`]));
  const query = base(db, flags)
    .where(and(eq(requests.tenantId, tenantId), eq(requests.id, id)));
  const [row] = lock ? await query.for('update', { of: requests }) : await query;
  if (!row) return null;
  const reach = Object.fromEntries(Object.keys(reachBy).map((k) => [k, Boolean((row as Record<string, unknown>)[k])])) as Record<K, boolean>;
  return { ...merge(row as unknown as JoinedRow), reach };
}

export type RequestFilter = {
  statuses?: readonly string[];
  categoryCode?: string;
  enterpriseId?: number;
  /** Only requests overdue at this instant (response or resolution). */
  overdueAt?: Date;
  escalated?: boolean;
  raisedByUserId?: number;
  /** "Mine" for an enterprise contact: the requests of these enterprises too. */
  ownEnterpriseIds?: readonly number[];
  submittedFrom?: Date;
  submittedBefore?: Date;
  ids?: readonly number[];
  q?: string;
};

const openList = sql.join(openStatuses.map((s) => sql`${s}`), sql`, `);

/** The condition "overdue at this instant": not accepted past the response deadline, or open past the resolution deadline. */
function overdueAt(now: Date): SQL {
  const t = now.toISOString();
  return sql`((${requests.status} = 'submitted' AND ${requests.responseDueAt} < ${t}) OR (${requests.status} IN (${openList}) AND ${requests.resolutionDueAt} < ${t}))`;
}

function filterWhere(tenantId: number, reach: RequestReach, f: RequestFilter) {
  const mine: SQL[] = [];
  if (f.raisedByUserId !== undefined) mine.push(eq(requests.raisedByUserId, f.raisedByUserId));
  if (f.ownEnterpriseIds?.length) mine.push(inArray(requests.enterpriseId, [...f.ownEnterpriseIds]));
  return and(
    eq(requests.tenantId, tenantId),
    reaches(tenantId, reach),
    f.statuses ? inArray(requests.status, [...f.statuses]) : undefined,
    f.categoryCode ? eq(requestCategories.code, f.categoryCode) : undefined,
    f.enterpriseId !== undefined ? eq(requests.enterpriseId, f.enterpriseId) : undefined,
    f.overdueAt ? overdueAt(f.overdueAt) : undefined,
    f.escalated === undefined ? undefined : f.escalated ? sql`${requests.escalationLevel} > 0` : sql`${requests.escalationLevel} = 0`,
    mine.length ? or(...mine) : undefined,
    f.submittedFrom ? gte(requests.submittedAt, f.submittedFrom) : undefined,
    f.submittedBefore ? lt(requests.submittedAt, f.submittedBefore) : undefined,
    f.ids ? inArray(requests.id, [...f.ids]) : undefined,
    f.q ? or(ilike(requests.title, `%${f.q}%`), ilike(requests.description, `%${f.q}%`), ilike(enterprises.name, `%${f.q}%`)) : undefined,
  );
}

/** Requests the caller reaches, filtered, newest first; a page of them, or (without a limit) all. */
export async function listRequests(
  db: DbOrTx,
  tenantId: number,
  reach: RequestReach,
  f: RequestFilter & { offset?: number; limit?: number; oldestFirst?: boolean },
): Promise<{ total: number; rows: RequestWithNames[] }> {
  const where = filterWhere(tenantId, reach, f);
  const [{ total }] = await db
    .select({ total: count() })
    .from(requests)
    .innerJoin(enterprises, and(eq(enterprises.tenantId, requests.tenantId), eq(enterprises.id, requests.enterpriseId)))
    .innerJoin(enterpriseOrg, and(eq(enterpriseOrg.tenantId, enterprises.tenantId), eq(enterpriseOrg.id, enterprises.responsibleOrgId)))
    .innerJoin(requestCategories, and(eq(requestCategories.tenantId, requests.tenantId), eq(requestCategories.id, requests.categoryId)))
    .leftJoin(department, and(eq(department.tenantId, requests.tenantId), eq(department.id, requests.departmentOrgId)))
    .leftJoin(escalatedTo, and(eq(escalatedTo.tenantId, requests.tenantId), eq(escalatedTo.id, requests.escalatedToOrgId)))
    .where(where);
  const order = f.oldestFirst ? [asc(requests.submittedAt), asc(requests.id)] : [desc(requests.submittedAt), desc(requests.id)];
  const query = base(db).where(where).orderBy(...order).$dynamic();
  const rows = f.limit === undefined ? await query : await query.offset(f.offset ?? 0).limit(f.limit);
  return { total, rows: rows.map((r) => merge(r as unknown as JoinedRow)) };
}

/** Open requests the caller reaches that a sweep at `now` may owe an escalation: past a deadline and not yet escalated for it. */
export async function listEscalationCandidates(db: DbOrTx, tenantId: number, reach: RequestReach, now: Date): Promise<RequestWithNames[]> {
  const t = now.toISOString();
  const rows = await base(db)
    .where(
      and(
        eq(requests.tenantId, tenantId),
        reaches(tenantId, reach),
        or(
          sql`${requests.status} = 'submitted' AND ${requests.responseDueAt} < ${t} AND ${requests.responseEscalatedAt} IS NULL`,
          sql`${requests.status} IN (${openList}) AND ${requests.resolutionDueAt} < ${t} AND ${requests.resolutionEscalatedAt} IS NULL`,
        ),
      ),
    )
    .orderBy(asc(requests.id))
    .for('update', { of: requests });
  return rows.map((r) => merge(r as unknown as JoinedRow));
}

/**
 * Requests the caller reaches first resolved in [from, before) whose state at `before` is still resolved or
 * confirmed (a request reopened and not resolved again by then does not count). Park-time instants.
 */
export async function listResolvedBetween(db: DbOrTx, tenantId: number, reach: RequestReach, from: Date, before: Date): Promise<RequestWithNames[]> {
  const b = before.toISOString();
  const firstResolved = sql`(SELECT min(ev.at) FROM request_events ev WHERE ev.tenant_id = ${requests.tenantId} AND ev.request_id = ${requests.id} AND ev.to_status = 'resolved' AND ev.kind = 'transition')`;
  const stateAt = sql`(SELECT ev.to_status FROM request_events ev WHERE ev.tenant_id = ${requests.tenantId} AND ev.request_id = ${requests.id} AND ev.at < ${b} ORDER BY ev.at DESC, ev.id DESC LIMIT 1)`;
  const rows = await base(db)
    .where(and(eq(requests.tenantId, tenantId), reaches(tenantId, reach), sql`${firstResolved} >= ${from.toISOString()}`, sql`${firstResolved} < ${b}`, sql`${stateAt} IN ('resolved', 'confirmed')`))
    .orderBy(asc(requests.id));
  return rows.map((r) => merge(r as unknown as JoinedRow));
}

export async function insertRequest(db: DbOrTx, values: typeof requests.$inferInsert): Promise<RequestRow> {
  const [row] = await db.insert(requests).values(values).returning();
  return row;
}

export async function updateRequest(db: DbOrTx, tenantId: number, id: number, patch: Partial<typeof requests.$inferInsert>): Promise<void> {
  await db.update(requests).set({ ...patch, updatedAt: new Date() }).where(and(eq(requests.tenantId, tenantId), eq(requests.id, id)));
}

/** The park's enterprise holding a USCC (Open311 names enterprises by it), read-only; null when none. */
export async function findEnterpriseIdByUscc(db: DbOrTx, tenantId: number, uscc: string): Promise<number | null> {
  const [row] = await db.select({ id: enterprises.id }).from(enterprises).where(and(eq(enterprises.tenantId, tenantId), eq(enterprises.uscc, uscc)));
  return row?.id ?? null;
}

/** Enterprises (not social organizations' closed units) in a scope on a date, by name: where the caller may raise requests. */
export async function listEnterprisesInScope(db: DbOrTx, tenantId: number, scope: Scope, on: string, f: { q?: string; limit?: number } = {}) {
  const query = db
    .select({ id: enterprises.id, name: enterprises.name, uscc: enterprises.uscc })
    .from(enterprises)
    .innerJoin(enterpriseOrg, and(eq(enterpriseOrg.tenantId, enterprises.tenantId), eq(enterpriseOrg.id, enterprises.responsibleOrgId)))
    .where(
      and(
        eq(enterprises.tenantId, tenantId),
        sql`${enterprises.status} <> 'closed'`,
        enterpriseInScope(scope, { tenantId, enterpriseId: enterprises.id, responsibleOrgPath: enterpriseOrg.path, on }),
        f.q ? or(ilike(enterprises.name, `%${f.q}%`), ilike(enterprises.uscc, `%${f.q}%`)) : undefined,
      ),
    )
    .orderBy(asc(enterprises.id))
    .$dynamic();
  return f.limit === undefined ? query : query.limit(f.limit);
}

/**
 * The reach condition without joins, for single-row lookups on the write path: the paths it needs are read by
 * scalar subqueries, and only when the scope is not the whole park (a wide join costs more to plan than to run).
 */
function reachesByLookup(tenantId: number, reach: RequestReach): SQL {
  if (reach.scope.all) return sql`true`;
  const enterprisePath = sql`(SELECT o.path FROM enterprises e JOIN orgs o ON o.tenant_id = e.tenant_id AND o.id = e.responsible_org_id WHERE e.tenant_id = ${requests.tenantId} AND e.id = ${requests.enterpriseId})`;
  const orgPath = (column: typeof requests.departmentOrgId) => sql`(SELECT o.path FROM orgs o WHERE o.tenant_id = ${requests.tenantId} AND o.id = ${column})`;
  const parts: SQL[] = [enterpriseInScope(reach.scope, { tenantId, enterpriseId: requests.enterpriseId, responsibleOrgPath: enterprisePath, on: reach.on })];
  if (reach.scope.paths.length) parts.push(pathInScope(reach.scope, orgPath(requests.departmentOrgId)), pathInScope(reach.scope, orgPath(requests.escalatedToOrgId)));
  if (reach.asAssignee) parts.push(sql`${requests.assigneeUserId} = ${reach.userId}`);
  if (reach.asRaiser) parts.push(sql`${requests.raisedByUserId} = ${reach.userId}`);
  return sql`(${sql.join(parts, sql` OR `)})`;
}

/** One request's own row with whether each reach holds for it (no names); `lock` takes it for update. Null when the park has none by that id. */
export async function findRequestState<K extends string>(
  db: DbOrTx,
  tenantId: number,
  id: number,
  reachBy: Record<K, RequestReach>,
  lock = false,
): Promise<(RequestRow & { reach: Record<K, boolean> }) | null> {
  const flags = Object.fromEntries(Object.entries<RequestReach>(reachBy).map(([k, r]) => [k, sql<boolean>`${reachesByLookup(tenantId, r)}`]));
  const query = db.select({ request: requests, ...flags }).from(requests).where(and(eq(requests.tenantId, tenantId), eq(requests.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) return null;
  const reach = Object.fromEntries(Object.keys(reachBy).map((k) => [k, Boolean((row as Record<string, unknown>)[k])])) as Record<K, boolean>;
  return { ...(row as unknown as { request: RequestRow }).request, reach };
}
