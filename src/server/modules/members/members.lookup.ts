import type { ServiceContext } from '../../platform/context.ts';
import { AppError, invalidField } from '../../platform/errors.ts';
import { today } from '../../platform/paging.ts';
import type { Actor, Scope } from '../../platform/scope.ts';
import { orgNamesInScope, requireReadableOrg } from '../orgs/orgs.service.ts';
import { homeMembership, orgNameScope } from './members.policy.ts';
import { type OrgNames, presentDetail } from './members.presenter.ts';
import * as repo from './members.repository.ts';
import type { MemberDetailView } from './members.schemas.ts';

/** Steps shared by the members and memberships services: loading a member under a policy, naming orgs. */

export type Org = Awaited<ReturnType<typeof requireReadableOrg>>;
const wholePark: Scope = { all: true };

export type LoadedMember = {
  member: repo.MemberRow;
  periods: repo.MembershipRow[];
  home: repo.MembershipRow | null;
  homeOrg: Org | null;
};

/** A policy check on a member, given the current path of their home org (null when they have none). */
export type MemberAccessCheck = (actor: Actor, homePath: string | null) => void;

/**
 * Loads a member with their periods and home org, then applies the check. A missing member goes through the
 * same check first, so a caller lacking the permission everywhere gets 403 either way, and 404 otherwise.
 */
export async function loadMember(ctx: ServiceContext, id: number, check: MemberAccessCheck): Promise<LoadedMember> {
  const member = await repo.findMember(ctx.db, ctx.actor.tenantId, id);
  if (!member) {
    check(ctx.actor, null);
    throw new AppError('NOT_FOUND');
  }
  const periods = await repo.listMemberships(ctx.db, ctx.actor.tenantId, id);
  const home = homeMembership(periods);
  const homeOrg = home ? await requireReadableOrg(ctx, home.orgId, wholePark) : null;
  check(ctx.actor, homeOrg?.path ?? null);
  return { member, periods, home, homeOrg };
}

/** The open period of a member; transfers and leaving need one. */
export function currentPeriod(loaded: LoadedMember): repo.MembershipRow {
  const home = loaded.home;
  if (!home || home.validTo !== null) {
    throw new AppError('RULE_VIOLATION', [{ message: '该党员已不在本园区党组织，无在册组织关系', messageEn: 'The member no longer belongs to an org of the park' }]);
  }
  return home;
}

/**
 * An org named in a request body, looked up in a scope: outside it, or absent, is the same 404 naming the
 * field, so existence does not leak.
 */
export async function findReferencedOrg(ctx: ServiceContext, id: number, field: string, scope: Scope): Promise<Org> {
  try {
    return await requireReadableOrg(ctx, id, scope);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') {
      throw new AppError('NOT_FOUND', [{ field, message: '未找到该党组织', messageEn: 'No such org' }]);
    }
    throw error;
  }
}

/** Current names of orgs, null for those outside the caller's org scope (as the orgs module hides ancestors). */
export async function orgNamesFor(ctx: ServiceContext, ids: number[]): Promise<OrgNames> {
  return orgNamesInScope(ctx, ids, orgNameScope(ctx.actor));
}

/** The detail view of a member as stored now (call inside the write's transaction to read its own writes). */
export async function memberDetail(ctx: ServiceContext, member: repo.MemberRow): Promise<MemberDetailView> {
  const periods = await repo.listMemberships(ctx.db, ctx.actor.tenantId, member.id);
  const names = await orgNamesFor(ctx, periods.map((p) => p.orgId));
  return presentDetail(member, periods, homeMembership(periods), names);
}

export function assertNotFuture(field: string, date: string): void {
  if (date > today()) throw invalidField(field, '日期不能晚于今天', 'The date cannot be in the future');
}
