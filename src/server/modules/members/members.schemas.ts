import { z } from 'zod';
import { asOfQuery, isoDate, pageOf, pageQuery } from '../../platform/paging.ts';

export const memberStatuses = ['full', 'probationary'] as const;
export type MemberStatus = (typeof memberStatuses)[number];
export const sexes = ['male', 'female'] as const;
export const startReasons = ['join', 'transfer_in'] as const;
/** How a period ends: transferred to another org in the park, or one of the ways of leaving it. */
export const endReasons = ['transfer_out', 'leave', 'death', 'expelled', 'other'] as const;
export const leaveReasons = ['leave', 'death', 'expelled', 'other'] as const;
export const revealFields = ['idNumber', 'phone'] as const;

const id = (what: string) => z.number().int().describe(what);

export const memberListItem = z.object({
  id: id('Member id'),
  name: z.string().describe('Name'),
  sex: z.enum(sexes).describe('Sex, derived from the ID number'),
  birthDate: z.string().describe('Birth date, derived from the ID number'),
  idNumberMasked: z.string().describe('ID number, masked (5110**********1234)'),
  phoneMasked: z.string().nullable().describe('Mobile number, masked (138****5678)'),
  status: z.enum(memberStatuses).describe('Status on the date read: full, or probationary before the conversion date'),
  joinedOn: z.string().describe('Date of joining the Party'),
  convertedOn: z.string().nullable().describe('Date of conversion to full membership'),
  post: z.string().nullable().describe('Post held in the org'),
  orgId: id('Org of the membership in force on the date read'),
  orgName: z.string().nullable().describe('That org\'s current name; null when the org lies outside the caller\'s org scope'),
});
export type MemberListItem = z.infer<typeof memberListItem>;

export const memberListView = pageOf(memberListItem);

export const membershipView = z.object({
  id: id('Membership period id'),
  orgId: id('Org of this period'),
  orgName: z.string().nullable().describe('That org\'s current name; null when the org lies outside the caller\'s org scope'),
  validFrom: z.string().describe('First day of the period'),
  validTo: z.string().nullable().describe('Day after the last day; null while current'),
  startReason: z.enum(startReasons).describe('join or transfer_in'),
  endReason: z.enum(endReasons).nullable().describe('transfer_out, leave, death, expelled, other; null while current'),
  note: z.string().nullable().describe('Notes recorded with the period'),
});

export const memberDetailView = z.object({
  id: id('Member id'),
  name: z.string().describe('Name'),
  namePinyin: z.string().describe('Name in pinyin, lower case, no tones ("zhangsan")'),
  sex: z.enum(sexes).describe('Sex, derived from the ID number'),
  ethnicity: z.string().nullable().describe('Ethnicity (民族)'),
  birthDate: z.string().describe('Birth date, derived from the ID number'),
  education: z.string().nullable().describe('Education (学历)'),
  idNumberMasked: z.string().describe('ID number, masked'),
  phoneMasked: z.string().nullable().describe('Mobile number, masked'),
  status: z.enum(memberStatuses).describe('Current status'),
  joinedOn: z.string().describe('Date of joining the Party'),
  convertedOn: z.string().nullable().describe('Date of conversion to full membership'),
  post: z.string().nullable().describe('Post held in the org'),
  householdId: z.number().int().nullable().describe('The member\'s household (a place of kind household)'),
  employerId: z.number().int().nullable().describe('The enterprise or social organization the member works at'),
  orgId: z.number().int().nullable().describe('Org of the current membership, or of the last one after leaving'),
  orgName: z.string().nullable().describe('That org\'s current name, when in the caller\'s org scope'),
  isCurrent: z.boolean().describe('Whether the member currently belongs to an org of the park (false after leaving)'),
  memberships: z.array(membershipView).describe('Membership periods, oldest first'),
});
export type MemberDetailView = z.infer<typeof memberDetailView>;

