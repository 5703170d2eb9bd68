import type { App, AppDeps } from '../../platform/context.ts';
import { idParam } from '../../platform/paging.ts';
import { serviceContext } from '../../platform/service-context.ts';
import { addChainEnterprise, endChainEnterprise } from './chain-enterprises.service.ts';
import {
  addChainEnterpriseBody,
  chainDetailQuery,
  chainDetailView,
  chainEnterpriseView,
  chainListView,
  createChainBody,
  endChainEnterpriseBody,
  listChainsQuery,
  updateChainBody,
} from './chains.schemas.ts';
import * as service from './chains.service.ts';

const tags = ['chains'];

/** Industrial chains (一核多点): the chain, its committee and its dated member enterprises. */
export async function registerChainRoutes(app: App, deps: AppDeps) {
  const read = { access: 'chains.read' as const };
  const write = { access: 'chains.write' as const };

  app.get('/api/v1/chains', { schema: { tags, summary: 'List industrial chains with member enterprises, projects and signed investment as of a date', querystring: listChainsQuery, response: { 200: chainListView } }, config: read }, async (req) =>
    service.listChains(serviceContext(deps, req), req.query),
  );
  app.get('/api/v1/chains/:id', { schema: { tags, summary: 'One chain as of a date: committee, member enterprises, honors, projects by stage', params: idParam, querystring: chainDetailQuery, response: { 200: chainDetailView } }, config: read }, async (req) =>
    service.getChain(serviceContext(deps, req), req.params.id, req.query.asOf),
  );
  app.post('/api/v1/chains', { schema: { tags, summary: 'Create an industrial chain under its chain committee', body: createChainBody, response: { 201: chainDetailView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await service.createChain(serviceContext(deps, req), req.body)),
  );
  app.patch('/api/v1/chains/:id', { schema: { tags, summary: 'Change a chain\'s code, name, committee or description', params: idParam, body: updateChainBody, response: { 200: chainDetailView } }, config: write }, async (req) =>
    service.updateChain(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/chains/:id/enterprises', { schema: { tags, summary: 'Add an enterprise to a chain from a date', params: idParam, body: addChainEnterpriseBody, response: { 201: chainEnterpriseView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await addChainEnterprise(serviceContext(deps, req), req.params.id, req.body)),
  );
  app.post('/api/v1/chain-enterprises/:id/end', { schema: { tags, summary: 'End an enterprise\'s membership of a chain', params: idParam, body: endChainEnterpriseBody, response: { 200: chainEnterpriseView } }, config: write }, async (req) =>
    endChainEnterprise(serviceContext(deps, req), req.params.id, req.body),
  );
}
