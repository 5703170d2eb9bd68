import type { ServiceContext } from '../../../src/server/platform/context.ts';
import { createEnterprise } from '../../../src/server/modules/enterprises/enterprises.service.ts';
import { buildUscc } from '../../../src/server/modules/enterprises/enterprises.fixtures.ts';
import { applyTransition } from '../../../src/server/modules/requests/request-transitions.service.ts';
import { addAttachment } from '../../../src/server/modules/requests/requests.service.ts';
import { createTestRequest } from '../../../src/server/modules/requests/requests.fixtures.ts';
import { type Targets, targetsFor } from './targets.ts';

type Contexts = { park: ServiceContext; otherPark: ServiceContext };

/** The USCC of each request-matrix enterprise by id (Open311 names enterprises by USCC). */
export const requestEnterpriseUscc = new Map<number, string>();

/**
 * The requests the matrix aims at: per target org an enterprise under it and a request of that enterprise,
 * assigned to the same org as department and then confirmed, so every lifecycle action is refused with 409 and
 * nothing changes; each request carries one attachment (added while it was open).
 */
export async function createRequestTargets(contexts: Contexts, orgs: Targets) {
  let n = 0;
  const requestOf = new Map<number, { requestId: number; attachmentId: number }>();
  const enterprises = await targetsFor(orgs, contexts, async (ctx, orgId) => {
    const uscc = buildUscc();
    const unit = await createEnterprise(ctx, { uscc, unitKind: 'enterprise', name: `矩阵诉求企业${++n}有限公司`, responsibleOrgId: orgId });
    requestEnterpriseUscc.set(unit.id, uscc);
    const requestId = await createTestRequest(ctx, unit.id, { title: '矩阵诉求' });
    const attachment = await addAttachment(ctx, requestId, { fileName: '矩阵.txt', mimeType: 'text/plain', contentBase64: Buffer.from('matrix').toString('base64') });
    for (const [action, input] of [['accept', {}], ['assign', { departmentOrgId: orgId }], ['start', {}], ['resolve', { note: '矩阵办结' }], ['confirm', { satisfaction: 5 }]] as const) {
      await applyTransition(ctx, requestId, action, input);
    }
    requestOf.set(unit.id, { requestId, attachmentId: attachment.id });
    return unit.id;
  });
  const pick = (key: 'requestId' | 'attachmentId'): Targets => ({
    inScope: requestOf.get(enterprises.inScope)?.[key] ?? 0,
    sibling: requestOf.get(enterprises.sibling)?.[key] ?? 0,
    ancestor: requestOf.get(enterprises.ancestor)?.[key] ?? 0,
    otherBranch: requestOf.get(enterprises.otherBranch)?.[key] ?? 0,
    otherPark: requestOf.get(enterprises.otherPark)?.[key] ?? 0,
    nonexistent: enterprises.nonexistent,
  });
  return { requestEnterprise: enterprises, request: pick('requestId'), requestAttachment: pick('attachmentId') };
}
