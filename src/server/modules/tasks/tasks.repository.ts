import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/connection.ts';
import { jointMeetingDecisions, jointMeetings, members, orgs, taskItemCoOwners, taskItems, taskLists } from '../../db/schema/index.ts';
import { type Scope, pathInScope } from '../../platform/scope.ts';

/** The only code that queries task lists and items (reports, status changes, evidence: task-records.repository.ts). */
export type TaskListRow = typeof taskLists.$inferSelect;
export type TaskListWithOrg = TaskListRow & { orgName: string; orgPath: string };
export type TaskItemRow = typeof taskItems.$inferSelect;
/** An item with what scope is decided by: its list's org, its responsible org and its co-owners (current paths). */
export type TaskItemWithOrgs = TaskItemRow & {
  listOrgId: number;
  listOrgPath: string;
  listYear: number;
  listTitle: string;
  responsibleOrgName: string;
  responsibleOrgPath: string;
  leadMemberName: string | null;
  coOwners: { orgId: number; orgName: string; orgPath: string }[];
};

const listOrg = alias(orgs, 'list_org');
const responsibleOrg = alias(orgs, 'responsible_org');

/** "The caller reaches this item": its list's org, its responsible org or one of its co-owners lies in the scope. */
export function itemVisibleSql(scope: Scope): SQL {
  if (scope.all) return sql`true`;
  if (scope.paths.length === 0) return sql`false`;
  return sql`(${pathInScope(scope, listOrg.path)} OR ${pathInScope(scope, responsibleOrg.path)} OR EXISTS (
    SELECT 1 FROM task_item_co_owners co JOIN orgs coo ON coo.tenant_id = co.tenant_id AND coo.id = co.org_id
    WHERE co.tenant_id = ${taskItems.tenantId} AND co.item_id = ${taskItems.id} AND ${pathInScope(scope, sql`coo.path`)}))`;
}

export async function findList(db: DbOrTx, tenantId: number, id: number): Promise<TaskListWithOrg | null> {
  const [row] = await db
    .select({ list: taskLists, orgName: orgs.name, orgPath: orgs.path })
    .from(taskLists)
    .innerJoin(orgs, and(eq(orgs.tenantId, taskLists.tenantId), eq(orgs.id, taskLists.orgId)))
    .where(and(eq(taskLists.tenantId, tenantId), eq(taskLists.id, id)));
  return row ? { ...row.list, orgName: row.orgName, orgPath: row.orgPath } : null;
}

export async function findListByOrgYear(db: DbOrTx, tenantId: number, orgId: number, year: number): Promise<TaskListRow | null> {
  const [row] = await db.select().from(taskLists).where(and(eq(taskLists.tenantId, tenantId), eq(taskLists.orgId, orgId), eq(taskLists.year, year)));
  return row ?? null;
}

export async function insertList(db: DbOrTx, values: typeof taskLists.$inferInsert): Promise<TaskListRow> {
  const [row] = await db.insert(taskLists).values(values).returning();
  return row;
}

/** Whether the caller reaches at least one item of the list (a responsible org's secretary reaches the list through it). */
export async function hasVisibleItem(db: DbOrTx, tenantId: number, listId: number, scope: Scope): Promise<boolean> {
  const [row] = await db
    .select({ id: taskItems.id })
    .from(taskItems)
    .innerJoin(taskLists, and(eq(taskLists.tenantId, taskItems.tenantId), eq(taskLists.id, taskItems.listId)))
    .innerJoin(listOrg, and(eq(listOrg.tenantId, taskLists.tenantId), eq(listOrg.id, taskLists.orgId)))
    .innerJoin(responsibleOrg, and(eq(responsibleOrg.tenantId, taskItems.tenantId), eq(responsibleOrg.id, taskItems.responsibleOrgId)))
    .where(and(eq(taskItems.tenantId, tenantId), eq(taskItems.listId, listId), itemVisibleSql(scope)))
    .limit(1);
  return row !== undefined;
}

