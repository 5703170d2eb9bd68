import { z } from 'zod';
import { asOfQuery, pageOf, pageQuery } from '../../platform/paging.ts';

/** The categories whose coverage the park reports (F04–F06). */
export const coverageCategories = ['above_scale', 'srdi', 'social_org'] as const;
export type CoverageCategory = (typeof coverageCategories)[number];
export const unitKinds = ['enterprise', 'social_org'] as const;
export const alertReasons = ['uncovered', 'members_without_own_org'] as const;
export type AlertReason = (typeof alertReasons)[number];

const category = z
  .enum(coverageCategories)
  .describe('Coverage category: above_scale (规上工业企业, designated on the date), srdi (专精特新, national or provincial), social_org (社会组织 not closed and founded by the date)');
const count = (what: string) => z.number().int().describe(what);
const ratio = (what: string) => z.number().nullable().describe(`${what} (0–1); null when the denominator is 0`);
const flag = (what: string) => z.enum(['true', 'false']).optional().describe(what);
const orgFilter = z.coerce
  .number()
  .int()
  .positive()
  .max(Number.MAX_SAFE_INTEGER)
  .optional()
  .describe('Only units whose responsible org lies in this org\'s subtree (an org the caller may read)');

const ruleFields = {
  countsOrg: z.boolean().describe('Organizational coverage counts: an own or joint org in force covers the unit'),
  countsInstructor: z.boolean().describe('Work coverage counts: an instructor assignment in force on the date'),
  visitIntervalDays: z.number().int().describe('Days without a guidance visit before an enterprise of the category is flagged'),
};

export const coverageRuleView = z.object({
  category,
  ...ruleFields,
  isDefault: z.boolean().describe('No rule saved for the category: the defaults apply (both count, 90 days)'),
});
export type CoverageRuleView = z.infer<typeof coverageRuleView>;
export const coverageRuleListView = z.object({ items: z.array(coverageRuleView).describe('One rule per category') });

export const coverageRuleParams = z.object({ category }).strict();
export const updateCoverageRuleBody = z
  .object({
    countsOrg: ruleFields.countsOrg,
    countsInstructor: ruleFields.countsInstructor,
    visitIntervalDays: z.number().int().min(1).max(3650).describe('Days without a guidance visit before an enterprise is flagged (1–3650)'),
  })
  .strict();
export type UpdateCoverageRuleInput = z.infer<typeof updateCoverageRuleBody>;

export const coverageRatesQuery = z.object({ asOf: asOfQuery, responsibleOrgId: orgFilter }).strict();
export type CoverageRatesInput = z.infer<typeof coverageRatesQuery>;

export const coverageRateView = z.object({
  category,
  rule: z.object(ruleFields).describe('The rule the numbers were counted by'),
  denominator: count('Units of the category on the date, in the caller\'s scope'),
  orgCovered: count('Of those, units covered by an own or joint org in force'),
  instructorCovered: count('Of those, units with an instructor assignment in force'),
  covered: count('Of those, units covered per the rule (org and/or instructor, as it counts them): the numerator'),
  rate: ratio('covered / denominator'),
  orgRate: ratio('orgCovered / denominator'),
  instructorRate: ratio('instructorCovered / denominator'),
});
export type CoverageRateView = z.infer<typeof coverageRateView>;
export const coverageRatesView = z.object({
  asOf: z.string().describe('The date counted for'),
  responsibleOrgId: z.number().int().nullable().describe('The subtree the count was narrowed to, if any'),
  items: z.array(coverageRateView).describe('One rate per category'),
});

export const unitRefView = z.object({
  id: z.number().int().describe('Enterprise (host unit) id'),
  name: z.string().describe('Name'),
  uscc: z.string().describe('统一社会信用代码'),
  unitKind: z.enum(unitKinds).describe('enterprise or social_org'),
});

