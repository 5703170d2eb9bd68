import type { App, AppDeps } from '../../platform/context.ts';
import { localeOf } from '../../platform/error-handler.ts';
import { idParam } from '../../platform/paging.ts';
import { serviceContext } from '../../platform/service-context.ts';
import { allocateCampaignFund, getAllocation, withdrawAllocation } from './review-allocation.service.ts';
import { createCampaign, getCampaign, listCampaigns, replaceIndicators, updateCampaign } from './review-campaigns.service.ts';
import { cycleListView, listCyclesQuery } from './review-cycles.schemas.ts';
import { listCycles } from './review-cycles.service.ts';
import { registerReviewCycleRoutes } from './review-cycles.routes.ts';
import { allocateBody, allocationView, campaignListView, campaignView, createCampaignBody, listCampaignsQuery, replaceIndicatorsBody, updateCampaignBody, withdrawAllocationBody } from './reviews.schemas.ts';

const tags = ['reviews'];

/** Review campaigns (联诺联述联评): settings and indicator tree, the ratings table, the fund's allocation; then the cycles' routes. */
export async function registerReviewRoutes(app: App, deps: AppDeps) {
  const read = { access: 'reviews.read' as const };
  const manage = { access: 'reviews.manage' as const };

  app.get('/api/v1/review-campaigns', { schema: { tags, summary: 'Review campaigns the caller sees', querystring: listCampaignsQuery, response: { 200: campaignListView } }, config: read }, async (req) =>
    listCampaigns(serviceContext(deps, req), req.query),
  );
  app.post('/api/v1/review-campaigns', { schema: { tags, summary: 'Start a campaign: indicator tree, thresholds, deadlines, fund and rule, participating orgs', body: createCampaignBody, response: { 201: campaignView } }, config: manage }, async (req, reply) =>
    reply.status(201).send(await createCampaign(serviceContext(deps, req), req.body)),
  );
  app.get('/api/v1/review-campaigns/:id', { schema: { tags, summary: 'One campaign with its indicator tree and progress', params: idParam, response: { 200: campaignView } }, config: read }, async (req) =>
    getCampaign(serviceContext(deps, req), req.params.id),
  );
  app.patch('/api/v1/review-campaigns/:id', { schema: { tags, summary: 'Change a campaign\'s settings (re-rates rated cycles when weights or thresholds change)', params: idParam, body: updateCampaignBody, response: { 200: campaignView } }, config: manage }, async (req) =>
    updateCampaign(serviceContext(deps, req), req.params.id, req.body),
  );
  app.put('/api/v1/review-campaigns/:id/indicators', { schema: { tags, summary: 'Replace the indicator tree while no score or linked commitment rests on it', params: idParam, body: replaceIndicatorsBody, response: { 200: campaignView } }, config: manage }, async (req) =>
    replaceIndicators(serviceContext(deps, req), req.params.id, req.body),
  );
  app.get('/api/v1/review-campaigns/:id/cycles', { schema: { tags, summary: 'The ratings table: participating orgs with stage states, totals, stars and allocations', params: idParam, querystring: listCyclesQuery, response: { 200: cycleListView } }, config: read }, async (req) =>
    listCycles(serviceContext(deps, req), req.params.id, req.query),
  );
  app.get('/api/v1/review-campaigns/:id/allocation', { schema: { tags, summary: 'The fund\'s allocation as stored and as recomputed from the records now', params: idParam, response: { 200: allocationView } }, config: read }, async (req) =>
    getAllocation(serviceContext(deps, req), req.params.id, localeOf(req)),
  );
  app.post('/api/v1/review-campaigns/:id/allocation', { schema: { tags, summary: 'Allocate the fund from the ratings, summing exactly to the fund', params: idParam, body: allocateBody, response: { 200: allocationView } }, config: manage }, async (req) =>
    allocateCampaignFund(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/review-campaigns/:id/allocation/withdraw', { schema: { tags, summary: 'Withdraw the allocation, with a reason', params: idParam, body: withdrawAllocationBody, response: { 200: allocationView } }, config: manage }, async (req) =>
    withdrawAllocation(serviceContext(deps, req), req.params.id, req.body),
  );
  await registerReviewCycleRoutes(app, deps);
}
