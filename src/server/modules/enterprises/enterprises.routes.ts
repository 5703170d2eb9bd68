import { z } from 'zod';
import type { App, AppDeps } from '../../platform/context.ts';
import { idParam } from '../../platform/paging.ts';
import { serviceContext } from '../../platform/service-context.ts';
import * as contacts from './contacts.service.ts';
import * as coverage from './coverage.service.ts';
import * as designations from './designations.service.ts';
import {
  addContactBody,
  addCoverageBody,
  addDesignationBody,
  contactView,
  coverageView,
  createEnterpriseBody,
  designationView,
  endPeriodBody,
  enterpriseDetailQuery,
  enterpriseDetailView,
  enterpriseListView,
  listEnterprisesQuery,
  updateEnterpriseBody,
} from './enterprises.schemas.ts';
import * as enterprises from './enterprises.service.ts';

const tags = ['enterprises'];

export async function registerEnterpriseRoutes(app: App, deps: AppDeps) {
  const read = { access: 'enterprises.read' as const };
  const write = { access: 'enterprises.write' as const };

  app.get('/api/v1/enterprises', { schema: { tags, summary: 'List enterprises and social organizations, with designations and covering orgs as of a date', querystring: listEnterprisesQuery, response: { 200: enterpriseListView } }, config: read }, async (req) =>
    enterprises.listEnterprises(serviceContext(deps, req), req.query),
  );
  app.get('/api/v1/enterprises/:id', { schema: { tags, summary: 'One unit with contacts, designation and coverage history, and employed members', params: idParam, querystring: enterpriseDetailQuery, response: { 200: enterpriseDetailView } }, config: read }, async (req) =>
    enterprises.getEnterprise(serviceContext(deps, req), req.params.id, req.query.asOf),
  );
  app.post('/api/v1/enterprises', { schema: { tags, summary: 'Register an enterprise or social organization (USCC checked)', body: createEnterpriseBody, response: { 201: enterpriseDetailView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await enterprises.createEnterprise(serviceContext(deps, req), req.body)),
  );
  app.patch('/api/v1/enterprises/:id', { schema: { tags, summary: 'Change a unit\'s fields, responsible org or status (active / closed)', params: idParam, body: updateEnterpriseBody, response: { 200: enterpriseDetailView } }, config: write }, async (req) =>
    enterprises.updateEnterprise(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/enterprises/:id/designations', { schema: { tags, summary: 'Record a designation held from a date', params: idParam, body: addDesignationBody, response: { 201: designationView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await designations.addDesignation(serviceContext(deps, req), req.params.id, req.body)),
  );
  app.post('/api/v1/enterprise-designations/:id/end', { schema: { tags, summary: 'End a designation on a date', params: idParam, body: endPeriodBody, response: { 200: designationView } }, config: write }, async (req) =>
    designations.endDesignation(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/enterprises/:id/coverage', { schema: { tags, summary: 'Link a covering org (own or joint) from a date', params: idParam, body: addCoverageBody, response: { 201: coverageView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await coverage.addCoverage(serviceContext(deps, req), req.params.id, req.body)),
  );
  app.post('/api/v1/org-coverage/:id/end', { schema: { tags, summary: 'End a coverage link on a date', params: idParam, body: endPeriodBody, response: { 200: coverageView } }, config: write }, async (req) =>
    coverage.endCoverage(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/enterprises/:id/contacts', { schema: { tags, summary: 'Add a contact person (phone stored encrypted, shown masked)', params: idParam, body: addContactBody, response: { 201: contactView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await contacts.addContact(serviceContext(deps, req), req.params.id, req.body)),
  );
  app.delete('/api/v1/enterprise-contacts/:id', { schema: { tags, summary: 'Remove a contact person (a unit keeps at least one)', params: idParam, response: { 204: z.null().describe('Deleted') } }, config: write }, async (req, reply) => {
    await contacts.deleteContact(serviceContext(deps, req), req.params.id);
    return reply.status(204).send(null);
  });
}
