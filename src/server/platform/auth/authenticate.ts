import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../context.ts';
import { AppError } from '../errors.ts';
import { parseSessionCookie, resolveSession, sessionCookie } from './sessions.ts';

/**
 * onRequest hook: attaches the actor behind the session cookie, then refuses a route that needs a session
 * (401) or a route other than the password change while the first password is still the generated one (403).
 * Runs before body validation, so an anonymous caller learns nothing about a route's input.
 */
export function createAuthenticate(deps: AppDeps) {
  return async function authenticate(request: FastifyRequest, reply: FastifyReply) {
    request.actor = null;
    request.sessionId = null;
    const key = parseSessionCookie(request.cookies[sessionCookie]);
    if (key) {
      const actor = await resolveSession(deps.database.db, deps.security, key);
      if (actor) {
        request.actor = actor;
        request.sessionId = key.id;
      } else {
        reply.clearCookie(sessionCookie, { path: '/' });
      }
    }
    const config = request.routeOptions.config;
    const access = config?.access;
    if (!access || access === 'public') return;
    if (!request.actor) throw new AppError('UNAUTHENTICATED');
    if (request.actor.mustChangePassword && !config.allowDuringPasswordChange) throw new AppError('PASSWORD_CHANGE_REQUIRED');
  };
}
