import type { App, AppDeps } from '../../platform/context.ts';
import { parseSessionCookie, resolveSession, sessionCookie } from '../../platform/auth/sessions.ts';
import { AppError } from '../../platform/errors.ts';
import { changePasswordBody, loginBody, meView, okView, sessionView } from './auth.schemas.ts';
import { changeOwnPassword, describeMe, login, logout } from './auth.service.ts';

export async function registerAuthRoutes(app: App, deps: AppDeps) {
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: deps.security.cookieSecure,
    maxAge: deps.security.sessionAbsoluteHours * 3600,
  };

  app.post(
    '/api/v1/auth/login',
    { schema: { tags: ['auth'], summary: 'Log in and start a session', body: loginBody, response: { 200: meView } }, config: { access: 'public' } },
    async (request, reply) => {
      const result = await login(deps.database.db, deps.security, deps.defaultParkCode, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
        previousSessionId: request.sessionId,
      });
      reply.setCookie(sessionCookie, result.cookie, cookieOptions);
      const actor = await resolveSession(deps.database.db, deps.security, parseSessionCookie(result.cookie) ?? { tenantId: 0, id: '' });
      if (!actor) throw new AppError('INTERNAL');
      return describeMe(deps.database.db, actor);
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { schema: { tags: ['auth'], summary: 'End the session on the server', response: { 200: okView } }, config: { access: 'session', allowDuringPasswordChange: true } },
    async (request, reply) => {
      await logout(deps.database.db, request.actor!, request.sessionId!, request.ip);
      reply.clearCookie(sessionCookie, { path: '/' });
      return { ok: true as const };
    },
  );

  // The interface's first question: answered 200 either way, so a visitor who is not logged in meets no error.
  app.get(
    '/api/v1/auth/session',
    { schema: { tags: ['auth'], summary: 'Whether the caller is logged in, and as whom', response: { 200: sessionView } }, config: { access: 'public' } },
    async (request) => ({ authenticated: request.actor !== null, me: request.actor ? await describeMe(deps.database.db, request.actor) : null }),
  );

  app.get(
    '/api/v1/auth/me',
    { schema: { tags: ['auth'], summary: 'The caller: account, roles, permissions', response: { 200: meView } }, config: { access: 'session', allowDuringPasswordChange: true } },
    async (request) => describeMe(deps.database.db, request.actor!),
  );

  app.post(
    '/api/v1/auth/password',
    { schema: { tags: ['auth'], summary: 'Change one\'s own password', body: changePasswordBody, response: { 200: okView } }, config: { access: 'session', allowDuringPasswordChange: true } },
    async (request) => {
      await changeOwnPassword(deps.database.db, deps.security, request.actor!, { ...request.body, ip: request.ip, keepSessionId: request.sessionId! });
      return { ok: true as const };
    },
  );
}
