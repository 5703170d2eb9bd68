import type { ServiceContext } from '../../../src/server/platform/context.ts';
import { addCommitment } from '../../../src/server/modules/reviews/review-cycles.service.ts';
import { createTestCampaign } from '../../../src/server/modules/reviews/reviews.fixtures.ts';
import { type Targets, nonexistent, targetsFor } from './targets.ts';

/** The in-scope campaign holds this code, so POST /review-campaigns repeating it is refused with 409. */
export const takenReviewCode = 'MATRIX-RV';

type Contexts = { park: ServiceContext; otherPark: ServiceContext };

/**
 * The review objects the matrix aims at: per target org a campaign run by that org with the org itself as its one
 * participant, that cycle, and a commitment of it (the commitments stage stays open).
 */
export async function createReviewTargets(contexts: Contexts, orgs: Targets) {
  const cycleOf = new Map<number, number>();
  const commitmentOf = new Map<number, number>();
  const campaigns = await targetsFor(orgs, contexts, async (ctx, orgId, target) => {
    const { campaign, cycleIds } = await createTestCampaign(ctx, orgId, [orgId], target === 'inScope' ? { code: takenReviewCode } : {});
    const cycleId = cycleIds.get(orgId) ?? 0;
    cycleOf.set(campaign.id, cycleId);
    commitmentOf.set(campaign.id, (await addCommitment(ctx, cycleId, { content: '矩阵承诺事项', target: '矩阵目标' })).id);
    return campaign.id;
  });
  const via = (map: Map<number, number>): Targets => ({
    inScope: map.get(campaigns.inScope) ?? 0,
    sibling: map.get(campaigns.sibling) ?? 0,
    ancestor: map.get(campaigns.ancestor) ?? 0,
    otherBranch: map.get(campaigns.otherBranch) ?? 0,
    otherPark: map.get(campaigns.otherPark) ?? 0,
    nonexistent,
  });
  return { reviewCampaign: campaigns, reviewCycle: via(cycleOf), reviewCommitment: via(commitmentOf) };
}
