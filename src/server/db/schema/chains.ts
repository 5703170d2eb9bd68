import { date, foreignKey, index, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, ref, rowId, tenantId, updatedAt } from './common.ts';
import { tenants } from './tenants.ts';
import { orgs } from './orgs.ts';
import { enterprises } from './enterprises.ts';

/** An industrial chain (一核多点) with its chain committee (an org of category chain_committee). */
export const chains = pgTable(
  'chains',
  {
    tenantId: tenantId(),
    id: rowId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    committeeOrgId: ref('committee_org_id'),
    description: text('description'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('chains_code_key').on(t.tenantId, t.code),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    foreignKey({ columns: [t.tenantId, t.committeeOrgId], foreignColumns: [orgs.tenantId, orgs.id] }),
  ],
);

/** Dated membership of an enterprise in a chain. */
export const chainEnterprises = pgTable(
  'chain_enterprises',
  {
    tenantId: tenantId(),
    id: rowId(),
    chainId: ref('chain_id').notNull(),
    enterpriseId: ref('enterprise_id').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('chain_enterprises_chain_idx').on(t.tenantId, t.chainId, t.validFrom),
    index('chain_enterprises_enterprise_idx').on(t.tenantId, t.enterpriseId),
    foreignKey({ columns: [t.tenantId, t.chainId], foreignColumns: [chains.tenantId, chains.id] }),
    foreignKey({ columns: [t.tenantId, t.enterpriseId], foreignColumns: [enterprises.tenantId, enterprises.id] }),
  ],
);
