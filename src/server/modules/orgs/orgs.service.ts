import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { recordAudit } from '../../platform/audit.ts';
import { AppError, conflict, invalidField, ruleViolation } from '../../platform/errors.ts';
import { offsetOf, today } from '../../platform/paging.ts';
import { type Scope, isPathInScope } from '../../platform/scope.ts';
import { assertMayCreateRoot, assertMayWrite, assertOrgInScope, readScope, writeScope } from './orgs.policy.ts';
import { presentOrg } from './orgs.presenter.ts';
import * as repo from './orgs.repository.ts';
import { requireReadablePlace } from '../places/places.service.ts';
import { type OrgKind, mayParent, orgKindNames } from './orgs.rules.ts';
import type { CreateOrgInput, OrgView, UpdateOrgInput } from './orgs.schemas.ts';

export type ListOrgsInput = {
  parentId?: number;
  subtreeOf?: number;
  roots?: 'true' | 'false';
  kind?: string;
  category?: string;
  q?: string;
  asOf?: string;
  includeDissolved?: 'true' | 'false';
  page: number;
  pageSize: number;
};

/** Lists the orgs the caller may read: children of one org, a subtree, the roots, or a search. */
export async function listOrgs(ctx: ServiceContext, input: ListOrgsInput) {
  const scope = readScope(ctx.actor);
  let subtreePath: string | undefined;
  if (input.subtreeOf !== undefined) {
    const root = await repo.findOrg(ctx.db, ctx.actor.tenantId, input.subtreeOf);
    assertOrgInScope(scope, root);
    subtreePath = root.path;
  }
  if (input.parentId !== undefined) assertOrgInScope(scope, await repo.findOrg(ctx.db, ctx.actor.tenantId, input.parentId));
  const { total, rows } = await repo.listOrgs(ctx.db, ctx.actor.tenantId, scope, {
    parentId: input.parentId,
    subtreePath,
    rootsOnly: input.roots === 'true',
    kind: input.kind,
    category: input.category,
    q: input.q,
    asOf: input.asOf,
    includeDissolved: input.includeDissolved === 'true',
    offset: offsetOf(input.page, input.pageSize),
    limit: input.pageSize,
  });
  const children = await repo.countChildren(ctx.db, ctx.actor.tenantId, rows.map((r) => r.id), input.asOf);
  return { items: rows.map((r) => presentOrg(r, children.get(r.id) ?? 0)), total, page: input.page, pageSize: input.pageSize };
}

/** One org with its ancestors and dated history; as of a date when asked. */
export async function getOrg(ctx: ServiceContext, id: number, asOf?: string) {
  const scope = readScope(ctx.actor);
  const current = await repo.findOrg(ctx.db, ctx.actor.tenantId, id);
  assertOrgInScope(scope, current);
  const row = asOf ? await repo.findOrgAsOf(ctx.db, ctx.actor.tenantId, id, asOf) : current;
  if (!row) throw new AppError('NOT_FOUND', [{ field: 'asOf', message: '该日期该党组织不存在', messageEn: 'The org did not exist on that date' }]);
  const ancestorIds = row.path.split('/').filter(Boolean).map(Number).filter((a) => a !== id);
  const ancestors = await repo.findOrgsByIds(ctx.db, ctx.actor.tenantId, ancestorIds);
  const byId = new Map(ancestors.map((a) => [a.id, a]));
  const versions = await repo.listVersions(ctx.db, ctx.actor.tenantId, id);
  const parentNames = new Map((await repo.findOrgsByIds(ctx.db, ctx.actor.tenantId, [...new Set(versions.flatMap((v) => (v.parentId ? [v.parentId] : [])))])).map((o) => [o.id, o.name]));
  const children = await repo.countChildren(ctx.db, ctx.actor.tenantId, [id], asOf);
  return {
    ...presentOrg(row, children.get(id) ?? 0),
    // Ancestors outside the caller's scope are named only if visible: a secretary sees the chain above as ids it cannot open.
    ancestors: ancestorIds.flatMap((a) => {
      const o = byId.get(a);
      return o && (scope.all || scope.paths.some((p) => o.path.startsWith(p))) ? [{ id: a, name: o.name }] : [];
    }),
    history: versions.map((v) => ({
      validFrom: v.validFrom,
      validTo: v.validTo,
      change: v.change,
      name: v.name,
      shortName: v.shortName,
      kind: v.kind as OrgKind,
      parentId: v.parentId,
      parentName: v.parentId ? (parentNames.get(v.parentId) ?? null) : null,
      note: v.note,
    })),
  };
}

