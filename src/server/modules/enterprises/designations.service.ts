import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { AppError, conflict, ruleViolation } from '../../platform/errors.ts';
import * as repo from './designations.repository.ts';
import { assertNotFuture, loadWritable } from './enterprises.lookup.ts';
import { writeScope } from './enterprises.policy.ts';
import { presentDesignation } from './enterprises.presenter.ts';
import { designationNames, type Designation, periodsOverlap } from './enterprises.rules.ts';
import type { AddDesignationInput, DesignationView } from './enterprises.schemas.ts';

/** A period ends after it starts; valid_to is exclusive, so the same day would be an empty period. */
function assertEndsAfter(validFrom: string, validTo: string): void {
  if (validTo <= validFrom) throw ruleViolation('validTo', `结束日期须晚于开始日期（${validFrom}）`, `validTo must come after validFrom (${validFrom})`);
}

/**
 * Records that a unit holds a designation from a date (to a date, when known). Periods of the same designation
 * never overlap (409), so "held on a date" is one row at most.
 */
export async function addDesignation(ctx: ServiceContext, enterpriseId: number, input: AddDesignationInput): Promise<DesignationView> {
  return ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    await loadWritable({ ...ctx, db: tx }, enterpriseId);
    assertNotFuture('validFrom', input.validFrom);
    if (input.validTo !== undefined) assertEndsAfter(input.validFrom, input.validTo);
    const period = { validFrom: input.validFrom, validTo: input.validTo ?? null };
    const clash = (await repo.listDesignations(tx, tenantId, enterpriseId, input.designation)).find((d) => periodsOverlap(d, period));
    if (clash) {
      const until = clash.validTo ?? '至今';
      throw conflict('validFrom', `该单位在 ${clash.validFrom}–${until} 已是${designationNames[input.designation]}，期间不能重叠`, `The unit already holds ${input.designation} from ${clash.validFrom} to ${clash.validTo ?? 'now'}; periods cannot overlap`);
    }
    const row = await repo.insertDesignation(tx, { tenantId, enterpriseId, designation: input.designation, validFrom: input.validFrom, validTo: input.validTo ?? null, note: input.note ?? null });
    await recordAudit(tx, auditActor(ctx), {
      action: 'enterprise.designation.add',
      objectType: 'enterprise',
      objectId: enterpriseId,
      result: 'success',
      diff: { after: { designationId: row.id, designation: row.designation, validFrom: row.validFrom, validTo: row.validTo, note: row.note } },
    });
    return presentDesignation(row);
  });
}

/**
 * Ends a designation on a date (exclusive): an open period is closed, a dated one may only be shortened (lengthening
 * could run into a later period; add a new one instead).
 */
export async function endDesignation(ctx: ServiceContext, id: number, input: { validTo: string }): Promise<DesignationView> {
  writeScope(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const found = await repo.findDesignation(tx, tenantId, id);
    if (!found) throw new AppError('NOT_FOUND');
    await loadWritable({ ...ctx, db: tx }, found.enterpriseId);
    // Read again under the unit's lock: another end may have landed in between.
    const current = await repo.findDesignation(tx, tenantId, id);
    if (!current) throw new AppError('NOT_FOUND');
    assertEndsAfter(current.validFrom, input.validTo);
    if (current.validTo !== null && input.validTo >= current.validTo) {
      throw ruleViolation('validTo', `该称号已于 ${current.validTo} 结束，只能提前`, `The designation already ends on ${current.validTo}; it can only be brought forward`);
    }
    const row = await repo.setDesignationEnd(tx, tenantId, id, input.validTo);
    await recordAudit(tx, auditActor(ctx), {
      action: 'enterprise.designation.end',
      objectType: 'enterprise',
      objectId: current.enterpriseId,
      result: 'success',
      diff: { designationId: id, designation: current.designation as Designation, before: { validTo: current.validTo }, after: { validTo: input.validTo } },
    });
    return presentDesignation(row);
  });
}
