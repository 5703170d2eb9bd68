import type { ServiceContext } from '../platform/context.ts';
import { can } from '../platform/scope.ts';
import { listPlaces } from '../modules/places/places.service.ts';
import { escalateOverdueRequests } from '../modules/requests/request-escalation.service.ts';
import { requestableEnterpriseIds } from '../modules/requests/request-raisers.service.ts';
import { actorOfUser } from '../modules/users/users.service.ts';
import { applyTransition } from '../modules/requests/request-transitions.service.ts';
import { recordRequest } from '../modules/requests/requests.service.ts';
import { createUser, setRoleAssignments } from '../modules/users/users.service.ts';
import { listVisits } from '../modules/contacts/contact-visits.service.ts';
import type { DemoAccount } from './accounts.ts';
import type { StaffAccount } from './load-fortress.ts';
import { type Ids, idOf } from './load-tree.ts';
import { rootCode } from './org-plan.ts';
import { departmentHandlers, requestDesk } from './request-catalog.ts';
import { demoSweepAt, planRequests } from './request-plan.ts';
import { createRng } from './random.ts';
import { demoSeed } from './plan.ts';

/** Who raises requests and how large a share: any user whose requests.write reach holds enterprises (others raise none). */
export type RequestRaiser = { userId: number; share: number };
/** A handling department (an org) with the handler who works its requests, and the categories routed to it. */
export type RequestDepartment = { orgId: number; handlerUserId: number; categories: readonly string[] };
export type RequestLoadInput = { raisers: RequestRaiser[]; deskUserId: number; departments: RequestDepartment[]; seed?: number };

/**
 * Opens the request staff with the demo password: the request desk (诉求受理中心, a cadre over the whole tree from
 * the working committee down, who accepts, assigns and rejects) and one handler per department organ branch.
 */
export async function createRequestStaff(ctx: ServiceContext, orgIds: Ids, password: string): Promise<StaffAccount[]> {
  const staff: StaffAccount[] = [];
  const open = async (s: { username: string; displayName: string }, orgCode: string) => {
    const user = await createUser(ctx, { username: s.username, displayName: s.displayName, password }, { mustChangePassword: false });
    await setRoleAssignments(ctx, user.id, [{ role: 'cadre', orgId: idOf(orgIds, orgCode) }]);
    staff.push({ ...s, userId: user.id, role: 'cadre' });
  };
  await open(requestDesk, rootCode);
  for (const h of departmentHandlers) await open(h, h.departmentCode);
  return staff;
}

/** The demo's own raisers and departments: the contact, grid and cadre accounts, and the desk for the rest. */
export function demoRequestInput(accounts: readonly DemoAccount[], requestStaff: readonly StaffAccount[], orgIds: Ids, cadreIds: Ids): RequestLoadInput {
  const userOf = (list: readonly { username: string; userId: number }[], username: string) => {
    const found = list.find((a) => a.username === username);
    if (!found) throw new Error(`demo account ${username} is missing`);
    return found.userId;
  };
  const deskUserId = userOf(requestStaff, requestDesk.username);
  return {
    raisers: [
      { userId: userOf(accounts, 'contact'), share: 3 },
      { userId: userOf(accounts, 'grid'), share: 4 },
      { userId: userOf(accounts, 'cadre'), share: 4 },
      // 百名干部进千企: the cadres raise what they find on their visits to the enterprises they are paired with.
      ...[...cadreIds.values()].map((userId) => ({ userId, share: 14 / cadreIds.size })),
      { userId: deskUserId, share: 75 },
    ],
    deskUserId,
    departments: departmentHandlers.map((h) => ({ orgId: idOf(orgIds, h.departmentCode), handlerUserId: userOf(requestStaff, h.username), categories: h.categories })),
  };
}

/**
 * The requests of the plan through the requests services, each step as the user who takes it — submitted by its
 * raiser, accepted, assigned (to the category's department and its handler) or rejected by the desk, worked and
 * resolved by the handler, confirmed or reopened by the raiser — at its planned time; then one SLA sweep at the end
 * of November 2026 escalates the open requests that are overdue by then.
 */
export async function createRequests(ctx: ServiceContext, input: RequestLoadInput): Promise<{ requests: number; escalated: number }> {
  const as = async (userId: number): Promise<ServiceContext> => ({ ...ctx, actor: await actorOfUser(ctx, userId) });
  const raisers = await Promise.all(input.raisers.map(async (r) => ({ ...r, ctx: await as(r.userId) })));
  const desk = await as(input.deskUserId);
  const parkWide = await requestableEnterpriseIds(desk);
  // A raiser with no enterprise in reach who keeps places (a grid worker) reports what is seen on their grid:
  // any enterprise, with one of their compounds as the place.
  const ownReach = await Promise.all(raisers.map((r) => requestableEnterpriseIds(r.ctx)));
  const places = await Promise.all(raisers.map(async (r, i) => (ownReach[i].length || !can(r.ctx.actor, 'places.read') ? [] : (await listPlaces(r.ctx, { kind: 'compound', page: 1, pageSize: 50 })).items.map((p) => p.id))));
  const reach = ownReach.map((ids, i) => (ids.length ? ids : places[i].length ? parkWide : []));
  // A cadre's request names their latest visit to the enterprise on or before the day it was raised, if any.
  const visits = await Promise.all(raisers.map(async (r) => (r.ctx.actor.assignments.some((a) => a.role === 'cadre') ? (await listVisits(r.ctx, { visitorUserId: r.userId, page: 1, pageSize: 200 })).items : [])));
  const visitOf = (raiser: number, enterpriseId: number, submittedAt: string) =>
    visits[raiser].filter((v) => v.enterpriseId === enterpriseId && v.visitedOn <= submittedAt.slice(0, 10)).sort((a, b) => b.visitedOn.localeCompare(a.visitedOn))[0]?.id;
  const handlers = new Map(await Promise.all(input.departments.map(async (d) => [d.orgId, await as(d.handlerUserId)] as const)));
  const departmentOf = (category: string) => input.departments.find((d) => d.categories.includes(category)) ?? input.departments[0];
  const plan = planRequests(createRng(input.seed ?? demoSeed).fork('requests'), raisers.map((r, i) => ({ share: r.share, enterprises: reach[i].length })));
  for (const p of plan) {
    const raiser = raisers[p.raiser];
    const place = places[p.raiser].length ? { placeId: places[p.raiser][p.enterprise % places[p.raiser].length] } : {};
    const enterpriseId = reach[p.raiser][p.enterprise];
    const visitId = visitOf(p.raiser, enterpriseId, p.submittedAt);
    const submission = { enterpriseId, categoryCode: p.categoryCode, title: p.title, description: p.description, ...place, ...(visitId ? { visitId } : {}) };
    const id = await recordRequest(raiser.ctx, submission, new Date(p.submittedAt));
    const department = departmentOf(p.categoryCode);
    for (const s of p.steps) {
      const actor = s.action === 'confirm' || s.action === 'reopen' ? raiser.ctx : s.action === 'start' || s.action === 'resolve' ? (handlers.get(department.orgId) ?? desk) : desk;
      const body = s.action === 'assign' ? { departmentOrgId: department.orgId, assigneeUserId: department.handlerUserId } : { note: s.note, reason: s.reason, satisfaction: s.satisfaction };
      await applyTransition(actor, id, s.action, body, new Date(s.at));
    }
  }
  const { escalated } = await escalateOverdueRequests(ctx, new Date(demoSweepAt));
  return { requests: plan.length, escalated };
}
