import { bigint, date, foreignKey, index, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, ref, rowId, tenantId, updatedAt } from './common.ts';
import { tenants } from './tenants.ts';
import { enterprises } from './enterprises.ts';
import { chains } from './chains.ts';
import { users } from './users.ts';

/** An investment project (招商项目) and where it stands: negotiating → signed → registered → started → in_production. */
export const projects = pgTable(
  'projects',
  {
    tenantId: tenantId(),
    id: rowId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    investorEnterpriseId: ref('investor_enterprise_id'),
    investorName: text('investor_name').notNull(),
    chainId: ref('chain_id'),
    /** Agreed investment in 元 (yuan); shown in 万元 / 亿元. */
    agreedInvestment: bigint('agreed_investment', { mode: 'number' }).notNull(),
    stage: text('stage').notNull(),
    stageSince: date('stage_since', { mode: 'string' }).notNull(),
    description: text('description'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('projects_code_key').on(t.tenantId, t.code),
    index('projects_stage_idx').on(t.tenantId, t.stage),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    foreignKey({ columns: [t.tenantId, t.investorEnterpriseId], foreignColumns: [enterprises.tenantId, enterprises.id] }),
    foreignKey({ columns: [t.tenantId, t.chainId], foreignColumns: [chains.tenantId, chains.id] }),
  ],
);

/** Every dated stage change; moving back carries a reason. The history a stage as of any date is read from. */
export const projectStageChanges = pgTable(
  'project_stage_changes',
  {
    tenantId: tenantId(),
    id: rowId(),
    projectId: ref('project_id').notNull(),
    fromStage: text('from_stage'),
    toStage: text('to_stage').notNull(),
    changedOn: date('changed_on', { mode: 'string' }).notNull(),
    reason: text('reason'),
    byUserId: ref('by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('project_stage_changes_project_idx').on(t.tenantId, t.projectId, t.changedOn),
    foreignKey({ columns: [t.tenantId, t.projectId], foreignColumns: [projects.tenantId, projects.id] }),
  ],
);

/** Dated assignment of a chief service officer (首席服务官, a user) to a project. */
export const projectOfficers = pgTable(
  'project_officers',
  {
    tenantId: tenantId(),
    id: rowId(),
    projectId: ref('project_id').notNull(),
    officerUserId: ref('officer_user_id').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('project_officers_project_idx').on(t.tenantId, t.projectId),
    index('project_officers_user_idx').on(t.tenantId, t.officerUserId),
    foreignKey({ columns: [t.tenantId, t.projectId], foreignColumns: [projects.tenantId, projects.id] }),
    foreignKey({ columns: [t.tenantId, t.officerUserId], foreignColumns: [users.tenantId, users.id] }),
  ],
);

/** The chief service officer's log, and the project's blockers and factor needs (land, energy, finance…). */
export const projectNotes = pgTable(
  'project_notes',
  {
    tenantId: tenantId(),
    id: rowId(),
    projectId: ref('project_id').notNull(),
    /** service_log | blocker | factor_need */
    kind: text('kind').notNull(),
    /** For blockers and factor needs: land, energy, finance, labour, approval, other. */
    category: text('category'),
    content: text('content').notNull(),
    notedOn: date('noted_on', { mode: 'string' }).notNull(),
    /** For blockers and factor needs: open | resolved. */
    status: text('status'),
    resolvedOn: date('resolved_on', { mode: 'string' }),
    byUserId: ref('by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('project_notes_project_idx').on(t.tenantId, t.projectId, t.kind),
    foreignKey({ columns: [t.tenantId, t.projectId], foreignColumns: [projects.tenantId, projects.id] }),
  ],
);
