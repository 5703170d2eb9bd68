/** The one catalogue of error codes: status and messages in Chinese and English. */
export const errorCatalogue = {
  VALIDATION_FAILED: { status: 400, zh: '请求内容有误', en: 'The request is invalid' },
  MALFORMED_JSON: { status: 400, zh: '请求体不是合法的 JSON', en: 'The request body is not valid JSON' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please log in' },
  INVALID_CREDENTIALS: {
    status: 401,
    zh: '用户名或密码错误；连续多次失败后账户将被临时锁定',
    en: 'Wrong username or password; repeated failures lock the account for a while',
  },
  PASSWORD_CHANGE_REQUIRED: { status: 403, zh: '请先修改初始密码', en: 'Change your initial password first' },
  FORBIDDEN: { status: 403, zh: '没有执行此操作的权限', en: 'You may not do this' },
  NOT_FOUND: { status: 404, zh: '未找到该记录', en: 'Not found' },
  ROUTE_NOT_FOUND: { status: 404, zh: '接口不存在', en: 'No such endpoint' },
  CONFLICT: { status: 409, zh: '与现有记录冲突', en: 'Conflicts with an existing record' },
  BODY_TOO_LARGE: { status: 413, zh: '请求体过大', en: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型', en: 'Unsupported content type' },
  RULE_VIOLATION: { status: 422, zh: '不符合业务规则', en: 'Breaks a business rule' },
  WEAK_PASSWORD: { status: 422, zh: '密码不符合安全策略', en: 'The password does not meet the policy' },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁', en: 'Too many requests' },
  INTERNAL: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

export type ErrorDetail = { field?: string; message: string; messageEn?: string; [key: string]: unknown };

/** Thrown by services and policies; the one error handler turns it into the envelope. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[];
  constructor(code: ErrorCode, details: ErrorDetail[] = [], message?: string) {
    super(message ?? errorCatalogue[code].en);
    this.code = code;
    this.details = details;
  }
  get status(): number {
    return errorCatalogue[this.code].status;
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const forbidden = () => new AppError('FORBIDDEN');
/** A field-level validation failure raised by a service (e.g. a bad ID-number checksum). */
export const invalidField = (field: string, message: string, messageEn?: string) =>
  new AppError('VALIDATION_FAILED', [{ field, message, messageEn }]);
export const ruleViolation = (field: string | undefined, message: string, messageEn?: string) =>
  new AppError('RULE_VIOLATION', [{ field, message, messageEn }]);
export const conflict = (field: string | undefined, message: string, messageEn?: string) =>
  new AppError('CONFLICT', [{ field, message, messageEn }]);

export type Locale = 'zh' | 'en';

export function envelope(code: ErrorCode, details: ErrorDetail[], locale: Locale) {
  const entry = errorCatalogue[code];
  return {
    error: {
      code,
      message: locale === 'en' ? entry.en : entry.zh,
      details: details.map((d) =>
        locale === 'en' && d.messageEn ? { ...d, message: d.messageEn, messageEn: undefined } : { ...d, messageEn: undefined },
      ),
    },
  };
}
