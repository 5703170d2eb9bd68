import { z } from 'zod';
import { isoDate, pageOf, pageQuery } from '../../platform/paging.ts';

/** Review campaigns (联诺联述联评): requests and responses. Cycles, commitments and scores: review-cycles.schemas.ts. */
const refId = (what: string) => z.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe(what);
const queryId = (what: string) => z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().describe(what);
const yuan = (what: string) => z.number().int().min(0).max(1_000_000_000_000).describe(`${what}, in 元`);
const perStar = (what: string) => z.array(z.number().int().min(0).max(1_000_000_000_000)).length(6).describe(`${what}, for 0 (below one star) to 5 stars: six numbers`);

export const leafIndicatorInput = z
  .object({
    name: z.string().trim().min(1).max(200).describe('What is scored, e.g. 组织生活规范'),
    weight: z.number().int().min(1).max(100).describe('Weight within its parent, percent; the leaves of a parent sum to 100'),
    maxScore: z.number().int().min(1).max(1000).describe('The most points a score may give'),
  })
  .strict();

export const indicatorInput = z
  .object({
    name: z.string().trim().min(1).max(200).describe('A top-level indicator, e.g. 基础建设'),
    weight: z.number().int().min(1).max(100).describe('Weight in the total, percent; the top-level indicators sum to 100'),
    children: z.array(leafIndicatorInput).max(50).describe('The scored indicators under it'),
  })
  .strict();

const starThresholds = z.array(z.number().int().min(0).max(100)).length(5).describe('Minimum totals (of 100) for one to five stars, strictly increasing, e.g. [60, 70, 80, 85, 90]');
const selfWeight = z.number().int().min(0).max(100).describe('Percent of the total taken from the self-score; the superior score takes the rest (e.g. 30 → 30/70)');

export const createCampaignBody = z
  .object({
    code: z.string().trim().regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, - and _ only').describe('Campaign code, unique in the park'),
    name: z.string().trim().min(2).max(200).describe('Campaign name, e.g. 2025年度两新组织党组织星级考评'),
    year: z.number().int().min(2000).max(2100).describe('The year reviewed'),
    runByOrgId: refId('The org running the campaign; the caller manages reviews over it'),
    participantOrgIds: z.array(refId('A participating org')).min(1).max(1000).describe('The orgs reviewed: orgs of the running org\'s subtree (itself included), in force'),
    selfWeight,
    starThresholds,
    fundYuan: yuan('The special fund (专项资金) to allocate from the ratings'),
    starBaseYuan: perStar('A fixed amount each org of that rating gets first (元)').optional(),
    starShares: perStar('Shares of what the base amounts leave, per rating (e.g. [0,0,0,1,3,5])'),
    commitmentsDue: isoDate.describe('Deadline for filing commitments'),
    reportsDue: isoDate.describe('Deadline for filing reports (not before the commitments deadline)'),
    scoringDue: isoDate.describe('Deadline for scoring (not before the reports deadline)'),
    indicators: z.array(indicatorInput).max(30).describe('The indicator tree'),
  })
  .strict();
export type CreateCampaignInput = z.infer<typeof createCampaignBody>;

export const replaceIndicatorsBody = z.object({ indicators: z.array(indicatorInput).max(30).describe('The new indicator tree') }).strict();

export const updateCampaignBody = z
  .object({
    name: createCampaignBody.shape.name.optional(),
    selfWeight: selfWeight.optional(),
    starThresholds: starThresholds.optional(),
    fundYuan: yuan('The special fund').optional(),
    starBaseYuan: perStar('Base amounts per rating').optional(),
    starShares: perStar('Shares per rating').optional(),
    commitmentsDue: isoDate.optional().describe('New commitments deadline; moves the deadline of every cycle whose commitments are still open'),
    reportsDue: isoDate.optional().describe('New reports deadline (cycles whose report is open)'),
    scoringDue: isoDate.optional().describe('New scoring deadline (cycles whose scoring is open)'),
  })
  .strict();
export type UpdateCampaignInput = z.infer<typeof updateCampaignBody>;

export const listCampaignsQuery = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100).optional().describe('Only campaigns of this year'),
    orgId: queryId('Only campaigns this org runs or takes part in'),
    ...pageQuery,
  })
  .strict();
export type ListCampaignsInput = z.infer<typeof listCampaignsQuery>;

