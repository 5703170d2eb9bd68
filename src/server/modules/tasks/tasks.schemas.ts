import { z } from 'zod';
import { asOfQuery, isoDate } from '../../platform/paging.ts';
import { accountabilityDecisions, accountabilityReasons, accountabilityStatuses, redActions, reviewOutcomes, taskStatuses } from './tasks.rules.ts';

const id = (what: string) => z.number().int().describe(what);
const refId = (what: string) => z.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe(what);
const queryId = (what: string) => z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe(what);
const year = z.number().int().min(2000).max(2100);
const status = z.enum(taskStatuses);
const redAction = z.enum(redActions);

export const orgRef = z.object({ id: id('Org id'), name: z.string().describe('The org\'s current name') });

export const taskListView = z.object({
  id: id('Task list id'),
  orgId: id('The assigning org (the list lies in its scope)'),
  orgName: z.string().describe('That org\'s current name'),
  year: z.number().int().describe('The year the list is for'),
  title: z.string().describe('Title of the list'),
  itemCount: z.number().int().describe('Items on the list, at every level'),
});
export type TaskListView = z.infer<typeof taskListView>;

export const listTaskListsQuery = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100).optional().describe('Only lists of this year'),
    orgId: queryId('Only lists of orgs in this org\'s subtree').optional(),
  })
  .strict();
export const taskListsView = z.object({ items: z.array(taskListView).describe('The lists the caller reaches, latest year first') });

export const createTaskListBody = z
  .object({
    orgId: refId('The assigning org (e.g. the working committee); one list per org and year'),
    year: year.describe('The year the list is for'),
    title: z.string().trim().min(2).max(200).describe('Title of the list, e.g. 2025年度党建工作任务清单'),
  })
  .strict();
export type CreateTaskListInput = z.infer<typeof createTaskListBody>;

export const taskNodeView = z.object({
  id: id('Task item id'),
  listId: id('The list it is on'),
  parentId: z.number().int().nullable().describe('The parent item; null for a top-level item'),
  title: z.string().describe('What is to be done'),
  description: z.string().nullable().describe('Details'),
  redAction: redAction.describe('The Red Action served: fortress, leadGeese, navigation, enterpriseAid, momentum'),
  responsibleOrg: orgRef.describe('The org responsible (正向明责)'),
  leadMember: z.object({ id: id('Member id'), name: z.string().describe('Name') }).nullable().describe('The lead person, a member'),
  coOwners: z.array(orgRef).describe('Co-owner orgs'),
  dueOn: z.string().describe('Due date'),
  weight: z.number().int().describe('Weight among its siblings'),
  share: z.number().describe('Its weight as a percentage of its siblings\' weights (of the top level for top-level items)'),
  progress: z.number().describe('Progress on the date read, 0–100: a leaf\'s latest report; a parent\'s weighted mean of its children'),
  isLeaf: z.boolean().describe('True when the item has no children (only leaves take progress reports)'),
  status: status.describe('Status on the date read: open, submitted (for review), completed, failed'),
  isOverdue: z.boolean().describe('Past due on the date read and neither completed nor failed'),
  openAccountability: z.number().int().describe('Open accountability records'),
  decisionId: z.number().int().nullable().describe('The joint-meeting decision the item was made from'),
});
export type TaskNodeView = z.infer<typeof taskNodeView>;

export const taskListDetailView = taskListView.extend({
  asOf: z.string().describe('The date progress and status are read on'),
  progress: z.number().describe('The list\'s progress: the weighted mean of its top-level items'),
  items: z.array(taskNodeView).describe('The items the caller reaches, parents before children; roll-ups count every child'),
  counts: z.object({ open: z.number().int(), submitted: z.number().int(), completed: z.number().int(), failed: z.number().int(), overdue: z.number().int() }).describe('Items shown, by status on the date, and those overdue'),
});

export const readAsOfQuery = z.object({ asOf: asOfQuery }).strict();

const itemFields = {
  title: z.string().trim().min(2).max(200).describe('What is to be done'),
  description: z.string().trim().max(2000).nullable().optional().describe('Details'),
  redAction: redAction.describe('The Red Action served'),
  responsibleOrgId: refId('The responsible org: the list\'s org or an org in its subtree'),
  leadMemberId: refId('The lead person, a member the caller may read').nullable().optional(),
  coOwnerOrgIds: z.array(refId('A co-owner org in the list org\'s subtree')).max(20).optional().describe('Co-owner orgs'),
  dueOn: isoDate.describe('Due date'),
  weight: z.number().int().min(1).max(1000).describe('Weight among its siblings, 1–1000'),
};

export const createTaskItemBody = z
  .object({
    ...itemFields,
    parentId: refId('The parent item on the same list; omit for a top-level item').nullable().optional(),
    createdOn: isoDate.optional().describe('Day the item was put on the list (not in the future); today when omitted'),
  })
  .strict();
export type CreateTaskItemInput = z.infer<typeof createTaskItemBody>;

export const updateTaskItemBody = z
  .object({
    title: itemFields.title.optional(),
    description: itemFields.description,
    redAction: itemFields.redAction.optional(),
    responsibleOrgId: itemFields.responsibleOrgId.optional(),
    leadMemberId: itemFields.leadMemberId,
    coOwnerOrgIds: itemFields.coOwnerOrgIds,
    dueOn: itemFields.dueOn.optional(),
    weight: itemFields.weight.optional(),
  })
  .strict();
export type UpdateTaskItemInput = z.infer<typeof updateTaskItemBody>;

