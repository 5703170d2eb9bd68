import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { AppError, invalidField, ruleViolation } from '../../platform/errors.ts';
import { offsetOf, today } from '../../platform/paging.ts';
import { isPathInScope } from '../../platform/scope.ts';
import { requireReadableEnterprise } from '../enterprises/enterprises.service.ts';
import { requireReadablePlace } from '../places/places.service.ts';
import { assertLinkVisible, readScope, visibleScope, visitScope } from './contacts.policy.ts';
import { presentVisit } from './contacts.presenter.ts';
import * as links from './contacts.repository.ts';
import { yearStart } from './contacts.rules.ts';
import * as repo from './visits.repository.ts';
import type { CreateVisitInput, ListVisitsInput, VisitView } from './visits.schemas.ts';

/** Visits (走访) logged by cadres; the visitor is always the caller. */

/**
 * Logs the caller's visit to an enterprise or a place in their visits.write scope (404 otherwise; for a cadre
 * bound to no org, only the enterprises of their pairings). A link named must be one the caller may read, in
 * force on the visit's date, to the same enterprise or place, and — for a cadre pairing — the caller's own (422).
 */
export async function logVisit(ctx: ServiceContext, input: CreateVisitInput): Promise<VisitView> {
  const scope = visitScope(ctx.actor);
  if ((input.enterpriseId === undefined) === (input.placeId === undefined)) {
    throw invalidField('enterpriseId', '须填写走访的企业或地点之一', 'Give exactly one of enterpriseId and placeId');
  }
  const tenantId = ctx.actor.tenantId;
  const on = today();
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const unit = input.enterpriseId === undefined ? null : await requireReadableEnterprise(txCtx, input.enterpriseId, { field: 'enterpriseId', scope });
    const place = input.placeId === undefined ? null : await requireReadablePlace(txCtx, input.placeId, 'placeId');
    if (place && !(place.orgPath && isPathInScope(scope, place.orgPath))) throw new AppError('NOT_FOUND', [{ field: 'placeId', message: '未找到该地点', messageEn: 'No such place' }]);
    // The date is checked once the target is known to be reachable, so an unreachable one answers 404 whatever the date.
    if (input.visitedOn > on) throw invalidField('visitedOn', '走访日期不能晚于今天', 'The visit date cannot be in the future');
    if (input.linkId !== undefined) {
      const link = await links.findLinkAccess(tx, tenantId, input.linkId, visibleScope(ctx.actor), on);
      assertLinkVisible(link, 'linkId');
      if (!(link.validFrom <= input.visitedOn && (link.validTo === null || link.validTo > input.visitedOn))) {
        throw ruleViolation('visitedOn', '走访日期不在该联系的有效期内', 'The link was not in force on the visit date');
      }
      const sameTarget = input.enterpriseId !== undefined ? link.enterpriseId === input.enterpriseId : link.placeId === input.placeId;
      if (!sameTarget) throw ruleViolation('linkId', '该联系的对象不是所走访的企业或地点', 'The link is not to the enterprise or place visited');
      if (link.kind === 'cadre_enterprise' && link.userId !== ctx.actor.userId) throw ruleViolation('linkId', '这是其他干部的联系', 'The pairing is another cadre\'s');
    }
    const values = {
      tenantId,
      visitorUserId: ctx.actor.userId,
      visitedOn: input.visitedOn,
      enterpriseId: input.enterpriseId ?? null,
      placeId: input.placeId ?? null,
      linkId: input.linkId ?? null,
      peopleMet: input.peopleMet,
      findings: input.findings,
    };
    const id = await repo.insertVisit(tx, values);
    await recordAudit(tx, auditActor(ctx), { action: 'contact_visit.create', objectType: 'contact_visit', objectId: id, result: 'success', diff: { after: input } });
    // Everything shown is known here: the visitor is the caller, the target was just read.
    return presentVisit({ ...values, id, createdAt: new Date(), visitorName: ctx.actor.displayName, enterpriseName: unit?.name ?? null, placeName: place?.name ?? null });
  });
}

/**
 * For a request raised on a visit: the visit must be the caller's own (404 naming visitId otherwise, whoever else
 * logged it) and be a visit to the request's enterprise (422).
 */
export async function requireOwnEnterpriseVisit(ctx: ServiceContext, visitId: number, enterpriseId: number): Promise<void> {
  const visit = await repo.findVisit(ctx.db, ctx.actor.tenantId, visitId);
  if (!visit || visit.visitorUserId !== ctx.actor.userId) throw new AppError('NOT_FOUND', [{ field: 'visitId', message: '未找到您的这次走访', messageEn: 'No such visit of yours' }]);
  if (visit.enterpriseId !== enterpriseId) throw ruleViolation('visitId', '该次走访的对象不是本诉求的企业', 'That visit was not to the enterprise of this request');
}

/** Visits to enterprises and places the caller may read (as they stand today), and the caller's own; newest first. */
export async function listVisits(ctx: ServiceContext, input: ListVisitsInput) {
  const scope = readScope(ctx.actor);
  if (input.from && input.to && input.from > input.to) throw invalidField('to', '结束日期不能早于开始日期', 'to cannot precede from');
  if (input.enterpriseId !== undefined) await requireReadableEnterprise(ctx, input.enterpriseId, { field: 'enterpriseId', scope });
  if (input.placeId !== undefined) await requireReadablePlace(ctx, input.placeId, 'placeId');
  const { total, rows } = await repo.listVisits(ctx.db, ctx.actor.tenantId, scope, {
    scopeOn: today(),
    userId: ctx.actor.userId,
    visitorUserId: input.visitorUserId,
    enterpriseId: input.enterpriseId,
    placeId: input.placeId,
    linkId: input.linkId,
    from: input.from,
    to: input.to,
    offset: offsetOf(input.page, input.pageSize),
    limit: input.pageSize,
  });
  return { items: rows.map(presentVisit), total, page: input.page, pageSize: input.pageSize };
}

/**
 * For F19 (百名干部进千企, combined with the requests module at merge): the distinct visitors of enterprise visits
 * in asOf's year up to asOf, in the caller's contacts.read scope, with how many such visits each logged.
 */
export async function cadresWithEnterpriseVisits(ctx: ServiceContext, asOf: string): Promise<{ userId: number; displayName: string; visits: number }[]> {
  const scope = readScope(ctx.actor);
  return repo.enterpriseVisitors(ctx.db, ctx.actor.tenantId, scope, { scopeOn: today(), userId: ctx.actor.userId, from: yearStart(asOf), to: asOf });
}
