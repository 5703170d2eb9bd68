import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { invalidField, notFound, ruleViolation } from '../../platform/errors.ts';
import { offsetOf, today } from '../../platform/paging.ts';
import { assertUnitVisible, guidanceScope, readScope } from './coverage.policy.ts';
import { presentVisit } from './coverage.presenter.ts';
import * as repo from './instructors.repository.ts';
import type { CreateGuidanceVisitInput, GuidanceVisitView, ListGuidanceVisitsInput } from './instructors.schemas.ts';

/** Guidance visits logged by instructors at the enterprises they are assigned to. */

/**
 * Logs the caller's visit. The enterprise must lie in the caller's guidance.write scope (404); the caller must be
 * assigned to it today and on the visit's date (422).
 */
export async function logGuidanceVisit(ctx: ServiceContext, input: CreateGuidanceVisitInput): Promise<GuidanceVisitView> {
  const scope = guidanceScope(ctx.actor);
  const on = today();
  if (input.visitedOn > on) throw invalidField('visitedOn', '走访日期不能晚于今天', 'The visit date cannot be in the future');
  const tenantId = ctx.actor.tenantId;
  const userId = ctx.actor.userId;
  return ctx.db.transaction(async (tx) => {
    const unit = await repo.findEnterpriseAccess(tx, tenantId, input.enterpriseId, { visible: scope }, on);
    assertUnitVisible(unit, 'enterpriseId');
    if (!(await repo.isAssignedOn(tx, tenantId, userId, unit.id, on))) {
      throw ruleViolation('enterpriseId', '您当前不是该企业的党建指导员', 'You are not currently assigned to this enterprise as its instructor');
    }
    if (!(await repo.isAssignedOn(tx, tenantId, userId, unit.id, input.visitedOn))) {
      throw ruleViolation('visitedOn', '走访日期不在您对该企业的任命期内', 'You were not assigned to this enterprise on the visit date');
    }
    const id = await repo.insertVisit(tx, {
      tenantId,
      enterpriseId: unit.id,
      instructorUserId: userId,
      visitedOn: input.visitedOn,
      topics: input.topics,
      findings: input.findings ?? null,
      followUps: input.followUps ?? null,
    });
    await recordAudit(tx, auditActor(ctx), { action: 'guidance_visit.create', objectType: 'guidance_visit', objectId: id, result: 'success', diff: { after: input } });
    const row = await repo.findVisitWithNames(tx, tenantId, id);
    if (!row) throw notFound();
    return presentVisit(row);
  });
}

/** Visits to enterprises the caller may read (today), newest first. */
export async function listGuidanceVisits(ctx: ServiceContext, input: ListGuidanceVisitsInput) {
  const scope = readScope(ctx.actor);
  if (input.from && input.to && input.from > input.to) throw invalidField('to', '结束日期不能早于开始日期', 'to cannot precede from');
  const tenantId = ctx.actor.tenantId;
  const on = today();
  if (input.enterpriseId !== undefined) {
    assertUnitVisible(await repo.findEnterpriseAccess(ctx.db, tenantId, input.enterpriseId, { visible: scope }, on), 'enterpriseId');
  }
  const { total, rows } = await repo.listVisits(ctx.db, tenantId, scope, {
    scopeOn: on,
    enterpriseId: input.enterpriseId,
    instructorUserId: input.instructorUserId,
    from: input.from,
    to: input.to,
    offset: offsetOf(input.page, input.pageSize),
    limit: input.pageSize,
  });
  return { items: rows.map(presentVisit), total, page: input.page, pageSize: input.pageSize };
}
