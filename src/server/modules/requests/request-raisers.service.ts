import type { ServiceContext } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { today } from '../../platform/paging.ts';
import type { Role } from '../../platform/roles.ts';
import type { Actor } from '../../platform/scope.ts';
import * as records from './request-records.repository.ts';
import { writeScope } from './requests.policy.ts';
import * as repo from './requests.repository.ts';

/** Where a caller may raise requests, and (for the platform's own loaders) acting as a given user. */

/** Enterprises in the caller's requests.write reach, by name or USCC: what the submit form offers (at most 50). */
export async function listRequestableEnterprises(ctx: ServiceContext, input: { q?: string }) {
  const scope = writeScope(ctx.actor);
  const rows = await repo.listEnterprisesInScope(ctx.db, ctx.actor.tenantId, scope, today(), { q: input.q, limit: 50 });
  return { items: rows.map((r) => ({ id: r.id, name: r.name, uscc: r.uscc })) };
}

/** Every enterprise id in the caller's requests.write reach (the demo loader spreads requests over them). */
export async function requestableEnterpriseIds(ctx: ServiceContext): Promise<number[]> {
  const scope = writeScope(ctx.actor);
  return (await repo.listEnterprisesInScope(ctx.db, ctx.actor.tenantId, scope, today())).map((r) => r.id);
}

/**
 * For the platform's own loaders (the demo park, imports), never for a request: the actor of a user of the park
 * with their role assignments in force today, an enterprise contact's enterprise as its relation. Only what the
 * requests module reads of an actor is filled in (no covering-org paths).
 */
export async function actorOfUser(ctx: ServiceContext, userId: number): Promise<Actor> {
  const user = await records.findUserWithAssignments(ctx.db, ctx.actor.tenantId, userId, today());
  if (!user || user.isDisabled) throw notFound();
  return {
    tenantId: ctx.actor.tenantId,
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    mustChangePassword: false,
    assignments: user.assignments.map((a) => ({
      id: a.id,
      role: a.role as Role,
      orgId: a.orgId,
      orgPath: a.orgPath,
      enterpriseId: a.enterpriseId,
      ...(a.role === 'enterprise_contact' && a.enterpriseId ? { relationEnterpriseIds: [a.enterpriseId], relationPaths: [] } : {}),
    })),
  };
}
