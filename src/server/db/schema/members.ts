import { date, foreignKey, index, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, ref, rowId, tenantId, updatedAt } from './common.ts';
import { tenants } from './tenants.ts';
import { orgs } from './orgs.ts';
import { places } from './places.ts';

/** A party member. ID number and phone are stored encrypted, found by keyed hash, listed masked. */
export const members = pgTable(
  'members',
  {
    tenantId: tenantId(),
    id: rowId(),
    name: text('name').notNull(),
    namePinyin: text('name_pinyin').notNull(),
    nameInitials: text('name_initials').notNull(),
    sex: text('sex').notNull(),
    ethnicity: text('ethnicity'),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    education: text('education'),
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberHash: text('id_number_hash').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    phoneEnc: text('phone_enc'),
    phoneHash: text('phone_hash'),
    phoneMasked: text('phone_masked'),
    joinedOn: date('joined_on', { mode: 'string' }).notNull(),
    /** full | probationary */
    status: text('status').notNull(),
    convertedOn: date('converted_on', { mode: 'string' }),
    post: text('post'),
    householdId: ref('household_id'),
    /** The enterprise or social organization the member works at. */
    employerId: ref('employer_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('members_id_number_key').on(t.tenantId, t.idNumberHash),
    index('members_phone_idx').on(t.tenantId, t.phoneHash),
    index('members_pinyin_idx').on(t.tenantId, t.namePinyin.op('text_pattern_ops')),
    index('members_initials_idx').on(t.tenantId, t.nameInitials.op('text_pattern_ops')),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    foreignKey({ columns: [t.tenantId, t.householdId], foreignColumns: [places.tenantId, places.id] }),
    index('members_employer_idx').on(t.tenantId, t.employerId),
  ],
);

/** A period of a member's belonging to one org; valid_to exclusive, null while current. */
export const memberships = pgTable(
  'memberships',
  {
    tenantId: tenantId(),
    id: rowId(),
    memberId: ref('member_id').notNull(),
    orgId: ref('org_id').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    /** join | transfer_in */
    startReason: text('start_reason').notNull(),
    /** transfer_out | leave | death | expelled */
    endReason: text('end_reason'),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('memberships_org_idx').on(t.tenantId, t.orgId, t.validFrom),
    index('memberships_member_idx').on(t.tenantId, t.memberId, t.validFrom),
    foreignKey({ columns: [t.tenantId, t.memberId], foreignColumns: [members.tenantId, members.id] }),
    foreignKey({ columns: [t.tenantId, t.orgId], foreignColumns: [orgs.tenantId, orgs.id] }),
  ],
);
