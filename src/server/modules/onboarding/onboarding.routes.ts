import type { App, AppDeps } from '../../platform/context.ts';
import { idParam } from '../../platform/paging.ts';
import { serviceContext } from '../../platform/service-context.ts';
import {
  cancelCaseBody,
  caseDetailView,
  caseListView,
  completeCaseBody,
  completedCaseView,
  createCaseBody,
  handoffBody,
  listCasesQuery,
  overdueStepListView,
  overdueStepsQuery,
  stepDetailView,
  updateStepBody,
} from './onboarding.schemas.ts';
import * as cases from './onboarding.service.ts';
import * as steps from './onboarding-steps.service.ts';

const tags = ['onboarding'];

export async function registerOnboardingRoutes(app: App, deps: AppDeps) {
  const read = { access: 'onboarding.read' as const };
  const write = { access: 'onboarding.write' as const };

  app.get('/api/v1/onboarding-cases', { schema: { tags, summary: 'List 三合一 onboarding cases with overall status, progress per track and overdue steps', querystring: listCasesQuery, response: { 200: caseListView } }, config: read }, async (req) =>
    cases.listCases(serviceContext(deps, req), req.query),
  );
  app.get('/api/v1/onboarding-cases/:id', { schema: { tags, summary: 'One onboarding case: its tracks, steps, hand-offs and one overall status', params: idParam, response: { 200: caseDetailView } }, config: read }, async (req) =>
    cases.getCase(serviceContext(deps, req), req.params.id),
  );
  app.post('/api/v1/onboarding-cases', { schema: { tags, summary: 'Open an onboarding case for an enterprise in status onboarding (template steps unless given)', body: createCaseBody, response: { 201: caseDetailView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await cases.createCase(serviceContext(deps, req), req.body)),
  );
  app.post('/api/v1/onboarding-cases/:id/complete', { schema: { tags, summary: 'Complete a case whose steps are all done or skipped; the enterprise becomes active', params: idParam, body: completeCaseBody, response: { 200: completedCaseView } }, config: write }, async (req) =>
    cases.completeCase(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/onboarding-cases/:id/cancel', { schema: { tags, summary: 'Cancel an open case with a reason', params: idParam, body: cancelCaseBody, response: { 200: caseDetailView } }, config: write }, async (req) =>
    cases.cancelCase(serviceContext(deps, req), req.params.id, req.body),
  );
  app.patch('/api/v1/onboarding-steps/:id', { schema: { tags, summary: 'Change a step: status, notes, official or due date', params: idParam, body: updateStepBody, response: { 200: stepDetailView } }, config: write }, async (req) =>
    steps.updateStep(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/onboarding-steps/:id/handoff', { schema: { tags, summary: 'Hand a step to another department', params: idParam, body: handoffBody, response: { 200: stepDetailView } }, config: write }, async (req) =>
    steps.handOffStep(serviceContext(deps, req), req.params.id, req.body),
  );
  app.get('/api/v1/onboarding-steps/overdue', { schema: { tags, summary: 'Overdue steps of open cases in scope, most overdue first (the work bench)', querystring: overdueStepsQuery, response: { 200: overdueStepListView } }, config: read }, async (req) =>
    steps.listOverdueSteps(serviceContext(deps, req), req.query),
  );
}
