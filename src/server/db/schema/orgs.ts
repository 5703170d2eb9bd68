import { date, foreignKey, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, ref, rowId, tenantId, updatedAt } from './common.ts';
import { tenants } from './tenants.ts';

/**
 * Party orgs as they stand today. `path` is the materialized path of ids ("/1/7/42/") so a subtree is one
 * indexed prefix scan. The dated history lives in org_versions.
 */
export const orgs = pgTable(
  'orgs',
  {
    tenantId: tenantId(),
    id: rowId(),
    code: text('code').notNull(),
    kind: text('kind').notNull(),
    /** What the org is for, beyond its kind: liangxin_committee, township_committee, chain_committee; null otherwise. */
    category: text('category'),
    name: text('name').notNull(),
    shortName: text('short_name'),
    parentId: ref('parent_id'),
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    foundedOn: date('founded_on', { mode: 'string' }).notNull(),
    dissolvedOn: date('dissolved_on', { mode: 'string' }),
    /** enterprise, social_org, community, compound, government, park */
    hostUnitKind: text('host_unit_kind'),
    hostUnitName: text('host_unit_name'),
    placeId: ref('place_id'),
    secretaryMemberId: ref('secretary_member_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('orgs_code_key').on(t.tenantId, t.code),
    index('orgs_path_idx').on(t.tenantId, t.path.op('text_pattern_ops')),
    index('orgs_parent_idx').on(t.tenantId, t.parentId),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    foreignKey({ columns: [t.tenantId, t.parentId], foreignColumns: [t.tenantId, t.id] }),
  ],
);

/** One row per period in which an org's name, kind and place in the tree held. valid_to is exclusive. */
export const orgVersions = pgTable(
  'org_versions',
  {
    tenantId: tenantId(),
    id: rowId(),
    orgId: ref('org_id').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    parentId: ref('parent_id'),
    path: text('path').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    /** found, rename, move, change_kind, dissolve */
    change: text('change').notNull(),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('org_versions_org_idx').on(t.tenantId, t.orgId, t.validFrom),
    index('org_versions_path_idx').on(t.tenantId, t.path.op('text_pattern_ops')),
    foreignKey({ columns: [t.tenantId, t.orgId], foreignColumns: [orgs.tenantId, orgs.id] }),
  ],
);
