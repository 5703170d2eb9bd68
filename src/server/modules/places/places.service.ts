import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { recordAudit } from '../../platform/audit.ts';
import { AppError, conflict, ruleViolation } from '../../platform/errors.ts';
import { offsetOf } from '../../platform/paging.ts';
import type { DbOrTx } from '../../db/connection.ts';
import { requireReadableOrg } from '../orgs/orgs.service.ts';
import { assertMayPlaceUnder, assertMayWrite, assertPlaceInScope, isPlaceInScope, orgReadScope, readScope, writeScope } from './places.policy.ts';
import { presentPlace, presentPlaceDetail } from './places.presenter.ts';
import * as repo from './places.repository.ts';
import { type PlaceKind, ancestorIdsOf, mayHaveCenterMember, parentKindOf, placeKindNames } from './places.rules.ts';
import type { CreatePlaceInput, ListPlacesQuery, PlaceDetailView, PlaceView, UpdatePlaceInput } from './places.schemas.ts';

/** Lists the places the caller may read: children of one place, the topmost visible ones, a kind, or a search. */
export async function listPlaces(ctx: ServiceContext, input: ListPlacesQuery) {
  const scope = readScope(ctx.actor);
  const tenantId = ctx.actor.tenantId;
  if (input.parentId !== undefined) assertPlaceInScope(scope, await repo.findPlace(ctx.db, tenantId, input.parentId), 'parentId');
  const { total, rows } = await repo.listPlaces(ctx.db, tenantId, scope, {
    parentId: input.parentId,
    rootsOnly: input.roots === 'true',
    kind: input.kind,
    q: input.q,
    offset: offsetOf(input.page, input.pageSize),
    limit: input.pageSize,
  });
  const children = await repo.countChildren(ctx.db, tenantId, rows.map((r) => r.id));
  return { items: rows.map((r) => presentPlace(r, children.get(r.id) ?? 0)), total, page: input.page, pageSize: input.pageSize };
}

/** One place with the ancestors the caller may see, the orgs attached to it and its 党员中心户 member's name. */
export async function getPlace(ctx: ServiceContext, id: number): Promise<PlaceDetailView> {
  const scope = readScope(ctx.actor);
  const tenantId = ctx.actor.tenantId;
  const place = await repo.findPlace(ctx.db, tenantId, id);
  assertPlaceInScope(scope, place);
  const ancestorIds = ancestorIdsOf(place.path, id);
  const byId = new Map((await repo.findPlacesByIds(ctx.db, tenantId, ancestorIds)).map((a) => [a.id, a]));
  // An ancestor outside the caller's scope is left out entirely: a grid worker's compound does not name the community.
  const ancestors = ancestorIds.flatMap((a) => {
    const row = byId.get(a);
    return row && isPlaceInScope(scope, row) ? [row] : [];
  });
  const orgs = await repo.listAttachedOrgs(ctx.db, tenantId, id, orgReadScope(ctx.actor));
  const member = place.centerMemberId === null ? null : await repo.findMemberName(ctx.db, tenantId, place.centerMemberId);
  const children = await repo.countChildren(ctx.db, tenantId, [id]);
  return presentPlaceDetail(place, { childCount: children.get(id) ?? 0, ancestors, orgs, centerMemberName: member?.name ?? null });
}

/** For other modules: the place if the caller may read it, else 404 naming `field` when given. */
export async function requireReadablePlace(ctx: ServiceContext, id: number, field?: string): Promise<repo.PlaceWithOrg> {
  const place = await repo.findPlace(ctx.db, ctx.actor.tenantId, id);
  assertPlaceInScope(readScope(ctx.actor), place, field);
  return place;
}

/** The org named as responsible: readable by the caller (404 naming orgId otherwise) and not dissolved. */
async function resolveOrg(ctx: ServiceContext, tx: DbOrTx, orgId: number) {
  let org: Awaited<ReturnType<typeof requireReadableOrg>>;
  try {
    org = await requireReadableOrg({ ...ctx, db: tx }, orgId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') {
      throw new AppError('NOT_FOUND', [{ field: 'orgId', message: '未找到该党组织', messageEn: 'No such org' }]);
    }
    throw error;
  }
  if (org.dissolvedOn) throw ruleViolation('orgId', '该党组织已撤销', 'The org is dissolved');
  return org;
}

/** The 党员中心户 member: only on a household, a member of the park, and the centre of no other household. */
async function checkCenterMember(ctx: ServiceContext, tx: DbOrTx, kind: PlaceKind, memberId: number, placeId: number | null) {
  if (!mayHaveCenterMember(kind)) {
    throw ruleViolation('centerMemberId', `只有户可以设为党员中心户，${placeKindNames[kind]}不可以`, `Only a household can be a center household, not a ${kind}`);
  }
  const member = await repo.findMemberName(tx, ctx.actor.tenantId, memberId);
  if (!member) throw new AppError('NOT_FOUND', [{ field: 'centerMemberId', message: '未找到该党员', messageEn: 'No such member' }]);
  if (await repo.findOtherCenterHousehold(tx, ctx.actor.tenantId, memberId, placeId)) {
    throw conflict('centerMemberId', '该党员已是另一户的党员中心户', 'The member is already the center of another household');
  }
}

