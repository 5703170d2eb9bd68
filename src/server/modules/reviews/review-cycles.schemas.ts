import { z } from 'zod';
import { isoDate, pageOf, pageQuery } from '../../platform/paging.ts';
import { fileableStages, reviewStages } from './reviews.rules.ts';
import { indicatorView } from './reviews.schemas.ts';

/** An org's review cycle: stage states, commitments and their report, scores; and the stage changes. */
const refId = (what: string) => z.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe(what);
const stage = z.enum(reviewStages);

export const stageStateView = z.object({
  status: z.enum(['pending', 'open', 'overdue', 'closed']).describe('pending: an earlier stage is still open; open; overdue: open past its deadline; closed'),
  dueOn: z.string().describe('The deadline (a reopening may move it)'),
  closedOn: z.string().nullable().describe('Day it closed; null while not closed'),
});

export const cycleListItem = z.object({
  id: z.number().int().describe('Cycle id'),
  campaignId: z.number().int().describe('Campaign id'),
  orgId: z.number().int().describe('The participating org'),
  orgCode: z.string().describe('Its code'),
  orgName: z.string().describe('Its current name'),
  stages: z
    .object({ commitments: stageStateView.describe('承诺'), report: stageStateView.describe('述职'), scoring: stageStateView.describe('测评') })
    .describe('Each stage\'s state today'),
  commitmentCount: z.number().int().describe('Commitment items filed or drafted'),
  selfTotal: z.number().nullable().describe('Self-score total (of 100) once scoring closed'),
  superiorTotal: z.number().nullable().describe('Superior score total once scoring closed'),
  total: z.number().nullable().describe('The weighted total once scoring closed'),
  stars: z.number().int().nullable().describe('Stars 0…5 once scoring closed'),
  amountYuan: z.number().int().nullable().describe('The fund allocated to the org; null until allocated'),
});
export type CycleListItem = z.infer<typeof cycleListItem>;
export const cycleListView = pageOf(cycleListItem);

export const listCyclesQuery = z
  .object({
    stars: z.coerce.number().int().min(0).max(5).optional().describe('Only cycles rated with these stars'),
    q: z.string().trim().min(1).max(100).optional().describe('Org name or code contains'),
    ...pageQuery,
  })
  .strict();
export type ListCyclesInput = z.infer<typeof listCyclesQuery>;

export const commitmentView = z.object({
  id: z.number().int().describe('Commitment id'),
  cycleId: z.number().int().describe('Its cycle'),
  content: z.string().describe('What the org commits to (承诺事项)'),
  target: z.string().describe('The measurable target'),
  indicatorId: z.number().int().nullable().describe('The indicator it answers to, if any'),
  indicatorName: z.string().nullable().describe('That indicator\'s name'),
  result: z.string().nullable().describe('The report against it (述职): what was achieved'),
  evidence: z.string().nullable().describe('Evidence note'),
});
export type CommitmentView = z.infer<typeof commitmentView>;

export const scoredIndicatorView = indicatorView.extend({
  children: z.array(
    indicatorView.shape.children.element.extend({
      selfScore: z.number().nullable().describe('The org\'s own score'),
      superiorScore: z.number().nullable().describe('The superior\'s score'),
    }),
  ).describe('The scored indicators with their scores'),
});

export const stageEventView = z.object({
  id: z.number().int().describe('Event id'),
  stage: stage.describe('The stage'),
  action: z.enum(['close', 'reopen']).describe('Closed (filed) or reopened'),
  on: z.string().describe('Day'),
  reason: z.string().nullable().describe('Why it was reopened'),
  dueOn: z.string().nullable().describe('The new deadline of a reopening'),
  byUserName: z.string().nullable().describe('Who; null for the platform itself'),
});

export const cycleDetailView = cycleListItem.extend({
  campaignName: z.string().describe('The campaign'),
  year: z.number().int().describe('The year reviewed'),
  selfWeight: z.number().int().describe('Percent of the total from the self-score'),
  starThresholds: z.array(z.number().int()).describe('Minimum totals for one to five stars'),
  commitments: z.array(commitmentView).describe('Commitment items with their report, in order of filing'),
  indicators: z.array(scoredIndicatorView).describe('The indicator tree with this cycle\'s scores'),
  events: z.array(stageEventView).describe('Stage closes and reopenings, earliest first'),
  may: z
    .object({
      write: z.boolean().describe('May file commitments, the report and self-scores'),
      score: z.boolean().describe('May give superior scores and close scoring (a superior, not bound to the org itself)'),
      manage: z.boolean().describe('Manages the campaign: closes late, reopens'),
    })
    .describe('What the caller may do here'),
});
export type CycleDetailView = z.infer<typeof cycleDetailView>;

const content = z.string().trim().min(2).max(1000).describe('What the org commits to');
const target = z.string().trim().min(1).max(500).describe('The measurable target, e.g. 全年开展主题党日 12 次');
const indicatorId = refId('A scored indicator of the campaign').nullable().optional().describe('The scored indicator of the campaign the commitment answers to; null for none');

export const addCommitmentBody = z.object({ content, target, indicatorId }).strict();
export type AddCommitmentInput = z.infer<typeof addCommitmentBody>;
export const updateCommitmentBody = z.object({ content: content.optional(), target: target.optional(), indicatorId }).strict();
export type UpdateCommitmentInput = z.infer<typeof updateCommitmentBody>;
export const reportCommitmentBody = z
  .object({
    result: z.string().trim().min(1).max(2000).describe('What was achieved against the commitment'),
    evidence: z.string().trim().max(2000).nullable().optional().describe('Evidence note (minutes, photos, ledgers)'),
  })
  .strict();
export type ReportCommitmentInput = z.infer<typeof reportCommitmentBody>;

export const scoresBody = z
  .object({
    scores: z
      .array(z.object({ indicatorId: refId('A scored (leaf) indicator'), score: z.number().min(0).max(1000).describe('Points, at most one decimal, up to the indicator\'s max') }).strict())
      .min(1)
      .max(200)
      .describe('Scores to record; indicators not named keep their scores'),
  })
  .strict();
export type ScoresInput = z.infer<typeof scoresBody>;

export const fileStageBody = z
  .object({
    stage: z.enum(fileableStages).describe('commitments (at the year\'s start) or report (at its end)'),
    on: isoDate.optional().describe('Day filed; today when omitted; not in the future'),
  })
  .strict();
export type FileStageInput = z.infer<typeof fileStageBody>;

export const closeScoringBody = z.object({ on: isoDate.optional().describe('Day scoring closed; today when omitted; not in the future') }).strict();

export const closeStageBody = z
  .object({ stage: stage.describe('The stage to close'), on: isoDate.optional().describe('Day closed; today when omitted; not in the future') })
  .strict();
export type CloseStageInput = z.infer<typeof closeStageBody>;

export const reopenStageBody = z
  .object({
    stage: stage.describe('The closed stage to reopen; later stages must be open'),
    reason: z.string().trim().min(2).max(500).describe('Why it is reopened (audited)'),
    dueOn: isoDate.describe('The new deadline: today or later'),
  })
  .strict();
export type ReopenStageInput = z.infer<typeof reopenStageBody>;
