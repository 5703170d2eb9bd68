import { z } from 'zod';
import type { App, AppDeps } from '../../platform/context.ts';
import { idParam } from '../../platform/paging.ts';
import { serviceContext } from '../../platform/service-context.ts';
import { createPlaceBody, listPlacesQuery, placeDetailView, placeListView, placeView, updatePlaceBody } from './places.schemas.ts';
import * as service from './places.service.ts';

const tags = ['places'];

export async function registerPlaceRoutes(app: App, deps: AppDeps) {
  const read = { access: 'places.read' as const };
  const write = { access: 'places.write' as const };

  app.get('/api/v1/places', { schema: { tags, summary: 'List places (community, compound, building, household)', querystring: listPlacesQuery, response: { 200: placeListView } }, config: read }, async (req) =>
    service.listPlaces(serviceContext(deps, req), req.query),
  );
  app.get('/api/v1/places/:id', { schema: { tags, summary: 'One place with its visible ancestors, attached orgs and center household member', params: idParam, response: { 200: placeDetailView } }, config: read }, async (req) =>
    service.getPlace(serviceContext(deps, req), req.params.id),
  );
  app.post('/api/v1/places', { schema: { tags, summary: 'Create a place under its parent', body: createPlaceBody, response: { 201: placeView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await service.createPlace(serviceContext(deps, req), req.body)),
  );
  app.patch('/api/v1/places/:id', { schema: { tags, summary: 'Change a place\'s name, code, address, responsible org or center household member', params: idParam, body: updatePlaceBody, response: { 200: placeView } }, config: write }, async (req) =>
    service.updatePlace(serviceContext(deps, req), req.params.id, req.body),
  );
  app.delete('/api/v1/places/:id', { schema: { tags, summary: 'Delete a place with no places under it, no orgs attached and no residents', params: idParam, response: { 204: z.null().describe('Deleted') } }, config: write }, async (req, reply) => {
    await service.deletePlace(serviceContext(deps, req), req.params.id);
    return reply.status(204).send(null);
  });
}
