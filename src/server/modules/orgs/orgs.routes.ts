import type { App, AppDeps } from '../../platform/context.ts';
import { idParam, today } from '../../platform/paging.ts';
import { serviceContext } from '../../platform/service-context.ts';
import {
  changeKindBody,
  countOrgsQuery,
  countOrgsView,
  createOrgBody,
  dissolveOrgBody,
  listOrgsQuery,
  moveOrgBody,
  orgDetailQuery,
  orgDetailView,
  orgListView,
  orgView,
  renameOrgBody,
  updateOrgBody,
} from './orgs.schemas.ts';
import * as service from './orgs.service.ts';

const tags = ['orgs'];

export async function registerOrgRoutes(app: App, deps: AppDeps) {
  const read = { access: 'orgs.read' as const };
  const write = { access: 'orgs.write' as const };

  app.get('/api/v1/orgs', { schema: { tags, summary: 'List party orgs', querystring: listOrgsQuery, response: { 200: orgListView } }, config: read }, async (req) =>
    service.listOrgs(serviceContext(deps, req), req.query),
  );
  app.get('/api/v1/orgs/:id', { schema: { tags, summary: 'One party org with its ancestors and history', params: idParam, querystring: orgDetailQuery, response: { 200: orgDetailView } }, config: read }, async (req) =>
    service.getOrg(serviceContext(deps, req), req.params.id, req.query.asOf),
  );
  app.post('/api/v1/orgs', { schema: { tags, summary: 'Found a party org', body: createOrgBody, response: { 201: orgView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await service.createOrg(serviceContext(deps, req), req.body)),
  );
  app.patch('/api/v1/orgs/:id', { schema: { tags, summary: 'Change an org\'s undated fields', params: idParam, body: updateOrgBody, response: { 200: orgView } }, config: write }, async (req) =>
    service.updateOrg(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/orgs/:id/rename', { schema: { tags, summary: 'Rename an org from a date', params: idParam, body: renameOrgBody, response: { 200: orgDetailView } }, config: write }, async (req) =>
    service.renameOrg(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/orgs/:id/move', { schema: { tags, summary: 'Move an org under another parent from a date', params: idParam, body: moveOrgBody, response: { 200: orgDetailView } }, config: write }, async (req) =>
    service.moveOrg(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/orgs/:id/change-kind', { schema: { tags, summary: 'Change an org\'s kind from a date', params: idParam, body: changeKindBody, response: { 200: orgDetailView } }, config: write }, async (req) =>
    service.changeOrgKind(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/orgs/:id/dissolve', { schema: { tags, summary: 'Dissolve an org from a date', params: idParam, body: dissolveOrgBody, response: { 200: orgDetailView } }, config: write }, async (req) =>
    service.dissolveOrg(serviceContext(deps, req), req.params.id, req.body),
  );
  app.get('/api/v1/orgs-count', { schema: { tags, summary: 'Number of orgs in force on a date, in an org\'s subtree or the caller\'s scope', querystring: countOrgsQuery, response: { 200: countOrgsView } }, config: read }, async (req) => {
    const asOf = req.query.asOf ?? today();
    return { count: await service.countOrgs(serviceContext(deps, req), { orgId: req.query.orgId, asOf }), asOf };
  });
}
