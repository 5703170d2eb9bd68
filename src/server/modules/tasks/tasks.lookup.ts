import type { DbOrTx } from '../../db/connection.ts';
import type { ServiceContext } from '../../platform/context.ts';
import type { Scope } from '../../platform/scope.ts';
import { AppError, ruleViolation } from '../../platform/errors.ts';
import { today } from '../../platform/paging.ts';
import { getMember } from '../members/members.service.ts';
import { requireReadableOrg } from '../orgs/orgs.service.ts';
import * as ladderRepo from './accountability.repository.ts';
import { assertItemVisible, assertListVisible, assertMayManageItem, assertMayManageList, assertMayReportItem, readScope } from './tasks.policy.ts';
import * as repo from './tasks.repository.ts';
import { type LadderLevel, defaultLadder } from './tasks.rules.ts';

/** Steps the task services share: loading lists and items under the policy, checking referenced orgs and members. */

/** read: see it; manage: the list org's work (edit, review, accountability); report: the responsible org's work. */
export type ItemAction = 'read' | 'manage' | 'report';

export async function loadItem(ctx: ServiceContext, db: DbOrTx, id: number, action: ItemAction, lock = false): Promise<repo.TaskItemWithOrgs> {
  const item = await repo.findItem(db, ctx.actor.tenantId, id, lock);
  if (action === 'read') assertItemVisible(ctx.actor, item);
  else if (action === 'manage') assertMayManageItem(ctx.actor, item);
  else assertMayReportItem(ctx.actor, item);
  return item;
}

export async function loadList(ctx: ServiceContext, db: DbOrTx, id: number, action: 'read' | 'manage'): Promise<repo.TaskListWithOrg> {
  const list = await repo.findList(db, ctx.actor.tenantId, id);
  const reachesItem = list !== null && (await repo.hasVisibleItem(db, ctx.actor.tenantId, id, readScope(ctx.actor)));
  if (action === 'read') assertListVisible(ctx.actor, list, reachesItem);
  else assertMayManageList(ctx.actor, list, reachesItem);
  return list;
}

/** Dates recorded for what has happened cannot lie ahead (422 naming the field). */
export function assertNotFuture(field: string, date: string): void {
  if (date > today()) throw ruleViolation(field, '日期不能晚于今天', 'The date cannot be in the future');
}

/** Dates of one item's history move forward: not before `since` (422 naming the field). */
export function assertNotBefore(field: string, date: string, since: string): void {
  if (date < since) throw ruleViolation(field, `日期不能早于 ${since}`, `The date cannot precede ${since}`);
}

/** An org named in a request, looked up in a scope: outside it or absent is the same 404 naming the field. */
export async function requireOrgInScope(ctx: ServiceContext, db: DbOrTx, orgId: number, field: string, scope: Scope) {
  try {
    return await requireReadableOrg({ ...ctx, db }, orgId, scope);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', [{ field, message: '未找到该党组织', messageEn: 'No such org' }]);
    throw error;
  }
}

/**
 * An org an item names (responsible or co-owner): it must exist in the park (404 naming the field) and lie in the
 * list org's subtree (422), since a list assigns work only downwards.
 */
export async function requireOrgUnderList(ctx: ServiceContext, db: DbOrTx, orgId: number, field: string, list: { orgPath: string }) {
  const org = await requireOrgInScope(ctx, db, orgId, field, { all: true });
  if (!org.path.startsWith(list.orgPath)) throw ruleViolation(field, '须为任务清单所属党组织或其下级党组织', 'Must be the list\'s org or an org below it');
  if (org.dissolvedOn !== null) throw ruleViolation(field, '该党组织已撤销', 'The org is dissolved');
  return org;
}

/** A member an item or meeting names: one the caller may read through the members service (404 naming the field). */
export async function requireReadableMember(ctx: ServiceContext, db: DbOrTx, memberId: number, field: string) {
  try {
    return await getMember({ ...ctx, db }, memberId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', [{ field, message: '未找到该党员', messageEn: 'No such member' }]);
    throw error;
  }
}

/** The park's accountability ladder, or the default one while the park has configured none. */
export async function ladderOf(db: DbOrTx, tenantId: number): Promise<{ levels: LadderLevel[]; isDefault: boolean }> {
  const levels = await ladderRepo.listLevels(db, tenantId);
  return levels.length ? { levels, isDefault: false } : { levels: [...defaultLadder], isDefault: true };
}
