import { and, asc, count, desc, eq, gt, ilike, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection.ts';
import { orgs, policies, policyMeasures } from '../../db/schema/index.ts';

/** The only code that queries policy documents and their measures. */
export type PolicyRow = typeof policies.$inferSelect & { orgName: string; orgPath: string; measureCount: number };
export type MeasureRow = typeof policyMeasures.$inferSelect;

export type PolicyFilter = { q?: string; topic?: string; redAction?: string; inForceOn?: string; notInForceOn?: string; offset: number; limit: number };

const inForce = (on: string) => and(lte(policies.issuedOn, on), or(isNull(policies.repealedOn), gt(policies.repealedOn, on)));

function where(tenantId: number, f: Omit<PolicyFilter, 'offset' | 'limit'>) {
  return and(
    eq(policies.tenantId, tenantId),
    f.q ? or(ilike(policies.title, `%${f.q}%`), ilike(policies.docNumber, `%${f.q}%`)) : undefined,
    f.topic ? eq(policies.topic, f.topic) : undefined,
    f.redAction ? eq(policies.redAction, f.redAction) : undefined,
    f.inForceOn ? inForce(f.inForceOn) : undefined,
    f.notInForceOn ? sql`NOT (${inForce(f.notInForceOn)})` : undefined,
  );
}

const measureCount = sql<number>`(SELECT count(*)::int FROM policy_measures m WHERE m.tenant_id = ${policies.tenantId} AND m.policy_id = ${policies.id})`;

function selectPolicies(db: DbOrTx) {
  return db
    .select({ policy: policies, orgName: orgs.name, orgPath: orgs.path, measureCount })
    .from(policies)
    .innerJoin(orgs, and(eq(orgs.tenantId, policies.tenantId), eq(orgs.id, policies.orgId)));
}

const flatten = (r: { policy: typeof policies.$inferSelect; orgName: string; orgPath: string; measureCount: number }): PolicyRow => ({
  ...r.policy,
  orgName: r.orgName,
  orgPath: r.orgPath,
  measureCount: Number(r.measureCount),
});

/** Newest first, then by id so paging is stable. */
export async function listPolicies(db: DbOrTx, tenantId: number, f: PolicyFilter): Promise<{ total: number; rows: PolicyRow[] }> {
  const condition = where(tenantId, f);
  const [{ total }] = await db.select({ total: count() }).from(policies).where(condition);
  const rows = await selectPolicies(db).where(condition).orderBy(desc(policies.issuedOn), asc(policies.id)).offset(f.offset).limit(f.limit);
  return { total, rows: rows.map(flatten) };
}

export async function findPolicy(db: DbOrTx, tenantId: number, id: number): Promise<PolicyRow | null> {
  const [row] = await selectPolicies(db).where(and(eq(policies.tenantId, tenantId), eq(policies.id, id)));
  return row ? flatten(row) : null;
}

/** Locks the policy row until the transaction ends, so concurrent edits of one document apply one after another. */
export async function lockPolicy(db: DbOrTx, tenantId: number, id: number): Promise<void> {
  await db.select({ id: policies.id }).from(policies).where(and(eq(policies.tenantId, tenantId), eq(policies.id, id))).for('update');
}

export async function findPolicyByDocNumber(db: DbOrTx, tenantId: number, docNumber: string) {
  const [row] = await db.select({ id: policies.id }).from(policies).where(and(eq(policies.tenantId, tenantId), eq(policies.docNumber, docNumber)));
  return row ?? null;
}

export async function insertPolicy(db: DbOrTx, values: typeof policies.$inferInsert) {
  const [row] = await db.insert(policies).values(values).returning({ id: policies.id });
  return row;
}

export async function updatePolicy(db: DbOrTx, tenantId: number, id: number, patch: Partial<typeof policies.$inferInsert>) {
  await db.update(policies).set({ ...patch, updatedAt: new Date() }).where(and(eq(policies.tenantId, tenantId), eq(policies.id, id)));
}

export async function listMeasures(db: DbOrTx, tenantId: number, policyIds: number[]): Promise<MeasureRow[]> {
  if (policyIds.length === 0) return [];
  return db
    .select()
    .from(policyMeasures)
    .where(and(eq(policyMeasures.tenantId, tenantId), inArray(policyMeasures.policyId, policyIds)))
    .orderBy(asc(policyMeasures.policyId), asc(policyMeasures.seq));
}

/** Replaces a document's measures by the list given, numbered from 1 in that order. */
export async function replaceMeasures(db: DbOrTx, tenantId: number, policyId: number, items: { title: string; content: string | null }[]) {
  await db.delete(policyMeasures).where(and(eq(policyMeasures.tenantId, tenantId), eq(policyMeasures.policyId, policyId)));
  await db.insert(policyMeasures).values(items.map((m, i) => ({ tenantId, policyId, seq: i + 1, title: m.title, content: m.content })));
}
