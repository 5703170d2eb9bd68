import type { DbOrTx } from '../../db/connection.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { AppError, invalidField, ruleViolation } from '../../platform/errors.ts';
import { offsetOf, today } from '../../platform/paging.ts';
import { isPathInScope, scopeFor } from '../../platform/scope.ts';
import * as repo from './accountability.repository.ts';
import type { DecideInput, EscalateInput, ListAccountabilityInput, ReplaceLadderInput } from './accountability.schemas.ts';
import { assertNotBefore, assertNotFuture, ladderOf, loadItem, loadList } from './tasks.lookup.ts';
import { assertMayConfigureLadder, readScope, writeScope } from './tasks.policy.ts';
import { presentAccountability } from './tasks.presenter.ts';
import * as tasks from './tasks.repository.ts';
import { type AccountabilityReason, firstLevel, nextLevel } from './tasks.rules.ts';

/** 反向问责: accountability records on overdue and failed items, the ladder they climb, and their decisions. */

/** Opens a record at the ladder's first level, unless one for the same reason is open already. Inside the caller's transaction. */
async function openRecord(ctx: ServiceContext, tx: DbOrTx, itemId: number, reason: AccountabilityReason, on: string): Promise<boolean> {
  const tenantId = ctx.actor.tenantId;
  if (await repo.findOpenRecord(tx, tenantId, itemId, reason)) return false;
  const level = firstLevel((await ladderOf(tx, tenantId)).levels);
  const id = await repo.insertRecord(tx, { tenantId, itemId, reason, levelCode: level.code, levelName: level.name, levelRank: level.rank, openedOn: on, status: 'open' });
  await recordAudit(tx, auditActor(ctx), { action: 'accountability.open', objectType: 'accountability_record', objectId: id, result: 'success', diff: { itemId, reason, level: level.code, openedOn: on } });
  return true;
}

/** For the review: a failed item opens a record (reason failed) in the review's transaction. */
export async function openFailureRecord(ctx: ServiceContext, tx: DbOrTx, itemId: number, on: string): Promise<void> {
  await openRecord(ctx, tx, itemId, 'failed', on);
}

/**
 * The overdue sweep: every item past due on `on` (neither completed nor failed) on a list whose org lies in the
 * caller's tasks.write scope, that never had an overdue record, gets one at the first level. Idempotent: a second
 * run on the same or a later day opens nothing for the same items. One transaction. A periodic job calls it with
 * the platform's context; tasks.write holders call it through POST /api/v1/accountability-records/sweep.
 */
export async function openOverdueAccountability(ctx: ServiceContext, on: string): Promise<{ opened: number }> {
  const scope = writeScope(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    await repo.lockSweep(tx, ctx.actor.tenantId);
    const due = await tasks.listOverdueWithoutRecord(tx, ctx.actor.tenantId, scope, on);
    let opened = 0;
    for (const item of due) if (await openRecord(ctx, tx, item.id, 'overdue', on)) opened++;
    return { opened };
  });
}

/** The route's sweep: judged today unless an earlier day is given. */
export async function sweepOverdue(ctx: ServiceContext, input: { on?: string }) {
  const on = input.on ?? today();
  assertNotFuture('on', on);
  return { ...(await openOverdueAccountability(ctx, on)), on };
}

/** Deciding and escalating are the list org's work. */
function mayDecideRecord(ctx: ServiceContext, row: { listOrgPath: string }): boolean {
  return isPathInScope(scopeFor(ctx.actor, 'tasks.write'), row.listOrgPath);
}

/** Records of the items the caller reaches. */
export async function listAccountability(ctx: ServiceContext, input: ListAccountabilityInput) {
  const scope = readScope(ctx.actor);
  if (input.listId !== undefined) await loadList(ctx, ctx.db, input.listId, 'read');
  const { total, rows } = await repo.listRecords(ctx.db, ctx.actor.tenantId, scope, {
    listId: input.listId,
    year: input.year,
    status: input.status,
    offset: offsetOf(input.page, input.pageSize),
    limit: input.pageSize,
  });
  return { items: rows.map((r) => presentAccountability(r, mayDecideRecord(ctx, r))), total, page: input.page, pageSize: input.pageSize };
}

