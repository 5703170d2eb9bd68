import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../context.ts';
import { AppError } from '../errors.ts';
import { can } from '../scope.ts';
import { parseSessionCookie, resolveSession, sessionCookie } from './sessions.ts';

/**
 * onRequest hook: attaches the actor behind the session cookie, then refuses a route that needs a session
 * (401), a route other than the password change while the first password is still the generated one (403),
 * or a route whose permission the caller holds nowhere (403; the service still checks the scope).
 * Runs before body validation, so neither an anonymous nor an unauthorized caller learns a route's input.
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
    if (access !== 'session' && !can(request.actor, access)) throw new AppError('FORBIDDEN');
  };
}
