import { foreignKey, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, ref, rowId, tenantId, updatedAt } from './common.ts';
import { tenants } from './tenants.ts';

/** community → compound → building → household, with a materialized path like orgs. */
export const places = pgTable(
  'places',
  {
    tenantId: tenantId(),
    id: rowId(),
    kind: text('kind').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    parentId: ref('parent_id'),
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    address: text('address'),
    /**
     * The org responsible for the place (a community's general branch, a compound's branch…). Scope follows it:
     * a place is in a user's scope when this org is. Set from the nearest ancestor when not given.
     */
    orgId: ref('org_id'),
    /** 党员中心户: on a household, the member whose home it is. */
    centerMemberId: ref('center_member_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('places_code_key').on(t.tenantId, t.code),
    index('places_path_idx').on(t.tenantId, t.path.op('text_pattern_ops')),
    index('places_parent_idx').on(t.tenantId, t.parentId),
    index('places_org_idx').on(t.tenantId, t.orgId),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
  ],
);