/** Loads an open record for the list org's work on it (404 out of reach, 403 without tasks.write over the list's org). */
async function loadOpenRecord(ctx: ServiceContext, tx: DbOrTx, id: number) {
  const record = await repo.findRecord(tx, ctx.actor.tenantId, id, true);
  if (!record) {
    writeScope(ctx.actor);
    throw new AppError('NOT_FOUND');
  }
  await loadItem(ctx, tx, record.itemId, 'manage');
  return record;
}

async function presentOne(ctx: ServiceContext, db: DbOrTx, id: number) {
  const record = await repo.findRecord(db, ctx.actor.tenantId, id);
  if (!record) throw new AppError('NOT_FOUND');
  const { rows } = await repo.listRecords(db, ctx.actor.tenantId, { all: true }, { itemId: record.itemId });
  const row = rows.find((r) => r.id === id);
  if (!row) throw new AppError('NOT_FOUND');
  return presentAccountability(row, mayDecideRecord(ctx, row));
}

/** Decides an open record: upheld, or waived with a reason. Closes it. */
export async function decideAccountability(ctx: ServiceContext, id: number, input: DecideInput) {
  return ctx.db.transaction(async (tx) => {
    const record = await loadOpenRecord(ctx, tx, id);
    if (record.status !== 'open') throw ruleViolation('status', '该问责记录已处理', 'The record is already closed');
    if (input.decision === 'waived' && !input.note) throw invalidField('note', '免予问责须说明理由', 'Waiving needs a reason');
    assertNotFuture('decidedOn', input.decidedOn);
    assertNotBefore('decidedOn', input.decidedOn, record.openedOn);
    await repo.closeRecord(tx, ctx.actor.tenantId, id, { status: 'decided', decision: input.decision, decisionNote: input.note ?? null, closedOn: input.decidedOn, closedByUserId: ctx.actor.userId || null });
    await recordAudit(tx, auditActor(ctx), { action: 'accountability.decide', objectType: 'accountability_record', objectId: id, result: 'success', diff: { itemId: record.itemId, ...input } });
    return presentOne(ctx, tx, id);
  });
}

/** Escalates an open record to the next level: it closes as escalated and the next level's record opens. */
export async function escalateAccountability(ctx: ServiceContext, id: number, input: EscalateInput) {
  return ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const record = await loadOpenRecord(ctx, tx, id);
    if (record.status !== 'open') throw ruleViolation('status', '该问责记录已处理', 'The record is already closed');
    assertNotFuture('escalatedOn', input.escalatedOn);
    assertNotBefore('escalatedOn', input.escalatedOn, record.openedOn);
    const next = nextLevel((await ladderOf(tx, tenantId)).levels, record.levelRank);
    if (!next) throw ruleViolation('levelRank', '已是最高问责等级', 'Already at the top of the ladder');
    await repo.closeRecord(tx, tenantId, id, { status: 'escalated', decisionNote: input.note ?? null, closedOn: input.escalatedOn, closedByUserId: ctx.actor.userId || null });
    const nextId = await repo.insertRecord(tx, { tenantId, itemId: record.itemId, reason: record.reason, levelCode: next.code, levelName: next.name, levelRank: next.rank, openedOn: input.escalatedOn, escalatedFromId: id, status: 'open' });
    await recordAudit(tx, auditActor(ctx), { action: 'accountability.escalate', objectType: 'accountability_record', objectId: id, result: 'success', diff: { itemId: record.itemId, from: record.levelCode, to: next.code, newRecordId: nextId, ...input } });
    return presentOne(ctx, tx, nextId);
  });
}

export async function getLadder(ctx: ServiceContext) {
  readScope(ctx.actor);
  return ladderOf(ctx.db, ctx.actor.tenantId);
}

/** Replaces the park's ladder (park-wide tasks.write). Records already opened keep the level they were opened at. */
export async function replaceLadder(ctx: ServiceContext, input: ReplaceLadderInput) {
  assertMayConfigureLadder(ctx.actor);
  await ctx.db.transaction(async (tx) => {
    const before = await ladderOf(tx, ctx.actor.tenantId);
    const levels = input.levels.map((l, i) => ({ code: l.code, name: l.name, rank: i + 1 }));
    await repo.replaceLevels(tx, ctx.actor.tenantId, levels);
    await recordAudit(tx, auditActor(ctx), { action: 'accountability.ladder_replace', objectType: 'accountability_ladder', result: 'success', diff: { before: before.levels, after: levels } });
  });
  return ladderOf(ctx.db, ctx.actor.tenantId);
}
