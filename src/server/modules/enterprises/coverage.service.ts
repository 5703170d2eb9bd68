import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { AppError, conflict, ruleViolation } from '../../platform/errors.ts';
import { updateOrg } from '../orgs/orgs.service.ts';
import * as repo from './coverage.repository.ts';
import { assertNotFuture, findReferencedOrg, loadWritable } from './enterprises.lookup.ts';
import { orgNameScope, writeScope } from './enterprises.policy.ts';
import { presentCoverage } from './enterprises.presenter.ts';
import { type UnitKind, periodsOverlap } from './enterprises.rules.ts';
import type { AddCoverageInput, CoverageView } from './enterprises.schemas.ts';

/**
 * Links an org to a unit from a date. own: the org is the unit's own — it becomes hosted by the unit (its host
 * unit kind and name are set through the orgs service, which needs orgs.write over it), and an org is own for one
 * unit at a time. joint: only a joint branch (联合党支部) covers units jointly. The org must be readable by the
 * caller (404 naming orgId) and in force on the date; the same org never covers the same unit twice at once (409).
 */
export async function addCoverage(ctx: ServiceContext, enterpriseId: number, input: AddCoverageInput): Promise<CoverageView> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const tenantId = ctx.actor.tenantId;
    const unit = (await loadWritable(txCtx, enterpriseId)).enterprise;
    const org = await findReferencedOrg(txCtx, input.orgId, 'orgId');
    assertNotFuture('validFrom', input.validFrom);
    if (org.dissolvedOn && org.dissolvedOn <= input.validFrom) throw ruleViolation('orgId', `该党组织已于 ${org.dissolvedOn} 撤销`, `The org was dissolved on ${org.dissolvedOn}`);
    if (input.validFrom < org.foundedOn) throw ruleViolation('validFrom', `覆盖起始日期不能早于该党组织成立日期（${org.foundedOn}）`, `The link cannot start before the org was founded (${org.foundedOn})`);
    if (input.kind === 'joint' && org.kind !== 'joint_branch') {
      throw ruleViolation('kind', '只有联合党支部才能联合覆盖多个单位', 'Only a joint branch covers units jointly');
    }
    if (input.kind === 'own' && org.kind === 'joint_branch') {
      throw ruleViolation('kind', '联合党支部覆盖多个单位，应以联合方式覆盖', 'A joint branch covers its units jointly, not as one unit\'s own org');
    }
    await repo.lockOrgCoverage(tx, tenantId, org.id);
    const period = { validFrom: input.validFrom, validTo: null };
    const links = (await repo.listCoverageOfOrg(tx, tenantId, org.id)).filter((l) => periodsOverlap(l, period));
    const twin = links.find((l) => l.enterpriseId === enterpriseId);
    if (twin) throw conflict('orgId', `该党组织自 ${twin.validFrom} 起已覆盖该单位`, `The org already covers the unit from ${twin.validFrom}`);
    if (input.kind === 'own') {
      const host = links.find((l) => l.kind === 'own');
      if (host) throw conflict('orgId', `该党组织自 ${host.validFrom} 起已是另一单位的党组织，同一时间只能属于一个单位`, `The org is another unit's own org from ${host.validFrom}; it can be own for one unit at a time`);
    }
    const row = await repo.insertCoverage(tx, { tenantId, orgId: org.id, enterpriseId, kind: input.kind, validFrom: input.validFrom });
    if (input.kind === 'own') await updateOrg(txCtx, org.id, { hostUnitKind: unit.unitKind as UnitKind, hostUnitName: unit.name });
    await recordAudit(tx, auditActor(ctx), {
      action: 'enterprise.coverage.add',
      objectType: 'enterprise',
      objectId: enterpriseId,
      result: 'success',
      diff: { after: { coverageId: row.id, orgId: org.id, kind: row.kind, validFrom: row.validFrom } },
    });
    return presentCoverage({ ...row, orgName: org.name, orgPath: org.path }, orgNameScope(ctx.actor));
  });
}

/**
 * Ends a coverage link on a date (exclusive; after its start; an ended link may only be brought forward). The
 * org's host unit is left as it is: the org may live on, hosted elsewhere or dissolved, through the orgs module.
 */
export async function endCoverage(ctx: ServiceContext, id: number, input: { validTo: string }): Promise<CoverageView> {
  writeScope(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const tenantId = ctx.actor.tenantId;
    const found = await repo.findCoverage(tx, tenantId, id);
    if (!found) throw new AppError('NOT_FOUND');
    await loadWritable(txCtx, found.enterpriseId);
    await repo.lockOrgCoverage(tx, tenantId, found.orgId);
    const current = (await repo.listCoverage(tx, tenantId, found.enterpriseId)).find((l) => l.id === id);
    if (!current) throw new AppError('NOT_FOUND');
    if (input.validTo <= current.validFrom) throw ruleViolation('validTo', `结束日期须晚于开始日期（${current.validFrom}）`, `validTo must come after validFrom (${current.validFrom})`);
    if (current.validTo !== null && input.validTo >= current.validTo) {
      throw ruleViolation('validTo', `该覆盖关系已于 ${current.validTo} 结束，只能提前`, `The link already ends on ${current.validTo}; it can only be brought forward`);
    }
    const row = await repo.setCoverageEnd(tx, tenantId, id, input.validTo);
    await recordAudit(tx, auditActor(ctx), {
      action: 'enterprise.coverage.end',
      objectType: 'enterprise',
      objectId: current.enterpriseId,
      result: 'success',
      diff: { coverageId: id, orgId: current.orgId, kind: current.kind, before: { validTo: current.validTo }, after: { validTo: input.validTo } },
    });
    return presentCoverage({ ...row, orgName: current.orgName, orgPath: current.orgPath }, orgNameScope(ctx.actor));
  });
}
