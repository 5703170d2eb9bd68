import { z } from 'zod';
import { asOfQuery, isoDate, pageOf, pageQuery } from '../../platform/paging.ts';
import { linkKinds, secondmentDirections, watchedKinds } from './contacts.rules.ts';

/** Contact links (双联系), the park's visit-interval settings and the contact graph. Visits: visits.schemas.ts. */

const id = (what: string) => z.number().int().describe(what);
const refId = (what: string) => z.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe(what);
const queryId = (what: string) => z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().describe(what);
const text = (max: number, what: string) => z.string().trim().min(1).max(max).describe(what);
const kind = z.enum(linkKinds);

export const linkView = z.object({
  id: id('Link id'),
  kind: kind.describe('leader_org, department_enterprise, cadre_enterprise, org_place or secondment'),
  userId: z.number().int().nullable().describe('The leader (leader_org) or cadre (cadre_enterprise)'),
  userName: z.string().nullable().describe('That user\'s display name'),
  orgId: z.number().int().nullable().describe('The contact point (leader_org), department org (department_enterprise, secondment) or enterprise party org (org_place)'),
  orgName: z.string().nullable().describe('That org\'s current name'),
  enterpriseId: z.number().int().nullable().describe('The enterprise (department_enterprise, cadre_enterprise, secondment)'),
  enterpriseName: z.string().nullable().describe('Its name'),
  placeId: z.number().int().nullable().describe('The community or compound (org_place)'),
  placeName: z.string().nullable().describe('Its name'),
  placeKind: z.string().nullable().describe('community or compound'),
  memberId: z.number().int().nullable().describe('Secondments: the seconded member, when recorded'),
  personName: z.string().nullable().describe('Secondments: who is seconded'),
  direction: z.enum(secondmentDirections).nullable().describe('Secondments: to_enterprise (department → enterprise) or to_department (enterprise → department)'),
  note: z.string().nullable().describe('A note on the link'),
  validFrom: z.string().describe('First day of the link'),
  validTo: z.string().nullable().describe('Day after the last day; null while in force'),
  isCurrent: z.boolean().describe('In force on the date read'),
  lastVisitedOn: z.string().nullable().describe('Latest visit counting for the link on or before the date read (watched kinds only)'),
  staleAfterDays: z.number().int().nullable().describe('The park\'s interval for this kind; null when the kind is not watched'),
  isStale: z.boolean().describe('In force and without a visit for more than staleAfterDays days on the date read'),
});
export type LinkView = z.infer<typeof linkView>;
export const linkListView = pageOf(linkView).extend({ asOf: z.string().describe('The date read') });

export const listLinksQuery = z
  .object({
    kind: kind.optional().describe('Only links of this kind'),
    userId: queryId('Only links of this leader or cadre'),
    orgId: queryId('Only links of this org (one the caller may read)'),
    enterpriseId: queryId('Only links to this enterprise (one the caller may read)'),
    placeId: queryId('Only links to this place'),
    asOf: asOfQuery,
    includeEnded: z.enum(['true', 'false']).default('false').transform((v) => v === 'true').describe('Also links not in force on the date read (their whole history)'),
    ...pageQuery,
  })
  .strict();
export type ListLinksInput = z.infer<typeof listLinksQuery>;

export const staleLinksQuery = z
  .object({ kind: z.enum(watchedKinds).optional().describe('Only links of this watched kind'), asOf: asOfQuery, ...pageQuery })
  .strict();
export type StaleLinksInput = z.infer<typeof staleLinksQuery>;

export const linkDetailQuery = z.object({ asOf: asOfQuery }).strict();

export const createLinkBody = z
  .object({
    kind: kind.describe('The kind of link; decides which of the other fields are needed'),
    userId: refId('leader_org: a user holding the leader role; cadre_enterprise: a user holding the cadre role (on validFrom)').optional(),
    orgId: refId('leader_org: the contact point; department_enterprise and secondment: a department (organ) org; org_place: an enterprise party org').optional(),
    enterpriseId: refId('department_enterprise, cadre_enterprise, secondment: the enterprise').optional(),
    placeId: refId('org_place: a community or compound').optional(),
    memberId: refId('secondment: the seconded member, when a member of the park').optional(),
    personName: text(100, 'secondment: who is seconded').optional(),
    direction: z.enum(secondmentDirections).optional().describe('secondment: to_enterprise or to_department'),
    note: text(1000, 'A note on the link').optional(),
    validFrom: isoDate.describe('First day of the link (not in the future)'),
  })
  .strict();
export type CreateLinkInput = z.infer<typeof createLinkBody>;

export const endLinkBody = z.object({ validTo: isoDate.describe('Day after the last day of the link: after validFrom, not in the future') }).strict();
export type EndLinkInput = z.infer<typeof endLinkBody>;

export const settingView = z.object({
  kind: z.enum(watchedKinds).describe('A watched link kind'),
  staleAfterDays: z.number().int().nullable().describe('Days without a visit after which a link of this kind is flagged; null: not watched'),
  isDefault: z.boolean().describe('The platform default (no setting stored)'),
});
export const settingListView = z.object({ items: z.array(settingView).describe('One row per watched kind') });
export const settingParam = z.object({ kind: kind.describe('The link kind') }).strict();
export const putSettingBody = z
  .object({ staleAfterDays: z.number().int().min(1).max(3650).nullable().describe('Days without a visit before a link is flagged (1–3650); null stops watching the kind') })
  .strict();

const node = z.object({
  id: z.string().describe('Node key: user:<id>, org:<id>, enterprise:<id> or place:<id>'),
  type: z.enum(['leader', 'cadre', 'org', 'enterprise', 'place']).describe('What the node is'),
  label: z.string().describe('Its name'),
});
const edge = z.object({
  linkId: id('The link'),
  kind: kind.describe('The link kind'),
  source: z.string().describe('Node key of the near side (leader, cadre, department or enterprise party org)'),
  target: z.string().describe('Node key of the far side (contact point, enterprise or place)'),
  isStale: z.boolean().describe('Flagged: no visit within the kind\'s interval'),
});
export const graphQuery = z
  .object({
    kind: kind.default('leader_org').describe('The kind of link drawn'),
    asOf: asOfQuery,
    category: z.enum(['above_scale', 'srdi', 'high_tech', 'all']).default('above_scale').describe('Enterprise category whose units without a department contact are listed as gaps'),
  })
  .strict();
export type GraphInput = z.infer<typeof graphQuery>;
export const graphView = z.object({
  asOf: z.string().describe('The date read'),
  kind: kind.describe('The kind drawn'),
  nodes: z.array(node).describe('Every party of the links drawn'),
  edges: z.array(edge).describe('The links in force on the date, in the caller\'s scope'),
  gaps: z.object({
    leadersWithoutPoints: z.array(z.object({ userId: id('Leader'), displayName: z.string().describe('Name') })).describe('Park leaders in the caller\'s scope with no contact point in force'),
    enterprisesWithoutDepartment: z
      .object({
        category: z.string().describe('The category read'),
        total: z.number().int().describe('Enterprises of the category in scope without a department contact'),
        items: z.array(z.object({ id: id('Enterprise'), name: z.string().describe('Name') })).describe('The first 100 of them, by name'),
      })
      .describe('Enterprises of the category without a department contact in force'),
    staleLinks: z.number().int().describe('Links in force without a visit within their kind\'s interval'),
  }).describe('What is missing on the date, in the caller\'s scope'),
});
