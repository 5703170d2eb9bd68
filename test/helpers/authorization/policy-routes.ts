import type { ServiceContext } from '../../../src/server/platform/context.ts';
import { buildPolicyInput, createTestPolicy } from '../../../src/server/modules/policies/policies.fixtures.ts';
import type { RouteSpec } from './route-spec.ts';
import { type Targets, targetsFor } from './targets.ts';

/** The in-scope policy holds this document number, so POST /policies repeating it is refused with 409. */
const takenDocNumber = '矩阵发〔2024〕1号';

/** One policy document per target, issued by the target org. */
export async function createPolicyTargets(contexts: { park: ServiceContext; otherPark: ServiceContext }, orgs: Targets): Promise<Targets> {
  return targetsFor(orgs, contexts, async (ctx, orgId, target) =>
    (await createTestPolicy(ctx, orgId, target === 'inScope' ? { docNumber: takenDocNumber } : {})).id,
  );
}

/** Policy documents: public within the park, written for the issuing org. */
export const policyRoutes: Record<string, RouteSpec> = {
  'GET /api/v1/policies': { access: 'policies.read', family: 'none', ok: [200] },
  'GET /api/v1/policies/:id': { access: 'policies.read', family: 'policy', ok: [200], outsideSubtree: 'allowed' },
  'POST /api/v1/policies': { access: 'policies.write', family: 'org', ok: [409], body: (_fx, id) => buildPolicyInput(id, { docNumber: takenDocNumber }) },
  'PATCH /api/v1/policies/:id': { access: 'policies.write', family: 'policy', ok: [200], body: () => ({}), outsideSubtree: 403 },
  'PUT /api/v1/policies/:id/measures': { access: 'policies.write', family: 'policy', ok: [200], body: () => ({ measures: [{ title: '矩阵措施' }] }), outsideSubtree: 403 },
  'POST /api/v1/policies/:id/repeal': { access: 'policies.write', family: 'policy', ok: [422], body: () => ({ repealedOn: '2000-01-01', reason: '矩阵测试' }), outsideSubtree: 403 },
};
