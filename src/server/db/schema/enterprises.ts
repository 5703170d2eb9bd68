import { bigint, boolean, date, foreignKey, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, ref, rowId, tenantId, updatedAt } from './common.ts';
import { tenants } from './tenants.ts';
import { orgs } from './orgs.ts';
import { users } from './users.ts';

/**
 * Host units keyed by 统一社会信用代码: enterprises and social organizations (unit_kind). `responsible_org_id` is
 * the org answerable for party work toward the unit (the two-new committee, a township committee…): scope
 * follows it, as it follows a place's org.
 */
export const enterprises = pgTable(
  'enterprises',
  {
    tenantId: tenantId(),
    id: rowId(),
    uscc: text('uscc').notNull(),
    /** enterprise | social_org */
    unitKind: text('unit_kind').notNull(),
    name: text('name').notNull(),
    address: text('address'),
    industry: text('industry'),
    /** Registered capital in 元 (yuan). */
    registeredCapital: bigint('registered_capital', { mode: 'number' }),
    employees: integer('employees'),
    foundedOn: date('founded_on', { mode: 'string' }),
    /** onboarding | active | closed */
    status: text('status').notNull(),
    responsibleOrgId: ref('responsible_org_id').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('enterprises_uscc_key').on(t.tenantId, t.uscc),
    index('enterprises_responsible_org_idx').on(t.tenantId, t.responsibleOrgId),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    foreignKey({ columns: [t.tenantId, t.responsibleOrgId], foreignColumns: [orgs.tenantId, orgs.id] }),
  ],
);

/** Contact people of a unit; the phone is personal data (encrypted, hashed, masked). */
export const enterpriseContacts = pgTable(
  'enterprise_contacts',
  {
    tenantId: tenantId(),
    id: rowId(),
    enterpriseId: ref('enterprise_id').notNull(),
    name: text('name').notNull(),
    title: text('title'),
    phoneEnc: text('phone_enc'),
    phoneHash: text('phone_hash'),
    phoneMasked: text('phone_masked'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('enterprise_contacts_enterprise_idx').on(t.tenantId, t.enterpriseId),
    foreignKey({ columns: [t.tenantId, t.enterpriseId], foreignColumns: [enterprises.tenantId, enterprises.id] }).onDelete('cascade'),
  ],
);

/**
 * Dated designations: above_scale, srdi_national, srdi_provincial, high_tech, innovative_sme, foreign_funded,
 * listed. valid_to exclusive, null while held.
 */
export const enterpriseDesignations = pgTable(
  'enterprise_designations',
  {
    tenantId: tenantId(),
    id: rowId(),
    enterpriseId: ref('enterprise_id').notNull(),
    designation: text('designation').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('enterprise_designations_enterprise_idx').on(t.tenantId, t.enterpriseId, t.validFrom),
    index('enterprise_designations_kind_idx').on(t.tenantId, t.designation, t.validFrom),
    foreignKey({ columns: [t.tenantId, t.enterpriseId], foreignColumns: [enterprises.tenantId, enterprises.id] }),
  ],
);

/** Which orgs cover which units, dated: an own org (hosted by the unit) or a joint branch over several. */
export const orgCoverage = pgTable(
  'org_coverage',
  {
    tenantId: tenantId(),
    id: rowId(),
    orgId: ref('org_id').notNull(),
    enterpriseId: ref('enterprise_id').notNull(),
    /** own | joint */
    kind: text('kind').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('org_coverage_enterprise_idx').on(t.tenantId, t.enterpriseId, t.validFrom),
    index('org_coverage_org_idx').on(t.tenantId, t.orgId),
    foreignKey({ columns: [t.tenantId, t.orgId], foreignColumns: [orgs.tenantId, orgs.id] }),
    foreignKey({ columns: [t.tenantId, t.enterpriseId], foreignColumns: [enterprises.tenantId, enterprises.id] }),
  ],
);

/** The park's coverage rule per category (above_scale, srdi, social_org): what counts as covered. */
export const coverageRules = pgTable(
  'coverage_rules',
  {
    tenantId: tenantId(),
    category: text('category').notNull(),
    /** An own or joint org counts. */
    countsOrg: boolean('counts_org').notNull().default(true),
    /** An assigned instructor counts. */
    countsInstructor: boolean('counts_instructor').notNull().default(true),
    /** Days without a guidance visit before an enterprise is flagged. */
    visitIntervalDays: integer('visit_interval_days').notNull().default(90),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.category] }), foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] })],
);

/** Dated assignment of an instructor (a user) to a unit: the instructor's relation scope. */
export const instructorAssignments = pgTable(
  'instructor_assignments',
  {
    tenantId: tenantId(),
    id: rowId(),
    instructorUserId: ref('instructor_user_id').notNull(),
    enterpriseId: ref('enterprise_id').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('instructor_assignments_user_idx').on(t.tenantId, t.instructorUserId),
    index('instructor_assignments_enterprise_idx').on(t.tenantId, t.enterpriseId, t.validFrom),
    foreignKey({ columns: [t.tenantId, t.instructorUserId], foreignColumns: [users.tenantId, users.id] }),
    foreignKey({ columns: [t.tenantId, t.enterpriseId], foreignColumns: [enterprises.tenantId, enterprises.id] }),
  ],
);

/** A logged guidance visit by an instructor. */
export const guidanceVisits = pgTable(
  'guidance_visits',
  {
    tenantId: tenantId(),
    id: rowId(),
    enterpriseId: ref('enterprise_id').notNull(),
    instructorUserId: ref('instructor_user_id').notNull(),
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    topics: text('topics').notNull(),
    findings: text('findings'),
    followUps: text('follow_ups'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('guidance_visits_enterprise_idx').on(t.tenantId, t.enterpriseId, t.visitedOn),
    foreignKey({ columns: [t.tenantId, t.enterpriseId], foreignColumns: [enterprises.tenantId, enterprises.id] }),
    foreignKey({ columns: [t.tenantId, t.instructorUserId], foreignColumns: [users.tenantId, users.id] }),
  ],
);
