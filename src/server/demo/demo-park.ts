import type { Db } from '../db/connection.ts';
import { generatePassword } from '../platform/auth/passwords.ts';
import type { ServiceContext } from '../platform/context.ts';
import type { PersonalDataCipher } from '../platform/personal-data.ts';
import { systemActor } from '../platform/system-actor.ts';
import { type DemoAccount, createAccounts, planAccounts } from './accounts.ts';
import { createMembers, finishOrgsAndPlaces, playHistory } from './load-members.ts';
import { createOrgs, createPlaces } from './load-tree.ts';
import { demoSeed, planDemoPark } from './plan.ts';

export type DemoPark = { password: string; accounts: DemoAccount[] };

/**
 * Builds the 内江经开区 demo park through the services, acting as the platform itself: 250 orgs in force
 * and 4,371 current members as of today and of the report date (2025-12-31), their places, their dated
 * history, and one account per role sharing one generated password (returned here, shown once).
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
    const memberIds = await createMembers(ctx, plan.members, orgIds, placeIds);
    await playHistory(ctx, { members: plan.members, memberIds, orgEvents: plan.orgEvents, orgIds });
    await finishOrgsAndPlaces(ctx, { orgs: plan.orgs, members: plan.members, memberIds, orgIds, placeIds });
    const accounts = await createAccounts(ctx, specs, orgIds, password);
    return { password, accounts };
  });
}
