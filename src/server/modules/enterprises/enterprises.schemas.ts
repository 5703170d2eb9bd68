import { z } from 'zod';
import { asOfQuery, isoDate, pageOf, pageQuery } from '../../platform/paging.ts';
import { coverageFilters, coverageKinds, designations, enterpriseStatuses, unitKinds } from './enterprises.rules.ts';

const id = (what: string) => z.number().int().describe(what);
const positiveId = (what: string) => z.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe(what);

export const coveringOrgView = z.object({
  id: id('Org id'),
  name: z.string().nullable().describe('The org\'s current name; null when the org lies outside the caller\'s org scope'),
  kind: z.enum(coverageKinds).describe('own: the unit hosts the org; joint: a joint branch covering several units'),
});

export const memberChainView = z.object({
  id: id('Chain id'),
  name: z.string().nullable().describe('The chain\'s name; null when the chain lies outside the caller\'s chains.read scope'),
});

export const enterpriseListItem = z.object({
  id: id('Enterprise id'),
  uscc: z.string().describe('统一社会信用代码 (18 characters, GB 32100-2015)'),
  unitKind: z.enum(unitKinds).describe('enterprise or social_org'),
  name: z.string().describe('Registered name'),
  industry: z.string().nullable().describe('Industry'),
  status: z.enum(enterpriseStatuses).describe('onboarding, active or closed'),
  responsibleOrgId: id('Org answerable for party work toward the unit'),
  designations: z.array(z.enum(designations)).describe('Designations held on the date read'),
  coveringOrgs: z.array(coveringOrgView).describe('Orgs in force covering the unit on the date read (a dissolved org no longer covers)'),
  chains: z.array(memberChainView).describe('Industrial chains the unit is a member of on the date read'),
  registeredCapital: z.number().int().nullable().describe('Registered capital in 元'),
  registeredCapitalDisplay: z.string().nullable().describe('Registered capital in 万元, e.g. "123.45万元"'),
});
export type EnterpriseListItem = z.infer<typeof enterpriseListItem>;

export const enterpriseListView = pageOf(enterpriseListItem);

export const contactView = z.object({
  id: id('Contact id'),
  name: z.string().describe('Name'),
  title: z.string().nullable().describe('Title or post at the unit'),
  phoneMasked: z.string().nullable().describe('Mobile number, masked (138****5678)'),
});
export type ContactView = z.infer<typeof contactView>;

export const designationView = z.object({
  id: id('Designation period id'),
  enterpriseId: id('The unit'),
  designation: z.enum(designations).describe('above_scale, srdi_national, srdi_provincial, high_tech, innovative_sme, foreign_funded, listed'),
  validFrom: z.string().describe('First day held'),
  validTo: z.string().nullable().describe('Day after the last day held; null while held'),
  note: z.string().nullable().describe('Notes (certificate number, issuing body…)'),
});
export type DesignationView = z.infer<typeof designationView>;

export const coverageView = z.object({
  id: id('Coverage link id'),
  enterpriseId: id('The unit covered'),
  orgId: id('The covering org'),
  orgName: z.string().nullable().describe('The org\'s current name; null when outside the caller\'s org scope'),
  kind: z.enum(coverageKinds).describe('own or joint'),
  validFrom: z.string().describe('First day of the link'),
  validTo: z.string().nullable().describe('Day after the last day; null while current'),
});
export type CoverageView = z.infer<typeof coverageView>;

export const enterpriseDetailView = enterpriseListItem.extend({
  address: z.string().nullable().describe('Address'),
  employees: z.number().int().nullable().describe('Number of employees'),
  foundedOn: z.string().nullable().describe('Date founded'),
  responsibleOrg: z.object({ id: id('Org id'), name: z.string().nullable().describe('Current name; null when outside the caller\'s org scope') }).describe('Org answerable for party work toward the unit'),
  contacts: z.array(contactView).describe('Contact people, masked'),
  designationHistory: z.array(designationView).describe('Every designation period, oldest first'),
  coverageHistory: z.array(coverageView).describe('Every coverage link, oldest first'),
  employedMemberCount: z.number().int().describe('Members working at the unit whose membership is current'),
});
export type EnterpriseDetailView = z.infer<typeof enterpriseDetailView>;

