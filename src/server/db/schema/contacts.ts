import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, ref, rowId, tenantId } from './common.ts';
import { tenants } from './tenants.ts';
import { users } from './users.ts';
import { orgs } from './orgs.ts';
import { enterprises } from './enterprises.ts';
import { places } from './places.ts';
import { members } from './members.ts';

/**
 * 双联系: one dated contact link of a kind. Which columns a kind uses (the check constraint holds them to it):
 * leader_org — a park leader (user) → a contact point (org); department_enterprise — a department org → an
 * enterprise; cadre_enterprise — a cadre (user) → an enterprise (百名干部进千企, the cadre's relation scope);
 * org_place — an enterprise party org → a community or compound (place); secondment (双向挂职) — a person
 * seconded between a department org and an enterprise, in `direction`. `valid_to` is exclusive.
 */
export const contactLinks = pgTable(
  'contact_links',
  {
    tenantId: tenantId(),
    id: rowId(),
    kind: text('kind').notNull(),
    userId: ref('user_id'),
    orgId: ref('org_id'),
    enterpriseId: ref('enterprise_id'),
    placeId: ref('place_id'),
    /** Secondments: who is seconded (a member of the park when known, by name always). */
    memberId: ref('member_id'),
    personName: text('person_name'),
    /** Secondments: to_enterprise (department → enterprise) | to_department (enterprise → department). */
    direction: text('direction'),
    note: text('note'),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('contact_links_kind_idx').on(t.tenantId, t.kind, t.validFrom),
    index('contact_links_user_idx').on(t.tenantId, t.userId),
    index('contact_links_org_idx').on(t.tenantId, t.orgId),
    index('contact_links_enterprise_idx').on(t.tenantId, t.enterpriseId),
    index('contact_links_place_idx').on(t.tenantId, t.placeId),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    foreignKey({ columns: [t.tenantId, t.userId], foreignColumns: [users.tenantId, users.id] }),
    foreignKey({ columns: [t.tenantId, t.orgId], foreignColumns: [orgs.tenantId, orgs.id] }),
    foreignKey({ columns: [t.tenantId, t.enterpriseId], foreignColumns: [enterprises.tenantId, enterprises.id] }),
    foreignKey({ columns: [t.tenantId, t.placeId], foreignColumns: [places.tenantId, places.id] }),
    foreignKey({ columns: [t.tenantId, t.memberId], foreignColumns: [members.tenantId, members.id] }),
    check('contact_links_period_check', sql`${t.validTo} IS NULL OR ${t.validTo} > ${t.validFrom}`),
    check(
      'contact_links_shape_check',
      sql`(${t.kind} = 'leader_org' AND ${t.userId} IS NOT NULL AND ${t.orgId} IS NOT NULL AND ${t.enterpriseId} IS NULL AND ${t.placeId} IS NULL)
        OR (${t.kind} = 'department_enterprise' AND ${t.userId} IS NULL AND ${t.orgId} IS NOT NULL AND ${t.enterpriseId} IS NOT NULL AND ${t.placeId} IS NULL)
        OR (${t.kind} = 'cadre_enterprise' AND ${t.userId} IS NOT NULL AND ${t.orgId} IS NULL AND ${t.enterpriseId} IS NOT NULL AND ${t.placeId} IS NULL)
        OR (${t.kind} = 'org_place' AND ${t.userId} IS NULL AND ${t.orgId} IS NOT NULL AND ${t.enterpriseId} IS NULL AND ${t.placeId} IS NOT NULL)
        OR (${t.kind} = 'secondment' AND ${t.userId} IS NULL AND ${t.orgId} IS NOT NULL AND ${t.enterpriseId} IS NOT NULL AND ${t.placeId} IS NULL
          AND ${t.personName} IS NOT NULL AND ${t.direction} IN ('to_enterprise', 'to_department'))`,
    ),
  ],
);

/** A visit logged by a cadre (the visitor is the user who logged it): to an enterprise or a place, optionally under a link. */
export const contactVisits = pgTable(
  'contact_visits',
  {
    tenantId: tenantId(),
    id: rowId(),
    visitorUserId: ref('visitor_user_id').notNull(),
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    enterpriseId: ref('enterprise_id'),
    placeId: ref('place_id'),
    linkId: ref('link_id'),
    peopleMet: text('people_met').notNull(),
    findings: text('findings').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('contact_visits_visitor_idx').on(t.tenantId, t.visitorUserId, t.visitedOn),
    index('contact_visits_enterprise_idx').on(t.tenantId, t.enterpriseId, t.visitedOn),
    index('contact_visits_place_idx').on(t.tenantId, t.placeId, t.visitedOn),
    index('contact_visits_link_idx').on(t.tenantId, t.linkId, t.visitedOn),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    foreignKey({ columns: [t.tenantId, t.visitorUserId], foreignColumns: [users.tenantId, users.id] }),
    foreignKey({ columns: [t.tenantId, t.enterpriseId], foreignColumns: [enterprises.tenantId, enterprises.id] }),
    foreignKey({ columns: [t.tenantId, t.placeId], foreignColumns: [places.tenantId, places.id] }),
    foreignKey({ columns: [t.tenantId, t.linkId], foreignColumns: [contactLinks.tenantId, contactLinks.id] }),
    check('contact_visits_target_check', sql`(${t.enterpriseId} IS NULL) <> (${t.placeId} IS NULL)`),
  ],
);

/** Per link kind, the days without a visit after which a link in force is flagged (null: not watched). */
export const contactSettings = pgTable(
  'contact_settings',
  {
    tenantId: tenantId(),
    kind: text('kind').notNull(),
    staleAfterDays: integer('stale_after_days'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.kind] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    check('contact_settings_days_check', sql`${t.staleAfterDays} IS NULL OR ${t.staleAfterDays} BETWEEN 1 AND 3650`),
  ],
);
