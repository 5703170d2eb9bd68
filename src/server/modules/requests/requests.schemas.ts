import { z } from 'zod';
import { pageOf, pageQuery } from '../../platform/paging.ts';
import { attachmentMimeTypes, requestActions, requestSources, requestStatuses } from './requests.rules.ts';

const refId = (what: string) => z.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe(what);
const queryId = (what: string) => z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().describe(what);
const time = (what: string) => z.string().describe(`${what} (ISO 8601 with the park's zone, +08:00)`);
const status = z.enum(requestStatuses);
const flag = (what: string) => z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe(what);

export const categoryView = z.object({
  code: z.string().describe('Category code, unique in the park (finance, land, energy, labour, orders, approvals, other…)'),
  nameZh: z.string().describe('Chinese name'),
  nameEn: z.string().describe('English name'),
  responseHours: z.number().int().describe('Hours within which a request must be accepted'),
  resolutionDays: z.number().int().describe('Days within which a request must be resolved, from submission'),
  sortOrder: z.number().int().describe('Position in lists'),
  isActive: z.boolean().describe('Offered for new requests'),
});
export const categoryListView = z.object({ items: z.array(categoryView).describe('The park\'s categories, in order') });

export const categoryCodeParam = z.object({ code: z.string().regex(/^[a-z][a-z0-9_]{1,29}$/, 'lower-case letters, digits and _').describe('Category code') }).strict();

export const putCategoryBody = z
  .object({
    nameZh: z.string().trim().min(1).max(50).describe('Chinese name'),
    nameEn: z.string().trim().min(1).max(80).describe('English name'),
    responseHours: z.number().int().min(1).max(720).describe('Hours to accept (1–720)'),
    resolutionDays: z.number().int().min(1).max(365).describe('Days to resolve (1–365); the resolution deadline cannot come before the response deadline'),
    sortOrder: z.number().int().min(0).max(1000).optional().describe('Position in lists'),
    isActive: z.boolean().optional().describe('Offered for new requests (default true)'),
  })
  .strict();
export type PutCategoryInput = z.infer<typeof putCategoryBody>;

export const requestListItem = z.object({
  id: z.number().int().describe('Request id'),
  code: z.string().describe('Display code, SQ<year>-<id>'),
  title: z.string().describe('The problem in a line'),
  enterpriseId: z.number().int().describe('The enterprise the problem concerns'),
  enterpriseName: z.string().describe('Its name'),
  categoryCode: z.string().describe('Category code'),
  categoryName: z.string().describe('Category name (Chinese)'),
  categoryNameEn: z.string().describe('Category name (English)'),
  status: status.describe('submitted, accepted, assigned, in_progress, resolved, confirmed, rejected or reopened'),
  source: z.enum(requestSources).describe('Who raised it: enterprise_contact, cadre_visit, grid_worker or staff'),
  raisedByUserId: z.number().int().nullable().describe('The account that raised it'),
  raisedByName: z.string().nullable().describe('Its display name'),
  submittedAt: time('When it was submitted'),
  acceptedAt: time('When it was accepted').nullable(),
  resolvedAt: time('When it was last resolved').nullable(),
  closedAt: time('When it was confirmed or rejected').nullable(),
  responseDueAt: time('Response deadline'),
  resolutionDueAt: time('Resolution deadline'),
  departmentOrgId: z.number().int().nullable().describe('The handling department (an org)'),
  departmentName: z.string().nullable().describe('Its name'),
  assigneeUserId: z.number().int().nullable().describe('The person handling it'),
  assigneeName: z.string().nullable().describe('Their display name'),
  escalationLevel: z.number().int().describe('Times escalated for missed deadlines (0–2)'),
  escalatedToOrgId: z.number().int().nullable().describe('The org it was last escalated to'),
  escalatedToName: z.string().nullable().describe('Its name'),
  satisfaction: z.number().int().nullable().describe('The requester\'s satisfaction on confirmation, 1–5'),
  isResponseOverdue: z.boolean().describe('Not accepted past the response deadline'),
  isResolutionOverdue: z.boolean().describe('Still open past the resolution deadline'),
});
export type RequestListItem = z.infer<typeof requestListItem>;
export const requestListView = pageOf(requestListItem);

export const eventView = z.object({
  id: z.number().int().describe('Event id'),
  kind: z.enum(['transition', 'escalation']).describe('A state change, or an escalation for a missed deadline'),
  fromStatus: status.nullable().describe('State before; null for the submission'),
  toStatus: status.describe('State after (unchanged by an escalation)'),
  at: time('When'),
  actorUserId: z.number().int().nullable().describe('Who; null for the platform (escalation sweeps)'),
  actorName: z.string().nullable().describe('Their display name'),
  note: z.string().nullable().describe('Note, reason or resolution'),
  departmentOrgId: z.number().int().nullable().describe('For an assignment: the department'),
  departmentName: z.string().nullable().describe('Its name'),
  assigneeUserId: z.number().int().nullable().describe('For an assignment: the person'),
  assigneeName: z.string().nullable().describe('Their name'),
  escalatedToOrgId: z.number().int().nullable().describe('For an escalation: the org one level up'),
  escalatedToName: z.string().nullable().describe('Its name'),
  satisfaction: z.number().int().nullable().describe('For a confirmation: the satisfaction given'),
});

