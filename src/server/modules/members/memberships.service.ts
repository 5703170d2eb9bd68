import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { ruleViolation } from '../../platform/errors.ts';
import { scopeFor } from '../../platform/scope.ts';
import { addDissolveGuard } from '../orgs/orgs.service.ts';
import { assertNotFuture, currentPeriod, findReferencedOrg, loadMember, memberDetail } from './members.lookup.ts';
import { assertMayWriteMember, readScope } from './members.policy.ts';
import * as repo from './members.repository.ts';
import type { EndMembershipInput, MemberDetailView, TransferMemberInput } from './members.schemas.ts';

/** Dated changes to where a member belongs: transfers within the park, leaving it, and counting as of a date. */

// An org with members still in it cannot be dissolved: they must be transferred first.
addDissolveGuard(async (ctx, tx, orgId, on) => {
  if ((await repo.countRunningInOrg(tx, ctx.actor.tenantId, orgId, on)) > 0) {
    throw ruleViolation(undefined, '该党组织仍有党员，请先转移党员组织关系', 'Members still belong to the org: transfer them first');
  }
});

function assertWithinPeriod(period: repo.MembershipRow, on: string): void {
  assertNotFuture('effectiveOn', on);
  if (on < period.validFrom) {
    throw ruleViolation('effectiveOn', `生效日期不能早于当前组织关系的起始日期（${period.validFrom}）`, `The effective date cannot precede the start of the current membership (${period.validFrom})`);
  }
}

/** Both notes kept when a period that began with one ends with another. */
function joinNotes(first: string | null, second: string | undefined): string | null {
  if (!second) return first;
  return first ? `${first}；${second}` : second;
}

/**
 * Transfers a member to another org of the park from a date: the current period ends (transfer_out) and one
 * in the target org begins (transfer_in), in one transaction. The target must be an org the caller can read.
 */
export async function transferMember(ctx: ServiceContext, id: number, input: TransferMemberInput): Promise<MemberDetailView> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const tenantId = ctx.actor.tenantId;
    await repo.lockMember(tx, tenantId, id);
    const loaded = await loadMember(txCtx, id, assertMayWriteMember);
    const current = currentPeriod(loaded);
    const target = await findReferencedOrg(txCtx, input.toOrgId, 'toOrgId', scopeFor(ctx.actor, 'orgs.read'));
    if (target.dissolvedOn) throw ruleViolation('toOrgId', '目标党组织已撤销', 'The target org is dissolved');
    if (target.id === current.orgId) throw ruleViolation('toOrgId', '该党员已在目标党组织', 'The member already belongs to the target org');
    assertWithinPeriod(current, input.effectiveOn);
    if (input.effectiveOn < target.foundedOn) {
      throw ruleViolation('effectiveOn', `生效日期不能早于目标党组织成立日期（${target.foundedOn}）`, `The effective date cannot precede the target org's founding (${target.foundedOn})`);
    }
    await repo.closeMembership(tx, current, input.effectiveOn, 'transfer_out', current.note);
    await repo.insertMembership(tx, { tenantId, memberId: id, orgId: target.id, validFrom: input.effectiveOn, startReason: 'transfer_in', note: input.note ?? null });
    await recordAudit(tx, auditActor(ctx), {
      action: 'member.transfer',
      objectType: 'member',
      objectId: id,
      result: 'success',
      diff: { before: { orgId: current.orgId }, after: { orgId: target.id }, effectiveOn: input.effectiveOn, note: input.note },
    });
    return memberDetail(txCtx, loaded.member);
  });
}

/** Ends a member's current membership from a date (leaving the park's orgs, death, expulsion, other). */
export async function endMembership(ctx: ServiceContext, id: number, input: EndMembershipInput): Promise<MemberDetailView> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    await repo.lockMember(tx, ctx.actor.tenantId, id);
    const loaded = await loadMember(txCtx, id, assertMayWriteMember);
    const current = currentPeriod(loaded);
    assertWithinPeriod(current, input.effectiveOn);
    await repo.closeMembership(tx, current, input.effectiveOn, input.reason, joinNotes(current.note, input.note));
    await recordAudit(tx, auditActor(ctx), {
      action: 'member.leave',
      objectType: 'member',
      objectId: id,
      result: 'success',
      diff: { orgId: current.orgId, effectiveOn: input.effectiveOn, reason: input.reason, note: input.note },
    });
    return memberDetail(txCtx, loaded.member);
  });
}

/**
 * Members whose membership is in force on the date, within an org's subtree or else the caller's whole
 * members.read scope. A count names no one, so it follows the org each period belongs to (a branch's figure
 * for a past date includes members since transferred away), unlike the roster, which follows each member's
 * current org. Subtrees are read by today's org paths.
 */
export async function countMembers(ctx: ServiceContext, input: { orgId?: number; asOf: string }): Promise<number> {
  const scope = readScope(ctx.actor);
  const subtreePath = input.orgId === undefined ? undefined : (await findReferencedOrg(ctx, input.orgId, 'orgId', scope)).path;
  return repo.countInForce(ctx.db, ctx.actor.tenantId, scope, input.asOf, subtreePath);
}
