import type { DbOrTx } from '../../db/connection.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { AppError, conflict, ruleViolation } from '../../platform/errors.ts';
import { today } from '../../platform/paging.ts';
import { isPathInScope } from '../../platform/scope.ts';
import * as accountability from './accountability.repository.ts';
import * as records from './task-records.repository.ts';
import { assertNotFuture, loadItem, loadList, requireOrgInScope, requireOrgUnderList, requireReadableMember } from './tasks.lookup.ts';
import { mayManageItem, mayReportItem, readScope, writeScope } from './tasks.policy.ts';
import { type ListState, presentAccountability, presentEvidence, presentListState } from './tasks.presenter.ts';
import * as repo from './tasks.repository.ts';
import type { TaskStatus } from './tasks.rules.ts';
import type { CreateTaskItemInput, CreateTaskListInput, TaskListView, TaskNodeView, UpdateTaskItemInput } from './tasks.schemas.ts';

/** Lists the caller reaches: by their org's scope, or through an item they reach. */
export async function listTaskLists(ctx: ServiceContext, input: { year?: number; orgId?: number }): Promise<{ items: TaskListView[] }> {
  const scope = readScope(ctx.actor);
  const subtreePath = input.orgId === undefined ? undefined : (await requireOrgInScope(ctx, ctx.db, input.orgId, 'orgId', scope)).path;
  const rows = await repo.listLists(ctx.db, ctx.actor.tenantId, scope, { year: input.year, subtreePath });
  return { items: rows.map((r) => ({ id: r.id, orgId: r.orgId, orgName: r.orgName, year: r.year, title: r.title, itemCount: r.itemCount })) };
}

/** Opens an org's list for a year (one per org and year: 409). Needs tasks.write over the org. */
export async function createTaskList(ctx: ServiceContext, input: CreateTaskListInput) {
  const read = readScope(ctx.actor);
  const write = writeScope(ctx.actor);
  const id = await ctx.db.transaction(async (tx) => {
    const org = await requireOrgInScope(ctx, tx, input.orgId, 'orgId', read);
    if (!isPathInScope(write, org.path)) throw new AppError('FORBIDDEN');
    if (await repo.findListByOrgYear(tx, ctx.actor.tenantId, org.id, input.year)) throw conflict('year', '该党组织该年度的任务清单已存在', 'The org already has a list for that year');
    const row = await repo.insertList(tx, { tenantId: ctx.actor.tenantId, orgId: org.id, year: input.year, title: input.title });
    await recordAudit(tx, auditActor(ctx), { action: 'task_list.create', objectType: 'task_list', objectId: row.id, result: 'success', diff: { after: input } });
    return row.id;
  });
  return getTaskList(ctx, id);
}

/** The state of a list's items on a date, with the roll-up over every item recorded by then. */
export async function listState(ctx: ServiceContext, db: DbOrTx, listId: number, on: string): Promise<ListState & { visible: Set<number> }> {
  const tenantId = ctx.actor.tenantId;
  const items = await repo.listItemsOfList(db, tenantId, listId, readScope(ctx.actor));
  const ids = items.map((i) => i.id);
  const state = presentListState(items, await records.progressOn(db, tenantId, ids, on), await records.statusOn(db, tenantId, ids, on), await accountability.countOpenByItem(db, tenantId, ids), on);
  return { ...state, visible: new Set(items.filter((i) => i.isVisible).map((i) => i.id)) };
}

/** One list on a date: the items the caller reaches as a tree (parents before children), rolled up, with counts. */
export async function getTaskList(ctx: ServiceContext, id: number, asOf?: string) {
  const list = await loadList(ctx, ctx.db, id, 'read');
  const on = asOf ?? today();
  const state = await listState(ctx, ctx.db, id, on);
  const nodes = state.nodes.filter((n) => state.visible.has(n.id));
  const count = (s: TaskStatus) => nodes.filter((n) => n.status === s).length;
  return {
    id: list.id,
    orgId: list.orgId,
    orgName: list.orgName,
    year: list.year,
    title: list.title,
    itemCount: state.nodes.length,
    asOf: on,
    progress: state.progress,
    items: nodes,
    counts: { open: count('open'), submitted: count('submitted'), completed: count('completed'), failed: count('failed'), overdue: nodes.filter((n) => n.isOverdue).length },
  };
}

