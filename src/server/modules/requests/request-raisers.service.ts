import type { ServiceContext } from '../../platform/context.ts';
import { today } from '../../platform/paging.ts';
import { writeScope } from './requests.policy.ts';
import * as repo from './requests.repository.ts';

/** Where a caller may raise requests. */
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
