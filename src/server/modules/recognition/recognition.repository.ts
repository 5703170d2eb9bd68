import { and, asc, count, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection.ts';
import { chains, enterprises, honors } from '../../db/schema/index.ts';

/** The only code that queries honors. */
export type HonorRow = typeof honors.$inferSelect;

export type HonorFilter = {
  holderKind?: string;
  holderId?: number;
  level?: string;
  year?: number;
  redAction?: string;
  /** Awarded on or before this date. */
  awardedBy?: string;
  offset: number;
  limit: number;
};

function where(tenantId: number, f: Omit<HonorFilter, 'offset' | 'limit'>) {
  return and(
    eq(honors.tenantId, tenantId),
    f.holderKind ? eq(honors.holderKind, f.holderKind) : undefined,
    f.holderId !== undefined ? eq(honors.holderId, f.holderId) : undefined,
    f.holderKind === 'park' ? isNull(honors.holderId) : undefined,
    f.level ? eq(honors.level, f.level) : undefined,
    f.year !== undefined ? sql`${honors.awardedOn} >= ${`${f.year}-01-01`} AND ${honors.awardedOn} <= ${`${f.year}-12-31`}` : undefined,
    f.awardedBy ? lte(honors.awardedOn, f.awardedBy) : undefined,
    f.redAction ? eq(honors.redAction, f.redAction) : undefined,
  );
}

/** Honors newest first (then by id, so paging is stable). */
export async function listHonors(db: DbOrTx, tenantId: number, f: HonorFilter): Promise<{ total: number; rows: HonorRow[] }> {
  const condition = where(tenantId, f);
  const [{ total }] = await db.select({ total: count() }).from(honors).where(condition);
  const rows = await db.select().from(honors).where(condition).orderBy(desc(honors.awardedOn), asc(honors.id)).offset(f.offset).limit(f.limit);
  return { total, rows };
}

export async function findHonor(db: DbOrTx, tenantId: number, id: number, lock = false): Promise<HonorRow | null> {
  const query = db.select().from(honors).where(and(eq(honors.tenantId, tenantId), eq(honors.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function insertHonor(db: DbOrTx, values: typeof honors.$inferInsert): Promise<HonorRow> {
  const [row] = await db.insert(honors).values(values).returning();
  return row;
}

export async function updateHonor(db: DbOrTx, tenantId: number, id: number, patch: Partial<typeof honors.$inferInsert>): Promise<HonorRow> {
  const [row] = await db.update(honors).set(patch).where(and(eq(honors.tenantId, tenantId), eq(honors.id, id))).returning();
  return row;
}

export async function deleteHonor(db: DbOrTx, tenantId: number, id: number): Promise<void> {
  await db.delete(honors).where(and(eq(honors.tenantId, tenantId), eq(honors.id, id)));
}

/** Current names of chains, for showing holders (a chain's name is not scoped: honors are a public record). */
export async function chainNames(db: DbOrTx, tenantId: number, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: chains.id, name: chains.name }).from(chains).where(and(eq(chains.tenantId, tenantId), inArray(chains.id, ids)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Current names of enterprises and social organizations, for showing holders. */
export async function enterpriseNames(db: DbOrTx, tenantId: number, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: enterprises.id, name: enterprises.name }).from(enterprises).where(and(eq(enterprises.tenantId, tenantId), inArray(enterprises.id, ids)));
  return new Map(rows.map((r) => [r.id, r.name]));
}