/** Checks that a place of `kind` may sit under `parent` (null: at the top). */
function checkParentKind(kind: PlaceKind, parent: { kind: string } | null) {
  const expected = parentKindOf[kind];
  if (expected === null && parent) throw ruleViolation('parentId', '社区是顶层地点，不能有上级', 'A community is a top-level place and has no parent');
  if (expected !== null && !parent) throw ruleViolation('parentId', `${placeKindNames[kind]}必须设在${placeKindNames[expected]}之下`, `A ${kind} must sit under a ${expected}`);
  if (expected !== null && parent && parent.kind !== expected) {
    throw ruleViolation('kind', `${placeKindNames[kind]}不能设在${placeKindNames[parent.kind as PlaceKind]}之下`, `A ${kind} cannot sit under a ${parent.kind}`);
  }
}

/**
 * Creates a place under a parent the caller may write (a community at the top). The responsible org, when not
 * given, is the parent's; either way the new place must lie in the caller's write scope.
 */
export async function createPlace(ctx: ServiceContext, input: CreatePlaceInput): Promise<PlaceView> {
  writeScope(ctx.actor); // 403 first for a caller who may write places nowhere, whatever the body says
  return ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    let parent: repo.PlaceWithOrg | null = null;
    if (input.parentId !== null) {
      parent = await repo.findPlace(tx, tenantId, input.parentId, 'share');
      assertMayWrite(ctx.actor, parent, 'parentId');
    }
    checkParentKind(input.kind, parent);
    const org = input.orgId === undefined ? null : await resolveOrg(ctx, tx, input.orgId);
    const orgId = org ? org.id : (parent?.orgId ?? null);
    const orgPath = org ? org.path : (parent?.orgPath ?? null);
    const orgName = org ? org.name : (parent?.orgName ?? null);
    assertMayPlaceUnder(ctx.actor, orgPath, 'orgId');
    const centerMemberId = input.centerMemberId ?? null;
    if (centerMemberId !== null) await checkCenterMember(ctx, tx, input.kind, centerMemberId, null);
    if (await repo.findPlaceByCode(tx, tenantId, input.code)) throw conflict('code', '地点编码已存在', 'The place code is taken');
    const row = await repo.insertPlace(
      tx,
      { tenantId, kind: input.kind, code: input.code, name: input.name, parentId: parent?.id ?? null, address: input.address ?? null, orgId, centerMemberId },
      parent?.path ?? null,
    );
    await recordAudit(tx, auditActor(ctx), { action: 'place.create', objectType: 'place', objectId: row.id, result: 'success', diff: { after: { ...input, orgId } } });
    return presentPlace({ ...row, orgName, orgPath }, 0);
  });
}

/** Changes a place's name, code, address, responsible org or 党员中心户 member. Kind and parent do not change. */
export async function updatePlace(ctx: ServiceContext, id: number, patch: UpdatePlaceInput): Promise<PlaceView> {
  return ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const before = await repo.findPlace(tx, tenantId, id, 'update');
    assertMayWrite(ctx.actor, before);
    const changes = Object.fromEntries(
      Object.entries(patch).filter(([k, v]) => v !== undefined && v !== before[k as keyof typeof before]),
    ) as Partial<Pick<repo.PlaceRow, 'name' | 'code' | 'address' | 'orgId' | 'centerMemberId'>>;
    if (changes.code !== undefined && (await repo.findPlaceByCode(tx, tenantId, changes.code))) {
      throw conflict('code', '地点编码已存在', 'The place code is taken');
    }
    if (changes.orgId !== undefined) {
      // Changing the org moves the place in everyone's scope; the caller must still be able to write it afterwards.
      const org = changes.orgId === null ? null : await resolveOrg(ctx, tx, changes.orgId);
      assertMayPlaceUnder(ctx.actor, org?.path ?? null, 'orgId');
    }
    if (changes.centerMemberId !== undefined && changes.centerMemberId !== null) {
      await checkCenterMember(ctx, tx, before.kind as PlaceKind, changes.centerMemberId, id);
    }
    const children = await repo.countChildren(tx, tenantId, [id]);
    if (Object.keys(changes).length === 0) return presentPlace(before, children.get(id) ?? 0);
    await repo.updatePlace(tx, tenantId, id, changes);
    const diff = Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, { before: before[k as keyof typeof before], after: v }]));
    await recordAudit(tx, auditActor(ctx), { action: 'place.update', objectType: 'place', objectId: id, result: 'success', diff });
    const after = await repo.findPlace(tx, tenantId, id);
    if (!after) throw new AppError('NOT_FOUND');
    return presentPlace(after, children.get(id) ?? 0);
  });
}

/** Deletes a place that has no places under it, no orgs attached and no members living in it. */
export async function deletePlace(ctx: ServiceContext, id: number): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const place = await repo.findPlace(tx, tenantId, id, 'update');
    assertMayWrite(ctx.actor, place);
    const children = (await repo.countChildren(tx, tenantId, [id])).get(id) ?? 0;
    if (children > 0) throw ruleViolation(undefined, `请先删除其下的 ${children} 个地点`, `Delete the ${children} places under it first`);
    const orgs = await repo.countAttachedOrgs(tx, tenantId, id);
    if (orgs > 0) throw ruleViolation(undefined, `有 ${orgs} 个党组织设在该地点，请先解除`, `${orgs} orgs are attached to the place; detach them first`);
    const residents = await repo.countResidents(tx, tenantId, id);
    if (residents > 0) throw ruleViolation(undefined, `有 ${residents} 名党员居住在该户，请先变更其住户`, `${residents} members live in the household; move them first`);
    await repo.deletePlace(tx, tenantId, id);
    const { kind, code, name, parentId, address, orgId, centerMemberId } = place;
    await recordAudit(tx, auditActor(ctx), { action: 'place.delete', objectType: 'place', objectId: id, result: 'success', diff: { before: { kind, code, name, parentId, address, orgId, centerMemberId } } });
  });
}
