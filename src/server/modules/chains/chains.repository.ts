import { and, asc, count, eq, gt, ilike, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection.ts';
import { chainEnterprises, chains, enterprises, orgs } from '../../db/schema/index.ts';
import { type Scope, pathInScope } from '../../platform/scope.ts';

/** The only code that queries chains and their dated member enterprises. */
export type ChainRow = typeof chains.$inferSelect;
/** A chain with its committee's current name and path (the path decides scope). */
export type ChainWithCommittee = ChainRow & { committeeName: string | null; committeePath: string | null };
export type ChainEnterpriseRow = typeof chainEnterprises.$inferSelect & { enterpriseName: string };

const withCommittee = {
  chain: chains,
  committeeName: orgs.name,
  committeePath: orgs.path,
};
const committeeJoin = and(eq(orgs.tenantId, chains.tenantId), eq(orgs.id, chains.committeeOrgId));

function merge(r: { chain: ChainRow; committeeName: string | null; committeePath: string | null }): ChainWithCommittee {
  return { ...r.chain, committeeName: r.committeeName, committeePath: r.committeePath };
}

/** The chain condition "its committee lies in the scope"; a chain without a committee is in a park-wide scope only. */
function chainInScope(scope: Scope) {
  return scope.all ? sql`true` : and(sql`${chains.committeeOrgId} IS NOT NULL`, pathInScope(scope, orgs.path));
}

export async function findChain(db: DbOrTx, tenantId: number, id: number, lock = false): Promise<ChainWithCommittee | null> {
  const query = db.select(withCommittee).from(chains).leftJoin(orgs, committeeJoin).where(and(eq(chains.tenantId, tenantId), eq(chains.id, id)));
  const [row] = lock ? await query.for('update', { of: chains }) : await query;
  return row ? merge(row) : null;
}

export async function findChainByCode(db: DbOrTx, tenantId: number, code: string): Promise<ChainRow | null> {
  const [row] = await db.select().from(chains).where(and(eq(chains.tenantId, tenantId), eq(chains.code, code)));
  return row ?? null;
}

export async function listChains(db: DbOrTx, tenantId: number, scope: Scope, f: { q?: string; offset: number; limit: number }): Promise<{ total: number; rows: ChainWithCommittee[] }> {
  const where = and(eq(chains.tenantId, tenantId), chainInScope(scope), f.q ? or(ilike(chains.name, `%${f.q}%`), ilike(chains.code, `%${f.q}%`)) : undefined);
  const [{ total }] = await db.select({ total: count() }).from(chains).leftJoin(orgs, committeeJoin).where(where);
  const rows = await db.select(withCommittee).from(chains).leftJoin(orgs, committeeJoin).where(where).orderBy(asc(chains.code)).offset(f.offset).limit(f.limit);
  return { total, rows: rows.map(merge) };
}

/** Chains in a scope, all of them (for figures and pickers). */
export async function listAllChainsInScope(db: DbOrTx, tenantId: number, scope: Scope): Promise<ChainWithCommittee[]> {
  const rows = await db.select(withCommittee).from(chains).leftJoin(orgs, committeeJoin).where(and(eq(chains.tenantId, tenantId), chainInScope(scope))).orderBy(asc(chains.code));
  return rows.map(merge);
}

export async function insertChain(db: DbOrTx, values: typeof chains.$inferInsert): Promise<ChainRow> {
  const [row] = await db.insert(chains).values(values).returning();
  return row;
}

export async function updateChain(db: DbOrTx, tenantId: number, id: number, patch: Partial<typeof chains.$inferInsert>): Promise<void> {
  await db.update(chains).set({ ...patch, updatedAt: new Date() }).where(and(eq(chains.tenantId, tenantId), eq(chains.id, id)));
}

const validOn = (d: string) => and(lte(chainEnterprises.validFrom, d), or(isNull(chainEnterprises.validTo), gt(chainEnterprises.validTo, d)));

/** Member enterprises in force on a date, per chain. */
export async function countEnterprisesOn(db: DbOrTx, tenantId: number, chainIds: number[], on: string): Promise<Map<number, number>> {
  if (chainIds.length === 0) return new Map();
  const rows = await db
    .select({ chainId: chainEnterprises.chainId, n: count() })
    .from(chainEnterprises)
    .where(and(eq(chainEnterprises.tenantId, tenantId), inArray(chainEnterprises.chainId, chainIds), validOn(on)))
    .groupBy(chainEnterprises.chainId);
  return new Map(rows.map((r) => [r.chainId, r.n]));
}

const periodColumns = { period: chainEnterprises, enterpriseName: enterprises.name };
const enterpriseJoin = and(eq(enterprises.tenantId, chainEnterprises.tenantId), eq(enterprises.id, chainEnterprises.enterpriseId));

/** A chain's membership periods: those in force on a date, or all of them. Earliest first. */
export async function listChainEnterprises(db: DbOrTx, tenantId: number, chainId: number, on?: string): Promise<ChainEnterpriseRow[]> {
  const rows = await db
    .select(periodColumns)
    .from(chainEnterprises)
    .innerJoin(enterprises, enterpriseJoin)
    .where(and(eq(chainEnterprises.tenantId, tenantId), eq(chainEnterprises.chainId, chainId), on ? validOn(on) : undefined))
    .orderBy(asc(chainEnterprises.validFrom), asc(chainEnterprises.id));
  return rows.map((r) => ({ ...r.period, enterpriseName: r.enterpriseName }));
}

export async function findChainEnterprise(db: DbOrTx, tenantId: number, id: number, lock = false): Promise<ChainEnterpriseRow | null> {
  const query = db.select(periodColumns).from(chainEnterprises).innerJoin(enterprises, enterpriseJoin).where(and(eq(chainEnterprises.tenantId, tenantId), eq(chainEnterprises.id, id)));
  const [row] = lock ? await query.for('update', { of: chainEnterprises }) : await query;
  return row ? { ...row.period, enterpriseName: row.enterpriseName } : null;
}

/** A period of the same chain and enterprise that overlaps [from, ∞): still open, or ending after `from`. */
export async function findOverlappingPeriod(db: DbOrTx, tenantId: number, chainId: number, enterpriseId: number, from: string): Promise<ChainEnterpriseRow | null> {
  const [row] = await db
    .select(periodColumns)
    .from(chainEnterprises)
    .innerJoin(enterprises, enterpriseJoin)
    .where(
      and(
        eq(chainEnterprises.tenantId, tenantId),
        eq(chainEnterprises.chainId, chainId),
        eq(chainEnterprises.enterpriseId, enterpriseId),
        or(isNull(chainEnterprises.validTo), gt(chainEnterprises.validTo, from)),
      ),
    )
    .limit(1);
  return row ? { ...row.period, enterpriseName: row.enterpriseName } : null;
}

export async function insertChainEnterprise(db: DbOrTx, values: typeof chainEnterprises.$inferInsert): Promise<number> {
  const [row] = await db.insert(chainEnterprises).values(values).returning({ id: chainEnterprises.id });
  return row.id;
}

export async function endChainEnterprise(db: DbOrTx, tenantId: number, id: number, validTo: string): Promise<void> {
  await db.update(chainEnterprises).set({ validTo }).where(and(eq(chainEnterprises.tenantId, tenantId), eq(chainEnterprises.id, id)));
}