/** Checks an item's orgs and lead person (responsible and co-owners below the list's org; a readable member). */
async function checkItemRefs(ctx: ServiceContext, tx: DbOrTx, list: { orgPath: string }, input: Partial<Pick<CreateTaskItemInput, 'responsibleOrgId' | 'leadMemberId' | 'coOwnerOrgIds'>>) {
  if (input.responsibleOrgId !== undefined) await requireOrgUnderList(ctx, tx, input.responsibleOrgId, 'responsibleOrgId', list);
  if (input.leadMemberId != null) await requireReadableMember(ctx, tx, input.leadMemberId, 'leadMemberId');
  const coOwners = input.coOwnerOrgIds ?? [];
  if (new Set(coOwners).size !== coOwners.length) throw ruleViolation('coOwnerOrgIds', '协办党组织不能重复', 'Co-owner orgs repeat');
  if (input.responsibleOrgId !== undefined && coOwners.includes(input.responsibleOrgId)) throw ruleViolation('coOwnerOrgIds', '责任党组织不必再列为协办', 'The responsible org is not also a co-owner');
  for (const orgId of coOwners) await requireOrgUnderList(ctx, tx, orgId, 'coOwnerOrgIds', list);
}

/**
 * Puts an item on a list inside the caller's transaction (also used to turn a meeting decision into items). A
 * parent must be on the same list, not closed, and without progress reports of its own (its progress becomes
 * the roll-up of its children).
 */
export async function insertTaskItem(ctx: ServiceContext, tx: DbOrTx, list: repo.TaskListWithOrg, input: CreateTaskItemInput, decisionId: number | null = null): Promise<number> {
  const tenantId = ctx.actor.tenantId;
  const createdOn = input.createdOn ?? today();
  assertNotFuture('createdOn', createdOn);
  if (input.parentId != null) {
    const parent = await repo.findItem(tx, tenantId, input.parentId, true);
    if (!parent || parent.listId !== list.id) throw ruleViolation('parentId', '上级任务须在同一任务清单中', 'The parent must be on the same list');
    if (parent.status === 'completed' || parent.status === 'failed') throw ruleViolation('parentId', '上级任务已结束，不能再分解', 'The parent is closed');
    if ((await records.countReports(tx, tenantId, parent.id)) > 0) throw ruleViolation('parentId', '上级任务已有进度报告，不能再分解', 'The parent already has progress reports of its own');
    if (createdOn < parent.createdOn) throw ruleViolation('createdOn', '不能早于上级任务的列入日期', 'Cannot precede the parent\'s creation');
  }
  await checkItemRefs(ctx, tx, list, input);
  const row = await repo.insertItem(tx, {
    tenantId,
    listId: list.id,
    parentId: input.parentId ?? null,
    title: input.title,
    description: input.description ?? null,
    redAction: input.redAction,
    responsibleOrgId: input.responsibleOrgId,
    leadMemberId: input.leadMemberId ?? null,
    dueOn: input.dueOn,
    weight: input.weight,
    status: 'open',
    decisionId,
    createdOn,
  });
  await repo.replaceCoOwners(tx, tenantId, row.id, input.coOwnerOrgIds ?? []);
  await records.insertStatusChange(tx, { tenantId, itemId: row.id, fromStatus: null, toStatus: 'open', changedOn: createdOn, byUserId: ctx.actor.userId || null });
  await recordAudit(tx, auditActor(ctx), { action: 'task_item.create', objectType: 'task_item', objectId: row.id, result: 'success', diff: { after: { ...input, listId: list.id, decisionId } } });
  return row.id;
}

/** Adds an item to a list and answers the item. Needs tasks.write over the list's org. */
export async function createTaskItem(ctx: ServiceContext, listId: number, input: CreateTaskItemInput) {
  return getTaskItem(ctx, await addTaskItem(ctx, listId, input));
}

/** Adds an item to a list (the write alone, for loaders): its id. */
export async function addTaskItem(ctx: ServiceContext, listId: number, input: CreateTaskItemInput): Promise<number> {
  return ctx.db.transaction(async (tx) => insertTaskItem(ctx, tx, await loadList(ctx, tx, listId, 'manage'), input));
}

