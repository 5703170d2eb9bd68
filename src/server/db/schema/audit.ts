import { bigint, jsonb, pgTable, primaryKey, text, timestamp, index } from 'drizzle-orm/pg-core';
import { tenantId } from './common.ts';

/** Append-only, hash-chained per park. A trigger refuses UPDATE and DELETE. */
export const auditLog = pgTable(
  'audit_log',
  {
    tenantId: tenantId(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    actorUserId: bigint('actor_user_id', { mode: 'number' }),
    actorName: text('actor_name'),
    ip: text('ip'),
    action: text('action').notNull(),
    objectType: text('object_type'),
    objectId: text('object_id'),
    result: text('result').notNull(),
    diff: jsonb('diff'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.seq] }), index('audit_log_object_idx').on(t.tenantId, t.objectType, t.objectId)],
);