function assertNotFuture(field: string, date: string) {
  if (date > today()) throw invalidField(field, '日期不能晚于今天', 'The date cannot be in the future');
}

/** Founds an org under a parent the caller may write (or the park's root). Kind rules apply. */
export async function createOrg(ctx: ServiceContext, input: CreateOrgInput): Promise<OrgView> {
  assertNotFuture('foundedOn', input.foundedOn);
  return ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    let parent: repo.OrgRow | null = null;
    if (input.parentId === null) {
      assertMayCreateRoot(ctx.actor);
    } else {
      parent = await repo.findOrg(tx, tenantId, input.parentId);
      assertMayWrite(ctx.actor, parent);
      if (parent.dissolvedOn) throw ruleViolation('parentId', '上级党组织已撤销', 'The parent org is dissolved');
      const latest = await repo.openVersion(tx, tenantId, parent.id);
      if (latest && latest.validFrom > input.foundedOn) {
        throw ruleViolation('foundedOn', `成立日期不能早于上级党组织最近一次变更（${latest.validFrom}）`, `The founding date cannot precede the parent's last change (${latest.validFrom})`);
      }
    }
    if (!mayParent((parent?.kind as OrgKind) ?? null, input.kind)) {
      const under = parent ? orgKindNames[parent.kind as OrgKind] : '顶层';
      throw ruleViolation('kind', `${orgKindNames[input.kind]}不能设在${under}之下`, `A ${input.kind} cannot sit under ${parent?.kind ?? 'the top level'}`);
    }
    if (await repo.findOrgByCode(tx, tenantId, input.code)) throw conflict('code', '党组织编码已存在', 'The org code is taken');
    if (input.placeId) await requireReadablePlace({ ...ctx, db: tx }, input.placeId, 'placeId');
    const row = await repo.insertOrg(
      tx,
      {
        tenantId,
        code: input.code,
        kind: input.kind,
        category: input.category ?? null,
        name: input.name,
        shortName: input.shortName ?? null,
        parentId: parent?.id ?? null,
        foundedOn: input.foundedOn,
        hostUnitKind: input.hostUnitKind ?? null,
        hostUnitName: input.hostUnitName ?? null,
        placeId: input.placeId ?? null,
      },
      parent?.path ?? null,
    );
    await repo.insertVersion(tx, { tenantId, orgId: row.id, kind: row.kind, name: row.name, shortName: row.shortName, parentId: row.parentId, path: row.path, validFrom: input.foundedOn, change: 'found' });
    await recordAudit(tx, auditActor(ctx), { action: 'org.create', objectType: 'org', objectId: row.id, result: 'success', diff: { after: input } });
    return presentOrg(row, 0);
  });
}

/** Changes the undated fields of an org (code, category, host unit, place, secretary). */
export async function updateOrg(ctx: ServiceContext, id: number, input: UpdateOrgInput): Promise<OrgView> {
  return ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const before = await repo.findOrg(tx, tenantId, id);
    assertMayWrite(ctx.actor, before);
    if (input.code && input.code !== before.code && (await repo.findOrgByCode(tx, tenantId, input.code))) {
      throw conflict('code', '党组织编码已存在', 'The org code is taken');
    }
    if (input.placeId) await requireReadablePlace({ ...ctx, db: tx }, input.placeId, 'placeId');
    const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    const row = await repo.updateOrg(tx, tenantId, id, patch);
    const changed = Object.fromEntries(Object.keys(patch).map((k) => [k, { before: before[k as keyof typeof before], after: row[k as keyof typeof row] }]));
    await recordAudit(tx, auditActor(ctx), { action: 'org.update', objectType: 'org', objectId: id, result: 'success', diff: changed });
    const children = await repo.countChildren(tx, tenantId, [id]);
    return presentOrg(row, children.get(id) ?? 0);
  });
}

