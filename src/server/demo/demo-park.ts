import type { Db } from '../db/connection.ts';
import { generatePassword } from '../platform/auth/passwords.ts';
import type { ServiceContext } from '../platform/context.ts';
import type { PersonalDataCipher } from '../platform/personal-data.ts';
import { systemActor } from '../platform/system-actor.ts';
import { type DemoAccount, createAccounts, planAccounts } from './accounts.ts';
import { type StaffAccount, createCases, createChains, createGuidance, createStaff } from './load-fortress.ts';
import { createMembers, finishOrgsAndPlaces, playHistory } from './load-members.ts';
import { createOrgs, createPlaces, idOf } from './load-tree.ts';
import { createProjects } from './load-projects.ts';
import { createTasks } from './load-tasks.ts';
import { createReviews } from './load-reviews.ts';
import { createRequestStaff, createRequests, demoRequestInput } from './load-requests.ts';
import { createPolicies } from './load-policies.ts';
import { createContacts } from './load-contacts.ts';
import { createUnits } from './load-units.ts';
import { demoSeed, planDemoPark } from './plan.ts';

export type DemoPark = { password: string; accounts: DemoAccount[]; staff: StaffAccount[] };

/**
 * Builds the 内江经开区 demo park through the services, acting as the platform itself: 250 orgs in force
 * and 4,371 current members as of today and of the report date (2025-12-31), their places, their dated
 * history, one account per role sharing one generated password (returned here, shown once), and the Red
 * Fortress records: ~600 enterprises and the social organizations with their designations and coverage, the
 * instructors (staff accounts with the same password) and their visits, the chains and honors, the onboarding
 * cases and the project pipeline.
 *
 * Everything is written in one transaction: a first start that fails half-way leaves an empty park behind,
 * not half a demo. The park itself is the same for the same seed; only the password differs.
 */
export async function loadDemoPark(input: { db: Db; cipher: PersonalDataCipher; tenantId: number; seed?: number }): Promise<DemoPark> {
  const plan = planDemoPark(input.seed ?? demoSeed);
  const specs = planAccounts(plan.orgs, plan.members, plan.orgEvents);
  const password = generatePassword();
  return input.db.transaction(async (tx) => {
    const ctx: ServiceContext = { db: tx, cipher: input.cipher, actor: systemActor(input.tenantId), ip: '127.0.0.1' };
    const orgIds = await createOrgs(ctx, plan.orgs);
    const placeIds = await createPlaces(ctx, plan.places, orgIds);
    const unitIds = await createUnits(ctx, plan.fortress.units, orgIds, new Set(plan.fortress.cases.map((c) => c.unitKey)));
    const memberIds = await createMembers(ctx, plan.members, { orgIds, placeIds, unitIds }, plan.fortress.employers);
    await playHistory(ctx, { members: plan.members, memberIds, orgEvents: plan.orgEvents, orgIds });
    await finishOrgsAndPlaces(ctx, { orgs: plan.orgs, members: plan.members, memberIds, orgIds, placeIds });
    const hostOf = new Map(plan.fortress.units.flatMap((u) => u.coverage.filter((c) => c.kind === 'own').map((c) => [c.orgCode, idOf(unitIds, u.key)] as const)));
    const accounts = await createAccounts(ctx, specs, { orgIds, hostOf }, password);
    const staff = await createStaff(ctx, orgIds, password);
    const userIds = new Map([...accounts, ...staff].map((a) => [a.username, a.userId]));
    const chainIds = await createChains(ctx, plan.fortress, orgIds, unitIds);
    await createGuidance(ctx, plan.fortress, unitIds, plan.fortress.instructorUsernames.map((u) => idOf(userIds, u)));
    await createCases(ctx, plan.fortress, unitIds);
    await createProjects(ctx, plan.fortress, unitIds, chainIds, plan.fortress.officerUsernames.map((u) => idOf(userIds, u)));
    await createTasks(ctx, { orgIds, members: plan.members, memberIds, seed: input.seed ?? demoSeed });
    await createReviews(ctx, { seed: input.seed ?? demoSeed, orgs: plan.orgs, orgEvents: plan.orgEvents, orgIds, secretaryOrgId: accounts.find((a) => a.username === 'secretary')?.orgId ?? null });
    await createPolicies(ctx, orgIds);
    const { cadreIds } = await createContacts(ctx, { plan, seed: input.seed ?? demoSeed, password, orgIds, placeIds, unitIds });
    const requestStaff = await createRequestStaff(ctx, orgIds, password);
    staff.push(...requestStaff);
    await createRequests(ctx, demoRequestInput(accounts, requestStaff, orgIds, cadreIds));
    return { password, accounts, staff };
  });
}
