import { z } from 'zod';

/**
 * Open311 GeoReport v2 (JSON only) over the requests: the field names are Open311's, snake_case, and times are
 * ISO 8601 with the park's zone. Extension attributes name the enterprise (`attribute[uscc]`).
 */
const dateTime = z.iso.datetime({ offset: true }).describe('ISO 8601 date and time with zone, e.g. 2025-03-01T00:00:00+08:00');

export const open311Service = z.object({
  service_code: z.string().describe('The category code'),
  service_name: z.string().describe('The category name'),
  description: z.string().describe('What the category covers, with its deadlines'),
  metadata: z.boolean().describe('Always false: no extra attributes beyond attribute[uscc]'),
  type: z.enum(['realtime', 'batch', 'blackbox']).describe('Always realtime: the request is recorded at once'),
  keywords: z.string().describe('Comma-separated keywords'),
  group: z.string().describe('The group of services'),
});
export const open311ServiceList = z.array(open311Service).describe('The park\'s active request categories');

export const open311Request = z.object({
  service_request_id: z.string().describe('The request id'),
  status: z.enum(['open', 'closed']).describe('open while handlers work on it; closed once resolved, confirmed or rejected'),
  status_notes: z.string().describe('The fine state (submitted, accepted, assigned, in_progress, resolved, confirmed, rejected, reopened) and its note'),
  service_name: z.string().describe('The category name'),
  service_code: z.string().describe('The category code'),
  description: z.string().describe('The problem'),
  agency_responsible: z.string().describe('The handling department, or the enterprise\'s responsible org until one is assigned'),
  service_notice: z.string().describe('Deadlines in words'),
  requested_datetime: z.string().describe('Submitted (ISO 8601 with zone)'),
  updated_datetime: z.string().describe('Last event (ISO 8601 with zone)'),
  expected_datetime: z.string().describe('Resolution deadline (ISO 8601 with zone)'),
  address: z.string().optional().describe('The enterprise\'s address, when known'),
});
export const open311RequestList = z.array(open311Request).describe('Matching requests, newest first, at most 1,000');

export const open311ListQuery = z
  .object({
    service_request_id: z.string().regex(/^\d+(,\d+)*$/, 'comma-separated ids').optional().describe('Only these requests (comma-separated ids); other filters are then ignored'),
    service_code: z.string().max(30).optional().describe('Only this category'),
    status: z.enum(['open', 'closed']).optional().describe('open or closed'),
    start_date: dateTime.optional().describe('Submitted at or after this time (ISO 8601 with zone); with no dates, the last 90 days'),
    end_date: dateTime.optional().describe('Submitted before this time (ISO 8601 with zone)'),
  })
  .strict();
export type Open311ListInput = z.infer<typeof open311ListQuery>;

export const open311CreateBody = z
  .object({
    service_code: z.string().max(30).describe('The category code (from services.json)'),
    description: z.string().trim().min(2).max(4000).describe('The problem in full'),
    'attribute[uscc]': z.string().trim().min(1).max(30).describe('The enterprise\'s 统一社会信用代码; it must lie in the caller\'s requests.write reach'),
    'attribute[title]': z.string().trim().min(2).max(100).optional().describe('The problem in a line; by default the description\'s start'),
  })
  .strict();
export type Open311CreateInput = z.infer<typeof open311CreateBody>;

export const open311Created = z
  .array(
    z.object({
      service_request_id: z.string().describe('The new request\'s id'),
      service_notice: z.string().describe('Deadlines in words'),
      account_id: z.string().nullable().describe('The account that raised it'),
    }),
  )
  .describe('The request created');

export const open311IdParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe('The request id') }).strict();

export const open311Errors = z.array(z.object({ code: z.number().int().describe('The HTTP status'), description: z.string().describe('What went wrong') })).describe('Open311 errors');
