import type { ServiceContext } from '../platform/context.ts';
import { createMember } from '../modules/members/members.service.ts';
import { endMembership, transferMember } from '../modules/members/memberships.service.ts';
import { updateOrg } from '../modules/orgs/orgs.service.ts';
import { updatePlace } from '../modules/places/places.service.ts';
import type { PlannedMember } from './member-plan.ts';
import type { OrgEvent, PlannedOrg } from './org-plan.ts';
import { type Ids, applyOrgEvent, idOf } from './load-tree.ts';

/**
 * Registers every planned member in the org of their first membership, through the members service, with the
 * unit they work at (by the unit's plan key, `employers[i]` for member i; null for none).
 */
export async function createMembers(ctx: ServiceContext, members: readonly PlannedMember[], written: { orgIds: Ids; placeIds: Ids; unitIds: Ids }, employers: readonly (string | null)[]): Promise<number[]> {
  const { orgIds, placeIds, unitIds } = written;
  const ids: number[] = [];
  for (const [i, m] of members.entries()) {
    const p = m.person;
    const employer = employers[i];
    const created = await createMember(ctx, {
      name: p.name,
      idNumber: p.idNumber,
      phone: p.phone,
      ethnicity: p.ethnicity,
      education: p.education,
      joinedOn: p.joinedOn,
      status: p.status,
      ...(p.convertedOn ? { convertedOn: p.convertedOn } : {}),
      post: m.post,
      orgId: idOf(orgIds, m.orgCode),
      ...(m.householdCode ? { householdId: idOf(placeIds, m.householdCode) } : {}),
      ...(employer ? { employerId: idOf(unitIds, employer) } : {}),
      startReason: m.startReason,
    });
    ids.push(created.id);
  }
  return ids;
}

type DatedStep = { on: string; order: number; run: () => Promise<void> };

/**
 * Plays the park's history in date order: transfers and departures of members, renames, moves and
 * dissolutions of orgs. On one day, member moves come before org changes, so an org is empty when dissolved.
 */
export async function playHistory(ctx: ServiceContext, input: { members: readonly PlannedMember[]; memberIds: number[]; orgEvents: readonly OrgEvent[]; orgIds: Ids }): Promise<void> {
  const steps: DatedStep[] = [];
  input.members.forEach((m, i) => {
    const id = input.memberIds[i];
    const { transfer, leave } = m;
    if (transfer) steps.push({ on: transfer.on, order: 0, run: async () => void (await transferMember(ctx, id, { toOrgId: idOf(input.orgIds, transfer.toOrgCode), effectiveOn: transfer.on, note: transfer.note })) });
    if (leave) steps.push({ on: leave.on, order: 0, run: async () => void (await endMembership(ctx, id, { effectiveOn: leave.on, reason: leave.reason, note: leave.note })) });
  });
  for (const e of input.orgEvents) steps.push({ on: e.on, order: 1, run: () => applyOrgEvent(ctx, e, input.orgIds) });
  // A stable sort: same-day steps of one kind keep the plan's order.
  steps.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.order - b.order));
  for (const step of steps) await step.run();
}

/** Names each org's secretary and attaches it to its place; marks the 党员中心户. */
export async function finishOrgsAndPlaces(ctx: ServiceContext, input: { orgs: readonly PlannedOrg[]; members: readonly PlannedMember[]; memberIds: number[]; orgIds: Ids; placeIds: Ids }): Promise<void> {
  const secretaries = new Map<string, number>();
  input.members.forEach((m, i) => {
    if (m.isSecretary) secretaries.set(m.orgCode, input.memberIds[i]);
  });
  for (const o of input.orgs) {
    if (o.dissolution) continue;
    await updateOrg(ctx, idOf(input.orgIds, o.code), {
      secretaryMemberId: secretaries.get(o.code) ?? null,
      ...(o.placeCode ? { placeId: idOf(input.placeIds, o.placeCode) } : {}),
    });
  }
  for (const [i, m] of input.members.entries()) {
    if (m.isCenter && m.householdCode) await updatePlace(ctx, idOf(input.placeIds, m.householdCode), { centerMemberId: input.memberIds[i] });
  }
}
