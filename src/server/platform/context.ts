import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { SecurityPolicy } from '../config.ts';
import type { Database, Db } from '../db/connection.ts';
import type { AuditActor } from './audit.ts';
import type { PersonalDataCipher } from './personal-data.ts';
import type { Permission } from './roles.ts';
import type { Actor } from './scope.ts';

/** What the app is built from; tests build it on their own database and key. */
export type AppDeps = {
  database: Database;
  cipher: PersonalDataCipher;
  security: SecurityPolicy;
  /** The park a login without `park` goes to. */
  defaultParkCode: string;
  logger?: boolean | { level: string };
  /** Built web assets; omitted in API-only tests. */
  webRoot?: string;
};

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/**
 * How a route is reached: `public` needs no session; `session` needs one but no permission (own account);
 * otherwise the permission the caller must hold somewhere. The authorization matrix test reads this.
 */
export type RouteAccess = 'public' | 'session' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** Reachable while the user still has to change the generated first password. */
    allowDuringPasswordChange?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionId: string | null;
  }
}

/** Everything a service needs about the call: the database, the caller and the personal-data cipher. */
export type ServiceContext = {
  db: Db;
  cipher: PersonalDataCipher;
  actor: Actor;
  ip: string;
};

export function auditActor(ctx: ServiceContext): AuditActor {
  return { tenantId: ctx.actor.tenantId, userId: ctx.actor.userId || null, name: ctx.actor.username, ip: ctx.ip };
}
