import { z } from 'zod';
import type { App, AppDeps } from '../../platform/context.ts';
import { idParam } from '../../platform/paging.ts';
import { serviceContext } from '../../platform/service-context.ts';
import { createHonorBody, honorListView, honorView, listHonorsQuery, updateHonorBody } from './recognition.schemas.ts';
import * as service from './recognition.service.ts';

const tags = ['honors'];

/** Honors (荣誉) held by members, orgs, enterprises, chains and the park. */
export async function registerRecognitionRoutes(app: App, deps: AppDeps) {
  const read = { access: 'chains.read' as const };
  const write = { access: 'chains.write' as const };

  app.get('/api/v1/honors', { schema: { tags, summary: 'List honors by holder, level and year', querystring: listHonorsQuery, response: { 200: honorListView } }, config: read }, async (req) =>
    service.listHonors(serviceContext(deps, req), req.query),
  );
  app.post('/api/v1/honors', { schema: { tags, summary: 'Record an honor', body: createHonorBody, response: { 201: honorView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await service.createHonor(serviceContext(deps, req), req.body)),
  );
  app.patch('/api/v1/honors/:id', { schema: { tags, summary: 'Correct an honor\'s title, level, issuer, date or note', params: idParam, body: updateHonorBody, response: { 200: honorView } }, config: write }, async (req) =>
    service.updateHonor(serviceContext(deps, req), req.params.id, req.body),
  );
  app.delete('/api/v1/honors/:id', { schema: { tags, summary: 'Delete an honor recorded in error', params: idParam, response: { 204: z.null().describe('Deleted') } }, config: write }, async (req, reply) => {
    await service.deleteHonor(serviceContext(deps, req), req.params.id);
    return reply.status(204).send(null);
  });
}