const instructorRef = z.object({
  userId: z.number().int().describe('Instructor\'s user id'),
  displayName: z.string().describe('Instructor\'s name'),
  validFrom: z.string().describe('First day of the assignment in force on the date'),
});
const committeeRef = z.object({ orgId: z.number().int().describe('Org id'), name: z.string().describe('Org name') });

export const coverageUnitsQuery = z
  .object({
    category,
    asOf: asOfQuery,
    covered: flag('Only units covered (true) or not covered (false) per the rule'),
    orgCovered: flag('Only units with (true) or without (false) an own or joint org in force'),
    instructorCovered: flag('Only units with (true) or without (false) an instructor assignment in force'),
    responsibleOrgId: orgFilter,
    ...pageQuery,
  })
  .strict();
export type CoverageUnitsInput = z.infer<typeof coverageUnitsQuery>;

export const coverageUnitView = unitRefView.extend({
  responsibleOrgId: z.number().int().describe('The org answerable for party work toward the unit'),
  responsibleOrgName: z.string().describe('That org\'s current name'),
  covered: z.boolean().describe('Covered per the rule on the date'),
  orgCovered: z.boolean().describe('An own or joint org in force covers it'),
  instructorCovered: z.boolean().describe('An instructor assignment is in force'),
  orgs: z
    .array(committeeRef.extend({ kind: z.enum(['own', 'joint']).describe('own (hosted by the unit) or joint (a joint branch over several units)') }))
    .describe('Orgs covering the unit on the date'),
  instructors: z.array(instructorRef).describe('Instructors assigned to the unit on the date'),
});
export type CoverageUnitView = z.infer<typeof coverageUnitView>;
export const coverageUnitListView = pageOf(coverageUnitView).extend({
  category,
  asOf: z.string().describe('The date read'),
});

export const coverageAlertsQuery = z
  .object({
    asOf: asOfQuery,
    reason: z.enum(alertReasons).optional().describe('Only alerts of this reason'),
    responsibleOrgId: orgFilter,
    ...pageQuery,
  })
  .strict();
export type CoverageAlertsInput = z.infer<typeof coverageAlertsQuery>;

export const coverageAlertView = z.object({
  unit: unitRefView.describe('The unit the alert is about'),
  reason: z
    .enum(alertReasons)
    .describe('uncovered: a unit of a category not covered per the rule; members_without_own_org: three or more full members employed there and no own org'),
  categories: z.array(category).describe('For uncovered: the categories in which the unit is not covered; empty otherwise'),
  fullMembers: count('Full members employed at the unit whose membership is in force on the date'),
  recipients: z
    .object({
      instructors: z.array(instructorRef).describe('The unit\'s instructors on the date'),
      committees: z.array(committeeRef).describe('The two-new committee (区两新党委) in force on the date'),
    })
    .describe('Who the alert goes to'),
});
export type CoverageAlertView = z.infer<typeof coverageAlertView>;
export const coverageAlertListView = pageOf(coverageAlertView).extend({ asOf: z.string().describe('The date computed for') });

export const unvisitedQuery = z.object({ asOf: asOfQuery, responsibleOrgId: orgFilter, ...pageQuery }).strict();
export type UnvisitedInput = z.infer<typeof unvisitedQuery>;

export const unvisitedView = z.object({
  unit: unitRefView.describe('The enterprise not visited in time'),
  instructors: z.array(instructorRef).describe('Its instructors on the date'),
  categories: z.array(category).describe('The coverage categories it falls in on the date'),
  intervalDays: count('The interval applied: the smallest of its categories\' rules, 90 when it falls in none'),
  lastVisitOn: z.string().nullable().describe('Its last guidance visit on or before the date; null when never visited'),
  daysSinceLastVisit: z.number().int().nullable().describe('Days from the last visit to the date; null when never visited'),
});
export type UnvisitedView = z.infer<typeof unvisitedView>;
export const unvisitedListView = pageOf(unvisitedView).extend({ asOf: z.string().describe('The date computed for') });
