import { hashPassword } from '../platform/auth/passwords.ts';
import type { ServiceContext } from '../platform/context.ts';
import { today } from '../platform/paging.ts';
import { createLink, endLink } from '../modules/contacts/contact-links.service.ts';
import { logVisit } from '../modules/contacts/contact-visits.service.ts';
import { actorOfUser, createUser, setRoleAssignments } from '../modules/users/users.service.ts';
import { type ContactsPlan, planContacts } from './contacts-plan.ts';
import { type Ids, idOf } from './load-tree.ts';
import type { DemoPlan } from './plan.ts';
import { createRng } from './random.ts';

export type ContactsLoad = { plan: ContactsPlan; leaderIds: Ids; cadreIds: Ids };

/**
 * 双联系 through the contacts service: the park leaders and cadres (accounts through the users service, sharing
 * the demo password, hashed once for all of them), their dated contact links, and the cadres' visits logged as
 * the cadres themselves (each acting as their session would: their assignments and pairings in force today).
 * Visits the plan dates after today are left out, so a load on an earlier day stays valid.
 */
export async function createContacts(
  ctx: ServiceContext,
  input: { plan: DemoPlan; seed: number; password: string; orgIds: Ids; placeIds: Ids; unitIds: Ids },
): Promise<ContactsLoad> {
  const plan = planContacts(createRng(input.seed).fork('contacts'), { orgs: input.plan.orgs, places: input.plan.places, units: input.plan.fortress.units });
  const passwordHash = await hashPassword(input.password);
  const open = async (username: string, displayName: string, role: 'leader' | 'cadre', orgId: number | null) => {
    const user = await createUser(ctx, { username, displayName, password: input.password }, { mustChangePassword: false, passwordHash });
    await setRoleAssignments(ctx, user.id, [{ role, orgId }]);
    return user;
  };
  const org = (code: string) => idOf(input.orgIds, code);
  const unit = (key: string) => idOf(input.unitIds, key);

  const leaderIds: Ids = new Map();
  for (const l of plan.leaders) {
    const user = await open(l.username, l.displayName, 'leader', null);
    leaderIds.set(l.username, user.id);
    for (const p of l.points) {
      const made = await createLink(ctx, { kind: 'leader_org', userId: user.id, orgId: org(p.orgCode), validFrom: p.from });
      if (p.to) await endLink(ctx, made.id, { validTo: p.to });
    }
  }
  for (const d of plan.departmentLinks) {
    const made = await createLink(ctx, { kind: 'department_enterprise', orgId: org(d.orgCode), enterpriseId: unit(d.unitKey), validFrom: d.from });
    if (d.to) await endLink(ctx, made.id, { validTo: d.to });
  }
  for (const o of plan.orgPlaces) await createLink(ctx, { kind: 'org_place', orgId: org(o.orgCode), placeId: idOf(input.placeIds, o.placeCode), validFrom: o.from });
  for (const s of plan.secondments) {
    const made = await createLink(ctx, { kind: 'secondment', orgId: org(s.orgCode), enterpriseId: unit(s.unitKey), personName: s.personName, direction: s.direction, note: s.note, validFrom: s.from });
    if (s.to) await endLink(ctx, made.id, { validTo: s.to });
  }

  const cadreIds: Ids = new Map();
  const on = today();
  for (const c of plan.cadres) {
    const user = await open(c.username, c.displayName, 'cadre', org(c.orgCode));
    cadreIds.set(c.username, user.id);
    const pairings = [];
    for (const p of c.pairings) pairings.push({ plan: p, link: await createLink(ctx, { kind: 'cadre_enterprise', userId: user.id, enterpriseId: unit(p.unitKey), validFrom: p.from }) });
    const asCadre: ServiceContext = { ...ctx, actor: await actorOfUser(ctx, user.id) };
    for (const { plan: p, link } of pairings) {
      for (const v of p.visits) {
        if (v.on > on) continue;
        await logVisit(asCadre, { visitedOn: v.on, enterpriseId: unit(p.unitKey), linkId: link.id, peopleMet: v.peopleMet, findings: v.findings });
      }
    }
  }
  return { plan, leaderIds, cadreIds };
}
