import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { AppError, invalidField, ruleViolation } from '../../platform/errors.ts';
import { maskPhone, normalizePhone } from '../../platform/id-number.ts';
import { loadWritable } from './enterprises.lookup.ts';
import { writeScope } from './enterprises.policy.ts';
import { presentContact } from './enterprises.presenter.ts';
import * as repo from './enterprises.repository.ts';
import type { AddContactInput, ContactView } from './enterprises.schemas.ts';

/** A mobile number as members keep theirs: encrypted, keyed hash of the normalized number, mask; bad → 400 naming phone. */
function sealPhone(ctx: ServiceContext, raw: string) {
  const phone = normalizePhone(raw);
  if (!phone) throw invalidField('phone', '手机号应为11位中国大陆手机号码', 'A phone number must be an 11-digit mainland mobile number');
  return { phoneEnc: ctx.cipher.encrypt(phone), phoneHash: ctx.cipher.hash(phone), phoneMasked: maskPhone(phone) };
}

/** Adds a contact person to a unit; the phone is personal data and only its mask is shown or audited. */
export async function addContact(ctx: ServiceContext, enterpriseId: number, input: AddContactInput): Promise<ContactView> {
  return ctx.db.transaction(async (tx) => {
    await loadWritable({ ...ctx, db: tx }, enterpriseId);
    const phone = input.phone === undefined ? null : sealPhone(ctx, input.phone);
    const row = await repo.insertContact(tx, {
      tenantId: ctx.actor.tenantId,
      enterpriseId,
      name: input.name,
      title: input.title ?? null,
      phoneEnc: phone?.phoneEnc ?? null,
      phoneHash: phone?.phoneHash ?? null,
      phoneMasked: phone?.phoneMasked ?? null,
    });
    await recordAudit(tx, auditActor(ctx), {
      action: 'enterprise.contact.add',
      objectType: 'enterprise',
      objectId: enterpriseId,
      result: 'success',
      diff: { after: { contactId: row.id, name: row.name, title: row.title, phone: row.phoneMasked } },
    });
    return presentContact(row);
  });
}

/**
 * Removes a contact person. A unit that has contacts keeps at least one, so the party workers always have
 * someone to reach: add the successor first, then remove the predecessor (422 otherwise).
 */
export async function deleteContact(ctx: ServiceContext, id: number): Promise<void> {
  writeScope(ctx.actor);
  await ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const found = await repo.findContact(tx, tenantId, id);
    if (!found) throw new AppError('NOT_FOUND');
    await loadWritable({ ...ctx, db: tx }, found.enterpriseId);
    const contacts = await repo.listContacts(tx, tenantId, found.enterpriseId);
    const contact = contacts.find((c) => c.id === id);
    if (!contact) throw new AppError('NOT_FOUND');
    if (contacts.length === 1) throw ruleViolation(undefined, '单位至少保留一名联系人：请先添加新的联系人', 'A unit keeps at least one contact: add the new contact first');
    await repo.deleteContact(tx, tenantId, id);
    await recordAudit(tx, auditActor(ctx), {
      action: 'enterprise.contact.delete',
      objectType: 'enterprise',
      objectId: found.enterpriseId,
      result: 'success',
      diff: { before: { contactId: id, name: contact.name, title: contact.title, phone: contact.phoneMasked } },
    });
  });
}
