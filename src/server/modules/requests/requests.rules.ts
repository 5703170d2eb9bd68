/** The request (诉求) lifecycle, SLA deadlines and escalation: pure rules, no I/O. */

export const requestStatuses = ['submitted', 'accepted', 'assigned', 'in_progress', 'resolved', 'confirmed', 'rejected', 'reopened'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export const requestSources = ['enterprise_contact', 'cadre_visit', 'grid_worker', 'staff'] as const;
export type RequestSource = (typeof requestSources)[number];

/** The handler's actions (requests.handle) and the requester's (requests.write). */
export const handlerActions = ['accept', 'assign', 'start', 'resolve', 'reject'] as const;
export const requesterActions = ['confirm', 'reopen'] as const;
export const requestActions = [...handlerActions, ...requesterActions] as const;
export type RequestAction = (typeof requestActions)[number];

/**
 * Which states an action may start from, and where it leads. Assigning again (to another department or person)
 * is allowed until the request is resolved; a reopened request is assigned anew or taken straight back into work.
 */
export const transitions: Record<RequestAction, { from: readonly RequestStatus[]; to: RequestStatus }> = {
  accept: { from: ['submitted'], to: 'accepted' },
  assign: { from: ['accepted', 'assigned', 'in_progress', 'reopened'], to: 'assigned' },
  start: { from: ['assigned', 'reopened'], to: 'in_progress' },
  resolve: { from: ['in_progress'], to: 'resolved' },
  reject: { from: ['submitted', 'accepted', 'assigned', 'in_progress', 'reopened'], to: 'rejected' },
  confirm: { from: ['resolved'], to: 'confirmed' },
  reopen: { from: ['resolved'], to: 'reopened' },
};

export function isHandlerAction(action: RequestAction): boolean {
  return (handlerActions as readonly string[]).includes(action);
}

/** The state an action leads to from `from`, or null when the action is not allowed there (409). */
export function nextStatus(from: RequestStatus, action: RequestAction): RequestStatus | null {
  const t = transitions[action];
  return t.from.includes(from) ? t.to : null;
}

/** The actions allowed from a state, in lifecycle order. */
export function actionsFrom(status: RequestStatus): RequestAction[] {
  return requestActions.filter((a) => transitions[a].from.includes(status));
}

/** What an action must carry besides its state (422 naming the field when missing). */
export type ActionInput = { note?: string | null; reason?: string | null; satisfaction?: number | null; departmentOrgId?: number | null };
export type MissingField = { field: string; message: string; messageEn: string };

export function missingForAction(action: RequestAction, input: ActionInput): MissingField | null {
  const blank = (s: string | null | undefined) => s === undefined || s === null || s.trim() === '';
  if ((action === 'reject' || action === 'reopen') && blank(input.reason)) {
    return { field: 'reason', message: action === 'reject' ? '退回诉求须说明理由' : '重新打开诉求须说明理由', messageEn: 'A reason is required' };
  }
  if (action === 'resolve' && blank(input.note)) return { field: 'note', message: '办结须说明办理结果', messageEn: 'Say how the request was resolved' };
  if (action === 'assign' && (input.departmentOrgId === undefined || input.departmentOrgId === null)) {
    return { field: 'departmentOrgId', message: '须指定承办部门', messageEn: 'Name the handling department' };
  }
  if (action === 'confirm') {
    const s = input.satisfaction;
    if (s === undefined || s === null || !Number.isInteger(s) || s < 1 || s > 5) return { field: 'satisfaction', message: '满意度须为 1–5 分', messageEn: 'Satisfaction must be 1 to 5' };
  }
  return null;
}

/** States in which the problem still waits on the handlers. */
export const openStatuses: readonly RequestStatus[] = ['submitted', 'accepted', 'assigned', 'in_progress', 'reopened'];
/** States in which the request is over: resolved and confirmed, or rejected. */
export const terminalStatuses: readonly RequestStatus[] = ['confirmed', 'rejected'];

/** Open311 says open or closed; a resolved request is closed there (the fine state goes in status_notes). */
export function open311Status(status: RequestStatus): 'open' | 'closed' {
  return openStatuses.includes(status) ? 'open' : 'closed';
}

const hourMs = 3_600_000;

/** The response deadline (accept within the category's hours) and the resolution deadline (resolve within its days). */
export function deadlines(submittedAt: Date, category: { responseHours: number; resolutionDays: number }) {
  return {
    responseDueAt: new Date(submittedAt.getTime() + category.responseHours * hourMs),
    resolutionDueAt: new Date(submittedAt.getTime() + category.resolutionDays * 24 * hourMs),
  };
}

export type SlaState = {
  status: RequestStatus;
  responseDueAt: Date;
  resolutionDueAt: Date;
  responseEscalatedAt: Date | null;
  resolutionEscalatedAt: Date | null;
};

/** Overdue for response: still not accepted after the response deadline. */
export function isResponseOverdue(r: SlaState, now: Date): boolean {
  return r.status === 'submitted' && now.getTime() > r.responseDueAt.getTime();
}

/** Overdue for resolution: still open (not resolved, confirmed or rejected) after the resolution deadline. */
export function isResolutionOverdue(r: SlaState, now: Date): boolean {
  return openStatuses.includes(r.status) && now.getTime() > r.resolutionDueAt.getTime();
}

/**
 * The escalations a sweep at `now` owes the request, in order: each overdue kind escalates once, so a sweep
 * repeated at the same or a later time changes nothing more (the sweep is idempotent).
 */
export function dueEscalations(r: SlaState, now: Date): ('response' | 'resolution')[] {
  const due: ('response' | 'resolution')[] = [];
  if (isResponseOverdue(r, now) && r.responseEscalatedAt === null) due.push('response');
  if (isResolutionOverdue(r, now) && r.resolutionEscalatedAt === null) due.push('resolution');
  return due;
}

/** The seven default categories a new park starts with. */
export const defaultCategories: readonly { code: string; nameZh: string; nameEn: string; responseHours: number; resolutionDays: number }[] = [
  { code: 'finance', nameZh: '融资需求', nameEn: 'Finance', responseHours: 24, resolutionDays: 30 },
  { code: 'land', nameZh: '用地保障', nameEn: 'Land', responseHours: 48, resolutionDays: 60 },
  { code: 'energy', nameZh: '水电气供应', nameEn: 'Energy and utilities', responseHours: 24, resolutionDays: 15 },
  { code: 'labour', nameZh: '用工招聘', nameEn: 'Labour', responseHours: 48, resolutionDays: 30 },
  { code: 'orders', nameZh: '订单市场', nameEn: 'Orders and markets', responseHours: 48, resolutionDays: 45 },
  { code: 'approvals', nameZh: '审批办证', nameEn: 'Approvals and permits', responseHours: 24, resolutionDays: 20 },
  { code: 'other', nameZh: '其他', nameEn: 'Other', responseHours: 48, resolutionDays: 30 },
];

export const requestStatusNames: Record<RequestStatus, { zh: string; en: string }> = {
  submitted: { zh: '已提交', en: 'Submitted' },
  accepted: { zh: '已受理', en: 'Accepted' },
  assigned: { zh: '已交办', en: 'Assigned' },
  in_progress: { zh: '办理中', en: 'In progress' },
  resolved: { zh: '已办结', en: 'Resolved' },
  confirmed: { zh: '已评价', en: 'Confirmed' },
  rejected: { zh: '已退回', en: 'Rejected' },
  reopened: { zh: '已重新打开', en: 'Reopened' },
};

/** Attachments: small files only, of these types. */
export const maxAttachmentBytes = 512 * 1024;
export const attachmentMimeTypes = ['application/pdf', 'image/png', 'image/jpeg', 'text/plain', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] as const;

/** The request's display code: SQ + the year submitted (park time) + the id, e.g. SQ2025-000123. */
export function requestCode(id: number, submittedAt: Date): string {
  const year = new Date(submittedAt.getTime() + 8 * hourMs).getUTCFullYear();
  return `SQ${year}-${String(id).padStart(6, '0')}`;
}

/** The park's (UTC+8) instant a calendar day starts, for date filters. */
export function parkDayStart(isoDate: string): Date {
  return new Date(Date.parse(`${isoDate}T00:00:00+08:00`));
}
