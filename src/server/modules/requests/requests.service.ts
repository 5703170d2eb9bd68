import crypto from 'node:crypto';
import type { DbOrTx } from '../../db/connection.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { AppError, conflict, invalidField, notFound } from '../../platform/errors.ts';
import { offsetOf } from '../../platform/paging.ts';
import type { Actor, Scope } from '../../platform/scope.ts';
import { requireReadableEnterprise } from '../enterprises/enterprises.service.ts';
import { requireReadablePlace } from '../places/places.service.ts';
import { requireOwnEnterpriseVisit } from '../contacts/contact-visits.service.ts';
import { activeCategory } from './request-categories.service.ts';
import * as records from './request-records.repository.ts';
import { findStateFor, loadVisible, requestDetail } from './requests.lookup.ts';
import { assertMayRespond, assertRequestVisible, handleScope, reachesOf, readScope, writeScope } from './requests.policy.ts';
import { presentAttachment, presentRequest } from './requests.presenter.ts';
import * as repo from './requests.repository.ts';
import { type RequestSource, deadlines, maxAttachmentBytes, openStatuses, parkDayStart, requestCode, terminalStatuses } from './requests.rules.ts';
import type { AttachmentInput, ListRequestsInput, RequestDetailView, SubmitRequestInput } from './requests.schemas.ts';

/** The enterprises an enterprise contact's assignments bind: "their own" requests include all of those. */
function ownEnterpriseIds(actor: Actor): number[] {
  return actor.assignments.filter((a) => a.role === 'enterprise_contact' && a.enterpriseId).map((a) => Number(a.enterpriseId));
}

/**
 * The caller's inbox: `all` in reach, `mine` (raised by them or concerning their own enterprise) or `handle` (open
 * requests within their requests.handle reach; 403 without that permission), filtered, newest first.
 */
export async function listRequests(ctx: ServiceContext, input: ListRequestsInput) {
  readScope(ctx.actor);
  const reaches = reachesOf(ctx.actor);
  const now = new Date();
  if (input.view === 'handle') handleScope(ctx.actor);
  if (input.enterpriseId !== undefined) await requireReadableEnterprise(ctx, input.enterpriseId, { field: 'enterpriseId', scope: reaches.read.scope });
  const isHandleView = input.view === 'handle';
  const statuses = isHandleView ? (input.status ? [input.status].filter((s) => openStatuses.includes(s)) : openStatuses) : input.status ? [input.status] : undefined;
  const { total, rows } = await repo.listRequests(ctx.db, ctx.actor.tenantId, isHandleView ? reaches.handle : reaches.read, {
    statuses,
    categoryCode: input.categoryCode,
    enterpriseId: input.enterpriseId,
    overdueAt: input.overdue ? now : undefined,
    escalated: input.escalated,
    raisedByUserId: input.view === 'mine' ? ctx.actor.userId : undefined,
    ownEnterpriseIds: input.view === 'mine' ? ownEnterpriseIds(ctx.actor) : undefined,
    q: input.q,
    offset: offsetOf(input.page, input.pageSize),
    limit: input.pageSize,
  });
  return { items: rows.map((r) => presentRequest(r, now)), total, page: input.page, pageSize: input.pageSize };
}

/** One request with its timeline, attachments and the actions the caller may take. */
export async function getRequest(ctx: ServiceContext, id: number): Promise<RequestDetailView> {
  readScope(ctx.actor);
  return requestDetail(ctx, ctx.db, await loadVisible(ctx, ctx.db, id));
}

/** Who raised it, by default: an enterprise contact, a grid worker, a cadre on a visit they name, else staff (the desk, a hotline). */
function defaultSource(actor: Actor, visitId: number | undefined): RequestSource {
  const roles = actor.assignments.map((a) => a.role);
  if (roles.includes('enterprise_contact')) return 'enterprise_contact';
  if (roles.includes('grid_worker')) return 'grid_worker';
  if (visitId !== undefined) return 'cadre_visit';
  return 'staff';
}

/** A file decoded and checked before anything is written: base64 (400), at most the size limit (400), naming the field. */
function decodeAttachment(a: AttachmentInput, field: string) {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(a.contentBase64) || a.contentBase64.length % 4 !== 0) throw invalidField(`${field}.contentBase64`, '附件内容不是合法的 base64', 'The content is not valid base64');
  const content = Buffer.from(a.contentBase64, 'base64');
  if (content.length > maxAttachmentBytes) throw invalidField(`${field}.contentBase64`, '附件不能超过 512 KB', 'An attachment may be at most 512 KiB');
  return { fileName: a.fileName, mimeType: a.mimeType, content, sizeBytes: content.length, sha256: crypto.createHash('sha256').update(content).digest('hex') };
}

async function insertAttachments(ctx: ServiceContext, db: DbOrTx, requestId: number, files: ReturnType<typeof decodeAttachment>[]) {
  const out = [];
  for (const f of files) out.push(await records.insertAttachment(db, { tenantId: ctx.actor.tenantId, requestId, ...f, uploadedByUserId: ctx.actor.userId || null }));
  return out;
}

/**
 * The enterprise a new request concerns: in the caller's requests.write reach, or — when the caller names a place
 * they may read, as a grid worker does on their grid — any enterprise of the park; else 404 naming enterpriseId.
 */
