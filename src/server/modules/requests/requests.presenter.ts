import type { z } from 'zod';
import type { AttachmentMeta, CategoryRow, EventRow } from './request-records.repository.ts';
import type { RequestWithNames } from './requests.repository.ts';
import { type RequestAction, type RequestSource, type RequestStatus, isResolutionOverdue, isResponseOverdue, requestCode } from './requests.rules.ts';
import type { RequestDetailView, RequestListItem, attachmentView, categoryView, eventView } from './requests.schemas.ts';

/** An instant in the park's zone with its offset, as ISO 8601 (2025-03-01T10:00:00+08:00). */
export function parkTime(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, '+08:00');
}
const parkTimeOrNull = (d: Date | null) => (d ? parkTime(d) : null);

export function presentCategory(row: CategoryRow): z.infer<typeof categoryView> {
  return { code: row.code, nameZh: row.nameZh, nameEn: row.nameEn, responseHours: row.responseHours, resolutionDays: row.resolutionDays, sortOrder: row.sortOrder, isActive: row.isActive };
}

/** `now`: the instant overdue is judged at. */
export function presentRequest(row: RequestWithNames, now: Date): RequestListItem {
  const sla = { ...row, status: row.status as RequestStatus };
  return {
    id: row.id,
    code: requestCode(row.id, row.submittedAt),
    title: row.title,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    categoryCode: row.categoryCode,
    categoryName: row.categoryNameZh,
    categoryNameEn: row.categoryNameEn,
    status: row.status as RequestStatus,
    source: row.source as RequestSource,
    raisedByUserId: row.raisedByUserId,
    raisedByName: row.raisedByName,
    submittedAt: parkTime(row.submittedAt),
    acceptedAt: parkTimeOrNull(row.acceptedAt),
    resolvedAt: parkTimeOrNull(row.resolvedAt),
    closedAt: parkTimeOrNull(row.closedAt),
    responseDueAt: parkTime(row.responseDueAt),
    resolutionDueAt: parkTime(row.resolutionDueAt),
    departmentOrgId: row.departmentOrgId,
    departmentName: row.departmentName,
    assigneeUserId: row.assigneeUserId,
    assigneeName: row.assigneeName,
    escalationLevel: row.escalationLevel,
    escalatedToOrgId: row.escalatedToOrgId,
    escalatedToName: row.escalatedToName,
    satisfaction: row.satisfaction,
    isResponseOverdue: isResponseOverdue(sla, now),
    isResolutionOverdue: isResolutionOverdue(sla, now),
  };
}

export function presentEvent(row: EventRow): z.infer<typeof eventView> {
  return {
    id: row.id,
    kind: row.kind as 'transition' | 'escalation',
    fromStatus: row.fromStatus as RequestStatus | null,
    toStatus: row.toStatus as RequestStatus,
    at: parkTime(row.at),
    actorUserId: row.actorUserId,
    actorName: row.actorName,
    note: row.note,
    departmentOrgId: row.departmentOrgId,
    departmentName: row.departmentName,
    assigneeUserId: row.assigneeUserId,
    assigneeName: row.assigneeName,
    escalatedToOrgId: row.escalatedToOrgId,
    escalatedToName: row.escalatedToName,
    satisfaction: row.satisfaction,
  };
}

export function presentAttachment(row: AttachmentMeta): z.infer<typeof attachmentView> {
  return { id: row.id, fileName: row.fileName, mimeType: row.mimeType, sizeBytes: row.sizeBytes, sha256: row.sha256, uploadedByUserId: row.uploadedByUserId, createdAt: parkTime(row.createdAt) };
}

export function presentDetail(
  row: RequestWithNames,
  parts: { events: EventRow[]; attachments: AttachmentMeta[]; allowedActions: RequestAction[] },
  now: Date,
): RequestDetailView {
  return {
    ...presentRequest(row, now),
    description: row.description,
    visitId: row.visitId,
    placeId: row.placeId,
    resolution: row.resolution,
    rejectionReason: row.rejectionReason,
    events: parts.events.map(presentEvent),
    attachments: parts.attachments.map(presentAttachment),
    allowedActions: parts.allowedActions,
  };
}
