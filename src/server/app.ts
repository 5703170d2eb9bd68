import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import fs from 'node:fs';
import path from 'node:path';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { App, AppDeps } from './platform/context.ts';
import { createAuthenticate } from './platform/auth/authenticate.ts';
import { handleError, localeOf } from './platform/error-handler.ts';
import { envelope } from './platform/errors.ts';
import { registerHealthRoutes } from './modules/health/health.routes.ts';
import { registerModules } from './modules/index.ts';

export type RegisteredRoute = { method: string; url: string; access: string | undefined };

/** Builds the whole platform without listening; tests inject requests into it. */
export async function buildApp(deps: AppDeps): Promise<App & { registeredRoutes: RegisteredRoute[] }> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: true,
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  // The API speaks JSON only; any other body is refused with 415 before it reaches a route.
  app.removeContentTypeParser('text/plain');

  const registeredRoutes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      registeredRoutes.push({ method, url: route.url, access: route.config?.access });
    }
  });

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'HongYuan 红园 API', version: '1', description: 'Party building leads park development: the platform API.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'hy_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () => app.swagger());

  app.addHook('onRequest', createAuthenticate(deps));
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);

  await registerHealthRoutes(app, deps);
  await registerModules(app, deps);

  if (deps.webRoot && fs.existsSync(path.join(deps.webRoot, 'index.html'))) {
    await app.register(fastifyStatic, { root: path.resolve(deps.webRoot), wildcard: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith('/api/') || request.url.startsWith('/open311/');
    // Client-side routes get the app; a missing asset (a path with a file extension) stays a 404.
    const isAsset = /\.[a-z0-9]+$/i.test(request.url.split('?')[0]);
    if (!isApi && !isAsset && request.method === 'GET' && deps.webRoot && fs.existsSync(path.join(deps.webRoot, 'index.html'))) {
      return reply.type('text/html').send(fs.createReadStream(path.join(deps.webRoot, 'index.html')));
    }
    return reply.status(404).send(envelope('ROUTE_NOT_FOUND', [], localeOf(request)));
  });

  return Object.assign(app, { registeredRoutes });
}
