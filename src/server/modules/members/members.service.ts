import { recordAudit, recordAuditAlone } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { AppError, conflict, ruleViolation } from '../../platform/errors.ts';
import { offsetOf, today } from '../../platform/paging.ts';
import { requirePermission } from '../../platform/scope.ts';
import { requireReadablePlace } from '../places/places.service.ts';
import { requireReadableEnterprise } from '../enterprises/enterprises.service.ts';
import { type SealedIdNumber, assertAgreesWithIdNumber, sealIdNumber, sealPhone } from './members.identity.ts';
import { assertNotFuture, findReferencedOrg, loadMember, memberDetail, orgNamesFor } from './members.lookup.ts';
import { namePinyin } from './members.pinyin.ts';
import { assertMayAddToOrg, assertMayReveal, assertMayWriteMember, assertMemberVisible, readScope } from './members.policy.ts';
import { presentDetail, presentListItem } from './members.presenter.ts';
import * as repo from './members.repository.ts';
import type { CreateMemberInput, ListMembersInput, MemberDetailView, MemberStatus, UpdateMemberInput } from './members.schemas.ts';
import { readMemberQuery } from './members.search.ts';

/** The roster as of a date (today by default): visible members with a membership in force then. */
export async function listMembers(ctx: ServiceContext, input: ListMembersInput) {
  const scope = readScope(ctx.actor);
  const asOf = input.asOf ?? today();
  const subtreePath = input.orgId === undefined ? undefined : (await findReferencedOrg(ctx, input.orgId, 'orgId', scope)).path;
  const { total, rows } = await repo.listRoster(ctx.db, ctx.actor.tenantId, scope, {
    asOf,
    subtreePath,
    status: input.status,
    search: !input.q ? undefined : readMemberQuery(input.q, (plain) => ctx.cipher.hash(plain)),
    offset: offsetOf(input.page, input.pageSize),
    limit: input.pageSize,
  });
  const names = await orgNamesFor(ctx, rows.map((r) => r.orgId));
  return { items: rows.map((r) => presentListItem(r, names)), total, page: input.page, pageSize: input.pageSize };
}

/** One member with their membership history; masked personal data only. */
export async function getMember(ctx: ServiceContext, id: number): Promise<MemberDetailView> {
  const { member, periods, home } = await loadMember(ctx, id, assertMemberVisible);
  return presentDetail(member, periods, home, await orgNamesFor(ctx, periods.map((p) => p.orgId)));
}

/** The Party constitution admits members from eighteen. */
function assertOfAge(birthDate: string, joinedOn: string): void {
  const eighteenth = `${Number(birthDate.slice(0, 4)) + 18}${birthDate.slice(4)}`;
  if (joinedOn < eighteenth) throw ruleViolation('joinedOn', '入党时须年满十八周岁', 'A member must be eighteen or older on joining');
}

/** Only full members carry a conversion date, and it cannot precede joining. */
function assertConversion(status: MemberStatus, convertedOn: string | null, joinedOn: string): void {
  if (!convertedOn) return;
  if (status === 'probationary') throw ruleViolation('convertedOn', '预备党员不能有转正日期', 'A probationary member has no conversion date');
  assertNotFuture('convertedOn', convertedOn);
  if (convertedOn < joinedOn) throw ruleViolation('convertedOn', '转正日期不能早于入党日期', 'The conversion date cannot precede the join date');
}

/** The household must be a place of kind household the caller may read (else 404 naming householdId). */
async function assertHousehold(ctx: ServiceContext, householdId: number): Promise<void> {
  const place = await requireReadablePlace(ctx, householdId, 'householdId');
  if (place.kind !== 'household') throw ruleViolation('householdId', '所选地点不是户', 'The place is not a household');
}

async function assertIdNumberFree(ctx: ServiceContext, sealed: SealedIdNumber, exceptMemberId?: number): Promise<void> {
  const holder = await repo.findMemberIdByIdNumberHash(ctx.db, ctx.actor.tenantId, sealed.idNumberHash);
  if (holder !== null && holder !== exceptMemberId) throw conflict('idNumber', '该身份证号的党员已存在', 'A member with this ID number already exists');
}

/**
 * Registers a member and their first membership in one transaction. Birth date and sex come from the ID
 * number; ID and phone are stored encrypted, hashed and masked. Needs members.write on the org.
 */