async function loadForDatedChange(ctx: ServiceContext, tx: ServiceContext['db'], id: number, on: string) {
  assertNotFuture('effectiveOn', on);
  const org = await repo.findOrg(tx, ctx.actor.tenantId, id);
  assertMayWrite(ctx.actor, org);
  if (org.dissolvedOn) throw ruleViolation(undefined, '该党组织已撤销', 'The org is dissolved');
  const current = await repo.openVersion(tx, ctx.actor.tenantId, id);
  if (!current) throw ruleViolation(undefined, '该党组织没有有效的版本', 'The org has no version in force');
  return { org, current };
}

function assertAfter(on: string, latest: string | null) {
  if (latest && on < latest) {
    throw ruleViolation('effectiveOn', `生效日期不能早于最近一次变更（${latest}）`, `The effective date cannot precede the last change (${latest})`);
  }
}

/** Renames an org from a date; the old name stays in its history. */
export async function renameOrg(ctx: ServiceContext, id: number, input: { name: string; shortName?: string | null; effectiveOn: string; note?: string }) {
  await ctx.db.transaction(async (tx) => {
    const { org, current } = await loadForDatedChange(ctx, tx, id, input.effectiveOn);
    assertAfter(input.effectiveOn, current.validFrom);
    const shortName = input.shortName === undefined ? current.shortName : input.shortName;
    await repo.changeVersion(tx, current, input.effectiveOn, { name: input.name, shortName }, 'rename', input.note ?? null);
    await repo.updateOrg(tx, ctx.actor.tenantId, id, { name: input.name, shortName });
    await recordAudit(tx, auditActor(ctx), { action: 'org.rename', objectType: 'org', objectId: id, result: 'success', diff: { before: { name: org.name, shortName: org.shortName }, after: { name: input.name, shortName }, effectiveOn: input.effectiveOn } });
  });
  return getOrg(ctx, id);
}

/** Changes an org's kind from a date (e.g. a branch grows into a general branch); kind rules still hold. */
export async function changeOrgKind(ctx: ServiceContext, id: number, input: { kind: OrgKind; effectiveOn: string; note?: string }) {
  await ctx.db.transaction(async (tx) => {
    const { org, current } = await loadForDatedChange(ctx, tx, id, input.effectiveOn);
    if (org.kind === input.kind) throw ruleViolation('kind', '该党组织已是此类型', 'The org already has this kind');
    assertAfter(input.effectiveOn, current.validFrom);
    const parent = org.parentId ? await repo.findOrg(tx, ctx.actor.tenantId, org.parentId) : null;
    if (!mayParent((parent?.kind as OrgKind) ?? null, input.kind)) throw ruleViolation('kind', '上级党组织下不能设此类型', 'This kind cannot sit under the parent');
    const children = await repo.listOrgs(tx, ctx.actor.tenantId, { all: true }, { parentId: id, offset: 0, limit: 10000 });
    if (children.rows.some((c) => !mayParent(input.kind, c.kind as OrgKind))) throw ruleViolation('kind', '现有下级党组织不能设在此类型之下', 'Existing child orgs cannot sit under this kind');
    await repo.changeVersion(tx, current, input.effectiveOn, { kind: input.kind }, 'change_kind', input.note ?? null);
    await repo.updateOrg(tx, ctx.actor.tenantId, id, { kind: input.kind });
    await recordAudit(tx, auditActor(ctx), { action: 'org.change_kind', objectType: 'org', objectId: id, result: 'success', diff: { before: { kind: org.kind }, after: { kind: input.kind }, effectiveOn: input.effectiveOn } });
  });
  return getOrg(ctx, id);
}

/** Moves an org (with its subtree) under another parent from a date. */
export async function moveOrg(ctx: ServiceContext, id: number, input: { parentId: number; effectiveOn: string; note?: string }) {
  await ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const { org } = await loadForDatedChange(ctx, tx, id, input.effectiveOn);
    const parent = await repo.findOrg(tx, tenantId, input.parentId);
    assertMayWrite(ctx.actor, parent);
    if (parent.dissolvedOn) throw ruleViolation('parentId', '目标上级党组织已撤销', 'The new parent is dissolved');
    if (parent.path.startsWith(org.path)) throw ruleViolation('parentId', '不能移到自身或其下级之下', 'An org cannot move under itself or its own subtree');
    if (parent.id === org.parentId) throw ruleViolation('parentId', '已在该上级党组织之下', 'The org is already under that parent');
    if (!mayParent(parent.kind as OrgKind, org.kind as OrgKind)) throw ruleViolation('parentId', `${orgKindNames[org.kind as OrgKind]}不能设在${orgKindNames[parent.kind as OrgKind]}之下`, 'The kind rules forbid this parent');
    assertAfter(input.effectiveOn, await repo.latestOpenStartInSubtree(tx, tenantId, org.path));
    const parentVersion = await repo.openVersion(tx, tenantId, parent.id);
    assertAfter(input.effectiveOn, parentVersion?.validFrom ?? null);
    await repo.moveSubtree(tx, { tenantId, orgId: id, oldPath: org.path, newPath: `${parent.path}${id}/`, newParentId: parent.id, on: input.effectiveOn, note: input.note ?? null });
    await recordAudit(tx, auditActor(ctx), { action: 'org.move', objectType: 'org', objectId: id, result: 'success', diff: { before: { parentId: org.parentId }, after: { parentId: parent.id }, effectiveOn: input.effectiveOn } });
  });
  return getOrg(ctx, id);
}

