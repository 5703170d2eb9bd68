import crypto from 'node:crypto';
import type { ServiceContext } from '../src/server/platform/context.ts';
import { computeIdCheckChar } from '../src/server/platform/id-number.ts';
import type { CreateOrgInput } from '../src/server/modules/orgs/orgs.schemas.ts';
import { createOrg } from '../src/server/modules/orgs/orgs.service.ts';

const unique = () => crypto.randomBytes(4).toString('hex');

/** Org input with sensible defaults; override what the test is about. */
export function buildOrgInput(overrides: Partial<CreateOrgInput> = {}): CreateOrgInput {
  const code = overrides.code ?? `ORG-${unique()}`;
  return {
    parentId: null,
    code,
    kind: 'working_committee',
    name: `中共测试党组织${code}委员会`,
    foundedOn: '2016-01-01',
    ...overrides,
  };
}

export async function createTestOrg(ctx: ServiceContext, overrides: Partial<CreateOrgInput> = {}) {
  return createOrg(ctx, buildOrgInput(overrides));
}

/**
 * A small tree for scope tests:
 *   root (working_committee)
 *   ├── a (committee) ── a1 (branch)
 *   └── b (committee) ── b1 (branch)
 */
export async function createTestTree(ctx: ServiceContext) {
  const root = await createTestOrg(ctx, { kind: 'working_committee', foundedOn: '2015-01-01' });
  const a = await createTestOrg(ctx, { parentId: root.id, kind: 'committee', foundedOn: '2016-01-01' });
  const b = await createTestOrg(ctx, { parentId: root.id, kind: 'committee', foundedOn: '2016-01-01' });
  const a1 = await createTestOrg(ctx, { parentId: a.id, kind: 'branch', foundedOn: '2017-01-01' });
  const b1 = await createTestOrg(ctx, { parentId: b.id, kind: 'branch', foundedOn: '2017-01-01' });
  return { root, a, b, a1, b1 };
}

/** A valid, fictional 18-character ID number (area 511002: 内江市市中区) for a birth date and sex. */
export function buildIdNumber(birthDate = '1985-03-01', sex: 'male' | 'female' = 'male', seq = crypto.randomInt(0, 50)): string {
  const seq3 = String(seq * 2 + (sex === 'male' ? 1 : 0)).padStart(3, '0').slice(-3);
  const first17 = `511002${birthDate.replaceAll('-', '')}${seq3}`;
  return first17 + computeIdCheckChar(first17);
}
