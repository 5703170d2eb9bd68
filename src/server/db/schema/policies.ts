import { check, date, foreignKey, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, ref, rowId, tenantId, updatedAt } from './common.ts';
import { tenants } from './tenants.ts';
import { orgs } from './orgs.ts';

/**
 * A published policy document (政策文件) issued by an org of the park, e.g. 《创建省级两新组织党建示范园区二十条措施》.
 * topic says what it serves (the figures count measures by topic); issued_on/repealed_on date it, so the
 * measures in force on any date are known.
 */
export const policies = pgTable(
  'policies',
  {
    tenantId: tenantId(),
    id: rowId(),
    orgId: ref('org_id').notNull(),
    docNumber: text('doc_number'),
    title: text('title').notNull(),
    issuer: text('issuer').notNull(),
    topic: text('topic').notNull(),
    redAction: text('red_action'),
    summary: text('summary'),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    repealedOn: date('repealed_on', { mode: 'string' }),
    repealReason: text('repeal_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('policies_doc_number_key').on(t.tenantId, t.docNumber),
    index('policies_topic_idx').on(t.tenantId, t.topic, t.issuedOn),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    foreignKey({ columns: [t.tenantId, t.orgId], foreignColumns: [orgs.tenantId, orgs.id] }),
    check('policies_repealed_after_issue', sql`${t.repealedOn} IS NULL OR ${t.repealedOn} > ${t.issuedOn}`),
  ],
);

/** The numbered measures (措施, 条) of a policy document, in order: the document's content. */
export const policyMeasures = pgTable(
  'policy_measures',
  {
    tenantId: tenantId(),
    id: rowId(),
    policyId: ref('policy_id').notNull(),
    seq: integer('seq').notNull(),
    title: text('title').notNull(),
    content: text('content'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('policy_measures_seq_key').on(t.tenantId, t.policyId, t.seq),
    foreignKey({ columns: [t.tenantId, t.policyId], foreignColumns: [policies.tenantId, policies.id] }).onDelete('cascade'),
    check('policy_measures_seq_positive', sql`${t.seq} > 0`),
  ],
);