/** Edits an item's undated fields; a completed item is closed to edits (reopen it first). */
export async function updateTaskItem(ctx: ServiceContext, id: number, input: UpdateTaskItemInput) {
  await ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const before = await loadItem(ctx, tx, id, 'manage', true);
    if (before.status === 'completed') throw ruleViolation('status', '任务已完成，须先重新打开', 'The item is completed; reopen it first');
    const list = { orgPath: before.listOrgPath };
    await checkItemRefs(ctx, tx, list, {
      responsibleOrgId: input.responsibleOrgId !== undefined && input.responsibleOrgId !== before.responsibleOrgId ? input.responsibleOrgId : undefined,
      leadMemberId: input.leadMemberId !== before.leadMemberId ? input.leadMemberId : undefined,
      coOwnerOrgIds: input.coOwnerOrgIds,
    });
    const responsible = input.responsibleOrgId ?? before.responsibleOrgId;
    if (input.coOwnerOrgIds === undefined && before.coOwners.some((c) => c.orgId === responsible)) throw ruleViolation('responsibleOrgId', '该党组织已是协办党组织', 'The org is a co-owner');
    if (input.coOwnerOrgIds?.includes(responsible)) throw ruleViolation('coOwnerOrgIds', '责任党组织不必再列为协办', 'The responsible org is not also a co-owner');
    const { coOwnerOrgIds, ...fields } = input;
    const patch = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (Object.keys(patch).length) await repo.updateItem(tx, tenantId, id, patch);
    if (coOwnerOrgIds !== undefined) await repo.replaceCoOwners(tx, tenantId, id, coOwnerOrgIds);
    const changed: Record<string, unknown> = Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, { before: before[k as keyof typeof before], after: v }]));
    if (coOwnerOrgIds !== undefined) changed.coOwnerOrgIds = { before: before.coOwners.map((c) => c.orgId), after: coOwnerOrgIds };
    await recordAudit(tx, auditActor(ctx), { action: 'task_item.update', objectType: 'task_item', objectId: id, result: 'success', diff: changed });
  });
  return getTaskItem(ctx, id);
}

/** The node of one item on a date, from its list's state (404 naming asOf when it was not yet on the list). */
export async function itemNode(ctx: ServiceContext, db: DbOrTx, item: repo.TaskItemWithOrgs, on: string): Promise<{ node: TaskNodeView; children: TaskNodeView[] }> {
  const state = await listState(ctx, db, item.listId, on);
  const node = state.nodes.find((n) => n.id === item.id);
  if (!node) throw new AppError('NOT_FOUND', [{ field: 'asOf', message: '该日期该任务尚未列入清单', messageEn: 'The item was not yet on the list on that date' }]);
  return { node, children: state.nodes.filter((n) => n.parentId === item.id) };
}

/** One item on a date: its node, children, reports, status history, evidence, accountability and source decision. */
export async function getTaskItem(ctx: ServiceContext, id: number, asOf?: string) {
  const tenantId = ctx.actor.tenantId;
  const item = await loadItem(ctx, ctx.db, id, 'read');
  const on = asOf ?? today();
  const { node, children } = await itemNode(ctx, ctx.db, item, on);
  const history = await records.listStatusChanges(ctx.db, tenantId, id);
  const { rows } = await accountability.listRecords(ctx.db, tenantId, { all: true }, { itemId: id });
  return {
    ...node,
    asOf: on,
    list: { id: item.listId, title: item.listTitle, year: item.listYear, orgId: item.listOrgId },
    currentStatus: item.status as TaskStatus,
    createdOn: item.createdOn,
    children,
    reports: (await records.listReports(ctx.db, tenantId, id)).map((r) => ({ id: r.id, reportedOn: r.reportedOn, progress: r.progress, note: r.note, byUserId: r.byUserId, byUserName: r.byUserName })),
    statusHistory: history.map((h) => ({ fromStatus: h.fromStatus as TaskStatus | null, toStatus: h.toStatus as TaskStatus, changedOn: h.changedOn, note: h.note, byUserName: h.byUserName })),
    evidence: (await records.listEvidence(ctx.db, tenantId, id)).map(presentEvidence),
    accountability: rows.map((r) => presentAccountability(r, mayManageItem(ctx.actor, item))),
    decision: item.decisionId === null ? null : await repo.findDecisionSummary(ctx.db, tenantId, item.decisionId),
    mayManage: mayManageItem(ctx.actor, item),
    mayReport: mayReportItem(ctx.actor, item),
  };
}

/** For figures: the top-level items of the year's lists that the caller reaches, with their status on the date. */
export async function topItemsOfYear(ctx: ServiceContext, year: number, on: string) {
  return repo.listTopItemsOfYear(ctx.db, ctx.actor.tenantId, readScope(ctx.actor), year, on);
}
