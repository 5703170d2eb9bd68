import type { ServiceContext } from '../../platform/context.ts';
import type { CreatePolicyInput } from './policies.schemas.ts';
import { createPolicy } from './policies.service.ts';

let n = 0;

/** A policy document input with sensible defaults; override what the test is about. */
export function buildPolicyInput(orgId: number, overrides: Partial<CreatePolicyInput> = {}): CreatePolicyInput {
  n += 1;
  return {
    orgId,
    docNumber: `测试发〔2024〕${n}号`,
    title: `测试政策文件${n}`,
    issuer: '测试工作委员会',
    topic: 'other',
    issuedOn: '2024-03-01',
    measures: [{ title: '第一条测试措施' }, { title: '第二条测试措施' }],
    ...overrides,
  };
}

export async function createTestPolicy(ctx: ServiceContext, orgId: number, overrides: Partial<CreatePolicyInput> = {}) {
  return createPolicy(ctx, buildPolicyInput(orgId, overrides));
}
