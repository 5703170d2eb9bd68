import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { type PgSelect, alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/connection.ts';
import { accountabilityLevels, accountabilityRecords, orgs, taskItems, taskLists, users } from '../../db/schema/index.ts';
import type { Scope } from '../../platform/scope.ts';
import { itemVisibleSql } from './tasks.repository.ts';

/** The only code that queries the accountability ladder and records (反向问责). */
export type RecordRow = typeof accountabilityRecords.$inferSelect;
export type RecordWithItem = RecordRow & {
  itemTitle: string;
  itemDueOn: string;
  listId: number;
  listYear: number;
  responsibleOrgId: number;
  responsibleOrgName: string;
  listOrgPath: string;
  closedByUserName: string | null;
};

export async function listLevels(db: DbOrTx, tenantId: number) {
  return db.select({ code: accountabilityLevels.code, name: accountabilityLevels.name, rank: accountabilityLevels.rank }).from(accountabilityLevels).where(eq(accountabilityLevels.tenantId, tenantId)).orderBy(asc(accountabilityLevels.rank));
}

export async function replaceLevels(db: DbOrTx, tenantId: number, levels: { code: string; name: string; rank: number }[]): Promise<void> {
  await db.delete(accountabilityLevels).where(eq(accountabilityLevels.tenantId, tenantId));
  await db.insert(accountabilityLevels).values(levels.map((l) => ({ tenantId, ...l })));
}

export async function insertRecord(db: DbOrTx, values: typeof accountabilityRecords.$inferInsert): Promise<number> {
  const [row] = await db.insert(accountabilityRecords).values(values).returning({ id: accountabilityRecords.id });
  return row.id;
}

export async function closeRecord(db: DbOrTx, tenantId: number, id: number, patch: Partial<typeof accountabilityRecords.$inferInsert>): Promise<void> {
  await db.update(accountabilityRecords).set(patch).where(and(eq(accountabilityRecords.tenantId, tenantId), eq(accountabilityRecords.id, id)));
}

export async function findRecord(db: DbOrTx, tenantId: number, id: number, lock = false): Promise<RecordRow | null> {
  const query = db.select().from(accountabilityRecords).where(and(eq(accountabilityRecords.tenantId, tenantId), eq(accountabilityRecords.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function findOpenRecord(db: DbOrTx, tenantId: number, itemId: number, reason: string): Promise<RecordRow | null> {
  const [row] = await db
    .select()
    .from(accountabilityRecords)
    .where(and(eq(accountabilityRecords.tenantId, tenantId), eq(accountabilityRecords.itemId, itemId), eq(accountabilityRecords.reason, reason), eq(accountabilityRecords.status, 'open')));
  return row ?? null;
}

const listOrg = alias(orgs, 'list_org');
const responsibleOrg = alias(orgs, 'responsible_org');

function withItemJoins<T extends PgSelect>(query: T) {
  return query
    .innerJoin(taskItems, and(eq(taskItems.tenantId, accountabilityRecords.tenantId), eq(taskItems.id, accountabilityRecords.itemId)))
    .innerJoin(taskLists, and(eq(taskLists.tenantId, taskItems.tenantId), eq(taskLists.id, taskItems.listId)))
    .innerJoin(listOrg, and(eq(listOrg.tenantId, taskLists.tenantId), eq(listOrg.id, taskLists.orgId)))
    .innerJoin(responsibleOrg, and(eq(responsibleOrg.tenantId, taskItems.tenantId), eq(responsibleOrg.id, taskItems.responsibleOrgId)))
    .leftJoin(users, and(eq(users.tenantId, accountabilityRecords.tenantId), eq(users.id, accountabilityRecords.closedByUserId)));
}

export type RecordFilter = { itemId?: number; listId?: number; year?: number; status?: string; offset?: number; limit?: number };

/** Records of the items the caller reaches, open first then latest first; a page of them, or all. */
export async function listRecords(db: DbOrTx, tenantId: number, scope: Scope, f: RecordFilter): Promise<{ total: number; rows: RecordWithItem[] }> {
  const where: SQL | undefined = and(
    eq(accountabilityRecords.tenantId, tenantId),
    itemVisibleSql(scope),
    f.itemId !== undefined ? eq(accountabilityRecords.itemId, f.itemId) : undefined,
    f.listId !== undefined ? eq(taskItems.listId, f.listId) : undefined,
    f.year !== undefined ? eq(taskLists.year, f.year) : undefined,
    f.status !== undefined ? eq(accountabilityRecords.status, f.status) : undefined,
  );
  const [{ total }] = await withItemJoins(db.select({ total: sql<number>`count(*)::int` }).from(accountabilityRecords).$dynamic()).where(where);
  const query = withItemJoins(
    db
      .select({
        record: accountabilityRecords,
        itemTitle: taskItems.title,
        itemDueOn: taskItems.dueOn,
        listId: taskItems.listId,
        listYear: taskLists.year,
        responsibleOrgId: taskItems.responsibleOrgId,
        responsibleOrgName: responsibleOrg.name,
        listOrgPath: listOrg.path,
        closedByUserName: users.displayName,
      })
      .from(accountabilityRecords)
      .$dynamic(),
  )
    .where(where)
    .orderBy(sql`${accountabilityRecords.status} <> 'open'`, desc(accountabilityRecords.openedOn), desc(accountabilityRecords.id));
  const rows = f.limit === undefined ? await query : await query.offset(f.offset ?? 0).limit(f.limit);
  return { total: Number(total), rows: rows.map(({ record, ...rest }) => ({ ...record, ...rest })) };
}

/** Open records per item (the list's tree shows them). */
export async function countOpenByItem(db: DbOrTx, tenantId: number, itemIds: number[]): Promise<Map<number, number>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db
    .select({ itemId: accountabilityRecords.itemId, n: sql<number>`count(*)::int` })
    .from(accountabilityRecords)
    .where(and(eq(accountabilityRecords.tenantId, tenantId), inArray(accountabilityRecords.itemId, itemIds), eq(accountabilityRecords.status, 'open')))
    .groupBy(accountabilityRecords.itemId);
  return new Map(rows.map((r) => [r.itemId, Number(r.n)]));
}

/** Serializes overdue sweeps of one park, so two at once cannot both open a record for the same item. */
export async function lockSweep(db: DbOrTx, tenantId: number): Promise<void> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(7242, ${tenantId})`);
}
