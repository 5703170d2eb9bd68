import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { AppError, invalidField, ruleViolation } from '../../platform/errors.ts';
import { offsetOf, today } from '../../platform/paging.ts';
import type { RedAction } from '../../platform/red-actions.ts';
import { type Scope, scopeFor } from '../../platform/scope.ts';
import { requireReadableChain } from '../chains/chains.service.ts';
import { requireReadableEnterprise } from '../enterprises/enterprises.service.ts';
import { getMember } from '../members/members.service.ts';
import { orgNamesInScope, requireReadableOrg } from '../orgs/orgs.service.ts';
import { assertMayWriteHonorOf, readScope, writeScope } from './recognition.policy.ts';
import * as repo from './recognition.repository.ts';
import type { CreateHonorInput, HolderKind, HonorLevel, HonorView, ListHonorsInput, UpdateHonorInput } from './recognition.schemas.ts';

const allPark: Scope = { all: true };
/** Reads that want every row (a holder's honors, a figure's records) rather than a page. */
const everyRow = { offset: 0, limit: 1_000_000 };

/** A holder's name when the caller may see it: orgs by orgs.read scope, members by members.read, others always. */
async function holderNames(ctx: ServiceContext, rows: repo.HonorRow[]): Promise<Map<string, string | null>> {
  const idsOf = (kind: HolderKind) => [...new Set(rows.filter((r) => r.holderKind === kind && r.holderId !== null).map((r) => Number(r.holderId)))];
  const names = new Map<string, string | null>();
  for (const [id, name] of await repo.chainNames(ctx.db, ctx.actor.tenantId, idsOf('chain'))) names.set(`chain:${id}`, name);
  for (const [id, name] of await repo.enterpriseNames(ctx.db, ctx.actor.tenantId, idsOf('enterprise'))) names.set(`enterprise:${id}`, name);
  for (const [id, name] of await orgNamesInScope(ctx, idsOf('org'), scopeFor(ctx.actor, 'orgs.read'))) names.set(`org:${id}`, name);
  for (const id of idsOf('member')) {
    try {
      names.set(`member:${id}`, (await getMember(ctx, id)).name);
    } catch (error) {
      if (!(error instanceof AppError && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN'))) throw error;
    }
  }
  return names;
}

function present(row: repo.HonorRow, names: Map<string, string | null>): HonorView {
  return {
    id: row.id,
    holderKind: row.holderKind as HolderKind,
    holderId: row.holderId,
    holderName: row.holderId === null ? null : (names.get(`${row.holderKind}:${row.holderId}`) ?? null),
    title: row.title,
    level: row.level as HonorLevel,
    issuer: row.issuer,
    awardedOn: row.awardedOn,
    redAction: row.redAction as RedAction | null,
    note: row.note,
  };
}

async function presentAll(ctx: ServiceContext, rows: repo.HonorRow[]): Promise<HonorView[]> {
  const names = await holderNames(ctx, rows);
  return rows.map((r) => present(r, names));
}

/** Honors of the park, its chains, enterprises, orgs and members; filtered, newest first. */
export async function listHonors(ctx: ServiceContext, input: ListHonorsInput) {
  readScope(ctx.actor);
  if (input.holderId !== undefined && input.holderKind === undefined) throw invalidField('holderKind', '按持有者筛选时须同时给出持有者类型', 'Give holderKind together with holderId');
  const { total, rows } = await repo.listHonors(ctx.db, ctx.actor.tenantId, { ...input, offset: offsetOf(input.page, input.pageSize), limit: input.pageSize });
  return { items: await presentAll(ctx, rows), total, page: input.page, pageSize: input.pageSize };
}

/** For other modules and figures: every honor one holder (or, for kind park, the park) held by a date. */
export async function honorsHeldBy(ctx: ServiceContext, kind: HolderKind, holderId: number | null, asOf: string): Promise<HonorView[]> {
  readScope(ctx.actor);
  const { rows } = await repo.listHonors(ctx.db, ctx.actor.tenantId, { holderKind: kind, holderId: holderId ?? undefined, awardedBy: asOf, ...everyRow });
  return presentAll(ctx, rows);
}

/** For figures: every honor of one kind of holder awarded by a date (reported under one Red Action, if given). */
export async function honorsOfKind(ctx: ServiceContext, kind: HolderKind, asOf: string, redAction?: RedAction): Promise<HonorView[]> {
  readScope(ctx.actor);
  const { rows } = await repo.listHonors(ctx.db, ctx.actor.tenantId, { holderKind: kind, awardedBy: asOf, redAction, ...everyRow });
  return presentAll(ctx, rows);
}

/** Runs a lookup of another module, turning its 404 into one naming holderId. */
async function asHolder<T>(lookup: () => Promise<T>): Promise<T> {
  try {
    return await lookup();
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', [{ field: 'holderId', message: '未找到该荣誉持有者', messageEn: 'No such holder' }]);
    throw error;
  }
}

/**
 * The holder's place in the org tree (a chain's committee path, an org's path; null for the others), after
 * checking it exists in the park. `visibleTo`: look it up in the caller's read scopes (a new honor), or park-wide
 * (an honor already recorded, whose holder the caller need not see).
 */
async function holderPath(ctx: ServiceContext, kind: HolderKind, holderId: number | null, visibleTo: 'caller' | 'park'): Promise<string | null> {
  if (kind === 'park') {
    if (holderId !== null) throw invalidField('holderId', '园区荣誉的持有者编号须为空', 'holderId must be null for an honor of the park');
    return null;
  }
  if (holderId === null) throw invalidField('holderId', '须给出荣誉持有者', 'holderId is required for this kind of holder');
  const caller = visibleTo === 'caller';
  switch (kind) {
    case 'chain':
      return (await asHolder(() => requireReadableChain(ctx, holderId, caller ? {} : { scope: allPark }))).committeePath;
    case 'org':
      return (await asHolder(() => requireReadableOrg(ctx, holderId, caller ? scopeFor(ctx.actor, 'orgs.read') : allPark))).path;
    case 'enterprise':
      if (caller) await requireReadableEnterprise(ctx, holderId, { field: 'holderId' });
      return null;
    case 'member':
      if (caller) await asHolder(() => getMember(ctx, holderId));
      return null;
  }
}

function assertNotFuture(awardedOn: string | undefined) {
  if (awardedOn !== undefined && awardedOn > today()) throw ruleViolation('awardedOn', '授予日期不能晚于今天', 'The award date cannot be in the future');
}

/** Records an honor held by a member, an org, an enterprise, a chain or the park. */
export async function createHonor(ctx: ServiceContext, input: CreateHonorInput): Promise<HonorView> {
  writeScope(ctx.actor);
  const path = await holderPath(ctx, input.holderKind, input.holderId, 'caller');
  assertMayWriteHonorOf(ctx.actor, input.holderKind, path);
  assertNotFuture(input.awardedOn);
  const row = await ctx.db.transaction(async (tx) => {
    const inserted = await repo.insertHonor(tx, { tenantId: ctx.actor.tenantId, ...input, issuer: input.issuer ?? null, redAction: input.redAction ?? null, note: input.note ?? null });
    await recordAudit(tx, auditActor(ctx), { action: 'honor.create', objectType: 'honor', objectId: inserted.id, result: 'success', diff: { after: input } });
    return inserted;
  });
  return (await presentAll(ctx, [row]))[0];
}

async function loadForWrite(ctx: ServiceContext, tx: ServiceContext['db'], id: number): Promise<repo.HonorRow> {
  writeScope(ctx.actor);
  const honor = await repo.findHonor(tx, ctx.actor.tenantId, id, true);
  if (!honor) throw new AppError('NOT_FOUND');
  const kind = honor.holderKind as HolderKind;
  assertMayWriteHonorOf(ctx.actor, kind, await holderPath({ ...ctx, db: tx }, kind, honor.holderId, 'park'));
  return honor;
}

/** Corrects an honor's title, level, issuer, date or note (the holder stays: record a new honor instead). */
export async function updateHonor(ctx: ServiceContext, id: number, input: UpdateHonorInput): Promise<HonorView> {
  const row = await ctx.db.transaction(async (tx) => {
    const before = await loadForWrite(ctx, tx, id);
    assertNotFuture(input.awardedOn);
    const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    if (Object.keys(patch).length === 0) return before;
    const after = await repo.updateHonor(tx, ctx.actor.tenantId, id, patch);
    const changed = Object.fromEntries(Object.keys(patch).map((k) => [k, { before: before[k as keyof typeof before], after: after[k as keyof typeof after] }]));
    await recordAudit(tx, auditActor(ctx), { action: 'honor.update', objectType: 'honor', objectId: id, result: 'success', diff: changed });
    return after;
  });
  return (await presentAll(ctx, [row]))[0];
}

/** Deletes an honor recorded in error; the audit log keeps what it said. */
export async function deleteHonor(ctx: ServiceContext, id: number): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await loadForWrite(ctx, tx, id);
    await repo.deleteHonor(tx, ctx.actor.tenantId, id);
    const { holderKind, holderId, title, level, issuer, awardedOn, redAction, note } = before;
    await recordAudit(tx, auditActor(ctx), { action: 'honor.delete', objectType: 'honor', objectId: id, result: 'success', diff: { before: { holderKind, holderId, title, level, issuer, awardedOn, redAction, note } } });
  });
}
