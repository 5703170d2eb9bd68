import { today } from '../../../src/server/platform/paging.ts';
import { takenReviewCode } from './reviews-fixture.ts';
import type { RouteSpec } from './route-spec.ts';

const day = today();
const scores = () => ({ scores: [{ indicatorId: 1, score: 1 }] });

/**
 * The review routes (联诺联述联评). Bodies are chosen so an allowed caller meets a business rule rather than
 * changing the fixture: the in-scope cycle's commitments stay open, so later stages are refused with 422.
 */
export const reviewRoutes: Record<string, RouteSpec> = {
  'GET /api/v1/review-campaigns': { access: 'reviews.read', family: 'org', ok: [200], url: (_fx, id) => `/api/v1/review-campaigns?orgId=${id}` },
  'POST /api/v1/review-campaigns': {
    access: 'reviews.manage', family: 'org', ok: [409],
    body: (_fx, id) => ({
      code: takenReviewCode, name: '矩阵考评', year: 2026, runByOrgId: id, participantOrgIds: [id], selfWeight: 30, starThresholds: [60, 70, 80, 85, 90], fundYuan: 1000,
      starShares: [0, 0, 0, 1, 3, 5], commitmentsDue: '2026-03-01', reportsDue: '2026-12-01', scoringDue: '2026-12-31',
      indicators: [{ name: '矩阵', weight: 100, children: [{ name: '矩阵指标', weight: 100, maxScore: 10 }] }],
    }),
  },
  'GET /api/v1/review-campaigns/:id': { access: 'reviews.read', family: 'reviewCampaign', ok: [200] },
  'PATCH /api/v1/review-campaigns/:id': { access: 'reviews.manage', family: 'reviewCampaign', ok: [200], body: () => ({}) },
  'PUT /api/v1/review-campaigns/:id/indicators': {
    access: 'reviews.manage', family: 'reviewCampaign', ok: [200],
    body: () => ({ indicators: [{ name: '矩阵', weight: 100, children: [{ name: '矩阵指标', weight: 100, maxScore: 10 }] }] }),
  },
  'GET /api/v1/review-campaigns/:id/cycles': { access: 'reviews.read', family: 'reviewCampaign', ok: [200] },
  'GET /api/v1/review-campaigns/:id/allocation': { access: 'reviews.read', family: 'reviewCampaign', ok: [200] },
  'POST /api/v1/review-campaigns/:id/allocation': { access: 'reviews.manage', family: 'reviewCampaign', ok: [422], body: () => ({ on: day }) },
  'POST /api/v1/review-campaigns/:id/allocation/withdraw': { access: 'reviews.manage', family: 'reviewCampaign', ok: [409], body: () => ({ reason: '矩阵测试' }) },
  'GET /api/v1/review-cycles/:id': { access: 'reviews.read', family: 'reviewCycle', ok: [200] },
  'POST /api/v1/review-cycles/:id/commitments': { access: 'reviews.write', family: 'reviewCycle', ok: [201], body: () => ({ content: '矩阵承诺', target: '矩阵目标' }) },
  'PATCH /api/v1/review-commitments/:id': { access: 'reviews.write', family: 'reviewCommitment', ok: [200], body: () => ({}) },
  'PUT /api/v1/review-commitments/:id/report': { access: 'reviews.write', family: 'reviewCommitment', ok: [422], body: () => ({ result: '矩阵述职' }) },
  'POST /api/v1/review-cycles/:id/file': { access: 'reviews.write', family: 'reviewCycle', ok: [422], body: () => ({ stage: 'report' }) },
  'PUT /api/v1/review-cycles/:id/self-scores': { access: 'reviews.write', family: 'reviewCycle', ok: [422], body: scores },
  'PUT /api/v1/review-cycles/:id/superior-scores': { access: 'reviews.score', family: 'reviewCycle', ok: [422], body: scores },
  'POST /api/v1/review-cycles/:id/close-scoring': { access: 'reviews.score', family: 'reviewCycle', ok: [422], body: () => ({}) },
  'POST /api/v1/review-cycles/:id/close': { access: 'reviews.manage', family: 'reviewCycle', ok: [422], body: () => ({ stage: 'scoring' }) },
  'POST /api/v1/review-cycles/:id/reopen': { access: 'reviews.manage', family: 'reviewCycle', ok: [409], body: () => ({ stage: 'commitments', reason: '矩阵测试', dueOn: '2999-01-01' }) },
};
