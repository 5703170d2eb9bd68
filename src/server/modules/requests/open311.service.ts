import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.ts';
import { AppError, invalidField } from '../../platform/errors.ts';
import { ensureCategories } from './request-categories.service.ts';
import * as records from './request-records.repository.ts';
import { loadVisible } from './requests.lookup.ts';
import { reachesOf, readScope } from './requests.policy.ts';
import { parkTime } from './requests.presenter.ts';
import * as repo from './requests.repository.ts';
import { type RequestStatus, open311Status, openStatuses, requestStatusNames } from './requests.rules.ts';
import { recordRequest } from './requests.service.ts';
import type { Open311CreateInput, Open311ListInput, open311Request, open311Service } from './open311.schemas.ts';

/** Open311 GeoReport v2 over the same requests, scope and rules as the API. */

const maxResults = 1000;
const defaultWindowMs = 90 * 86_400_000;

function notice(c: { responseHours: number; resolutionDays: number }): string {
  return `${c.responseHours} 小时内受理，${c.resolutionDays} 日内办结`;
}

export async function listServices(ctx: ServiceContext): Promise<z.infer<typeof open311Service>[]> {
  readScope(ctx.actor);
  const categories = await ctx.db.transaction(async (tx) => ensureCategories(ctx, tx));
  return categories
    .filter((c) => c.isActive)
    .map((c) => ({
      service_code: c.code,
      service_name: c.nameZh,
      description: `${c.nameZh}（${c.nameEn}）：${notice(c)}`,
      metadata: false,
      type: 'realtime' as const,
      keywords: [c.code, c.nameZh, c.nameEn].join(','),
      group: '企业诉求',
    }));
}

function present(r: repo.RequestWithNames, updated: Date | undefined): z.infer<typeof open311Request> {
  const status = r.status as RequestStatus;
  const note = r.rejectionReason ?? r.resolution;
  return {
    service_request_id: String(r.id),
    status: open311Status(status),
    status_notes: `${requestStatusNames[status].zh}（${status}）${note ? `：${note}` : ''}`,
    service_name: r.categoryNameZh,
    service_code: r.categoryCode,
    description: r.description,
    agency_responsible: r.departmentName ?? r.enterpriseOrgName,
    service_notice: `受理时限 ${parkTime(r.responseDueAt)}，办结时限 ${parkTime(r.resolutionDueAt)}`,
    requested_datetime: parkTime(r.submittedAt),
    updated_datetime: parkTime(updated ?? r.updatedAt),
    expected_datetime: parkTime(r.resolutionDueAt),
    ...(r.enterpriseAddress ? { address: r.enterpriseAddress } : {}),
  };
}

/** Requests in the caller's reach by Open311's filters: ids, or category, open/closed and a submission window (default the last 90 days). */
export async function listOpen311Requests(ctx: ServiceContext, input: Open311ListInput) {
  readScope(ctx.actor);
  const tenantId = ctx.actor.tenantId;
  const ids = input.service_request_id?.split(',').map(Number);
  const from = input.start_date ? new Date(input.start_date) : undefined;
  const before = input.end_date ? new Date(input.end_date) : undefined;
  if (from && before && from > before) throw invalidField('end_date', '结束时间不能早于开始时间', 'end_date cannot precede start_date');
  const window = ids ? {} : from || before ? { submittedFrom: from, submittedBefore: before } : { submittedFrom: new Date(Date.now() - defaultWindowMs) };
  const closed = ['resolved', 'confirmed', 'rejected'];
  const { rows } = await repo.listRequests(ctx.db, tenantId, reachesOf(ctx.actor).read, {
    ids,
    ...(ids ? {} : { categoryCode: input.service_code, statuses: input.status === undefined ? undefined : input.status === 'open' ? openStatuses : closed, ...window }),
    offset: 0,
    limit: maxResults,
  });
  const updated = await records.lastEventTimes(ctx.db, tenantId, rows.map((r) => r.id));
  return rows.map((r) => present(r, updated.get(r.id)));
}

export async function getOpen311Request(ctx: ServiceContext, id: number) {
  readScope(ctx.actor);
  const found = await loadVisible(ctx, ctx.db, id);
  const updated = await records.lastEventTimes(ctx.db, ctx.actor.tenantId, [id]);
  return [present(found, updated.get(id))];
}

/** Creates a request for the enterprise named by attribute[uscc] (404 naming it when outside the caller's reach or unknown). */
export async function createOpen311Request(ctx: ServiceContext, input: Open311CreateInput) {
  const uscc = input['attribute[uscc]'].toUpperCase();
  const enterpriseId = await repo.findEnterpriseIdByUscc(ctx.db, ctx.actor.tenantId, uscc);
  if (enterpriseId === null) throw new AppError('NOT_FOUND', [{ field: 'attribute[uscc]', message: '未找到该企业', messageEn: 'No such enterprise' }]);
  const title = input['attribute[title]'] ?? (input.description.length > 30 ? `${input.description.slice(0, 30)}…` : input.description);
  const id = await recordRequest(ctx, { enterpriseId, categoryCode: input.service_code, title, description: input.description });
  const [created] = await getOpen311Request(ctx, id);
  return [{ service_request_id: created.service_request_id, service_notice: created.service_notice, account_id: ctx.actor.userId ? String(ctx.actor.userId) : null }];
}
