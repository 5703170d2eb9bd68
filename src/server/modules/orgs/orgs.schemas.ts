import { z } from 'zod';
import { asOfQuery, isoDate, pageOf, pageQuery } from '../../platform/paging.ts';
import { hostUnitKinds, orgCategories, orgKinds } from './orgs.rules.ts';

export const orgView = z.object({
  id: z.number().int().describe('Org id'),
  code: z.string().describe('Org code, unique in the park'),
  kind: z.enum(orgKinds).describe('Org kind: working_committee, committee, general_branch, branch, joint_branch, group'),
  category: z.enum(orgCategories).nullable().describe('Special role: liangxin_committee, township_committee, chain_committee'),
  name: z.string().describe('Full name (中共…)'),
  shortName: z.string().nullable().describe('Short name'),
  parentId: z.number().int().nullable().describe('Parent org id; null for the root'),
  depth: z.number().int().describe('Depth in the tree, the root is 0'),
  foundedOn: z.string().describe('Founding date'),
  dissolvedOn: z.string().nullable().describe('Dissolution date, if dissolved'),
  hostUnitKind: z.enum(hostUnitKinds).nullable().describe('Kind of the unit hosting the org'),
  hostUnitName: z.string().nullable().describe('Name of the hosting unit'),
  placeId: z.number().int().nullable().describe('Place the org is attached to'),
  secretaryMemberId: z.number().int().nullable().describe('Member who is the secretary'),
  childCount: z.number().int().describe('Child orgs in force on the date read'),
});
export type OrgView = z.infer<typeof orgView>;

export const orgVersionView = z.object({
  validFrom: z.string().describe('First day of this period'),
  validTo: z.string().nullable().describe('Day after the last day of this period; null while current'),
  change: z.string().describe('What started the period: found, rename, move, ancestor_move, change_kind'),
  name: z.string().describe('Name in this period'),
  shortName: z.string().nullable().describe('Short name in this period'),
  kind: z.enum(orgKinds).describe('Kind in this period'),
  parentId: z.number().int().nullable().describe('Parent in this period'),
  parentName: z.string().nullable().describe('Parent\'s current name'),
  note: z.string().nullable().describe('Why'),
});

export const orgDetailView = orgView.extend({
  ancestors: z.array(z.object({ id: z.number().int(), name: z.string() })).describe('Path from the root down to the parent'),
  history: z.array(orgVersionView).describe('Dated history: founding, renames, moves, dissolution'),
});

export const listOrgsQuery = z
  .object({
    parentId: z.coerce.number().int().positive().optional().describe('Only direct children of this org'),
    subtreeOf: z.coerce.number().int().positive().optional().describe('Only this org and everything under it'),
    roots: z.enum(['true', 'false']).optional().describe('Only the topmost orgs the caller may see'),
    kind: z.enum(orgKinds).optional().describe('Only this kind'),
    category: z.enum(orgCategories).optional().describe('Only this category'),
    q: z.string().trim().max(100).optional().describe('Name, short name or code contains'),
    asOf: asOfQuery,
    includeDissolved: z.enum(['true', 'false']).optional().describe('Also list dissolved orgs (current view only)'),
    ...pageQuery,
  })
  .strict();

export const orgListView = pageOf(orgView);

const nameField = z.string().trim().min(2).max(100).describe('Full name (中共…)');
const shortNameField = z.string().trim().min(1).max(50).nullable().optional().describe('Short name');

export const createOrgBody = z
  .object({
    parentId: z.number().int().positive().nullable().describe('Parent org; null only for the park\'s root working committee'),
    code: z.string().trim().regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, - and _ only').describe('Org code, unique in the park'),
    kind: z.enum(orgKinds).describe('Org kind'),
    category: z.enum(orgCategories).nullable().optional().describe('Special role'),
    name: nameField,
    shortName: shortNameField,
    foundedOn: isoDate.describe('Founding date'),
    hostUnitKind: z.enum(hostUnitKinds).nullable().optional().describe('Kind of the hosting unit'),
    hostUnitName: z.string().trim().min(1).max(100).nullable().optional().describe('Name of the hosting unit'),
    placeId: z.number().int().positive().nullable().optional().describe('Place the org is attached to'),
  })
  .strict();
export type CreateOrgInput = z.infer<typeof createOrgBody>;

export const updateOrgBody = z
  .object({
    code: createOrgBody.shape.code.optional(),
    category: createOrgBody.shape.category,
    hostUnitKind: createOrgBody.shape.hostUnitKind,
    hostUnitName: createOrgBody.shape.hostUnitName,
    placeId: createOrgBody.shape.placeId,
    secretaryMemberId: z.number().int().positive().nullable().optional().describe('Member who is the secretary'),
  })
  .strict();
export type UpdateOrgInput = z.infer<typeof updateOrgBody>;

const effectiveOn = isoDate.describe('The day the change takes effect (not in the future)');
const note = z.string().trim().max(500).optional().describe('Why, for the history');

export const renameOrgBody = z.object({ name: nameField, shortName: shortNameField, effectiveOn, note }).strict();
export const moveOrgBody = z.object({ parentId: z.number().int().positive().describe('The new parent org'), effectiveOn, note }).strict();
export const changeKindBody = z.object({ kind: z.enum(orgKinds).describe('The new kind'), effectiveOn, note }).strict();
export const dissolveOrgBody = z.object({ effectiveOn, note }).strict();

export const orgDetailQuery = z.object({ asOf: asOfQuery }).strict();

export const countOrgsQuery = z
  .object({
    orgId: z.coerce.number().int().positive().optional().describe('Count this org\'s subtree (the org included); the caller\'s whole scope when omitted'),
    asOf: asOfQuery,
  })
  .strict();
export const countOrgsView = z.object({
  count: z.number().int().describe('Orgs in force on the date'),
  asOf: z.string().describe('The date counted'),
});
