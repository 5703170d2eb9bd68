import { and, asc, count, desc, eq, lte, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection.ts';
import { orgs, reviewAllocations, reviewCampaigns, reviewCycles, reviewIndicators } from '../../db/schema/index.ts';
import { type Scope, pathInScope } from '../../platform/scope.ts';

/** The only code that queries campaigns, their indicator trees and allocations (cycles: review-cycles.repository.ts). */
export type CampaignRow = typeof reviewCampaigns.$inferSelect;
/** A campaign with its running org's current name and path (which decides who manages it). */
export type CampaignWithOrg = CampaignRow & { runByOrgName: string; runByOrgPath: string };
export type IndicatorRow = typeof reviewIndicators.$inferSelect;

const runByJoin = and(eq(orgs.tenantId, reviewCampaigns.tenantId), eq(orgs.id, reviewCampaigns.runByOrgId));
const columns = { campaign: reviewCampaigns, runByOrgName: orgs.name, runByOrgPath: orgs.path };
const merge = (r: { campaign: CampaignRow; runByOrgName: string; runByOrgPath: string }): CampaignWithOrg => ({ ...r.campaign, runByOrgName: r.runByOrgName, runByOrgPath: r.runByOrgPath });

/** "The caller sees this campaign": its running org lies in the scope, or one of its participating orgs does. */
function visible(scope: Scope): SQL {
  if (scope.all) return sql`true`;
  return sql`(${pathInScope(scope, orgs.path)} OR EXISTS (SELECT 1 FROM review_cycles c JOIN orgs co ON co.tenant_id = c.tenant_id AND co.id = c.org_id
    WHERE c.tenant_id = ${reviewCampaigns.tenantId} AND c.campaign_id = ${reviewCampaigns.id} AND ${pathInScope(scope, sql`co.path`)}))`;
}

export async function findCampaign(db: DbOrTx, tenantId: number, id: number, lock = false): Promise<CampaignWithOrg | null> {
  const query = db.select(columns).from(reviewCampaigns).innerJoin(orgs, runByJoin).where(and(eq(reviewCampaigns.tenantId, tenantId), eq(reviewCampaigns.id, id)));
  const [row] = lock ? await query.for('update', { of: reviewCampaigns }) : await query;
  return row ? merge(row) : null;
}

/** Whether the campaign has a participating org in the scope (a participant's reader sees the campaign). */
export async function hasCycleInScope(db: DbOrTx, tenantId: number, campaignId: number, scope: Scope): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(reviewCycles)
    .innerJoin(orgs, and(eq(orgs.tenantId, reviewCycles.tenantId), eq(orgs.id, reviewCycles.orgId)))
    .where(and(eq(reviewCycles.tenantId, tenantId), eq(reviewCycles.campaignId, campaignId), pathInScope(scope, orgs.path)));
  return row.n > 0;
}

export async function findCampaignByCode(db: DbOrTx, tenantId: number, code: string): Promise<CampaignRow | null> {
  const [row] = await db.select().from(reviewCampaigns).where(and(eq(reviewCampaigns.tenantId, tenantId), eq(reviewCampaigns.code, code)));
  return row ?? null;
}

export type CampaignFilter = { year?: number; orgId?: number; offset: number; limit: number };

/** Campaigns the caller sees, latest year first. */
export async function listCampaigns(db: DbOrTx, tenantId: number, scope: Scope, f: CampaignFilter): Promise<{ total: number; rows: CampaignWithOrg[] }> {
  const byOrg = f.orgId === undefined ? undefined
    : sql`(${reviewCampaigns.runByOrgId} = ${f.orgId} OR EXISTS (SELECT 1 FROM review_cycles c WHERE c.tenant_id = ${reviewCampaigns.tenantId} AND c.campaign_id = ${reviewCampaigns.id} AND c.org_id = ${f.orgId}))`;
  const where = and(eq(reviewCampaigns.tenantId, tenantId), visible(scope), f.year === undefined ? undefined : eq(reviewCampaigns.year, f.year), byOrg);
  const [{ total }] = await db.select({ total: count() }).from(reviewCampaigns).innerJoin(orgs, runByJoin).where(where);
  const rows = await db.select(columns).from(reviewCampaigns).innerJoin(orgs, runByJoin).where(where).orderBy(desc(reviewCampaigns.year), asc(reviewCampaigns.code)).offset(f.offset).limit(f.limit);
  return { total, rows: rows.map(merge) };
}

