import crypto from 'node:crypto';
import type { ServiceContext } from '../../platform/context.ts';
import { computeUsccCheckChar } from '../../platform/uscc.ts';
import type { CreateEnterpriseInput } from './enterprises.schemas.ts';
import { createEnterprise } from './enterprises.service.ts';

/** Test data for host units: valid, fictional codes and units with sensible defaults. */

const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * A valid, fictional 统一社会信用代码: 9 (market regulator), 1 (enterprise) or 5/2 for a social organization,
 * 511002 (内江市市中区), a random organization code, and the computed check character.
 */
export function buildUscc(unitKind: 'enterprise' | 'social_org' = 'enterprise'): string {
  const orgCode = Array.from(crypto.randomBytes(9), (b) => alphabet[b % alphabet.length]).join('');
  const first17 = `${unitKind === 'enterprise' ? '91' : '52'}511002${orgCode}`;
  return first17 + computeUsccCheckChar(first17);
}

export function buildEnterpriseInput(responsibleOrgId: number, overrides: Partial<CreateEnterpriseInput> = {}): CreateEnterpriseInput {
  const unitKind = overrides.unitKind ?? 'enterprise';
  return {
    uscc: buildUscc(unitKind),
    unitKind,
    name: `内江测试${crypto.randomBytes(3).toString('hex')}有限公司`,
    industry: '食品制造业',
    registeredCapital: 50_000_000,
    responsibleOrgId,
    ...overrides,
  };
}

export async function createTestEnterprise(ctx: ServiceContext, responsibleOrgId: number, overrides: Partial<CreateEnterpriseInput> = {}) {
  return createEnterprise(ctx, buildEnterpriseInput(responsibleOrgId, overrides));
}