export const reportView = z.object({
  id: id('Report id'),
  reportedOn: z.string().describe('Day of the report'),
  progress: z.number().int().describe('Progress reported, 0–100'),
  note: z.string().nullable().describe('What was done'),
  byUserId: z.number().int().nullable().describe('Who reported; null for the platform itself'),
  byUserName: z.string().nullable().describe('Their display name'),
});

export const statusChangeView = z.object({
  fromStatus: status.nullable().describe('Status before; null when the item was put on the list'),
  toStatus: status.describe('Status after'),
  changedOn: z.string().describe('Day of the change'),
  note: z.string().nullable().describe('Review note or reason'),
  byUserName: z.string().nullable().describe('Who changed it'),
});

export const evidenceView = z.object({
  id: id('Evidence file id'),
  itemId: id('The item'),
  fileName: z.string().describe('File name'),
  mimeType: z.string().describe('Content type'),
  sizeBytes: z.number().int().describe('Size in bytes'),
  sha256: z.string().describe('SHA-256 of the content, hex'),
  uploadedOn: z.string().describe('Day uploaded'),
  byUserName: z.string().nullable().describe('Who uploaded it'),
});
export type EvidenceView = z.infer<typeof evidenceView>;

export const accountabilityView = z.object({
  id: id('Accountability record id'),
  itemId: id('The task item'),
  itemTitle: z.string().describe('Its title'),
  itemDueOn: z.string().describe('Its due date'),
  listId: id('Its list'),
  listYear: z.number().int().describe('The list\'s year'),
  responsibleOrg: orgRef.describe('The responsible org held to account'),
  reason: z.enum(accountabilityReasons).describe('overdue, or failed (the review found it not done)'),
  level: z.object({ code: z.string().describe('Level code'), name: z.string().describe('Level name'), rank: z.number().int().describe('Rank on the ladder, from 1') }).describe('The ladder level'),
  openedOn: z.string().describe('Day opened'),
  escalatedFromId: z.number().int().nullable().describe('The lower-level record this one escalated'),
  status: z.enum(accountabilityStatuses).describe('open, decided, or escalated (superseded by the next level)'),
  decision: z.enum(accountabilityDecisions).nullable().describe('upheld or waived, once decided'),
  decisionNote: z.string().nullable().describe('The decision\'s reasoning, or the escalation\'s'),
  closedOn: z.string().nullable().describe('Day decided or escalated'),
  closedByUserName: z.string().nullable().describe('Who decided or escalated'),
  mayDecide: z.boolean().describe('The record is open and the caller may decide or escalate it (tasks.write over the list\'s org)'),
});
export type AccountabilityView = z.infer<typeof accountabilityView>;

export const taskItemDetailView = taskNodeView.extend({
  asOf: z.string().describe('The date progress and status are read on'),
  list: z.object({ id: id('List id'), title: z.string().describe('List title'), year: z.number().int().describe('Year'), orgId: id('Assigning org') }).describe('The list'),
  currentStatus: status.describe('Status today'),
  createdOn: z.string().describe('Day the item was put on the list'),
  children: z.array(taskNodeView).describe('Direct children with their rolled-up progress and shares'),
  reports: z.array(reportView).describe('Progress reports, latest first'),
  statusHistory: z.array(statusChangeView).describe('Status changes, earliest first'),
  evidence: z.array(evidenceView).describe('Evidence files, latest first'),
  accountability: z.array(accountabilityView).describe('Accountability records of the item, open first'),
  decision: z.object({ id: id('Decision id'), content: z.string().describe('The decision'), meetingId: id('Meeting id'), meetingTitle: z.string().describe('Meeting title'), heldOn: z.string().describe('Meeting date') }).nullable().describe('The joint-meeting decision it came from'),
  mayManage: z.boolean().describe('The caller may edit and review it (tasks.write over the list\'s org)'),
  mayReport: z.boolean().describe('The caller may report progress, add evidence and submit (tasks.write over the responsible org)'),
});

export const reportProgressBody = z
  .object({
    progress: z.number().int().min(0).max(100).describe('Progress now, 0–100'),
    reportedOn: isoDate.describe('Day of the report: not before the item was put on the list, not in the future'),
    note: z.string().trim().max(2000).optional().describe('What was done'),
  })
  .strict();
export type ReportProgressInput = z.infer<typeof reportProgressBody>;

export const submitBody = z
  .object({
    submittedOn: isoDate.describe('Day submitted for review: not before the last status change, not in the future'),
    note: z.string().trim().max(2000).optional().describe('A word to the reviewer'),
  })
  .strict();

export const reviewBody = z
  .object({
    outcome: z.enum(reviewOutcomes).describe('completed, or failed (opens an accountability record)'),
    reviewedOn: isoDate.describe('Day of the review: not before the submission, not in the future'),
    note: z.string().trim().max(2000).optional().describe('The reviewer\'s note; required when failing'),
  })
  .strict();
export type ReviewInput = z.infer<typeof reviewBody>;

export const reopenBody = z
  .object({
    reopenedOn: isoDate.describe('Day reopened: not before the last status change, not in the future'),
    note: z.string().trim().min(1).max(2000).describe('Why the item is reopened or returned'),
  })
  .strict();

/** Base64 content of at most 2 MB (2,796,204 characters of base64). */
export const addEvidenceBody = z
  .object({
    fileName: z.string().trim().min(1).max(200).describe('File name, shown and used on download'),
    mimeType: z.string().trim().min(3).max(150).describe('Content type: PDF, JPEG, PNG, plain text, DOCX or XLSX'),
    contentBase64: z.string().min(4).max(2_796_204).describe('The file, base64-encoded; at most 2 MB decoded'),
  })
  .strict();
export type AddEvidenceInput = z.infer<typeof addEvidenceBody>;

export const idOnly = z.object({ id: id('Record id') });
export { year };
