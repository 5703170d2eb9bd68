import { boolean, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, ref, rowId, tenantId, updatedAt } from './common.ts';
import { tenants } from './tenants.ts';
import { orgs } from './orgs.ts';

export const users = pgTable(
  'users',
  {
    tenantId: tenantId(),
    id: rowId(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    isDisabled: boolean('is_disabled').notNull().default(false),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
    locale: text('locale').notNull().default('zh-CN'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('users_username_key').on(t.tenantId, t.username),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
  ],
);

export const roleAssignments = pgTable(
  'role_assignments',
  {
    tenantId: tenantId(),
    id: rowId(),
    userId: ref('user_id').notNull(),
    role: text('role').notNull(),
    /** Root of the org subtree the role applies to; null for park-wide roles (the three admins). */
    orgId: ref('org_id'),
    /** For an enterprise contact: the enterprise or social organization the role is bound to (a relation scope). */
    enterpriseId: ref('enterprise_id'),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('role_assignments_user_idx').on(t.tenantId, t.userId),
    foreignKey({ columns: [t.tenantId, t.userId], foreignColumns: [users.tenantId, users.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.orgId], foreignColumns: [orgs.tenantId, orgs.id] }),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    tenantId: tenantId(),
    /** sha256 of the cookie token; the token itself is never stored. */
    id: text('id').notNull(),
    userId: ref('user_id').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('sessions_user_idx').on(t.tenantId, t.userId),
    foreignKey({ columns: [t.tenantId, t.userId], foreignColumns: [users.tenantId, users.id] }).onDelete('cascade'),
  ],
);
