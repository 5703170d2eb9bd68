import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import type { DbOrTx } from '../../db/connection.ts';
import { AppError, ruleViolation } from '../../platform/errors.ts';
import { offsetOf, today } from '../../platform/paging.ts';
import type { Scope } from '../../platform/scope.ts';
import { requireReadableOrg } from '../orgs/orgs.service.ts';
import { assertParkWideWrite, readScope } from './coverage.policy.ts';
import { byUnit, presentAlert, presentRate, presentRule, presentUnit, presentUnvisited } from './coverage.presenter.ts';
import * as repo from './coverage.repository.ts';
import {
  type CoverageAlertsInput,
  type CoverageCategory,
  type CoverageRatesInput,
  type CoverageRuleView,
  type CoverageUnitsInput,
  type UnvisitedInput,
  type UpdateCoverageRuleInput,
  coverageCategories,
} from './coverage.schemas.ts';

/** Without a saved rule a category counts both kinds of coverage and flags enterprises unvisited for 90 days. */
export const defaultCoverageRule: repo.CoverageRule = { countsOrg: true, countsInstructor: true, visitIntervalDays: 90 };

type Rules = Record<CoverageCategory, repo.CoverageRule & { isDefault: boolean }>;

async function loadRules(db: DbOrTx, tenantId: number): Promise<Rules> {
  const saved = new Map((await repo.listRules(db, tenantId)).map((r) => [r.category, r]));
  const of = (c: CoverageCategory) => {
    const row = saved.get(c);
    return row
      ? { countsOrg: row.countsOrg, countsInstructor: row.countsInstructor, visitIntervalDays: row.visitIntervalDays, isDefault: false }
      : { ...defaultCoverageRule, isDefault: true };
  };
  return { above_scale: of('above_scale'), srdi: of('srdi'), social_org: of('social_org') };
}

/** The park's coverage rule per category (defaults where none is saved). */
export async function listCoverageRules(ctx: ServiceContext): Promise<{ items: CoverageRuleView[] }> {
  readScope(ctx.actor);
  const rules = await loadRules(ctx.db, ctx.actor.tenantId);
  return { items: coverageCategories.map((c) => presentRule(c, rules[c], rules[c].isDefault)) };
}

/** Sets a category's rule; park-wide enterprises.write only. At least one kind of coverage must count. */
export async function updateCoverageRule(ctx: ServiceContext, category: CoverageCategory, input: UpdateCoverageRuleInput): Promise<CoverageRuleView> {
  // The body's own rule first: it says nothing about the park, so any writer may learn it.
  if (!input.countsOrg && !input.countsInstructor) {
    throw ruleViolation('countsOrg', '组织覆盖与工作覆盖至少须计入一种', 'At least one of countsOrg and countsInstructor must count');
  }
  assertParkWideWrite(ctx.actor);
  const tenantId = ctx.actor.tenantId;
  return ctx.db.transaction(async (tx) => {
    const before = (await loadRules(tx, tenantId))[category];
    await repo.upsertRule(tx, { tenantId, category, ...input });
    await recordAudit(tx, auditActor(ctx), {
      action: 'coverage_rule.update',
      objectType: 'coverage_rule',
      objectId: category,
      result: 'success',
      diff: { before: { countsOrg: before.countsOrg, countsInstructor: before.countsInstructor, visitIntervalDays: before.visitIntervalDays }, after: input },
    });
    return presentRule(category, input, false);
  });
}

/** The current path of the responsible-org filter, an org the caller may see in the scope (else 404). */
async function subtreeOf(ctx: ServiceContext, scope: Scope, responsibleOrgId: number | undefined): Promise<string | undefined> {
  if (responsibleOrgId === undefined) return undefined;
  try {
    return (await requireReadableOrg(ctx, responsibleOrgId, scope)).path;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') {
      throw new AppError('NOT_FOUND', [{ field: 'responsibleOrgId', message: '未找到该党组织', messageEn: 'No such org' }]);
    }
    throw error;
  }
}

const flag = (value: 'true' | 'false' | undefined) => (value === undefined ? undefined : value === 'true');

/** Coverage rates per category as of a date, in the caller's enterprises.read scope; numerators and denominators. */
export async function getCoverageRates(ctx: ServiceContext, input: CoverageRatesInput) {
  const scope = readScope(ctx.actor);
  const asOf = input.asOf ?? today();
  const subtreePath = await subtreeOf(ctx, scope, input.responsibleOrgId);
  const rules = await loadRules(ctx.db, ctx.actor.tenantId);
  const counts = await repo.countCoverage(ctx.db, ctx.actor.tenantId, scope, { on: asOf, subtreePath }, rules);
  return { asOf, responsibleOrgId: input.responsibleOrgId ?? null, items: coverageCategories.map((c) => presentRate(c, rules[c], counts[c])) };
}

