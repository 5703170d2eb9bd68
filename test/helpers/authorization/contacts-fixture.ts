import type { ServiceContext } from '../../../src/server/platform/context.ts';
import { createDepartmentOrg, link } from '../../../src/server/modules/contacts/contacts.fixtures.ts';
import { type Targets, targetsFor } from './targets.ts';

type Contexts = { park: ServiceContext; otherPark: ServiceContext };

/** The contacts objects the matrix aims at: one department contact per target enterprise (scope follows the enterprise). */
export async function createContactsTargets(contexts: Contexts, orgs: Targets, enterprises: Targets) {
  const departments = new Map<number, number>();
  for (const [ctx, parentId] of [[contexts.park, orgs.ancestor], [contexts.otherPark, orgs.otherPark]] as const) {
    departments.set(ctx.actor.tenantId, (await createDepartmentOrg(ctx, parentId)).id);
  }
  const unitOfOrg = new Map(Object.entries(orgs).map(([k, orgId]) => [orgId, enterprises[k as keyof Targets]]));
  const contactLinks = await targetsFor(orgs, contexts, async (ctx, orgId) =>
    (await link(ctx, { kind: 'department_enterprise', orgId: departments.get(ctx.actor.tenantId) ?? 0, enterpriseId: unitOfOrg.get(orgId) ?? 0, validFrom: '2020-01-01' })).id,
  );
  return { targets: { contactLink: contactLinks } };
}
