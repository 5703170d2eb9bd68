import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type ErrorDetail, type Locale, envelope } from './errors.ts';

export function localeOf(request: FastifyRequest): Locale {
  const header = request.headers['accept-language'];
  return typeof header === 'string' && /^en\b/i.test(header) ? 'en' : 'zh';
}

/** An issue as fastify-type-provider-zod hands it over: the zod issue's code as keyword, its path as instancePath. */
type ValidationIssue = { keyword?: string; instancePath?: string; message?: string; params?: { keys?: string[] } };

function issueToDetail(issue: ValidationIssue, part: string | undefined): ErrorDetail[] {
  const base = (issue.instancePath ?? '').split('/').filter(Boolean);
  if (issue.keyword === 'unrecognized_keys' && issue.params?.keys) {
    return issue.params.keys.map((k) => ({
      field: [...base, k].join('.'),
      message: `不允许的字段：${k}`,
      messageEn: `Unknown field: ${k}`,
    }));
  }
  const field = base.length ? base.join('.') : (part ?? 'body');
  return [{ field, message: `字段 ${field} 无效：${issue.message ?? ''}`, messageEn: `Field ${field} is invalid: ${issue.message ?? ''}` }];
}

/** Postgres error codes that mean the input, not the server, is wrong. */
const pgCodes: Record<string, ErrorCode> = {
  '23505': 'CONFLICT',
  '23503': 'RULE_VIOLATION',
  '22P02': 'VALIDATION_FAILED',
  '22007': 'VALIDATION_FAILED',
  '22008': 'VALIDATION_FAILED',
  '22003': 'VALIDATION_FAILED',
  '22001': 'VALIDATION_FAILED',
};

function pgCodeOf(error: unknown): string | undefined {
  let e: unknown = error;
  for (let i = 0; i < 4 && e && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The one handler: every error leaves as {"error": {code, message, details}}. */
export function handleError(error: FastifyError | AppError | Error, request: FastifyRequest, reply: FastifyReply) {
  const locale = localeOf(request);
  const send = (code: ErrorCode, details: ErrorDetail[] = [], status?: number) =>
    reply.status(status ?? envelopeStatus(code)).send(envelope(code, details, locale));

  if (error instanceof AppError) return send(error.code, error.details);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = (error as FastifyError).validationContext;
    const details = (error.validation as unknown as ValidationIssue[]).flatMap((i) => issueToDetail(i, part));
    return send('VALIDATION_FAILED', details);
  }
  if (isResponseSerializationError(error)) {
    request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
    return send('INTERNAL');
  }
  const fe = error as FastifyError;
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return send('MALFORMED_JSON', [{ field: 'body', message: '请求体不是合法的 JSON', messageEn: fe.message }]);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return send('BODY_TOO_LARGE', [{ field: 'body', message: '请求体超过大小上限', messageEn: 'The body exceeds the size limit' }]);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return send('UNSUPPORTED_MEDIA_TYPE', [{ field: 'content-type', message: '请使用 application/json', messageEn: 'Use application/json' }]);
  }
  if (error instanceof SyntaxError && fe.statusCode === 400) return send('MALFORMED_JSON', [{ field: 'body', message: '请求体不是合法的 JSON', messageEn: error.message }]);
  const pgCode = pgCodeOf(error);
  if (pgCode && pgCodes[pgCode]) {
    const constraint = (error as { constraint?: string; cause?: { constraint?: string } }).constraint ?? (error as { cause?: { constraint?: string } }).cause?.constraint;
    return send(pgCodes[pgCode], [{ field: constraint, message: '数据与现有记录或约束冲突', messageEn: 'The data conflicts with an existing record or constraint' }]);
  }
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return send('VALIDATION_FAILED', [{ message: fe.message, messageEn: fe.message }], fe.statusCode);
  }
  request.log.error({ err: error }, 'unhandled error');
  return send('INTERNAL');
}

function envelopeStatus(code: ErrorCode): number {
  return new AppError(code).status;
}
