import { z } from 'zod';
import type { App, AppDeps } from '../../platform/context.ts';
import { asOfQuery, idParam } from '../../platform/paging.ts';
import { serviceContext } from '../../platform/service-context.ts';
import { createPolicyBody, listPoliciesQuery, policyDetailView, policyListView, repealPolicyBody, replaceMeasuresBody, updatePolicyBody } from './policies.schemas.ts';
import * as service from './policies.service.ts';

const tags = ['policies'];
const detailQuery = z.object({ asOf: asOfQuery }).strict();

/** Policy documents (政策文件) and their measures: public within the park, written for the issuing org. */
export async function registerPolicyRoutes(app: App, deps: AppDeps) {
  const read = { access: 'policies.read' as const };
  const write = { access: 'policies.write' as const };

  app.get('/api/v1/policies', { schema: { tags, summary: 'List policy documents, with whether each is in force on a date', querystring: listPoliciesQuery, response: { 200: policyListView } }, config: read }, async (req) =>
    service.listPolicies(serviceContext(deps, req), req.query),
  );
  app.get('/api/v1/policies/:id', { schema: { tags, summary: 'One policy document with its measures', params: idParam, querystring: detailQuery, response: { 200: policyDetailView } }, config: read }, async (req) =>
    service.getPolicy(serviceContext(deps, req), req.params.id, req.query.asOf),
  );
  app.post('/api/v1/policies', { schema: { tags, summary: 'Record a policy document with its measures', body: createPolicyBody, response: { 201: policyDetailView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await service.createPolicy(serviceContext(deps, req), req.body)),
  );
  app.patch('/api/v1/policies/:id', { schema: { tags, summary: 'Correct a policy document\'s fields', params: idParam, body: updatePolicyBody, response: { 200: policyDetailView } }, config: write }, async (req) =>
    service.updatePolicy(serviceContext(deps, req), req.params.id, req.body),
  );
  app.put('/api/v1/policies/:id/measures', { schema: { tags, summary: 'Replace a policy document\'s measures', params: idParam, body: replaceMeasuresBody, response: { 200: policyDetailView } }, config: write }, async (req) =>
    service.replacePolicyMeasures(serviceContext(deps, req), req.params.id, req.body.measures),
  );
  app.post('/api/v1/policies/:id/repeal', { schema: { tags, summary: 'Repeal a policy document from a date', params: idParam, body: repealPolicyBody, response: { 200: policyDetailView } }, config: write }, async (req) =>
    service.repealPolicy(serviceContext(deps, req), req.params.id, req.body),
  );
}
