import type { DbOrTx } from '../../db/connection.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { ruleViolation } from '../../platform/errors.ts';
import * as records from './request-records.repository.ts';
import { assertParkWideHandler, readScope } from './requests.policy.ts';
import { presentCategory } from './requests.presenter.ts';
import { defaultCategories } from './requests.rules.ts';
import type { PutCategoryInput } from './requests.schemas.ts';

/** Request categories (诉求类别) are the park's own; a park that has none gets the seven defaults on first use. */

/** Seeds the default categories into a park that has none (audited); a park that has any is left as it is. */
export async function ensureCategories(ctx: ServiceContext, db: DbOrTx): Promise<records.CategoryRow[]> {
  const tenantId = ctx.actor.tenantId;
  const existing = await records.listCategories(db, tenantId);
  if (existing.length) return existing;
  await records.insertMissingCategories(db, defaultCategories.map((c, i) => ({ tenantId, ...c, sortOrder: (i + 1) * 10 })));
  await recordAudit(db, auditActor(ctx), { action: 'request_category.seed', objectType: 'request_category', result: 'success', diff: { after: defaultCategories.map((c) => c.code) } });
  return records.listCategories(db, tenantId);
}

/** The category a new request names: one of the park's active categories, else 422 naming categoryCode. */
export async function activeCategory(ctx: ServiceContext, db: DbOrTx, code: string): Promise<records.CategoryRow> {
  const found = (await records.findCategoryByCode(db, ctx.actor.tenantId, code)) ?? (await ensureCategories(ctx, db)).find((c) => c.code === code);
  if (!found || !found.isActive) throw ruleViolation('categoryCode', '没有该诉求类别', 'No such request category');
  return found;
}

export async function listCategories(ctx: ServiceContext) {
  readScope(ctx.actor);
  const rows = await ctx.db.transaction(async (tx) => ensureCategories(ctx, tx));
  return { items: rows.map(presentCategory) };
}

/**
 * Adds or changes a category by code. The deadlines are checked first (the resolution deadline cannot fall before
 * the response deadline: 422 naming resolutionDays); then only a park-wide handler may set them (403).
 */
export async function putCategory(ctx: ServiceContext, code: string, input: PutCategoryInput) {
  if (input.resolutionDays * 24 < input.responseHours) {
    throw ruleViolation('resolutionDays', '办结时限不能短于响应时限', 'The resolution deadline cannot come before the response deadline');
  }
  assertParkWideHandler(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    await ensureCategories(ctx, tx);
    const before = await records.findCategoryByCode(tx, tenantId, code);
    const row = await records.upsertCategory(tx, {
      tenantId,
      code,
      nameZh: input.nameZh,
      nameEn: input.nameEn,
      responseHours: input.responseHours,
      resolutionDays: input.resolutionDays,
      sortOrder: input.sortOrder ?? before?.sortOrder ?? 100,
      isActive: input.isActive ?? true,
    });
    await recordAudit(tx, auditActor(ctx), {
      action: before ? 'request_category.update' : 'request_category.create',
      objectType: 'request_category',
      objectId: row.id,
      result: 'success',
      diff: { before: before ? presentCategory(before) : null, after: presentCategory(row) },
    });
    return presentCategory(row);
  });
}
