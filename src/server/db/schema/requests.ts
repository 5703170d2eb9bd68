import { sql } from 'drizzle-orm';
import { bigint, boolean, check, customType, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, ref, rowId, tenantId, updatedAt } from './common.ts';
import { tenants } from './tenants.ts';
import { enterprises } from './enterprises.ts';
import { orgs } from './orgs.ts';
import { places } from './places.ts';
import { users } from './users.ts';
import { contactVisits } from './contacts.ts';

/** Raw bytes (PostgreSQL bytea) as a Node Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * The park's request categories (诉求类别): finance, land, energy, labour, orders, approvals, other by default,
 * each with its response deadline (hours to accept) and resolution deadline (days to resolve).
 */
export const requestCategories = pgTable(
  'request_categories',
  {
    tenantId: tenantId(),
    id: rowId(),
    code: text('code').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    responseHours: integer('response_hours').notNull(),
    resolutionDays: integer('resolution_days').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('request_categories_code_key').on(t.tenantId, t.code),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    check('request_categories_response_hours_check', sql`${t.responseHours} BETWEEN 1 AND 720`),
    check('request_categories_resolution_days_check', sql`${t.resolutionDays} BETWEEN 1 AND 365`),
  ],
);

/**
 * A problem raised by or for an enterprise (诉求, 百名干部进千企), and where it stands now. Its history is
 * request_events; the columns here are the current state and the timestamps the SLA is judged by.
 */
export const requests = pgTable(
  'requests',
  {
    tenantId: tenantId(),
    id: rowId(),
    enterpriseId: ref('enterprise_id').notNull(),
    categoryId: ref('category_id').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    /** enterprise_contact | cadre_visit | grid_worker | staff */
    source: text('source').notNull(),
    raisedByUserId: ref('raised_by_user_id'),
    /** The contact visit it was logged on (contacts module), for a request a cadre raised on a visit. */
    visitId: ref('visit_id'),
    placeId: ref('place_id'),
    /** submitted | accepted | assigned | in_progress | resolved | confirmed | rejected | reopened */
    status: text('status').notNull(),
    submittedAt: at('submitted_at').notNull(),
    acceptedAt: at('accepted_at'),
    firstResolvedAt: at('first_resolved_at'),
    resolvedAt: at('resolved_at'),
    closedAt: at('closed_at'),
    responseDueAt: at('response_due_at').notNull(),
    resolutionDueAt: at('resolution_due_at').notNull(),
    departmentOrgId: ref('department_org_id'),
    assigneeUserId: ref('assignee_user_id'),
    escalationLevel: integer('escalation_level').notNull().default(0),
    escalatedToOrgId: ref('escalated_to_org_id'),
    responseEscalatedAt: at('response_escalated_at'),
    resolutionEscalatedAt: at('resolution_escalated_at'),
    satisfaction: integer('satisfaction'),
    resolution: text('resolution'),
    rejectionReason: text('rejection_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('requests_enterprise_idx').on(t.tenantId, t.enterpriseId),
    index('requests_status_idx').on(t.tenantId, t.status),
    index('requests_department_idx').on(t.tenantId, t.departmentOrgId),
    index('requests_assignee_idx').on(t.tenantId, t.assigneeUserId),
    index('requests_raised_by_idx').on(t.tenantId, t.raisedByUserId),
    index('requests_submitted_idx').on(t.tenantId, t.submittedAt),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    foreignKey({ columns: [t.tenantId, t.enterpriseId], foreignColumns: [enterprises.tenantId, enterprises.id] }),
    foreignKey({ columns: [t.tenantId, t.categoryId], foreignColumns: [requestCategories.tenantId, requestCategories.id] }),
    foreignKey({ columns: [t.tenantId, t.raisedByUserId], foreignColumns: [users.tenantId, users.id] }),
    foreignKey({ columns: [t.tenantId, t.placeId], foreignColumns: [places.tenantId, places.id] }),
    foreignKey({ columns: [t.tenantId, t.departmentOrgId], foreignColumns: [orgs.tenantId, orgs.id] }),
    foreignKey({ columns: [t.tenantId, t.assigneeUserId], foreignColumns: [users.tenantId, users.id] }),
    foreignKey({ columns: [t.tenantId, t.escalatedToOrgId], foreignColumns: [orgs.tenantId, orgs.id] }),
    foreignKey({ columns: [t.tenantId, t.visitId], foreignColumns: [contactVisits.tenantId, contactVisits.id] }),
    check('requests_source_check', sql`${t.source} IN ('enterprise_contact', 'cadre_visit', 'grid_worker', 'staff')`),
    check('requests_status_check', sql`${t.status} IN ('submitted', 'accepted', 'assigned', 'in_progress', 'resolved', 'confirmed', 'rejected', 'reopened')`),
    check('requests_satisfaction_check', sql`${t.satisfaction} IS NULL OR ${t.satisfaction} BETWEEN 1 AND 5`),
    check('requests_escalation_level_check', sql`${t.escalationLevel} BETWEEN 0 AND 2`),
  ],
);

/** Every transition and escalation of a request, timed: the state as of any moment is the latest event before it. */
export const requestEvents = pgTable(
  'request_events',
  {
    tenantId: tenantId(),
    id: rowId(),
    requestId: ref('request_id').notNull(),
    /** transition | escalation */
    kind: text('kind').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    at: at('at').notNull(),
    actorUserId: ref('actor_user_id'),
    note: text('note'),
    departmentOrgId: ref('department_org_id'),
    assigneeUserId: ref('assignee_user_id'),
    escalatedToOrgId: ref('escalated_to_org_id'),
    satisfaction: integer('satisfaction'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('request_events_request_idx').on(t.tenantId, t.requestId, t.at),
    index('request_events_status_idx').on(t.tenantId, t.toStatus, t.at),
    foreignKey({ columns: [t.tenantId, t.requestId], foreignColumns: [requests.tenantId, requests.id] }),
    foreignKey({ columns: [t.tenantId, t.actorUserId], foreignColumns: [users.tenantId, users.id] }),
    check('request_events_kind_check', sql`${t.kind} IN ('transition', 'escalation')`),
  ],
);

/** A small file attached to a request, kept in the database with its checksum. */
export const requestAttachments = pgTable(
  'request_attachments',
  {
    tenantId: tenantId(),
    id: rowId(),
    requestId: ref('request_id').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedByUserId: ref('uploaded_by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('request_attachments_request_idx').on(t.tenantId, t.requestId),
    foreignKey({ columns: [t.tenantId, t.requestId], foreignColumns: [requests.tenantId, requests.id] }),
    foreignKey({ columns: [t.tenantId, t.uploadedByUserId], foreignColumns: [users.tenantId, users.id] }),
    check('request_attachments_size_check', sql`${t.sizeBytes} BETWEEN 0 AND 2097152`),
  ],
);
