import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../../platform/context.ts';
import { handleError } from '../../platform/error-handler.ts';
import { serviceContext } from '../../platform/service-context.ts';
import { open311CreateBody, open311Created, open311Errors, open311IdParam, open311ListQuery, open311RequestList, open311ServiceList } from './open311.schemas.ts';
import * as service from './open311.service.ts';

const tags = ['open311'];

type Envelope = { error: { code: string; message: string; details: { field?: string; message: string }[] } };

/**
 * Errors the Open311 way: an array of { code, description } with the status the API would give. The platform's
 * one handler decides status and message (its reply is captured, not sent); a 404 says only that nothing was found.
 */
function open311ErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const captured: { status: number; payload: Envelope | null } = { status: 500, payload: null };
  const capture = {
    status(code: number) {
      captured.status = code;
      return capture;
    },
    send(payload: Envelope) {
      captured.payload = payload;
      return capture;
    },
  };
  handleError(error, request, capture as unknown as FastifyReply);
  const body = captured.payload?.error;
  const details = captured.status === 404 || !body ? [] : body.details.map((d) => (d.field ? `${d.field}: ${d.message}` : d.message));
  return reply.status(captured.status).send([{ code: captured.status, description: [body?.message ?? '', ...details].join('；') }]);
}

/**
 * Open311 GeoReport v2 under /open311/v2 (JSON only): services.json, requests.json (GET, POST) and
 * requests/{id}.json. The session cookie and scope are the API's; so are the permissions.
 */
export async function registerOpen311Routes(app: App, deps: AppDeps) {
  await app.register(async (scope: App) => {
    scope.setErrorHandler(open311ErrorHandler);
    const errors = { 400: open311Errors, 401: open311Errors, 403: open311Errors, 404: open311Errors, 422: open311Errors };
    scope.get('/open311/v2/services.json', { schema: { tags, summary: 'Open311: the service list (request categories)', response: { 200: open311ServiceList, ...errors } }, config: { access: 'requests.read' } }, async (req) =>
      service.listServices(serviceContext(deps, req)),
    );
    scope.get('/open311/v2/requests.json', { schema: { tags, summary: 'Open311: requests by service_code, status, start_date, end_date', querystring: open311ListQuery, response: { 200: open311RequestList, ...errors } }, config: { access: 'requests.read' } }, async (req) =>
      service.listOpen311Requests(serviceContext(deps, req), req.query),
    );
    scope.post('/open311/v2/requests.json', { schema: { tags, summary: 'Open311: create a request for the enterprise named by attribute[uscc]', body: open311CreateBody, response: { 201: open311Created, ...errors } }, config: { access: 'requests.write' } }, async (req, reply) =>
      reply.status(201).send(await service.createOpen311Request(serviceContext(deps, req), req.body)),
    );
    scope.get('/open311/v2/requests/:id.json', { schema: { tags, summary: 'Open311: one request', params: open311IdParam, response: { 200: open311RequestList, ...errors } }, config: { access: 'requests.read' } }, async (req) =>
      service.getOpen311Request(serviceContext(deps, req), req.params.id),
    );
  });
}