export const listEnterprisesQuery = z
  .object({
    unitKind: z.enum(unitKinds).optional().describe('Only this kind of unit'),
    status: z.enum(enterpriseStatuses).optional().describe('Only this status'),
    designation: z.enum(designations).optional().describe('Only units holding this designation on the date read'),
    q: z.string().trim().max(100).optional().describe('Name or 统一社会信用代码 contains'),
    responsibleOrgId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().describe('Only units whose responsible org lies in this org\'s subtree'),
    chainId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().describe('Only units that are members of this industrial chain on the date read; a chain the caller cannot read is 404'),
    coverage: z.enum(coverageFilters).optional().describe('org: only units covered on the date read by an own or joint org in force; none: only units no org covers then'),
    asOf: asOfQuery,
    ...pageQuery,
  })
  .strict();
export type ListEnterprisesInput = z.infer<typeof listEnterprisesQuery>;

export const enterpriseDetailQuery = z.object({ asOf: asOfQuery }).strict();

const uscc = z.string().trim().min(1).max(30).describe('统一社会信用代码: 18 characters, checked by the GB 32100-2015 check character');
const name = z.string().trim().min(2).max(100).describe('Registered name');
const address = z.string().trim().min(1).max(200).describe('Address');
const industry = z.string().trim().min(1).max(100).describe('Industry');
const registeredCapital = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).describe('Registered capital in 元 (whole yuan)');
const employees = z.number().int().min(0).max(10_000_000).describe('Number of employees');
const foundedOn = isoDate.describe('Date founded (not in the future)');

export const createEnterpriseBody = z
  .object({
    uscc,
    unitKind: z.enum(unitKinds).describe('enterprise or social_org'),
    name,
    address: address.optional(),
    industry: industry.optional(),
    registeredCapital: registeredCapital.optional(),
    employees: employees.optional(),
    foundedOn: foundedOn.optional(),
    status: z.enum(['onboarding', 'active']).optional().describe('active (default) for a unit already operating; onboarding for a new one going through its onboarding case'),
    responsibleOrgId: positiveId('Org answerable for party work toward the unit; the caller must be able to write enterprises under it'),
  })
  .strict();
export type CreateEnterpriseInput = z.infer<typeof createEnterpriseBody>;

export const updateEnterpriseBody = z
  .object({
    uscc: uscc.optional(),
    unitKind: z.enum(unitKinds).optional().describe('enterprise or social_org'),
    name: name.optional(),
    address: address.nullable().optional(),
    industry: industry.nullable().optional(),
    registeredCapital: registeredCapital.nullable().optional(),
    employees: employees.nullable().optional(),
    foundedOn: foundedOn.nullable().optional(),
    status: z.enum(['active', 'closed']).optional().describe('closed: the unit has closed; active: a closed unit reopens (an onboarding unit becomes active through its onboarding case)'),
    responsibleOrgId: positiveId('Org answerable for party work toward the unit; the caller must be able to write enterprises under it').optional(),
  })
  .strict();
export type UpdateEnterpriseInput = z.infer<typeof updateEnterpriseBody>;

const note = z.string().trim().min(1).max(500).describe('Notes (certificate number, issuing body…)');

export const addDesignationBody = z
  .object({
    designation: z.enum(designations).describe('The designation'),
    validFrom: isoDate.describe('First day held (not in the future)'),
    validTo: isoDate.optional().describe('Day after the last day held, when known (e.g. a certificate\'s expiry); open-ended when omitted'),
    note: note.optional(),
  })
  .strict();
export type AddDesignationInput = z.infer<typeof addDesignationBody>;

export const endPeriodBody = z.object({ validTo: isoDate.describe('Day after the last day (exclusive end); must come after the first day') }).strict();

export const addCoverageBody = z
  .object({
    orgId: positiveId('The covering org'),
    kind: z.enum(coverageKinds).describe('own: the org is the unit\'s own (the org becomes hosted by the unit); joint: a joint branch covering the unit among others'),
    validFrom: isoDate.describe('First day of the link (not in the future, not before the org was founded)'),
  })
  .strict();
export type AddCoverageInput = z.infer<typeof addCoverageBody>;

export const addContactBody = z
  .object({
    name: z.string().trim().min(1).max(50).describe('Name'),
    title: z.string().trim().min(1).max(100).optional().describe('Title or post at the unit'),
    phone: z.string().trim().min(1).max(30).optional().describe('Mainland mobile number (11 digits, +86 allowed); stored encrypted, shown masked'),
  })
  .strict();
export type AddContactInput = z.infer<typeof addContactBody>;
