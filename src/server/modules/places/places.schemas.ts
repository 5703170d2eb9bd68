import { z } from 'zod';
import { pageOf, pageQuery } from '../../platform/paging.ts';
import { placeKinds } from './places.rules.ts';

export const placeView = z.object({
  id: z.number().int().describe('Place id'),
  kind: z.enum(placeKinds).describe('Place kind: community (社区), compound (小区), building (楼栋), household (户)'),
  code: z.string().describe('Place code, unique in the park'),
  name: z.string().describe('Name, e.g. 幸福社区, 3 栋, 2-301'),
  parentId: z.number().int().nullable().describe('Parent place; null for a community'),
  depth: z.number().int().describe('Depth in the place tree, a community is 0'),
  address: z.string().nullable().describe('Street address'),
  orgId: z.number().int().nullable().describe('The org responsible for the place (社区党总支, 小区党支部, 楼栋党小组…)'),
  orgName: z.string().nullable().describe('Current name of the responsible org'),
  centerMemberId: z.number().int().nullable().describe('On a household: the member whose home is this 党员中心户'),
  childCount: z.number().int().describe('Places directly under this one'),
});
export type PlaceView = z.infer<typeof placeView>;

export const placeDetailView = placeView.extend({
  ancestors: z
    .array(z.object({ id: z.number().int().describe('Ancestor place id'), kind: z.enum(placeKinds).describe('Ancestor kind'), name: z.string().describe('Ancestor name') }))
    .describe('The ancestors the caller may see, from the community down to the parent'),
  orgs: z
    .array(z.object({ id: z.number().int().describe('Org id'), name: z.string().describe('Org name') }))
    .describe('Party orgs attached to this place (orgs.placeId) that the caller may read'),
  centerMemberName: z.string().nullable().describe('Name of the 党员中心户 member, on a household that has one'),
});
export type PlaceDetailView = z.infer<typeof placeDetailView>;

export const listPlacesQuery = z
  .object({
    parentId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().describe('Only places directly under this place'),
    roots: z.enum(['true', 'false']).optional().describe('Only the topmost places the caller may see'),
    kind: z.enum(placeKinds).optional().describe('Only this kind'),
    q: z.string().trim().min(1).max(100).optional().describe('Name or code contains'),
    ...pageQuery,
  })
  .strict();
export type ListPlacesQuery = z.infer<typeof listPlacesQuery>;

export const placeListView = pageOf(placeView);

const refId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const codeField = z.string().trim().regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, - and _ only').describe('Place code, unique in the park');
const nameField = z.string().trim().min(1).max(100).describe('Name');
const addressField = z.string().trim().min(1).max(200).nullable().optional().describe('Street address');
const centerMemberField = refId.nullable().optional().describe('On a household only: the member whose home is this 党员中心户');

export const createPlaceBody = z
  .object({
    parentId: refId.nullable().describe('Parent place; null only for a community'),
    kind: z.enum(placeKinds).describe('Place kind'),
    code: codeField,
    name: nameField,
    address: addressField,
    orgId: refId.optional().describe('The responsible org; inherited from the parent place when omitted'),
    centerMemberId: centerMemberField,
  })
  .strict();
export type CreatePlaceInput = z.infer<typeof createPlaceBody>;

export const updatePlaceBody = z
  .object({
    name: nameField.optional(),
    code: codeField.optional(),
    address: addressField,
    orgId: refId.nullable().optional().describe('The responsible org; null leaves the place to park-wide users only'),
    centerMemberId: centerMemberField,
  })
  .strict();
export type UpdatePlaceInput = z.infer<typeof updatePlaceBody>;