export type ListFilter = { year?: number; subtreePath?: string };

/** Lists the caller reaches (their org in scope, or one of their items visible), with item counts. */
export async function listLists(db: DbOrTx, tenantId: number, scope: Scope, f: ListFilter) {
  const reachesItem = sql`EXISTS (SELECT 1 FROM task_items ti JOIN orgs ro ON ro.tenant_id = ti.tenant_id AND ro.id = ti.responsible_org_id
    WHERE ti.tenant_id = ${taskLists.tenantId} AND ti.list_id = ${taskLists.id} AND (${pathInScope(scope, sql`ro.path`)} OR EXISTS (
      SELECT 1 FROM task_item_co_owners co JOIN orgs coo ON coo.tenant_id = co.tenant_id AND coo.id = co.org_id
      WHERE co.tenant_id = ti.tenant_id AND co.item_id = ti.id AND ${pathInScope(scope, sql`coo.path`)})))`;
  const rows = await db
    .select({
      list: taskLists,
      orgName: orgs.name,
      orgPath: orgs.path,
      items: sql<number>`(SELECT count(*)::int FROM task_items ti WHERE ti.tenant_id = ${taskLists.tenantId} AND ti.list_id = ${taskLists.id})`,
    })
    .from(taskLists)
    .innerJoin(orgs, and(eq(orgs.tenantId, taskLists.tenantId), eq(orgs.id, taskLists.orgId)))
    .where(
      and(
        eq(taskLists.tenantId, tenantId),
        scope.all ? undefined : sql`(${pathInScope(scope, orgs.path)} OR ${reachesItem})`,
        f.year !== undefined ? eq(taskLists.year, f.year) : undefined,
        f.subtreePath !== undefined ? sql`${orgs.path} LIKE ${`${f.subtreePath}%`}` : undefined,
      ),
    )
    .orderBy(sql`${taskLists.year} DESC`, asc(orgs.path));
  return rows.map((r) => ({ ...r.list, orgName: r.orgName, orgPath: r.orgPath, itemCount: Number(r.items) }));
}

const itemColumns = {
  item: taskItems,
  listOrgId: taskLists.orgId,
  listOrgPath: listOrg.path,
  listYear: taskLists.year,
  listTitle: taskLists.title,
  responsibleOrgName: responsibleOrg.name,
  responsibleOrgPath: responsibleOrg.path,
  leadMemberName: members.name,
};

function itemQuery(db: DbOrTx) {
  return db
    .select(itemColumns)
    .from(taskItems)
    .innerJoin(taskLists, and(eq(taskLists.tenantId, taskItems.tenantId), eq(taskLists.id, taskItems.listId)))
    .innerJoin(listOrg, and(eq(listOrg.tenantId, taskLists.tenantId), eq(listOrg.id, taskLists.orgId)))
    .innerJoin(responsibleOrg, and(eq(responsibleOrg.tenantId, taskItems.tenantId), eq(responsibleOrg.id, taskItems.responsibleOrgId)))
    .leftJoin(members, and(eq(members.tenantId, taskItems.tenantId), eq(members.id, taskItems.leadMemberId)));
}

type ItemSelect = { item: TaskItemRow; listOrgId: number; listOrgPath: string; listYear: number; listTitle: string; responsibleOrgName: string; responsibleOrgPath: string; leadMemberName: string | null };

