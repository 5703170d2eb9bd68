import type { BodyOf, ResponseOf } from '../../../api/types.ts';

/** Named shapes of the review API, from the generated client types. */
export type CampaignItem = ResponseOf<'/api/v1/review-campaigns', 'get'>['items'][number];
export type Campaign = ResponseOf<'/api/v1/review-campaigns/{id}', 'get'>;
export type CycleItem = ResponseOf<'/api/v1/review-campaigns/{id}/cycles', 'get'>['items'][number];
export type StageState = CycleItem['stages']['commitments'];
export type StageStatus = StageState['status'];
export type Cycle = ResponseOf<'/api/v1/review-cycles/{id}', 'get'>;
export type Commitment = Cycle['commitments'][number];
export type ScoredLeaf = Cycle['indicators'][number]['children'][number];
export type Allocation = ResponseOf<'/api/v1/review-campaigns/{id}/allocation', 'get'>;
export type AllocationItem = Allocation['items'][number];
export type CreateCampaign = BodyOf<'/api/v1/review-campaigns', 'post'>;
export type ReviewStage = BodyOf<'/api/v1/review-cycles/{id}/reopen', 'post'>['stage'];

export const reviewStages: ReviewStage[] = ['commitments', 'report', 'scoring'];
export const stageStatusColor: Record<StageStatus, string> = { pending: 'default', open: 'processing', overdue: 'error', closed: 'success' };

/** Whether a stage takes entries now: open, or overdue for the manager (late entries are the manager's call). */
export function isActionable(cycle: Cycle, stage: ReviewStage): boolean {
  const s = cycle.stages[stage].status;
  return s === 'open' || (s === 'overdue' && cycle.may.manage);
}
