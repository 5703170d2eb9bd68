import type { ServiceContext } from '../platform/context.ts';
import { addContact } from '../modules/enterprises/contacts.service.ts';
import { addCoverage } from '../modules/enterprises/coverage.service.ts';
import { addDesignation } from '../modules/enterprises/designations.service.ts';
import { createEnterprise, setEnterpriseStatus } from '../modules/enterprises/enterprises.service.ts';
import { type Ids, idOf } from './load-tree.ts';
import { type PlannedUnit, industryLabel } from './unit-plan.ts';

/**
 * Registers every planned enterprise and social organization through the enterprises service: the unit, its
 * contacts, its dated designations and its coverage links (own links make the org hosted by the unit); the closed
 * ones are closed last. Units with an onboarding case are registered as onboarding. Returns the units' ids by plan key.
 */
export async function createUnits(ctx: ServiceContext, units: readonly PlannedUnit[], orgIds: Ids, withCase: ReadonlySet<string>): Promise<Ids> {
  const ids: Ids = new Map();
  for (const u of units) {
    const industry = industryLabel(u);
    const created = await createEnterprise(ctx, {
      uscc: u.uscc,
      unitKind: u.unitKind,
      name: u.name,
      address: u.address,
      ...(industry ? { industry } : {}),
      registeredCapital: u.registeredCapital,
      employees: u.employees,
      foundedOn: u.foundedOn,
      // A unit with an onboarding case starts onboarding; its case, when completed, makes it active.
      status: u.status === 'onboarding' || withCase.has(u.key) ? 'onboarding' : 'active',
      responsibleOrgId: idOf(orgIds, u.responsibleOrgCode),
    });
    ids.set(u.key, created.id);
    for (const c of u.contacts) await addContact(ctx, created.id, c);
    for (const d of u.designations) {
      await addDesignation(ctx, created.id, { designation: d.designation, validFrom: d.validFrom, ...(d.validTo ? { validTo: d.validTo } : {}), ...(d.note ? { note: d.note } : {}) });
    }
    for (const c of u.coverage) await addCoverage(ctx, created.id, { orgId: idOf(orgIds, c.orgCode), kind: c.kind, validFrom: c.validFrom });
  }
  for (const u of units) {
    if (u.status === 'closed') await setEnterpriseStatus(ctx, idOf(ids, u.key), 'closed', '2024-12-31');
  }
  return ids;
}
