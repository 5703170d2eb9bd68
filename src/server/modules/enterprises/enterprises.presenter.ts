import type { Scope } from '../../platform/scope.ts';
import type { CoverageWithOrg } from './coverage.repository.ts';
import type { DesignationRow } from './designations.repository.ts';
import type { ContactRow, CoveringOrgRow, EnterpriseRow, MemberChainRow } from './enterprises.repository.ts';
import { type NameScopes, visibleChainName, visibleOrgName } from './enterprises.policy.ts';
import { type CoverageKind, type Designation, type EnterpriseStatus, type UnitKind, formatWanYuan } from './enterprises.rules.ts';
import type { ContactView, CoverageView, DesignationView, EnterpriseListItem } from './enterprises.schemas.ts';

/** What a unit looked like on the date read: its designations, covering orgs and chains then. */
export type UnitOnDate = { designations: string[]; covering: CoveringOrgRow[]; chains: MemberChainRow[] };

/** One unit as listed; org and chain names only where the caller may read them. */
export function presentListItem(e: EnterpriseRow, onDate: UnitOnDate, names: NameScopes): EnterpriseListItem {
  return {
    id: e.id,
    uscc: e.uscc,
    unitKind: e.unitKind as UnitKind,
    name: e.name,
    industry: e.industry,
    status: e.status as EnterpriseStatus,
    responsibleOrgId: e.responsibleOrgId,
    designations: [...new Set(onDate.designations)] as Designation[],
    coveringOrgs: onDate.covering.map((c) => ({ id: c.orgId, name: visibleOrgName(names.orgs, { name: c.orgName, path: c.orgPath }), kind: c.kind as CoverageKind })),
    chains: onDate.chains.map((c) => ({ id: c.chainId, name: visibleChainName(names.chains, { name: c.chainName, committeePath: c.committeePath }) })),
    registeredCapital: e.registeredCapital,
    registeredCapitalDisplay: formatWanYuan(e.registeredCapital),
  };
}

/** A contact person: the phone only as its mask. */
export function presentContact(c: ContactRow): ContactView {
  return { id: c.id, name: c.name, title: c.title, phoneMasked: c.phoneMasked };
}

export function presentDesignation(d: DesignationRow): DesignationView {
  return { id: d.id, enterpriseId: d.enterpriseId, designation: d.designation as Designation, validFrom: d.validFrom, validTo: d.validTo, note: d.note };
}

export function presentCoverage(c: CoverageWithOrg, orgScope: Scope): CoverageView {
  return {
    id: c.id,
    enterpriseId: c.enterpriseId,
    orgId: c.orgId,
    orgName: visibleOrgName(orgScope, { name: c.orgName, path: c.orgPath }),
    kind: c.kind as CoverageKind,
    validFrom: c.validFrom,
    validTo: c.validTo,
  };
}