export async function insertCampaign(db: DbOrTx, values: typeof reviewCampaigns.$inferInsert): Promise<CampaignRow> {
  const [row] = await db.insert(reviewCampaigns).values(values).returning();
  return row;
}

export async function updateCampaign(db: DbOrTx, tenantId: number, id: number, patch: Partial<typeof reviewCampaigns.$inferInsert>): Promise<void> {
  await db.update(reviewCampaigns).set({ ...patch, updatedAt: new Date() }).where(and(eq(reviewCampaigns.tenantId, tenantId), eq(reviewCampaigns.id, id)));
}

export async function insertIndicator(db: DbOrTx, values: typeof reviewIndicators.$inferInsert): Promise<IndicatorRow> {
  const [row] = await db.insert(reviewIndicators).values(values).returning();
  return row;
}

/** A campaign's indicators, parents and leaves, in tree order. */
export async function listIndicators(db: DbOrTx, tenantId: number, campaignId: number): Promise<IndicatorRow[]> {
  return db.select().from(reviewIndicators).where(and(eq(reviewIndicators.tenantId, tenantId), eq(reviewIndicators.campaignId, campaignId))).orderBy(asc(reviewIndicators.position), asc(reviewIndicators.id));
}

/** Removes a campaign's indicator tree (leaves before parents, which they reference). */
export async function deleteIndicators(db: DbOrTx, tenantId: number, campaignId: number): Promise<void> {
  const of = and(eq(reviewIndicators.tenantId, tenantId), eq(reviewIndicators.campaignId, campaignId));
  await db.delete(reviewIndicators).where(and(of, sql`${reviewIndicators.parentId} IS NOT NULL`));
  await db.delete(reviewIndicators).where(of);
}

export type AllocationRow = typeof reviewAllocations.$inferSelect;

export async function listAllocations(db: DbOrTx, tenantId: number, campaignId: number): Promise<AllocationRow[]> {
  return db.select().from(reviewAllocations).where(and(eq(reviewAllocations.tenantId, tenantId), eq(reviewAllocations.campaignId, campaignId)));
}

export async function insertAllocations(db: DbOrTx, rows: (typeof reviewAllocations.$inferInsert)[]): Promise<void> {
  if (rows.length) await db.insert(reviewAllocations).values(rows);
}

export async function deleteAllocations(db: DbOrTx, tenantId: number, campaignId: number): Promise<void> {
  await db.delete(reviewAllocations).where(and(eq(reviewAllocations.tenantId, tenantId), eq(reviewAllocations.campaignId, campaignId)));
}

/** For F20: allocations of campaigns of the year allocated by the date, to orgs in the scope. */
export async function listAllocatedInYear(db: DbOrTx, tenantId: number, scope: Scope, year: number, asOf: string) {
  return db
    .select({ id: reviewAllocations.id, amountYuan: reviewAllocations.amountYuan, stars: reviewAllocations.stars, orgName: orgs.name, campaignCode: reviewCampaigns.code })
    .from(reviewAllocations)
    .innerJoin(reviewCampaigns, and(eq(reviewCampaigns.tenantId, reviewAllocations.tenantId), eq(reviewCampaigns.id, reviewAllocations.campaignId)))
    .innerJoin(reviewCycles, and(eq(reviewCycles.tenantId, reviewAllocations.tenantId), eq(reviewCycles.id, reviewAllocations.cycleId)))
    .innerJoin(orgs, and(eq(orgs.tenantId, reviewCycles.tenantId), eq(orgs.id, reviewCycles.orgId)))
    .where(and(eq(reviewAllocations.tenantId, tenantId), eq(reviewCampaigns.year, year), lte(reviewCampaigns.allocatedOn, asOf), pathInScope(scope, orgs.path)))
    .orderBy(desc(reviewAllocations.amountYuan), asc(orgs.code));
}
