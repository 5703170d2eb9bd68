import crypto from 'node:crypto';
import type { ServiceContext } from '../../platform/context.ts';
import type { CreateProjectInput } from './projects.schemas.ts';
import { createProject } from './projects.service.ts';

/** Test data for projects: valid input with sensible defaults; override what the test is about. */

export function buildProjectInput(chainId: number | null, overrides: Partial<CreateProjectInput> = {}): CreateProjectInput {
  const code = `PJ-${crypto.randomBytes(4).toString('hex')}`;
  return {
    code,
    name: `测试项目${code}`,
    investorName: '四川测试投资有限公司',
    chainId,
    agreedInvestment: 500_000_000,
    stage: 'negotiating',
    stageSince: '2023-03-01',
    ...overrides,
  };
}

export async function createTestProject(ctx: ServiceContext, chainId: number | null, overrides: Partial<CreateProjectInput> = {}) {
  return createProject(ctx, buildProjectInput(chainId, overrides));
}
