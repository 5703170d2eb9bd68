import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { AppError, conflict, ruleViolation } from '../../platform/errors.ts';
import { today } from '../../platform/paging.ts';
import { requireReadableEnterprise } from '../enterprises/enterprises.service.ts';
import { assertMayWriteChain } from './chains.policy.ts';
import { presentChainEnterprise } from './chains.presenter.ts';
import * as repo from './chains.repository.ts';
import type { AddChainEnterpriseInput } from './chains.schemas.ts';

function assertNotFuture(field: string, date: string) {
  if (date > today()) throw ruleViolation(field, '日期不能晚于今天', 'The date cannot be in the future');
}

/**
 * Adds an enterprise to a chain from a date (一核多点: the chain's member enterprises are dated). The same
 * enterprise cannot hold two overlapping periods in one chain (409).
 */
export async function addChainEnterprise(ctx: ServiceContext, chainId: number, input: AddChainEnterpriseInput) {
  return ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const chain = await repo.findChain(tx, tenantId, chainId, true);
    assertMayWriteChain(ctx.actor, chain);
    await requireReadableEnterprise({ ...ctx, db: tx }, input.enterpriseId, { field: 'enterpriseId' });
    assertNotFuture('validFrom', input.validFrom);
    const overlapping = await repo.findOverlappingPeriod(tx, tenantId, chainId, input.enterpriseId, input.validFrom);
    if (overlapping) {
      const until = overlapping.validTo ? `至 ${overlapping.validTo}` : '至今';
      throw conflict('enterpriseId', `该企业已在该产业链中（${overlapping.validFrom} ${until}），期间不能重叠`, `The enterprise is already in the chain from ${overlapping.validFrom}; periods cannot overlap`);
    }
    const id = await repo.insertChainEnterprise(tx, { tenantId, chainId, enterpriseId: input.enterpriseId, validFrom: input.validFrom });
    await recordAudit(tx, auditActor(ctx), { action: 'chain.enterprise_add', objectType: 'chain', objectId: chainId, result: 'success', diff: { periodId: id, ...input } });
    const row = await repo.findChainEnterprise(tx, tenantId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return presentChainEnterprise(row);
  });
}

/** Ends an enterprise's membership of a chain: `validTo` is the first day it is no longer a member. */
export async function endChainEnterprise(ctx: ServiceContext, periodId: number, input: { validTo: string }) {
  return ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const period = await repo.findChainEnterprise(tx, tenantId, periodId, true);
    const chain = period ? await repo.findChain(tx, tenantId, period.chainId) : null;
    assertMayWriteChain(ctx.actor, chain);
    if (!period) throw new AppError('NOT_FOUND');
    if (period.validTo !== null) throw conflict('validTo', `该成员期间已于 ${period.validTo} 结束`, `The period already ended on ${period.validTo}`);
    if (input.validTo <= period.validFrom) throw ruleViolation('validTo', `结束日期须晚于加入日期（${period.validFrom}）`, `The end must come after the first day (${period.validFrom})`);
    assertNotFuture('validTo', input.validTo);
    await repo.endChainEnterprise(tx, tenantId, periodId, input.validTo);
    await recordAudit(tx, auditActor(ctx), { action: 'chain.enterprise_end', objectType: 'chain', objectId: period.chainId, result: 'success', diff: { periodId, enterpriseId: period.enterpriseId, validTo: input.validTo } });
    return presentChainEnterprise({ ...period, validTo: input.validTo });
  });
}
