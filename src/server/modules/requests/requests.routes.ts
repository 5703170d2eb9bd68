import { z } from 'zod';
import type { App, AppDeps } from '../../platform/context.ts';
import { idParam } from '../../platform/paging.ts';
import { serviceContext } from '../../platform/service-context.ts';
import { listCategories, putCategory } from './request-categories.service.ts';
import { escalateOverdueRequests } from './request-escalation.service.ts';
import { listRequestableEnterprises } from './request-raisers.service.ts';
import { transitionRequest } from './request-transitions.service.ts';
import {
  assignBody,
  attachmentInput,
  attachmentParam,
  attachmentView,
  categoryCodeParam,
  categoryListView,
  categoryView,
  confirmBody,
  escalationView,
  listRequestsQuery,
  noteBody,
  putCategoryBody,
  reasonBody,
  requestableQuery,
  requestableView,
  requestDetailView,
  requestListView,
  resolveBody,
  submitRequestBody,
} from './requests.schemas.ts';
import * as service from './requests.service.ts';

const tags = ['requests'];

/** Requests (诉求, 百名干部进千企): inbox, submission, the lifecycle's actions, attachments, categories, SLA sweep. */
export async function registerRequestRoutes(app: App, deps: AppDeps) {
  const read = { access: 'requests.read' as const };
  const write = { access: 'requests.write' as const };
  const handle = { access: 'requests.handle' as const };

  app.get('/api/v1/request-categories', { schema: { tags, summary: 'The park\'s request categories with their deadlines', response: { 200: categoryListView } }, config: read }, async (req) =>
    listCategories(serviceContext(deps, req)),
  );
  app.put('/api/v1/request-categories/:code', { schema: { tags, summary: 'Add or change a category and its deadlines (park-wide handlers)', params: categoryCodeParam, body: putCategoryBody, response: { 200: categoryView } }, config: handle }, async (req) =>
    putCategory(serviceContext(deps, req), req.params.code, req.body),
  );
  app.get('/api/v1/request-enterprises', { schema: { tags, summary: 'Enterprises the caller may raise requests for', querystring: requestableQuery, response: { 200: requestableView } }, config: write }, async (req) =>
    listRequestableEnterprises(serviceContext(deps, req), req.query),
  );
  app.get('/api/v1/requests', { schema: { tags, summary: 'The inbox: requests in reach, mine, or to handle', querystring: listRequestsQuery, response: { 200: requestListView } }, config: read }, async (req) =>
    service.listRequests(serviceContext(deps, req), req.query),
  );
  app.get('/api/v1/requests/:id', { schema: { tags, summary: 'One request: timeline, attachments and the caller\'s allowed actions', params: idParam, response: { 200: requestDetailView } }, config: read }, async (req) =>
    service.getRequest(serviceContext(deps, req), req.params.id),
  );
  app.post('/api/v1/requests', { schema: { tags, summary: 'Submit a request for an enterprise', body: submitRequestBody, response: { 201: requestDetailView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await service.submitRequest(serviceContext(deps, req), req.body)),
  );
  app.post('/api/v1/requests/:id/attachments', { schema: { tags, summary: 'Attach a small file to an open request', params: idParam, body: attachmentInput, response: { 201: attachmentView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await service.addAttachment(serviceContext(deps, req), req.params.id, req.body)),
  );
  app.get('/api/v1/request-attachments/:id', { schema: { tags, summary: 'Download an attachment', params: attachmentParam, response: { 200: z.any().describe('The file\'s bytes, in its own content type (not JSON)') } }, config: read }, async (req, reply) => {
    const file = await service.downloadAttachment(serviceContext(deps, req), req.params.id);
    return reply
      .type(file.mimeType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('x-content-sha256', file.sha256)
      .send(file.content);
  });
  app.post('/api/v1/requests/escalations', { schema: { tags, summary: 'Run the SLA sweep now over the requests the caller handles', body: z.object({}).strict().optional(), response: { 200: escalationView } }, config: handle }, async (req) =>
    escalateOverdueRequests(serviceContext(deps, req), new Date()),
  );

  // The lifecycle's actions: one route each, all through the one transition service.
  const actionSchema = (summary: string) => ({ tags, summary, params: idParam, response: { 200: requestDetailView } });
  app.post('/api/v1/requests/:id/accept', { schema: { ...actionSchema('Accept a submitted request'), body: noteBody }, config: handle }, async (req) =>
    transitionRequest(serviceContext(deps, req), req.params.id, 'accept', req.body),
  );
  app.post('/api/v1/requests/:id/assign', { schema: { ...actionSchema('Assign it to a department and optionally a person'), body: assignBody }, config: handle }, async (req) =>
    transitionRequest(serviceContext(deps, req), req.params.id, 'assign', req.body),
  );
  app.post('/api/v1/requests/:id/start', { schema: { ...actionSchema('Start work on it'), body: noteBody }, config: handle }, async (req) =>
    transitionRequest(serviceContext(deps, req), req.params.id, 'start', req.body),
  );
  app.post('/api/v1/requests/:id/resolve', { schema: { ...actionSchema('Resolve it, saying how'), body: resolveBody }, config: handle }, async (req) =>
    transitionRequest(serviceContext(deps, req), req.params.id, 'resolve', req.body),
  );
  app.post('/api/v1/requests/:id/reject', { schema: { ...actionSchema('Reject it with a reason'), body: reasonBody }, config: handle }, async (req) =>
    transitionRequest(serviceContext(deps, req), req.params.id, 'reject', req.body),
  );
  app.post('/api/v1/requests/:id/confirm', { schema: { ...actionSchema('Confirm the resolution with a satisfaction of 1–5'), body: confirmBody }, config: write }, async (req) =>
    transitionRequest(serviceContext(deps, req), req.params.id, 'confirm', req.body),
  );
  app.post('/api/v1/requests/:id/reopen', { schema: { ...actionSchema('Reopen a resolved request with a reason'), body: reasonBody }, config: write }, async (req) =>
    transitionRequest(serviceContext(deps, req), req.params.id, 'reopen', req.body),
  );
}
