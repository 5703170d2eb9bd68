import { and, asc, count, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection.ts';
import { orgs, reviewAllocations, reviewCommitments, reviewCycles, reviewIndicators, reviewScores, reviewStageEvents, users } from '../../db/schema/index.ts';
import { type Scope, pathInScope } from '../../platform/scope.ts';

/** The only code that queries review cycles, their stage events, commitments and scores. */
export type CycleRow = typeof reviewCycles.$inferSelect;
/** A cycle with its org's code, current name and path (which decides scope), and the amount allocated to it. */
export type CycleWithOrg = CycleRow & { orgCode: string; orgName: string; orgPath: string; amountYuan: number | null; commitmentCount: number };

const orgJoin = and(eq(orgs.tenantId, reviewCycles.tenantId), eq(orgs.id, reviewCycles.orgId));
const allocationJoin = and(eq(reviewAllocations.tenantId, reviewCycles.tenantId), eq(reviewAllocations.cycleId, reviewCycles.id));
const commitmentCount = sql<number>`(SELECT count(*)::int FROM review_commitments rc WHERE rc.tenant_id = ${reviewCycles.tenantId} AND rc.cycle_id = ${reviewCycles.id})`;
const columns = { cycle: reviewCycles, orgCode: orgs.code, orgName: orgs.name, orgPath: orgs.path, amountYuan: reviewAllocations.amountYuan, commitmentCount };
type Joined = { cycle: CycleRow; orgCode: string; orgName: string; orgPath: string; amountYuan: number | null; commitmentCount: number };
const merge = (r: Joined): CycleWithOrg => ({ ...r.cycle, orgCode: r.orgCode, orgName: r.orgName, orgPath: r.orgPath, amountYuan: r.amountYuan, commitmentCount: Number(r.commitmentCount) });

export async function findCycle(db: DbOrTx, tenantId: number, id: number, lock = false): Promise<CycleWithOrg | null> {
  const query = db.select(columns).from(reviewCycles).innerJoin(orgs, orgJoin).leftJoin(reviewAllocations, allocationJoin).where(and(eq(reviewCycles.tenantId, tenantId), eq(reviewCycles.id, id)));
  const [row] = lock ? await query.for('update', { of: reviewCycles }) : await query;
  return row ? merge(row) : null;
}

export type CycleFilter = { stars?: number; q?: string; offset?: number; limit?: number };

/** A campaign's cycles whose org lies in the scope, by org code; a page of them, or all. */
export async function listCycles(db: DbOrTx, tenantId: number, campaignId: number, scope: Scope, f: CycleFilter = {}): Promise<{ total: number; rows: CycleWithOrg[] }> {
  const where = and(
    eq(reviewCycles.tenantId, tenantId),
    eq(reviewCycles.campaignId, campaignId),
    pathInScope(scope, orgs.path),
    f.stars === undefined ? undefined : eq(reviewCycles.stars, f.stars),
    f.q ? or(ilike(orgs.name, `%${f.q}%`), ilike(orgs.code, `%${f.q}%`)) : undefined,
  );
  const [{ total }] = await db.select({ total: count() }).from(reviewCycles).innerJoin(orgs, orgJoin).where(where);
  const query = db.select(columns).from(reviewCycles).innerJoin(orgs, orgJoin).leftJoin(reviewAllocations, allocationJoin).where(where).orderBy(asc(orgs.code)).$dynamic();
  const rows = f.limit === undefined ? await query : await query.offset(f.offset ?? 0).limit(f.limit);
  return { total, rows: rows.map(merge) };
}

export async function insertCycle(db: DbOrTx, values: typeof reviewCycles.$inferInsert): Promise<CycleRow> {
  const [row] = await db.insert(reviewCycles).values(values).returning();
  return row;
}

export async function updateCycle(db: DbOrTx, tenantId: number, id: number, patch: Partial<typeof reviewCycles.$inferInsert>): Promise<void> {
  await db.update(reviewCycles).set({ ...patch, updatedAt: new Date() }).where(and(eq(reviewCycles.tenantId, tenantId), eq(reviewCycles.id, id)));
}

const stageColumns = {
  commitments: { due: 'commitmentsDue', closed: reviewCycles.commitmentsClosedOn },
  report: { due: 'reportDue', closed: reviewCycles.reportClosedOn },
  scoring: { due: 'scoringDue', closed: reviewCycles.scoringClosedOn },
} as const;

/** Moves the deadline of one stage in every cycle of the campaign where that stage is still open. */
export async function moveOpenDeadlines(db: DbOrTx, tenantId: number, campaignId: number, stage: keyof typeof stageColumns, dueOn: string): Promise<void> {
  const { due, closed } = stageColumns[stage];
  await db
    .update(reviewCycles)
    .set({ [due]: dueOn, updatedAt: new Date() })
    .where(and(eq(reviewCycles.tenantId, tenantId), eq(reviewCycles.campaignId, campaignId), sql`${closed} IS NULL`));
}

export type StageEventRow = typeof reviewStageEvents.$inferSelect & { byUserName: string | null };

export async function insertStageEvent(db: DbOrTx, values: typeof reviewStageEvents.$inferInsert): Promise<void> {
  await db.insert(reviewStageEvents).values(values);
}

export async function listStageEvents(db: DbOrTx, tenantId: number, cycleId: number): Promise<StageEventRow[]> {
  const rows = await db
    .select({ event: reviewStageEvents, byUserName: users.displayName })
    .from(reviewStageEvents)
    .leftJoin(users, and(eq(users.tenantId, reviewStageEvents.tenantId), eq(users.id, reviewStageEvents.byUserId)))
    .where(and(eq(reviewStageEvents.tenantId, tenantId), eq(reviewStageEvents.cycleId, cycleId)))
    .orderBy(asc(reviewStageEvents.id));
  return rows.map((r) => ({ ...r.event, byUserName: r.byUserName }));
}

export type CommitmentRow = typeof reviewCommitments.$inferSelect & { indicatorName: string | null };

export async function listCommitments(db: DbOrTx, tenantId: number, cycleId: number): Promise<CommitmentRow[]> {
  const rows = await db
    .select({ commitment: reviewCommitments, indicatorName: reviewIndicators.name })
    .from(reviewCommitments)
    .leftJoin(reviewIndicators, and(eq(reviewIndicators.tenantId, reviewCommitments.tenantId), eq(reviewIndicators.id, reviewCommitments.indicatorId)))
    .where(and(eq(reviewCommitments.tenantId, tenantId), eq(reviewCommitments.cycleId, cycleId)))
    .orderBy(asc(reviewCommitments.id));
  return rows.map((r) => ({ ...r.commitment, indicatorName: r.indicatorName }));
}

export async function findCommitment(db: DbOrTx, tenantId: number, id: number): Promise<typeof reviewCommitments.$inferSelect | null> {
  const [row] = await db.select().from(reviewCommitments).where(and(eq(reviewCommitments.tenantId, tenantId), eq(reviewCommitments.id, id)));
  return row ?? null;
}

export async function insertCommitment(db: DbOrTx, values: typeof reviewCommitments.$inferInsert): Promise<number> {
  const [row] = await db.insert(reviewCommitments).values(values).returning({ id: reviewCommitments.id });
  return row.id;
}

export async function updateCommitment(db: DbOrTx, tenantId: number, id: number, patch: Partial<typeof reviewCommitments.$inferInsert>): Promise<void> {
  await db.update(reviewCommitments).set({ ...patch, updatedAt: new Date() }).where(and(eq(reviewCommitments.tenantId, tenantId), eq(reviewCommitments.id, id)));
}

export type ScoreRow = typeof reviewScores.$inferSelect;

/** Scores of some cycles (one cycle's, or a whole campaign's for the recomputation). */
export async function listScores(db: DbOrTx, tenantId: number, cycleIds: number[]): Promise<ScoreRow[]> {
  if (cycleIds.length === 0) return [];
  return db.select().from(reviewScores).where(and(eq(reviewScores.tenantId, tenantId), inArray(reviewScores.cycleId, cycleIds)));
}

/** Records scores, replacing earlier ones of the same indicator and kind. */
export async function upsertScores(db: DbOrTx, rows: (typeof reviewScores.$inferInsert)[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(reviewScores)
    .values(rows)
    .onConflictDoUpdate({
      target: [reviewScores.tenantId, reviewScores.cycleId, reviewScores.indicatorId, reviewScores.kind],
      set: { scoreTenths: sql`excluded.score_tenths`, byUserId: sql`excluded.by_user_id`, updatedAt: new Date() },
    });
}

/** What ties a campaign's indicators down: scores given, and commitments linked to an indicator. */
export async function countIndicatorUses(db: DbOrTx, tenantId: number, campaignId: number): Promise<{ scores: number; linkedCommitments: number }> {
  const inCampaign = sql`(SELECT c.id FROM review_cycles c WHERE c.tenant_id = ${tenantId} AND c.campaign_id = ${campaignId})`;
  const [s] = await db.select({ n: count() }).from(reviewScores).where(and(eq(reviewScores.tenantId, tenantId), sql`${reviewScores.cycleId} IN ${inCampaign}`));
  const [c] = await db
    .select({ n: count() })
    .from(reviewCommitments)
    .where(and(eq(reviewCommitments.tenantId, tenantId), sql`${reviewCommitments.cycleId} IN ${inCampaign}`, sql`${reviewCommitments.indicatorId} IS NOT NULL`));
  return { scores: s.n, linkedCommitments: c.n };
}

/** Cycles of the park whose commitments or report stage is still open past its deadline (before `today`). */
export async function listOverdueStages(db: DbOrTx, tenantId: number, today: string): Promise<{ cycleId: number; stage: 'commitments' | 'report'; dueOn: string; previousClosedOn: string | null }[]> {
  const rows = await db
    .select({ id: reviewCycles.id, commitmentsDue: reviewCycles.commitmentsDue, commitmentsClosedOn: reviewCycles.commitmentsClosedOn, reportDue: reviewCycles.reportDue })
    .from(reviewCycles)
    .where(and(
      eq(reviewCycles.tenantId, tenantId),
      or(
        sql`${reviewCycles.commitmentsClosedOn} IS NULL AND ${reviewCycles.commitmentsDue} < ${today}`,
        sql`${reviewCycles.commitmentsClosedOn} IS NOT NULL AND ${reviewCycles.reportClosedOn} IS NULL AND ${reviewCycles.reportDue} < ${today}`,
      ),
    ))
    .orderBy(asc(reviewCycles.id));
  return rows.map((r) =>
    r.commitmentsClosedOn === null
      ? { cycleId: r.id, stage: 'commitments' as const, dueOn: r.commitmentsDue, previousClosedOn: null }
      : { cycleId: r.id, stage: 'report' as const, dueOn: r.reportDue, previousClosedOn: r.commitmentsClosedOn },
  );
}
