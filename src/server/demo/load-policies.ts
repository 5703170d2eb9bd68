import type { ServiceContext } from '../platform/context.ts';
import { createPolicy } from '../modules/policies/policies.service.ts';
import { type Ids, idOf } from './load-tree.ts';
import { rootCode } from './org-plan.ts';
import { demoPolicies } from './policy-catalog.ts';

/** Records the park's policy documents, issued by the working committee. */
export async function createPolicies(ctx: ServiceContext, orgIds: Ids): Promise<void> {
  for (const policy of demoPolicies) await createPolicy(ctx, { ...policy, orgId: idOf(orgIds, rootCode) });
}
