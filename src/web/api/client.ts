/**
 * The one request layer: typed by the generated `paths`, same-origin cookies, the interface language sent as
 * Accept-Language, the error envelope turned into an ApiError, and a 401 handed to the session so the user
 * lands on the login page.
 */
import createClient from 'openapi-fetch';
import type { paths } from './schema.d.ts';

export type FieldError = { field?: string; message: string };

/** An error the API answered with: stable code, a message in the interface language, the fields at fault. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: FieldError[];
  constructor(status: number, code: string, message: string, details: FieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

let acceptLanguage = 'zh-CN';
let onUnauthenticated: () => void = () => {};

/** Set by the locale provider whenever the interface language changes. */
export function setApiLanguage(language: string) {
  acceptLanguage = language;
}

/** Set by the session provider: what to do when the server says the session is gone. */
export function setUnauthenticatedHandler(handler: () => void) {
  onUnauthenticated = handler;
}

export const api = createClient<paths>({ credentials: 'same-origin' });

api.use({
  onRequest({ request }) {
    request.headers.set('Accept-Language', acceptLanguage);
    return request;
  },
  onResponse({ request, response }) {
    // A failed login is a 401 too; only a lost session should send the user back to the login page.
    if (response.status === 401 && !new URL(request.url).pathname.endsWith('/auth/login')) onUnauthenticated();
    return response;
  },
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Reads the envelope {"error": {code, message, details}}; anything else becomes a generic HTTP error. */
export function toApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  if (!error || typeof error.code !== 'string') return new ApiError(status, 'HTTP_ERROR', `HTTP ${status}`);
  const details: FieldError[] = Array.isArray(error.details)
    ? error.details.filter(isRecord).map((d) => ({
        field: typeof d.field === 'string' ? d.field : undefined,
        message: typeof d.message === 'string' ? d.message : '',
      }))
    : [];
  return new ApiError(status, error.code, typeof error.message === 'string' ? error.message : error.code, details);
}

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** Awaits an api call and returns its data, or throws the ApiError the server answered with. */
export async function call<T>(pending: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await pending;
  if (!response.ok) throw toApiError(response.status, error);
  if (data === undefined) throw new ApiError(response.status, 'EMPTY_RESPONSE', `HTTP ${response.status}: empty response`);
  return data;
}

/** For calls that answer 204 No Content. */
export async function callNoContent(pending: Promise<Answer<unknown>>): Promise<void> {
  const { error, response } = await pending;
  if (!response.ok) throw toApiError(response.status, error);
}