/** The units behind a rate, each with the orgs and instructors covering it on the date. */
export async function listCoverageUnits(ctx: ServiceContext, input: CoverageUnitsInput) {
  const scope = readScope(ctx.actor);
  const tenantId = ctx.actor.tenantId;
  const asOf = input.asOf ?? today();
  const subtreePath = await subtreeOf(ctx, scope, input.responsibleOrgId);
  const rules = await loadRules(ctx.db, tenantId);
  const { total, rows } = await repo.listUnits(ctx.db, tenantId, scope, {
    on: asOf,
    subtreePath,
    category: input.category,
    rule: rules[input.category],
    covered: flag(input.covered),
    orgCovered: flag(input.orgCovered),
    instructorCovered: flag(input.instructorCovered),
    offset: offsetOf(input.page, input.pageSize),
    limit: input.pageSize,
  });
  const ids = rows.map((r) => r.id);
  const orgs = byUnit(await repo.listCoveringOrgs(ctx.db, tenantId, ids, asOf));
  const instructors = byUnit(await repo.listInstructorsOn(ctx.db, tenantId, ids, asOf));
  return {
    category: input.category,
    asOf,
    items: rows.map((r) => presentUnit(r, orgs.get(r.id) ?? [], instructors.get(r.id) ?? [])),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/**
 * Coverage alerts as of a date, computed live: units uncovered per the rule, and units with three or more full
 * members and no own org. Each goes to the unit's instructors and the two-new committee.
 */
export async function listCoverageAlerts(ctx: ServiceContext, input: CoverageAlertsInput) {
  const scope = readScope(ctx.actor);
  const tenantId = ctx.actor.tenantId;
  const asOf = input.asOf ?? today();
  const subtreePath = await subtreeOf(ctx, scope, input.responsibleOrgId);
  const rules = await loadRules(ctx.db, tenantId);
  const { total, rows } = await repo.listAlerts(ctx.db, tenantId, scope, {
    on: asOf,
    subtreePath,
    rules,
    reason: input.reason,
    offset: offsetOf(input.page, input.pageSize),
    limit: input.pageSize,
  });
  const instructors = byUnit(await repo.listInstructorsOn(ctx.db, tenantId, [...new Set(rows.map((r) => r.id))], asOf));
  const committees = rows.length ? await repo.listLiangxinCommittees(ctx.db, tenantId, asOf) : [];
  return { asOf, items: rows.map((r) => presentAlert(r, instructors.get(r.id) ?? [], committees)), total, page: input.page, pageSize: input.pageSize };
}

/** Enterprises with an instructor on the date and no guidance visit within their categories' interval. */
export async function listUnvisitedEnterprises(ctx: ServiceContext, input: UnvisitedInput) {
  const scope = readScope(ctx.actor);
  const tenantId = ctx.actor.tenantId;
  const asOf = input.asOf ?? today();
  const subtreePath = await subtreeOf(ctx, scope, input.responsibleOrgId);
  const rules = await loadRules(ctx.db, tenantId);
  const { total, rows } = await repo.listUnvisited(ctx.db, tenantId, scope, {
    on: asOf,
    subtreePath,
    rules,
    defaultDays: defaultCoverageRule.visitIntervalDays,
    offset: offsetOf(input.page, input.pageSize),
    limit: input.pageSize,
  });
  const instructors = byUnit(await repo.listInstructorsOn(ctx.db, tenantId, rows.map((r) => r.id), asOf));
  return { asOf, items: rows.map((r) => presentUnvisited(r, instructors.get(r.id) ?? [])), total, page: input.page, pageSize: input.pageSize };
}

/** For the figures: a category's covered units and its denominator as of a date, in the caller's scope. */
export async function coveredUnitsOf(ctx: ServiceContext, category: CoverageCategory, asOf: string): Promise<{ total: number; covered: repo.UnitRef[] }> {
  const scope = readScope(ctx.actor);
  const tenantId = ctx.actor.tenantId;
  const rules = await loadRules(ctx.db, tenantId);
  const all = await repo.listUnits(ctx.db, tenantId, scope, { on: asOf, category, rule: rules[category], offset: 0, limit: 0 });
  const covered = await repo.listUnits(ctx.db, tenantId, scope, { on: asOf, category, rule: rules[category], covered: true, offset: 0, limit: all.total });
  return { total: all.total, covered: covered.rows };
}

/** For the figures: units with an instructor assignment in force on the date, in the caller's scope (F12). */
export async function instructedUnitsOf(ctx: ServiceContext, asOf: string): Promise<repo.UnitRef[]> {
  return repo.listInstructedUnits(ctx.db, ctx.actor.tenantId, readScope(ctx.actor), { on: asOf });
}