export const attachmentView = z.object({
  id: z.number().int().describe('Attachment id; download at /api/v1/request-attachments/{id}'),
  fileName: z.string().describe('File name'),
  mimeType: z.string().describe('Content type'),
  sizeBytes: z.number().int().describe('Size in bytes'),
  sha256: z.string().describe('SHA-256 of the content, hex'),
  uploadedByUserId: z.number().int().nullable().describe('Who attached it'),
  createdAt: time('When it was attached'),
});

export const requestDetailView = requestListItem.extend({
  description: z.string().describe('The problem in full'),
  visitId: z.number().int().nullable().describe('The contact visit it was logged on, if any'),
  placeId: z.number().int().nullable().describe('Where, if recorded'),
  resolution: z.string().nullable().describe('How it was resolved (the latest resolution)'),
  rejectionReason: z.string().nullable().describe('Why it was rejected'),
  events: z.array(eventView).describe('Every transition and escalation, earliest first'),
  attachments: z.array(attachmentView).describe('Attached files'),
  allowedActions: z.array(z.enum(requestActions)).describe('What the caller may do now'),
});
export type RequestDetailView = z.infer<typeof requestDetailView>;

export const listRequestsQuery = z
  .object({
    view: z.enum(['all', 'mine', 'handle']).default('all').describe('all: every request in reach; mine: raised by me or concerning my own enterprise; handle: open requests I may handle'),
    status: status.optional().describe('Only requests in this state'),
    categoryCode: z.string().max(30).optional().describe('Only this category'),
    enterpriseId: queryId('Only this enterprise\'s requests'),
    overdue: flag('true: only requests overdue now'),
    escalated: flag('true: only escalated requests; false: only those never escalated'),
    q: z.string().trim().min(1).max(100).optional().describe('Title, description or enterprise name contains'),
    ...pageQuery,
  })
  .strict();
export type ListRequestsInput = z.infer<typeof listRequestsQuery>;

export const attachmentInput = z
  .object({
    fileName: z.string().trim().min(1).max(200).describe('File name'),
    mimeType: z.enum(attachmentMimeTypes).describe('Content type: PDF, PNG, JPEG, plain text, Word or Excel'),
    contentBase64: z.string().min(1).max(700_000).describe('The content, base64 (at most 512 KiB decoded)'),
  })
  .strict();
export type AttachmentInput = z.infer<typeof attachmentInput>;

export const submitRequestBody = z
  .object({
    enterpriseId: refId('The enterprise the problem concerns; it must lie in the caller\'s requests.write reach'),
    categoryCode: z.string().max(30).describe('One of the park\'s active categories'),
    title: z.string().trim().min(2).max(100).describe('The problem in a line'),
    description: z.string().trim().min(2).max(4000).describe('The problem in full'),
    source: z.enum(requestSources).optional().describe('Who raised it; by default from the caller\'s role (enterprise contact, grid worker, cadre on a visit, else staff)'),
    visitId: refId('The contact visit it was logged on').optional(),
    placeId: refId('Where, a place of the park').optional(),
    attachments: z.array(attachmentInput).max(5).optional().describe('Up to five small files'),
  })
  .strict();
export type SubmitRequestInput = z.infer<typeof submitRequestBody>;

const note = z.string().trim().max(2000).optional().describe('A note for the timeline');
export const noteBody = z.object({ note }).strict();
export const assignBody = z
  .object({
    departmentOrgId: refId('The handling department, an org of the park').optional(),
    assigneeUserId: refId('The person in that department who handles it; must hold requests.handle over the department').optional(),
    note,
  })
  .strict();
export const resolveBody = z.object({ note: z.string().trim().max(2000).optional().describe('How the problem was resolved (required)') }).strict();
export const reasonBody = z.object({ reason: z.string().trim().max(2000).optional().describe('Why (required)') }).strict();
export const confirmBody = z
  .object({ satisfaction: z.number().int().optional().describe('Satisfaction, 1 (poor) to 5 (very good) (required)'), note })
  .strict();
export type TransitionInput = { note?: string; reason?: string; satisfaction?: number; departmentOrgId?: number; assigneeUserId?: number };

export const escalationView = z.object({ escalated: z.number().int().describe('Escalations recorded by this sweep') });

export const attachmentParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe('Attachment id') }).strict();

export const requestableQuery = z.object({ q: z.string().trim().min(1).max(100).optional().describe('Name or USCC contains') }).strict();
export const requestableView = z.object({
  items: z
    .array(z.object({ id: z.number().int().describe('Enterprise id'), name: z.string().describe('Its name'), uscc: z.string().describe('Its 统一社会信用代码') }))
    .describe('Enterprises the caller may raise requests for (at most 50)'),
});
