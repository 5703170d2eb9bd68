/** The requests API's shapes, from the generated client types. */
import type { BodyOf, ResponseOf } from '../../../api/types.ts';

export type RequestListItem = ResponseOf<'/api/v1/requests', 'get'>['items'][number];
export type RequestDetail = ResponseOf<'/api/v1/requests/{id}', 'get'>;
export type RequestStatus = RequestListItem['status'];
export type RequestAction = RequestDetail['allowedActions'][number];
export type RequestEvent = RequestDetail['events'][number];
export type RequestCategory = ResponseOf<'/api/v1/request-categories', 'get'>['items'][number];
export type SubmitRequestBody = BodyOf<'/api/v1/requests', 'post'>;
export type AttachmentBody = NonNullable<SubmitRequestBody['attachments']>[number];

export const requestStatuses: RequestStatus[] = ['submitted', 'accepted', 'assigned', 'in_progress', 'resolved', 'confirmed', 'rejected', 'reopened'];
export const statusColors: Record<RequestStatus, string> = {
  submitted: 'blue',
  accepted: 'cyan',
  assigned: 'geekblue',
  in_progress: 'processing',
  resolved: 'green',
  confirmed: 'success',
  rejected: 'default',
  reopened: 'orange',
};
export const mimeTypes: AttachmentBody['mimeType'][] = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];
/** Times come zoned (+08:00); the park reads them to the minute. */
export function parkMinute(iso: string | null): string {
  return iso ? iso.slice(0, 16).replace('T', ' ') : '—';
}
