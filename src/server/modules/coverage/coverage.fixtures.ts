import crypto from 'node:crypto';
import { buildIdNumber } from '../../../../test/factories.ts';
import type { TestContext } from '../../../../test/helpers/test-app.ts';
import { enterpriseDesignations, enterprises, instructorAssignments, members, memberships, orgCoverage } from '../../db/schema/index.ts';

/**
 * Test data for the coverage module's integration tests. Enterprise, designation, coverage-link and member rows
 * are written directly: those are other modules' records, and only the rows matter here.
 */

type Park = { db: TestContext['database']['db']; tenantId: number };
export const parkOf = (t: TestContext): Park => ({ db: t.database.db, tenantId: t.park.id });

let seq = 0;

/** A unit (enterprise by default) under a responsible org; a unique, well-formed (not checksummed) USCC. */
export async function insertUnit(
  park: Park,
  responsibleOrgId: number,
  overrides: { name?: string; unitKind?: 'enterprise' | 'social_org'; status?: 'onboarding' | 'active' | 'closed'; foundedOn?: string | null } = {},
): Promise<{ id: number; name: string }> {
  seq += 1;
  const name = overrides.name ?? `测试企业${seq}-${crypto.randomBytes(2).toString('hex')}`;
  const uscc = `91511000${String(crypto.randomInt(0, 1e9)).padStart(9, '0')}${seq % 10}`;
  const [row] = await park.db
    .insert(enterprises)
    .values({
      tenantId: park.tenantId,
      uscc,
      unitKind: overrides.unitKind ?? 'enterprise',
      name,
      status: overrides.status ?? 'active',
      foundedOn: overrides.foundedOn === undefined ? '2015-01-01' : overrides.foundedOn,
      responsibleOrgId,
    })
    .returning({ id: enterprises.id, name: enterprises.name });
  return row;
}

export async function designate(park: Park, enterpriseId: number, designation: string, validFrom: string, validTo: string | null = null) {
  await park.db.insert(enterpriseDesignations).values({ tenantId: park.tenantId, enterpriseId, designation, validFrom, validTo });
}

export async function coverByOrg(park: Park, orgId: number, enterpriseId: number, kind: 'own' | 'joint', validFrom: string, validTo: string | null = null) {
  await park.db.insert(orgCoverage).values({ tenantId: park.tenantId, orgId, enterpriseId, kind, validFrom, validTo });
}

/** An assignment row written directly (for arranging history the API refuses, e.g. in another park). */
export async function insertAssignment(park: Park, instructorUserId: number, enterpriseId: number, validFrom: string, validTo: string | null = null) {
  const [row] = await park.db
    .insert(instructorAssignments)
    .values({ tenantId: park.tenantId, instructorUserId, enterpriseId, validFrom, validTo })
    .returning({ id: instructorAssignments.id });
  return row.id;
}

/** A member employed at a unit, with one membership in an org from `validFrom` (until `validTo`). */
export async function insertEmployedMember(
  park: Park,
  p: { orgId: number; employerId: number; status?: 'full' | 'probationary'; convertedOn?: string | null; validFrom?: string; validTo?: string | null },
): Promise<number> {
  seq += 1;
  const idNumber = buildIdNumber('1985-05-05', 'female', seq % 500);
  const [member] = await park.db
    .insert(members)
    .values({
      tenantId: park.tenantId,
      name: `员工党员${seq}`,
      namePinyin: 'yuangong',
      nameInitials: 'yg',
      sex: 'female',
      birthDate: '1985-05-05',
      idNumberEnc: `enc-${seq}-${idNumber}`,
      idNumberHash: `hash-${seq}-${crypto.randomBytes(6).toString('hex')}`,
      idNumberMasked: `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`,
      joinedOn: '2015-07-01',
      status: p.status ?? 'full',
      convertedOn: p.convertedOn === undefined ? '2016-07-01' : p.convertedOn,
      employerId: p.employerId,
    })
    .returning({ id: members.id });
  await park.db
    .insert(memberships)
    .values({ tenantId: park.tenantId, memberId: member.id, orgId: p.orgId, validFrom: p.validFrom ?? '2016-01-01', validTo: p.validTo ?? null, startReason: 'join' });
  return member.id;
}