async function enterpriseForRequest(ctx: ServiceContext, enterpriseId: number, write: Scope, isSeenOnPlace: boolean) {
  try {
    return await requireReadableEnterprise(ctx, enterpriseId, { field: 'enterpriseId', scope: write });
  } catch (error) {
    if (!(isSeenOnPlace && error instanceof AppError && error.code === 'NOT_FOUND')) throw error;
    return requireReadableEnterprise(ctx, enterpriseId, { field: 'enterpriseId', scope: { all: true } });
  }
}

/**
 * Records a new request at `now` (the demo passes its planned time): the enterprise must lie in the caller's
 * requests.write reach or be seen on a place the caller reads (404 naming enterpriseId), a visit named must be the
 * caller's own to that enterprise (404/422 naming visitId), the category be active (422); deadlines come from the
 * category. The request, its first event, its attachments and the audit entry commit together.
 */
export async function recordRequest(ctx: ServiceContext, input: SubmitRequestInput, now = new Date()): Promise<number> {
  const write = writeScope(ctx.actor);
  const files = (input.attachments ?? []).map((a, i) => decodeAttachment(a, `attachments.${i}`));
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const tenantId = ctx.actor.tenantId;
    if (input.placeId !== undefined) await requireReadablePlace(txCtx, input.placeId, 'placeId');
    await enterpriseForRequest(txCtx, input.enterpriseId, write, input.placeId !== undefined);
    if (input.visitId !== undefined) await requireOwnEnterpriseVisit(txCtx, input.visitId, input.enterpriseId);
    const category = await activeCategory(ctx, tx, input.categoryCode);
    if (input.visitId !== undefined && input.source !== undefined && input.source !== 'cadre_visit') {
      throw invalidField('source', '关联走访的诉求来源须为干部走访', 'A request raised on a visit has the source cadre_visit');
    }
    const source = input.source ?? defaultSource(ctx.actor, input.visitId);
    const row = await repo.insertRequest(tx, {
      tenantId,
      enterpriseId: input.enterpriseId,
      categoryId: category.id,
      title: input.title,
      description: input.description,
      source,
      raisedByUserId: ctx.actor.userId || null,
      visitId: input.visitId ?? null,
      placeId: input.placeId ?? null,
      status: 'submitted',
      submittedAt: now,
      ...deadlines(now, category),
    });
    await records.insertEvent(tx, { tenantId, requestId: row.id, kind: 'transition', fromStatus: null, toStatus: 'submitted', at: now, actorUserId: ctx.actor.userId || null });
    const attached = await insertAttachments(ctx, tx, row.id, files);
    const { attachments: _files, ...fields } = input;
    await recordAudit(tx, auditActor(ctx), {
      action: 'request.submit',
      objectType: 'request',
      objectId: row.id,
      result: 'success',
      diff: { after: { ...fields, source, attachments: attached.map((a) => ({ fileName: a.fileName, sizeBytes: a.sizeBytes, sha256: a.sha256 })) } },
    });
    return row.id;
  });
}

export async function submitRequest(ctx: ServiceContext, input: SubmitRequestInput): Promise<RequestDetailView> {
  return getRequest(ctx, await recordRequest(ctx, input));
}

/** Attaches a file to a request the caller may respond to, while it is not closed (409 once confirmed or rejected). */
export async function addAttachment(ctx: ServiceContext, id: number, input: AttachmentInput) {
  const file = decodeAttachment(input, 'body');
  return ctx.db.transaction(async (tx) => {
    const found = await findStateFor(ctx, tx, id, { lock: true, need: 'write' });
    assertMayRespond(ctx.actor, found);
    if (terminalStatuses.includes(found.status as (typeof terminalStatuses)[number])) throw conflict('status', '诉求已关闭，不能再添加附件', 'The request is closed');
    const [row] = await insertAttachments(ctx, tx, id, [file]);
    await recordAudit(tx, auditActor(ctx), { action: 'request.attach', objectType: 'request', objectId: id, result: 'success', diff: { after: { fileName: row.fileName, sizeBytes: row.sizeBytes, sha256: row.sha256 } } });
    return presentAttachment(row);
  });
}

/** An attachment's content, if the caller may read its request (404 otherwise). */
export async function downloadAttachment(ctx: ServiceContext, attachmentId: number) {
  readScope(ctx.actor);
  const file = await records.findAttachment(ctx.db, ctx.actor.tenantId, attachmentId);
  if (!file) throw notFound();
  assertRequestVisible(await findStateFor(ctx, ctx.db, file.requestId));
  return { fileName: file.fileName, mimeType: file.mimeType, content: file.content, sha256: file.sha256 };
}

/**
 * For F19 (the lead combines it with the cadres' half): the enterprise problems resolved in asOf's year up to
 * asOf (park days), in the caller's requests.read reach. A request counts when it was first resolved in that span
 * and stands resolved or confirmed at the end of asOf; one reopened and not resolved again by then does not.
 */
export async function resolvedRequestsInYear(ctx: ServiceContext, asOf: string): Promise<{ id: number; code: string; title: string; label: string }[]> {
  readScope(ctx.actor);
  const from = parkDayStart(`${asOf.slice(0, 4)}-01-01`);
  const before = new Date(parkDayStart(asOf).getTime() + 86_400_000);
  const rows = await repo.listResolvedBetween(ctx.db, ctx.actor.tenantId, reachesOf(ctx.actor).read, from, before);
  return rows.map((r) => {
    const code = requestCode(r.id, r.submittedAt);
    return { id: r.id, code, title: r.title, label: `${code} ${r.enterpriseName}：${r.title}` };
  });
}
