import { sql } from 'drizzle-orm';
import { check, customType, date, foreignKey, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, ref, rowId, tenantId, updatedAt } from './common.ts';
import { tenants } from './tenants.ts';
import { orgs } from './orgs.ts';
import { members } from './members.ts';
import { users } from './users.ts';

/** Raw bytes (evidence files are small and kept with the records they prove, so a backup holds both). */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/** A year's party-building task list (党建任务清单), assigned by an org (the assigner); scope follows that org. */
export const taskLists = pgTable(
  'task_lists',
  {
    tenantId: tenantId(),
    id: rowId(),
    orgId: ref('org_id').notNull(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('task_lists_org_year_key').on(t.tenantId, t.orgId, t.year),
    index('task_lists_year_idx').on(t.tenantId, t.year),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    foreignKey({ columns: [t.tenantId, t.orgId], foreignColumns: [orgs.tenantId, orgs.id] }),
    check('task_lists_year_check', sql`${t.year} BETWEEN 2000 AND 2100`),
  ],
);

/** A joint meeting (党建联席会议) held by an org: attendees, agenda and decisions. */
export const jointMeetings = pgTable(
  'joint_meetings',
  {
    tenantId: tenantId(),
    id: rowId(),
    orgId: ref('org_id').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    location: text('location'),
    /** The agenda items, in order. */
    agenda: text('agenda').array().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('joint_meetings_org_idx').on(t.tenantId, t.orgId, t.heldOn),
    foreignKey({ columns: [t.tenantId, t.orgId], foreignColumns: [orgs.tenantId, orgs.id] }),
  ],
);

/** Who attended a joint meeting: a member of the park, or a named person or unit from outside it. */
export const jointMeetingAttendees = pgTable(
  'joint_meeting_attendees',
  {
    tenantId: tenantId(),
    id: rowId(),
    meetingId: ref('meeting_id').notNull(),
    memberId: ref('member_id'),
    name: text('name'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('joint_meeting_attendees_meeting_idx').on(t.tenantId, t.meetingId),
    foreignKey({ columns: [t.tenantId, t.meetingId], foreignColumns: [jointMeetings.tenantId, jointMeetings.id] }),
    foreignKey({ columns: [t.tenantId, t.memberId], foreignColumns: [members.tenantId, members.id] }),
    check('joint_meeting_attendees_who_check', sql`${t.memberId} IS NOT NULL OR ${t.name} IS NOT NULL`),
  ],
);

/** A decision taken at a joint meeting; task items can be made from it and remember it. */
export const jointMeetingDecisions = pgTable(
  'joint_meeting_decisions',
  {
    tenantId: tenantId(),
    id: rowId(),
    meetingId: ref('meeting_id').notNull(),
    seq: integer('seq').notNull(),
    content: text('content').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('joint_meeting_decisions_seq_key').on(t.tenantId, t.meetingId, t.seq),
    foreignKey({ columns: [t.tenantId, t.meetingId], foreignColumns: [jointMeetings.tenantId, jointMeetings.id] }),
  ],
);

/**
 * A task item on a list: a tree (parent_id). Leaves carry progress through dated reports; a parent's progress is
 * the weighted mean of its children's, computed on read and never stored. The status in force on a date is read
 * from task_status_changes; `status` here is the current one.
 */
export const taskItems = pgTable(
  'task_items',
  {
    tenantId: tenantId(),
    id: rowId(),
    listId: ref('list_id').notNull(),
    parentId: ref('parent_id'),
    title: text('title').notNull(),
    description: text('description'),
    /** fortress | leadGeese | navigation | enterpriseAid | momentum: the Red Action the item serves. */
    redAction: text('red_action').notNull(),
    responsibleOrgId: ref('responsible_org_id').notNull(),
    leadMemberId: ref('lead_member_id'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    weight: integer('weight').notNull(),
    /** open | submitted | completed | failed */
    status: text('status').notNull(),
    /** The joint-meeting decision the item was made from. */
    decisionId: ref('decision_id'),
    createdOn: date('created_on', { mode: 'string' }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('task_items_list_idx').on(t.tenantId, t.listId),
    index('task_items_parent_idx').on(t.tenantId, t.parentId),
    index('task_items_responsible_idx').on(t.tenantId, t.responsibleOrgId),
    index('task_items_due_idx').on(t.tenantId, t.dueOn),
    foreignKey({ columns: [t.tenantId, t.listId], foreignColumns: [taskLists.tenantId, taskLists.id] }),
    foreignKey({ columns: [t.tenantId, t.parentId], foreignColumns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.responsibleOrgId], foreignColumns: [orgs.tenantId, orgs.id] }),
    foreignKey({ columns: [t.tenantId, t.leadMemberId], foreignColumns: [members.tenantId, members.id] }),
    foreignKey({ columns: [t.tenantId, t.decisionId], foreignColumns: [jointMeetingDecisions.tenantId, jointMeetingDecisions.id] }),
    check('task_items_weight_check', sql`${t.weight} BETWEEN 1 AND 1000`),
    check('task_items_status_check', sql`${t.status} IN ('open', 'submitted', 'completed', 'failed')`),
  ],
);

/** Orgs that share an item (co-owners): they read it; the responsible org reports on it. */
export const taskItemCoOwners = pgTable(
  'task_item_co_owners',
  {
    tenantId: tenantId(),
    itemId: ref('item_id').notNull(),
    orgId: ref('org_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.itemId, t.orgId] }),
    index('task_item_co_owners_org_idx').on(t.tenantId, t.orgId),
    foreignKey({ columns: [t.tenantId, t.itemId], foreignColumns: [taskItems.tenantId, taskItems.id] }),
    foreignKey({ columns: [t.tenantId, t.orgId], foreignColumns: [orgs.tenantId, orgs.id] }),
  ],
);

/** A dated progress report on a leaf item: who, when, how far (0–100), and a note. */
export const taskProgressReports = pgTable(
  'task_progress_reports',
  {
    tenantId: tenantId(),
    id: rowId(),
    itemId: ref('item_id').notNull(),
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    progress: integer('progress').notNull(),
    note: text('note'),
    byUserId: ref('by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('task_progress_reports_item_idx').on(t.tenantId, t.itemId, t.reportedOn),
    foreignKey({ columns: [t.tenantId, t.itemId], foreignColumns: [taskItems.tenantId, taskItems.id] }),
    foreignKey({ columns: [t.tenantId, t.byUserId], foreignColumns: [users.tenantId, users.id] }),
    check('task_progress_reports_progress_check', sql`${t.progress} BETWEEN 0 AND 100`),
  ],
);

/** Every dated status change of an item (submitted, completed, failed, reopened): the status as of any date. */
export const taskStatusChanges = pgTable(
  'task_status_changes',
  {
    tenantId: tenantId(),
    id: rowId(),
    itemId: ref('item_id').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    changedOn: date('changed_on', { mode: 'string' }).notNull(),
    note: text('note'),
    byUserId: ref('by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('task_status_changes_item_idx').on(t.tenantId, t.itemId, t.changedOn),
    foreignKey({ columns: [t.tenantId, t.itemId], foreignColumns: [taskItems.tenantId, taskItems.id] }),
    foreignKey({ columns: [t.tenantId, t.byUserId], foreignColumns: [users.tenantId, users.id] }),
  ],
);

/** An evidence file of an item, kept in the database (small files only; see docs/tasks.md). */
export const taskEvidence = pgTable(
  'task_evidence',
  {
    tenantId: tenantId(),
    id: rowId(),
    itemId: ref('item_id').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedOn: date('uploaded_on', { mode: 'string' }).notNull(),
    byUserId: ref('by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('task_evidence_item_idx').on(t.tenantId, t.itemId),
    foreignKey({ columns: [t.tenantId, t.itemId], foreignColumns: [taskItems.tenantId, taskItems.id] }),
    foreignKey({ columns: [t.tenantId, t.byUserId], foreignColumns: [users.tenantId, users.id] }),
    check('task_evidence_size_check', sql`${t.sizeBytes} BETWEEN 1 AND 2097152`),
  ],
);

/** The park's accountability ladder (反向问责), lowest rank first; without rows the default ladder applies. */
export const accountabilityLevels = pgTable(
  'accountability_levels',
  {
    tenantId: tenantId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    rank: integer('rank').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.code] }),
    uniqueIndex('accountability_levels_rank_key').on(t.tenantId, t.rank),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    check('accountability_levels_rank_check', sql`${t.rank} >= 1`),
  ],
);

/**
 * An accountability record opened on an overdue or failed item, at a level of the ladder. Escalating closes it
 * and opens the next level's record (escalated_from_id); deciding (upheld / waived with a reason) closes it.
 */
export const accountabilityRecords = pgTable(
  'accountability_records',
  {
    tenantId: tenantId(),
    id: rowId(),
    itemId: ref('item_id').notNull(),
    /** overdue | failed */
    reason: text('reason').notNull(),
    levelCode: text('level_code').notNull(),
    levelName: text('level_name').notNull(),
    levelRank: integer('level_rank').notNull(),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    escalatedFromId: ref('escalated_from_id'),
    /** open | decided | escalated */
    status: text('status').notNull(),
    /** upheld | waived */
    decision: text('decision'),
    decisionNote: text('decision_note'),
    closedOn: date('closed_on', { mode: 'string' }),
    closedByUserId: ref('closed_by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    // One open record per item and reason: the sweep and the review cannot open a second one side by side.
    uniqueIndex('accountability_records_open_key').on(t.tenantId, t.itemId, t.reason).where(sql`status = 'open'`),
    index('accountability_records_item_idx').on(t.tenantId, t.itemId),
    index('accountability_records_status_idx').on(t.tenantId, t.status),
    foreignKey({ columns: [t.tenantId, t.itemId], foreignColumns: [taskItems.tenantId, taskItems.id] }),
    foreignKey({ columns: [t.tenantId, t.escalatedFromId], foreignColumns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.closedByUserId], foreignColumns: [users.tenantId, users.id] }),
    check('accountability_records_reason_check', sql`${t.reason} IN ('overdue', 'failed')`),
    check('accountability_records_status_check', sql`${t.status} IN ('open', 'decided', 'escalated')`),
    check('accountability_records_decision_check', sql`(${t.status} = 'decided') = (${t.decision} IS NOT NULL)`),
  ],
);
