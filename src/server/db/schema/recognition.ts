import { date, foreignKey, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdAt, ref, rowId, tenantId } from './common.ts';
import { tenants } from './tenants.ts';

/**
 * An honor (荣誉) held by a member, an org, an enterprise, a chain or the park itself (holder_kind; holder_id is
 * null for the park). level: national, provincial, city, park. red_action: the Red Action it is reported under.
 */
export const honors = pgTable(
  'honors',
  {
    tenantId: tenantId(),
    id: rowId(),
    holderKind: text('holder_kind').notNull(),
    holderId: ref('holder_id'),
    title: text('title').notNull(),
    level: text('level').notNull(),
    issuer: text('issuer'),
    awardedOn: date('awarded_on', { mode: 'string' }).notNull(),
    /** The Red Action the honor is reported under (null: none in particular). */
    redAction: text('red_action'),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('honors_holder_idx').on(t.tenantId, t.holderKind, t.holderId),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
  ],
);