const name = z.string().trim().min(1).max(50).describe('Name');
const idNumber = z.string().trim().min(1).max(30).describe('ID number (18 characters, GB 11643); validated by checksum');
const phone = z.string().trim().min(1).max(30).describe('Mainland mobile number (11 digits, +86 allowed)');
const sex = z.enum(sexes).describe('Optional cross-check: must agree with the ID number');
const birthDate = isoDate.describe('Optional cross-check: must agree with the ID number');
const ethnicity = z.string().trim().min(1).max(20).describe('Ethnicity (民族)');
const education = z.string().trim().min(1).max(50).describe('Education (学历)');
const post = z.string().trim().min(1).max(100).describe('Post held in the org');
const householdId = z.number().int().positive().describe('The member\'s household (a place of kind household)');
const employerId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe('The enterprise or social organization the member works at (one the caller may see)');
const note = z.string().trim().max(500).optional().describe('Notes, for the history');
const positiveId = (what: string) => z.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe(what);

export const createMemberBody = z
  .object({
    name,
    idNumber,
    sex: sex.optional(),
    birthDate: birthDate.optional(),
    phone: phone.optional(),
    ethnicity: ethnicity.optional(),
    education: education.optional(),
    joinedOn: isoDate.describe('Date of joining the Party (not in the future)'),
    status: z.enum(memberStatuses).describe('full or probationary'),
    convertedOn: isoDate.optional().describe('Date of conversion to full membership; only for full members'),
    post: post.optional(),
    orgId: positiveId('The org the member belongs to'),
    householdId: householdId.optional(),
    employerId: employerId.optional(),
    startReason: z.enum(startReasons).optional().describe('join (default) or transfer_in (came from outside the park)'),
    validFrom: isoDate.optional().describe('First day in the org; defaults to the join date, or the org\'s founding date if later'),
  })
  .strict();
export type CreateMemberInput = z.infer<typeof createMemberBody>;

export const updateMemberBody = z
  .object({
    name: name.optional(),
    idNumber: idNumber.optional(),
    sex: sex.optional(),
    birthDate: birthDate.optional(),
    phone: phone.nullable().optional(),
    ethnicity: ethnicity.nullable().optional(),
    education: education.nullable().optional(),
    post: post.nullable().optional(),
    householdId: householdId.nullable().optional(),
    employerId: employerId.nullable().optional(),
    status: z.enum(memberStatuses).optional().describe('probationary → full needs convertedOn; full members cannot go back'),
    convertedOn: isoDate.nullable().optional().describe('Date of conversion to full membership'),
  })
  .strict();
export type UpdateMemberInput = z.infer<typeof updateMemberBody>;

const effectiveOn = isoDate.describe('The day the change takes effect (not in the future, not before the current period began)');

export const transferMemberBody = z.object({ toOrgId: positiveId('The org the member moves to'), effectiveOn, note }).strict();
export type TransferMemberInput = z.infer<typeof transferMemberBody>;

export const leaveMemberBody = z
  .object({ effectiveOn, reason: z.enum(leaveReasons).describe('leave, death, expelled or other'), note })
  .strict();
export type EndMembershipInput = z.infer<typeof leaveMemberBody>;

export const revealBody = z.object({ field: z.enum(revealFields).describe('Which value to show in full') }).strict();
export const revealView = z.object({
  field: z.enum(revealFields).describe('The field shown'),
  value: z.string().describe('The full value'),
});

export const listMembersQuery = z
  .object({
    orgId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().describe('Only members of this org and the orgs under it'),
    q: z.string().trim().max(100).optional().describe('Empty: no search. Chinese: name contains; letters: pinyin or initials start with; a full ID or mobile number, or the last 4 characters of either'),
    status: z.enum(memberStatuses).optional().describe('Only this status (on the date read)'),
    asOf: asOfQuery,
    ...pageQuery,
  })
  .strict();
export type ListMembersInput = z.infer<typeof listMembersQuery>;

export const countMembersQuery = z
  .object({
    orgId: listMembersQuery.shape.orgId,
    asOf: asOfQuery,
  })
  .strict();
export const countMembersView = z.object({
  count: z.number().int().describe('Members whose membership is in force on the date, in the org\'s subtree or the caller\'s scope'),
  asOf: z.string().describe('The date counted'),
});