export async function createMember(ctx: ServiceContext, input: CreateMemberInput): Promise<MemberDetailView> {
  requirePermission(ctx.actor, 'members.write');
  const idNumber = sealIdNumber(ctx.cipher, input.idNumber);
  const phone = input.phone === undefined ? null : sealPhone(ctx.cipher, input.phone);
  assertNotFuture('joinedOn', input.joinedOn);
  if (input.validFrom !== undefined) assertNotFuture('validFrom', input.validFrom);
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const tenantId = ctx.actor.tenantId;
    // Where before what: an org outside the caller's reach is 404/403 whatever else is wrong with the body.
    const org = await findReferencedOrg(txCtx, input.orgId, 'orgId', readScope(ctx.actor));
    assertMayAddToOrg(ctx.actor, org.path);
    assertAgreesWithIdNumber(idNumber, input);
    assertOfAge(idNumber.birthDate, input.joinedOn);
    assertConversion(input.status, input.convertedOn ?? null, input.joinedOn);
    if (org.dissolvedOn) throw ruleViolation('orgId', '该党组织已撤销', 'The org is dissolved');
    // A member who joined the Party before the org existed belongs to it from its founding.
    const validFrom = input.validFrom ?? (input.joinedOn > org.foundedOn ? input.joinedOn : org.foundedOn);
    if (validFrom < input.joinedOn) throw ruleViolation('validFrom', '组织关系起始日期不能早于入党日期', 'The membership cannot start before the join date');
    if (validFrom < org.foundedOn) throw ruleViolation('validFrom', `组织关系起始日期不能早于该党组织成立日期（${org.foundedOn}）`, `The membership cannot start before the org was founded (${org.foundedOn})`);
    await assertIdNumberFree(txCtx, idNumber);
    if (input.householdId !== undefined) await assertHousehold(txCtx, input.householdId);
    if (input.employerId !== undefined) await requireReadableEnterprise(txCtx, input.employerId, { field: 'employerId' });
    const names = namePinyin(input.name);
    const member = await repo.insertMember(tx, {
      tenantId,
      name: input.name,
      namePinyin: names.pinyin,
      nameInitials: names.initials,
      sex: idNumber.sex,
      birthDate: idNumber.birthDate,
      ethnicity: input.ethnicity ?? null,
      education: input.education ?? null,
      idNumberEnc: idNumber.idNumberEnc,
      idNumberHash: idNumber.idNumberHash,
      idNumberMasked: idNumber.idNumberMasked,
      phoneEnc: phone?.phoneEnc ?? null,
      phoneHash: phone?.phoneHash ?? null,
      phoneMasked: phone?.phoneMasked ?? null,
      joinedOn: input.joinedOn,
      status: input.status,
      convertedOn: input.convertedOn ?? null,
      post: input.post ?? null,
      householdId: input.householdId ?? null,
      employerId: input.employerId ?? null,
    });
    const startReason = input.startReason ?? 'join';
    await repo.insertMembership(tx, { tenantId, memberId: member.id, orgId: org.id, validFrom, startReason });
    await recordAudit(tx, auditActor(ctx), {
      action: 'member.create',
      objectType: 'member',
      objectId: member.id,
      result: 'success',
      diff: { after: { ...auditView(member), joinedOn: member.joinedOn, orgId: org.id, validFrom, startReason } },
    });
    return memberDetail(txCtx, member);
  });
}

/**
 * The fields of a member as the audit log shows them: ID and phone as their masks, so no full value reaches
 * the log even if maskForAudit's key list changed.
 */
function auditView(m: repo.MemberRow): Record<string, unknown> {
  return {
    name: m.name,
    idNumber: m.idNumberMasked,
    phone: m.phoneMasked,
    sex: m.sex,
    birthDate: m.birthDate,
    ethnicity: m.ethnicity,
    education: m.education,
    post: m.post,
    householdId: m.householdId,
    employerId: m.employerId,
    status: m.status,
    convertedOn: m.convertedOn,
  };
}

/**
 * Changes a member's personal fields and status. A new name recomputes the pinyin; a new ID number is
 * re-validated and re-derives birth date and sex. probationary → full needs a conversion date; never back.
 */