export const leafIndicatorView = z.object({
  id: z.number().int().describe('Indicator id'),
  name: z.string().describe('What is scored'),
  weight: z.number().int().describe('Weight within the parent, percent'),
  maxScore: z.number().int().describe('Most points a score gives'),
});
export const indicatorView = z.object({
  id: z.number().int().describe('Indicator id'),
  name: z.string().describe('Top-level indicator'),
  weight: z.number().int().describe('Weight in the total, percent'),
  children: z.array(leafIndicatorView).describe('The scored indicators under it'),
});
export type IndicatorView = z.infer<typeof indicatorView>;

export const campaignListItem = z.object({
  id: z.number().int().describe('Campaign id'),
  code: z.string().describe('Campaign code'),
  name: z.string().describe('Campaign name'),
  year: z.number().int().describe('The year reviewed'),
  runByOrgId: z.number().int().describe('The org running it'),
  runByOrgName: z.string().describe('Its current name'),
  fundYuan: z.number().int().describe('The special fund, in 元'),
  fundText: z.string().describe('The fund in 万元, for display'),
  allocatedOn: z.string().nullable().describe('Day the fund was allocated; null until then'),
  commitmentsDue: z.string().describe('Commitments deadline'),
  reportsDue: z.string().describe('Reports deadline'),
  scoringDue: z.string().describe('Scoring deadline'),
});
export type CampaignListItem = z.infer<typeof campaignListItem>;
export const campaignListView = pageOf(campaignListItem);

export const campaignView = campaignListItem.extend({
  selfWeight: z.number().int().describe('Percent of the total from the self-score'),
  superiorWeight: z.number().int().describe('Percent from the superior score'),
  starThresholds: z.array(z.number().int()).describe('Minimum totals for one to five stars'),
  starBaseYuan: z.array(z.number().int()).describe('Base amount per rating 0…5, in 元'),
  starShares: z.array(z.number().int()).describe('Shares per rating 0…5'),
  indicators: z.array(indicatorView).describe('The indicator tree'),
  progress: z
    .object({
      cycles: z.number().int().describe('Participating orgs the caller sees'),
      commitmentsFiled: z.number().int().describe('Of them, with commitments filed'),
      reportsFiled: z.number().int().describe('With the report filed'),
      rated: z.number().int().describe('With scoring closed and a rating'),
    })
    .describe('How far the cycles the caller sees have come'),
  mayManage: z.boolean().describe('The caller manages this campaign (settings, closing late, reopening, the fund)'),
});
export type CampaignView = z.infer<typeof campaignView>;

export const allocateBody = z.object({ on: isoDate.describe('Day of the allocation: not in the future, not before the last scoring closed') }).strict();
export const withdrawAllocationBody = z.object({ reason: z.string().trim().min(2).max(500).describe('Why the allocation is withdrawn') }).strict();

export const allocationItem = z.object({
  cycleId: z.number().int().describe('The org\'s cycle'),
  orgId: z.number().int().describe('The org'),
  orgCode: z.string().describe('Its code (the last tie-break)'),
  orgName: z.string().describe('Its name'),
  total: z.number().nullable().describe('Total score (of 100) recorded on the cycle; null while unrated'),
  stars: z.number().int().nullable().describe('Stars recorded on the cycle; null while unrated'),
  amountYuan: z.number().int().nullable().describe('Amount stored when the fund was allocated; null before'),
  recomputedTotal: z.number().nullable().describe('The total recomputed from the scores now'),
  recomputedStars: z.number().int().nullable().describe('The stars that total earns under the thresholds now'),
  recomputedYuan: z.number().int().nullable().describe('The amount recomputed from the records now; null when it cannot be computed'),
});
export const allocationView = z.object({
  campaignId: z.number().int().describe('Campaign id'),
  fundYuan: z.number().int().describe('The fund, in 元'),
  fundText: z.string().describe('The fund in 万元'),
  allocatedOn: z.string().nullable().describe('Day allocated; null while not allocated'),
  allocatedYuan: z.number().int().describe('Sum of the stored amounts over every org (equals the fund once allocated)'),
  recomputedYuan: z.number().int().describe('Sum of the recomputed amounts over every org'),
  matches: z.boolean().nullable().describe('Stored ratings and amounts equal what the records give now; null while not allocated'),
  problem: z.string().nullable().describe('Why the allocation cannot be computed now (e.g. orgs still unrated); null when it can'),
  items: z.array(allocationItem).describe('Per org the caller sees, by amount then total, descending'),
});
export type AllocationView = z.infer<typeof allocationView>;
