import { bigint, integer, timestamp } from 'drizzle-orm/pg-core';

/** Every park-owned table starts with these: tenant first, so it leads every key. */
export const tenantId = () => integer('tenant_id').notNull();
export const rowId = () => bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity();
export const ref = (name: string) => bigint(name, { mode: 'number' });
export const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