export async function updateMember(ctx: ServiceContext, id: number, input: UpdateMemberInput): Promise<MemberDetailView> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const tenantId = ctx.actor.tenantId;
    await repo.lockMember(tx, tenantId, id);
    const { member } = await loadMember(txCtx, id, assertMayWriteMember);
    const patch: Partial<repo.MemberRow> = {};
    if (input.name !== undefined && input.name !== member.name) {
      const names = namePinyin(input.name);
      Object.assign(patch, { name: input.name, namePinyin: names.pinyin, nameInitials: names.initials });
    }
    let derived: { sex: string; birthDate: string } = member;
    if (input.idNumber !== undefined) {
      const sealed = sealIdNumber(ctx.cipher, input.idNumber);
      derived = sealed;
      if (sealed.idNumberHash !== member.idNumberHash) {
        await assertIdNumberFree(txCtx, sealed, member.id);
        Object.assign(patch, sealed);
        assertOfAge(sealed.birthDate, member.joinedOn);
      }
    }
    assertAgreesWithIdNumber(derived, input);
    if (input.phone === null) Object.assign(patch, { phoneEnc: null, phoneHash: null, phoneMasked: null });
    else if (input.phone !== undefined) {
      const sealed = sealPhone(ctx.cipher, input.phone);
      if (sealed.phoneHash !== member.phoneHash) Object.assign(patch, sealed);
    }
    if (input.householdId !== undefined && input.householdId !== member.householdId) {
      if (input.householdId !== null) await assertHousehold(txCtx, input.householdId);
      patch.householdId = input.householdId;
    }
    if (input.employerId !== undefined && input.employerId !== member.employerId) {
      // The employer must be a unit the caller may see: 404 naming employerId otherwise.
      if (input.employerId !== null) await requireReadableEnterprise(txCtx, input.employerId, { field: 'employerId' });
      patch.employerId = input.employerId;
    }
    for (const key of ['ethnicity', 'education', 'post'] as const) {
      if (input[key] !== undefined && input[key] !== member[key]) patch[key] = input[key];
    }
    const status = input.status ?? (member.status as MemberStatus);
    const convertedOn = input.convertedOn === undefined ? member.convertedOn : input.convertedOn;
    if (member.status === 'full' && status === 'probationary') {
      throw ruleViolation('status', '正式党员不能改回预备党员', 'A full member cannot go back to probationary');
    }
    if (member.status === 'probationary' && status === 'full' && !convertedOn) {
      throw ruleViolation('convertedOn', '预备党员转为正式党员须填写转正日期', 'Converting to full membership needs the conversion date');
    }
    assertConversion(status, convertedOn, member.joinedOn);
    if (status !== member.status) patch.status = status;
    if (convertedOn !== member.convertedOn) patch.convertedOn = convertedOn;
    if (Object.keys(patch).length === 0) return memberDetail(txCtx, member);
    const after = await repo.updateMember(tx, tenantId, id, patch);
    const before = auditView(member);
    const now = auditView(after);
    const changed = Object.keys(now).filter((k) => before[k] !== now[k]);
    await recordAudit(tx, auditActor(ctx), {
      action: 'member.update',
      objectType: 'member',
      objectId: id,
      result: 'success',
      diff: { before: Object.fromEntries(changed.map((k) => [k, before[k]])), after: Object.fromEntries(changed.map((k) => [k, now[k]])) },
    });
    return memberDetail(txCtx, after);
  });
}

/**
 * Shows one personal field in full. Needs members.reveal over the member's org; every reveal is audited with
 * the field's name (never its value), and so is every attempt refused here (a caller holding the permission
 * nowhere is refused before the service, by the route's access flag).
 */
export async function revealMemberField(ctx: ServiceContext, id: number, field: 'idNumber' | 'phone'): Promise<{ field: 'idNumber' | 'phone'; value: string }> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const { member } = await loadMember({ ...ctx, db: tx }, id, assertMayReveal);
      const sealed = field === 'idNumber' ? member.idNumberEnc : member.phoneEnc;
      if (!sealed) throw ruleViolation('field', '该党员未登记手机号', 'No phone number is recorded for this member');
      await recordAudit(tx, auditActor(ctx), { action: 'member.reveal', objectType: 'member', objectId: id, result: 'success', diff: { field } });
      return { field, value: ctx.cipher.decrypt(sealed) };
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'FORBIDDEN') {
      await recordAuditAlone(ctx.db, auditActor(ctx), { action: 'member.reveal', objectType: 'member', objectId: id, result: 'failure', diff: { field } });
    }
    throw error;
  }
}