async function withCoOwners(db: DbOrTx, tenantId: number, rows: ItemSelect[]): Promise<TaskItemWithOrgs[]> {
  const ids = rows.map((r) => r.item.id);
  const co = ids.length
    ? await db
        .select({ itemId: taskItemCoOwners.itemId, orgId: taskItemCoOwners.orgId, orgName: orgs.name, orgPath: orgs.path })
        .from(taskItemCoOwners)
        .innerJoin(orgs, and(eq(orgs.tenantId, taskItemCoOwners.tenantId), eq(orgs.id, taskItemCoOwners.orgId)))
        .where(and(eq(taskItemCoOwners.tenantId, tenantId), inArray(taskItemCoOwners.itemId, ids)))
        .orderBy(asc(orgs.path))
    : [];
  return rows.map((r) => ({
    ...r.item,
    listOrgId: r.listOrgId,
    listOrgPath: r.listOrgPath,
    listYear: r.listYear,
    listTitle: r.listTitle,
    responsibleOrgName: r.responsibleOrgName,
    responsibleOrgPath: r.responsibleOrgPath,
    leadMemberName: r.leadMemberName,
    coOwners: co.filter((c) => c.itemId === r.item.id).map((c) => ({ orgId: c.orgId, orgName: c.orgName, orgPath: c.orgPath })),
  }));
}

export async function findItem(db: DbOrTx, tenantId: number, id: number, lock = false): Promise<TaskItemWithOrgs | null> {
  const query = itemQuery(db).where(and(eq(taskItems.tenantId, tenantId), eq(taskItems.id, id)));
  const rows = lock ? await query.for('update', { of: taskItems }) : await query;
  return (await withCoOwners(db, tenantId, rows))[0] ?? null;
}

/** Every item of a list (the roll-up needs all of them), each marked whether the caller reaches it. */
export async function listItemsOfList(db: DbOrTx, tenantId: number, listId: number, scope: Scope): Promise<(TaskItemWithOrgs & { isVisible: boolean })[]> {
  const rows = await db
    .select({ ...itemColumns, isVisible: sql<boolean>`${itemVisibleSql(scope)}` })
    .from(taskItems)
    .innerJoin(taskLists, and(eq(taskLists.tenantId, taskItems.tenantId), eq(taskLists.id, taskItems.listId)))
    .innerJoin(listOrg, and(eq(listOrg.tenantId, taskLists.tenantId), eq(listOrg.id, taskLists.orgId)))
    .innerJoin(responsibleOrg, and(eq(responsibleOrg.tenantId, taskItems.tenantId), eq(responsibleOrg.id, taskItems.responsibleOrgId)))
    .leftJoin(members, and(eq(members.tenantId, taskItems.tenantId), eq(members.id, taskItems.leadMemberId)))
    .where(and(eq(taskItems.tenantId, tenantId), eq(taskItems.listId, listId)))
    .orderBy(asc(taskItems.id));
  const visible = new Map(rows.map((r) => [r.item.id, Boolean(r.isVisible)]));
  return (await withCoOwners(db, tenantId, rows)).map((r) => ({ ...r, isVisible: visible.get(r.id) ?? false }));
}

/** The top-level items of the year's lists that the caller reaches, with their status on a date (F15). */
export async function listTopItemsOfYear(db: DbOrTx, tenantId: number, scope: Scope, year: number, on: string) {
  return db
    .select({ id: taskItems.id, title: taskItems.title, listTitle: taskLists.title, statusOn: statusOnSql(on) })
    .from(taskItems)
    .innerJoin(taskLists, and(eq(taskLists.tenantId, taskItems.tenantId), eq(taskLists.id, taskItems.listId)))
    .innerJoin(listOrg, and(eq(listOrg.tenantId, taskLists.tenantId), eq(listOrg.id, taskLists.orgId)))
    .innerJoin(responsibleOrg, and(eq(responsibleOrg.tenantId, taskItems.tenantId), eq(responsibleOrg.id, taskItems.responsibleOrgId)))
    .where(and(eq(taskItems.tenantId, tenantId), eq(taskLists.year, year), sql`${taskItems.parentId} IS NULL`, sql`${statusOnSql(on)} IS NOT NULL`, itemVisibleSql(scope)))
    .orderBy(asc(taskLists.id), asc(taskItems.id));
}

