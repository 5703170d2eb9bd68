import { sql } from 'drizzle-orm';
import { bigint, check, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, ref, rowId, tenantId, updatedAt } from './common.ts';
import { tenants } from './tenants.ts';
import { orgs } from './orgs.ts';
import { users } from './users.ts';

/**
 * A review campaign (联诺联述联评, e.g. 2025年度两新组织党组织星级考评): run by an org for a year over chosen orgs of
 * its subtree, with stage deadlines, the self vs superior score weight, star thresholds and a special fund with its
 * allocation rule (a base amount per star, the rest in proportion to per-star shares). allocated_on is set once the
 * fund is allocated (review_allocations), and cleared when the allocation is withdrawn.
 */
export const reviewCampaigns = pgTable(
  'review_campaigns',
  {
    tenantId: tenantId(),
    id: rowId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    year: integer('year').notNull(),
    runByOrgId: ref('run_by_org_id').notNull(),
    /** Percent of the total taken from the self-score; the superior score takes the rest. */
    selfWeight: integer('self_weight').notNull(),
    /** Minimum total (whole points of 100) for one … five stars; strictly increasing. */
    star1Min: integer('star1_min').notNull(),
    star2Min: integer('star2_min').notNull(),
    star3Min: integer('star3_min').notNull(),
    star4Min: integer('star4_min').notNull(),
    star5Min: integer('star5_min').notNull(),
    /** The special fund (专项资金), in 元. */
    fundYuan: bigint('fund_yuan', { mode: 'number' }).notNull(),
    /** Per star 0…5: a fixed base amount in 元 each org of that rating gets first. */
    starBaseYuan: jsonb('star_base_yuan').$type<number[]>().notNull(),
    /** Per star 0…5: shares of what the bases leave, split in proportion (largest remainder). */
    starShares: jsonb('star_shares').$type<number[]>().notNull(),
    commitmentsDue: date('commitments_due', { mode: 'string' }).notNull(),
    reportsDue: date('reports_due', { mode: 'string' }).notNull(),
    scoringDue: date('scoring_due', { mode: 'string' }).notNull(),
    allocatedOn: date('allocated_on', { mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('review_campaigns_code_key').on(t.tenantId, t.code),
    index('review_campaigns_year_idx').on(t.tenantId, t.year),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    foreignKey({ columns: [t.tenantId, t.runByOrgId], foreignColumns: [orgs.tenantId, orgs.id] }),
    check('review_campaigns_self_weight_check', sql`${t.selfWeight} BETWEEN 0 AND 100`),
    check('review_campaigns_thresholds_check', sql`0 <= ${t.star1Min} AND ${t.star1Min} < ${t.star2Min} AND ${t.star2Min} < ${t.star3Min} AND ${t.star3Min} < ${t.star4Min} AND ${t.star4Min} < ${t.star5Min} AND ${t.star5Min} <= 100`),
    check('review_campaigns_fund_check', sql`${t.fundYuan} >= 0`),
    check('review_campaigns_year_check', sql`${t.year} BETWEEN 2000 AND 2100`),
    check('review_campaigns_due_order_check', sql`${t.commitmentsDue} <= ${t.reportsDue} AND ${t.reportsDue} <= ${t.scoringDue}`),
    check('review_campaigns_star_arrays_check', sql`jsonb_array_length(${t.starBaseYuan}) = 6 AND jsonb_array_length(${t.starShares}) = 6`),
  ],
);

/** The campaign's indicator tree: parents (weights summing to 100) over leaves (weights summing to 100 within the parent, each with a max score). */
export const reviewIndicators = pgTable(
  'review_indicators',
  {
    tenantId: tenantId(),
    id: rowId(),
    campaignId: ref('campaign_id').notNull(),
    parentId: ref('parent_id'),
    name: text('name').notNull(),
    weight: integer('weight').notNull(),
    /** Leaves only: the most points a score may give. */
    maxScore: integer('max_score'),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('review_indicators_campaign_idx').on(t.tenantId, t.campaignId, t.position),
    foreignKey({ columns: [t.tenantId, t.campaignId], foreignColumns: [reviewCampaigns.tenantId, reviewCampaigns.id] }),
    foreignKey({ columns: [t.tenantId, t.parentId], foreignColumns: [t.tenantId, t.id] }),
    check('review_indicators_weight_check', sql`${t.weight} BETWEEN 1 AND 100`),
    check('review_indicators_leaf_check', sql`(${t.parentId} IS NULL AND ${t.maxScore} IS NULL) OR (${t.parentId} IS NOT NULL AND ${t.maxScore} > 0)`),
  ],
);

/**
 * One participating org's cycle in a campaign: per stage (commitments, report, scoring) its deadline (copied from
 * the campaign, moved by a reopening) and the day it closed; after scoring closes, the totals (in hundredths of a
 * point) and the stars they earned under the campaign's thresholds.
 */
export const reviewCycles = pgTable(
  'review_cycles',
  {
    tenantId: tenantId(),
    id: rowId(),
    campaignId: ref('campaign_id').notNull(),
    orgId: ref('org_id').notNull(),
    commitmentsDue: date('commitments_due', { mode: 'string' }).notNull(),
    commitmentsClosedOn: date('commitments_closed_on', { mode: 'string' }),
    reportDue: date('report_due', { mode: 'string' }).notNull(),
    reportClosedOn: date('report_closed_on', { mode: 'string' }),
    scoringDue: date('scoring_due', { mode: 'string' }).notNull(),
    scoringClosedOn: date('scoring_closed_on', { mode: 'string' }),
    selfTotal: integer('self_total'),
    superiorTotal: integer('superior_total'),
    total: integer('total'),
    stars: integer('stars'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('review_cycles_campaign_org_key').on(t.tenantId, t.campaignId, t.orgId),
    index('review_cycles_org_idx').on(t.tenantId, t.orgId),
    foreignKey({ columns: [t.tenantId, t.campaignId], foreignColumns: [reviewCampaigns.tenantId, reviewCampaigns.id] }),
    foreignKey({ columns: [t.tenantId, t.orgId], foreignColumns: [orgs.tenantId, orgs.id] }),
    check('review_cycles_stars_check', sql`${t.stars} IS NULL OR ${t.stars} BETWEEN 0 AND 5`),
    check('review_cycles_total_check', sql`${t.total} IS NULL OR ${t.total} BETWEEN 0 AND 10000`),
  ],
);

/** Every close and reopening of a cycle's stage; a reopening carries its reason and the new deadline. */
export const reviewStageEvents = pgTable(
  'review_stage_events',
  {
    tenantId: tenantId(),
    id: rowId(),
    cycleId: ref('cycle_id').notNull(),
    /** commitments | report | scoring */
    stage: text('stage').notNull(),
    /** close | reopen */
    action: text('action').notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    reason: text('reason'),
    dueOn: date('due_on', { mode: 'string' }),
    byUserId: ref('by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('review_stage_events_cycle_idx').on(t.tenantId, t.cycleId),
    foreignKey({ columns: [t.tenantId, t.cycleId], foreignColumns: [reviewCycles.tenantId, reviewCycles.id] }),
    check('review_stage_events_stage_check', sql`${t.stage} IN ('commitments', 'report', 'scoring')`),
    check('review_stage_events_reason_check', sql`${t.action} = 'close' OR (${t.action} = 'reopen' AND ${t.reason} IS NOT NULL AND ${t.dueOn} IS NOT NULL)`),
  ],
);

/** A commitment item (承诺事项) filed at the year's start, and the report (述职) against it at the year's end. */
export const reviewCommitments = pgTable(
  'review_commitments',
  {
    tenantId: tenantId(),
    id: rowId(),
    cycleId: ref('cycle_id').notNull(),
    content: text('content').notNull(),
    target: text('target').notNull(),
    indicatorId: ref('indicator_id'),
    result: text('result'),
    evidence: text('evidence'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('review_commitments_cycle_idx').on(t.tenantId, t.cycleId),
    foreignKey({ columns: [t.tenantId, t.cycleId], foreignColumns: [reviewCycles.tenantId, reviewCycles.id] }),
    foreignKey({ columns: [t.tenantId, t.indicatorId], foreignColumns: [reviewIndicators.tenantId, reviewIndicators.id] }),
  ],
);

/** A score of one leaf indicator in a cycle: the org's own (self) or its superior's, in tenths of a point. */
export const reviewScores = pgTable(
  'review_scores',
  {
    tenantId: tenantId(),
    cycleId: ref('cycle_id').notNull(),
    indicatorId: ref('indicator_id').notNull(),
    /** self | superior */
    kind: text('kind').notNull(),
    scoreTenths: integer('score_tenths').notNull(),
    byUserId: ref('by_user_id'),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.cycleId, t.indicatorId, t.kind] }),
    foreignKey({ columns: [t.tenantId, t.cycleId], foreignColumns: [reviewCycles.tenantId, reviewCycles.id] }),
    foreignKey({ columns: [t.tenantId, t.indicatorId], foreignColumns: [reviewIndicators.tenantId, reviewIndicators.id] }),
    foreignKey({ columns: [t.tenantId, t.byUserId], foreignColumns: [users.tenantId, users.id] }),
    check('review_scores_kind_check', sql`${t.kind} IN ('self', 'superior')`),
    check('review_scores_score_check', sql`${t.scoreTenths} >= 0`),
  ],
);

/** The fund's allocation to one cycle's org, as computed when the campaign was allocated (reproducible from the ratings). */
export const reviewAllocations = pgTable(
  'review_allocations',
  {
    tenantId: tenantId(),
    id: rowId(),
    campaignId: ref('campaign_id').notNull(),
    cycleId: ref('cycle_id').notNull(),
    total: integer('total').notNull(),
    stars: integer('stars').notNull(),
    amountYuan: bigint('amount_yuan', { mode: 'number' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('review_allocations_cycle_key').on(t.tenantId, t.campaignId, t.cycleId),
    foreignKey({ columns: [t.tenantId, t.campaignId], foreignColumns: [reviewCampaigns.tenantId, reviewCampaigns.id] }),
    foreignKey({ columns: [t.tenantId, t.cycleId], foreignColumns: [reviewCycles.tenantId, reviewCycles.id] }),
    check('review_allocations_amount_check', sql`${t.amountYuan} >= 0`),
  ],
);
