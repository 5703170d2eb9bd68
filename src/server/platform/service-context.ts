import type { FastifyRequest } from 'fastify';
import type { AppDeps, ServiceContext } from './context.ts';
import { AppError } from './errors.ts';

/** The service context of an authenticated request (the onRequest hook has already refused anonymous calls). */
export function serviceContext(deps: AppDeps, request: FastifyRequest): ServiceContext {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return { db: deps.database.db, cipher: deps.cipher, actor: request.actor, ip: request.ip };
}