/** The status in force on a date: the latest change on or before it; null before the item was recorded. */
export function statusOnSql(on: string) {
  return sql<string | null>`(SELECT tsc.to_status FROM task_status_changes tsc WHERE tsc.tenant_id = ${taskItems.tenantId}
    AND tsc.item_id = ${taskItems.id} AND tsc.changed_on <= ${on} ORDER BY tsc.changed_on DESC, tsc.id DESC LIMIT 1)`;
}

/** Items overdue on a date in lists whose org lies in the scope, that never had an overdue record (the sweep). */
export async function listOverdueWithoutRecord(db: DbOrTx, tenantId: number, scope: Scope, on: string): Promise<{ id: number }[]> {
  return db
    .select({ id: taskItems.id })
    .from(taskItems)
    .innerJoin(taskLists, and(eq(taskLists.tenantId, taskItems.tenantId), eq(taskLists.id, taskItems.listId)))
    .innerJoin(listOrg, and(eq(listOrg.tenantId, taskLists.tenantId), eq(listOrg.id, taskLists.orgId)))
    .where(
      and(
        eq(taskItems.tenantId, tenantId),
        pathInScope(scope, listOrg.path),
        sql`${taskItems.dueOn} < ${on}`,
        sql`${statusOnSql(on)} IN ('open', 'submitted')`,
        sql`NOT EXISTS (SELECT 1 FROM accountability_records ar WHERE ar.tenant_id = ${taskItems.tenantId} AND ar.item_id = ${taskItems.id} AND ar.reason = 'overdue')`,
      ),
    )
    .orderBy(asc(taskItems.id));
}

export async function insertItem(db: DbOrTx, values: typeof taskItems.$inferInsert): Promise<TaskItemRow> {
  const [row] = await db.insert(taskItems).values(values).returning();
  return row;
}

export async function updateItem(db: DbOrTx, tenantId: number, id: number, patch: Partial<typeof taskItems.$inferInsert>): Promise<void> {
  await db.update(taskItems).set({ ...patch, updatedAt: new Date() }).where(and(eq(taskItems.tenantId, tenantId), eq(taskItems.id, id)));
}

export async function replaceCoOwners(db: DbOrTx, tenantId: number, itemId: number, orgIds: number[]): Promise<void> {
  await db.delete(taskItemCoOwners).where(and(eq(taskItemCoOwners.tenantId, tenantId), eq(taskItemCoOwners.itemId, itemId)));
  if (orgIds.length) await db.insert(taskItemCoOwners).values(orgIds.map((orgId) => ({ tenantId, itemId, orgId })));
}

export async function countChildren(db: DbOrTx, tenantId: number, itemId: number): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(taskItems).where(and(eq(taskItems.tenantId, tenantId), eq(taskItems.parentId, itemId)));
  return Number(row.n);
}

export async function listChildren(db: DbOrTx, tenantId: number, itemId: number): Promise<TaskItemRow[]> {
  return db.select().from(taskItems).where(and(eq(taskItems.tenantId, tenantId), eq(taskItems.parentId, itemId))).orderBy(asc(taskItems.id));
}

/** The decision an item was made from, with its meeting (for the item's detail). */
export async function findDecisionSummary(db: DbOrTx, tenantId: number, decisionId: number) {
  const [row] = await db
    .select({ id: jointMeetingDecisions.id, content: jointMeetingDecisions.content, meetingId: jointMeetings.id, meetingTitle: jointMeetings.title, heldOn: jointMeetings.heldOn })
    .from(jointMeetingDecisions)
    .innerJoin(jointMeetings, and(eq(jointMeetings.tenantId, jointMeetingDecisions.tenantId), eq(jointMeetings.id, jointMeetingDecisions.meetingId)))
    .where(and(eq(jointMeetingDecisions.tenantId, tenantId), eq(jointMeetingDecisions.id, decisionId)));
  return row ?? null;
}