/** Hooks other modules add to refuse a dissolution (e.g. members still belong to the org). */
export type DissolveGuard = (ctx: ServiceContext, tx: ServiceContext['db'], orgId: number, on: string) => Promise<void>;
const dissolveGuards: DissolveGuard[] = [];
export function addDissolveGuard(guard: DissolveGuard) {
  dissolveGuards.push(guard);
}

/** Dissolves an org from a date; it must have no child orgs in force. */
export async function dissolveOrg(ctx: ServiceContext, id: number, input: { effectiveOn: string; note?: string }) {
  await ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const { org, current } = await loadForDatedChange(ctx, tx, id, input.effectiveOn);
    if (org.parentId === null) throw ruleViolation(undefined, '不能撤销园区党工委', 'The park\'s root org cannot be dissolved');
    if (input.effectiveOn <= current.validFrom) throw ruleViolation('effectiveOn', `撤销日期须晚于最近一次变更（${current.validFrom}）`, `Dissolution must come after the last change (${current.validFrom})`);
    if ((await repo.countActiveChildren(tx, tenantId, id)) > 0) throw ruleViolation(undefined, '请先撤销或转移下级党组织', 'Dissolve or move the child orgs first');
    for (const guard of dissolveGuards) await guard(ctx, tx, id, input.effectiveOn);
    await repo.closeVersion(tx, current, input.effectiveOn);
    await repo.updateOrg(tx, tenantId, id, { dissolvedOn: input.effectiveOn });
    await recordAudit(tx, auditActor(ctx), { action: 'org.dissolve', objectType: 'org', objectId: id, result: 'success', diff: { effectiveOn: input.effectiveOn, note: input.note } });
  });
  return getOrg(ctx, id);
}

/**
 * Orgs in force on a date (F01 counts these for the park): within one org's subtree when asked, else within the
 * caller's scope. One prefix scan per subtree.
 */
export async function countOrgs(ctx: ServiceContext, input: { orgId?: number; asOf: string }): Promise<number> {
  const scope = readScope(ctx.actor);
  if (input.orgId === undefined) return repo.countOrgsAsOf(ctx.db, ctx.actor.tenantId, scope, input.asOf);
  const root = await repo.findOrg(ctx.db, ctx.actor.tenantId, input.orgId);
  assertOrgInScope(scope, root);
  return repo.countOrgsAsOf(ctx.db, ctx.actor.tenantId, { all: false, paths: [root.path] }, input.asOf);
}

/**
 * For other modules: current names of many orgs at once, each null when it lies outside the scope given
 * (default: the caller's orgs.read scope) — as ancestors are hidden in an org's detail.
 */
export async function orgNamesInScope(ctx: ServiceContext, ids: number[], scope?: Scope): Promise<Map<number, string | null>> {
  const visible = scope ?? readScope(ctx.actor);
  const rows = await repo.findOrgsByIds(ctx.db, ctx.actor.tenantId, [...new Set(ids)]);
  return new Map(rows.map((o) => [o.id, isPathInScope(visible, o.path) ? o.name : null]));
}

/** For other modules: the org if the caller may read it, else 404. */
export async function requireReadableOrg(ctx: ServiceContext, id: number, permissionScope?: Scope) {
  const org = await repo.findOrg(ctx.db, ctx.actor.tenantId, id);
  assertOrgInScope(permissionScope ?? readScope(ctx.actor), org);
  return org;
}

export { writeScope };
