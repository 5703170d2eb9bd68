import crypto from 'node:crypto';
import { buildIdNumber } from '../../../../test/factories.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { createPlace } from '../places/places.service.ts';
import type { CreateMemberInput } from './members.schemas.ts';
import { createMember } from './members.service.ts';

/** Test data for the members module's integration tests. */

let counter = 0;

/** A fresh, valid ID number per call (birth date and sequence both advance, so numbers never repeat). */
export function nextIdNumber(sex: 'male' | 'female' = 'male'): { idNumber: string; birthDate: string } {
  counter += 1;
  const birthDate = `${1960 + (counter % 30)}-${String(1 + (counter % 12)).padStart(2, '0')}-${String(1 + (counter % 28)).padStart(2, '0')}`;
  return { idNumber: buildIdNumber(birthDate, sex, counter % 500), birthDate };
}

/** Member input with sensible defaults in an org; override what the test is about. */
export function buildMemberInput(orgId: number, overrides: Partial<CreateMemberInput> = {}): CreateMemberInput {
  return {
    name: '测试党员',
    idNumber: nextIdNumber().idNumber,
    joinedOn: '2018-07-01',
    status: 'full',
    convertedOn: '2019-07-01',
    orgId,
    ...overrides,
  };
}

export async function createTestMember(ctx: ServiceContext, orgId: number, overrides: Partial<CreateMemberInput> = {}) {
  return createMember(ctx, buildMemberInput(orgId, overrides));
}

/** community → compound → building → household, the community under an org; returns the household's and building's ids. */
export async function createTestHousehold(ctx: ServiceContext, orgId: number) {
  const code = () => `P-${crypto.randomBytes(4).toString('hex')}`;
  const community = await createPlace(ctx, { parentId: null, kind: 'community', code: code(), name: '测试社区', orgId });
  const compound = await createPlace(ctx, { parentId: community.id, kind: 'compound', code: code(), name: '测试小区' });
  const building = await createPlace(ctx, { parentId: compound.id, kind: 'building', code: code(), name: '1栋' });
  const household = await createPlace(ctx, { parentId: building.id, kind: 'household', code: code(), name: '1单元101' });
  return { householdId: household.id, buildingId: building.id };
}
