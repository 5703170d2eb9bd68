import type { App, AppDeps } from '../../platform/context.ts';
import { idParam } from '../../platform/paging.ts';
import { serviceContext } from '../../platform/service-context.ts';
import {
  addCommitmentBody,
  closeScoringBody,
  closeStageBody,
  commitmentView,
  cycleDetailView,
  fileStageBody,
  reopenStageBody,
  reportCommitmentBody,
  scoresBody,
  updateCommitmentBody,
} from './review-cycles.schemas.ts';
import { addCommitment, fileStage, getCycle, reportCommitment, updateCommitment } from './review-cycles.service.ts';
import { closeScoring, closeStage, recordScores, reopenStage } from './review-scoring.service.ts';

const tags = ['reviews'];

/** An org's review cycle: commitments and report (the org), self and superior scores, closing and reopening stages. */
export async function registerReviewCycleRoutes(app: App, deps: AppDeps) {
  const read = { access: 'reviews.read' as const };
  const write = { access: 'reviews.write' as const };
  const score = { access: 'reviews.score' as const };
  const manage = { access: 'reviews.manage' as const };

  app.get('/api/v1/review-cycles/:id', { schema: { tags, summary: 'One org\'s cycle: stages, commitments and report, scores, stage events', params: idParam, response: { 200: cycleDetailView } }, config: read }, async (req) =>
    getCycle(serviceContext(deps, req), req.params.id),
  );
  app.post('/api/v1/review-cycles/:id/commitments', { schema: { tags, summary: 'Add a commitment item while commitments are open', params: idParam, body: addCommitmentBody, response: { 201: commitmentView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await addCommitment(serviceContext(deps, req), req.params.id, req.body)),
  );
  app.patch('/api/v1/review-commitments/:id', { schema: { tags, summary: 'Change a commitment item while commitments are open', params: idParam, body: updateCommitmentBody, response: { 200: commitmentView } }, config: write }, async (req) =>
    updateCommitment(serviceContext(deps, req), req.params.id, req.body),
  );
  app.put('/api/v1/review-commitments/:id/report', { schema: { tags, summary: 'Report against a commitment (result, evidence) while the report is open', params: idParam, body: reportCommitmentBody, response: { 200: commitmentView } }, config: write }, async (req) =>
    reportCommitment(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/review-cycles/:id/file', { schema: { tags, summary: 'File the commitments or the report (closes that stage)', params: idParam, body: fileStageBody, response: { 200: cycleDetailView } }, config: write }, async (req) =>
    fileStage(serviceContext(deps, req), req.params.id, req.body),
  );
  app.put('/api/v1/review-cycles/:id/self-scores', { schema: { tags, summary: 'Record the org\'s own scores of leaf indicators while scoring is open', params: idParam, body: scoresBody, response: { 200: cycleDetailView } }, config: write }, async (req) =>
    recordScores(serviceContext(deps, req), req.params.id, 'self', req.body),
  );
  app.put('/api/v1/review-cycles/:id/superior-scores', { schema: { tags, summary: 'Record the superior\'s scores (not for one\'s own org) while scoring is open', params: idParam, body: scoresBody, response: { 200: cycleDetailView } }, config: score }, async (req) =>
    recordScores(serviceContext(deps, req), req.params.id, 'superior', req.body),
  );
  app.post('/api/v1/review-cycles/:id/close-scoring', { schema: { tags, summary: 'Close scoring and rate the cycle (every score given)', params: idParam, body: closeScoringBody, response: { 200: cycleDetailView } }, config: score }, async (req) =>
    closeScoring(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/review-cycles/:id/close', { schema: { tags, summary: 'The manager closes a stage, also past its deadline', params: idParam, body: closeStageBody, response: { 200: cycleDetailView } }, config: manage }, async (req) =>
    closeStage(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/review-cycles/:id/reopen', { schema: { tags, summary: 'The manager reopens a closed stage with a reason and a new deadline', params: idParam, body: reopenStageBody, response: { 200: cycleDetailView } }, config: manage }, async (req) =>
    reopenStage(serviceContext(deps, req), req.params.id, req.body),
  );
}
