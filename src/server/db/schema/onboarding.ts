import { date, foreignKey, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdAt, ref, rowId, tenantId, updatedAt } from './common.ts';
import { enterprises } from './enterprises.ts';
import { users } from './users.ts';

/** A new enterprise's 三合一 onboarding case: one case, three tracks of steps. */
export const onboardingCases = pgTable(
  'onboarding_cases',
  {
    tenantId: tenantId(),
    id: rowId(),
    enterpriseId: ref('enterprise_id').notNull(),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    /** open | completed | cancelled */
    status: text('status').notNull(),
    completedOn: date('completed_on', { mode: 'string' }),
    note: text('note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('onboarding_cases_enterprise_idx').on(t.tenantId, t.enterpriseId),
    foreignKey({ columns: [t.tenantId, t.enterpriseId], foreignColumns: [enterprises.tenantId, enterprises.id] }),
  ],
);

/** One checklist step of a track (party_mass, planning_construction, admin_approval), owned by a department. */
export const onboardingSteps = pgTable(
  'onboarding_steps',
  {
    tenantId: tenantId(),
    id: rowId(),
    caseId: ref('case_id').notNull(),
    track: text('track').notNull(),
    seq: integer('seq').notNull(),
    title: text('title').notNull(),
    ownerDepartment: text('owner_department').notNull(),
    ownerUserId: ref('owner_user_id'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** pending | in_progress | done | skipped */
    status: text('status').notNull(),
    notes: text('notes'),
    doneOn: date('done_on', { mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('onboarding_steps_case_idx').on(t.tenantId, t.caseId, t.track, t.seq),
    foreignKey({ columns: [t.tenantId, t.caseId], foreignColumns: [onboardingCases.tenantId, onboardingCases.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.ownerUserId], foreignColumns: [users.tenantId, users.id] }),
  ],
);

/** Hand-offs of a step between departments, in order. */
export const onboardingHandoffs = pgTable(
  'onboarding_handoffs',
  {
    tenantId: tenantId(),
    id: rowId(),
    stepId: ref('step_id').notNull(),
    fromDepartment: text('from_department').notNull(),
    toDepartment: text('to_department').notNull(),
    handedOn: date('handed_on', { mode: 'string' }).notNull(),
    note: text('note'),
    byUserId: ref('by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('onboarding_handoffs_step_idx').on(t.tenantId, t.stepId),
    foreignKey({ columns: [t.tenantId, t.stepId], foreignColumns: [onboardingSteps.tenantId, onboardingSteps.id] }).onDelete('cascade'),
  ],
);
