import { z } from 'zod';
import { isoDate, pageOf, pageQuery } from '../../platform/paging.ts';
import { redActions } from '../../platform/red-actions.ts';

/** Who can hold an honor (荣誉): a member, an org, an enterprise, a chain, or the park itself. */
export const holderKinds = ['member', 'org', 'enterprise', 'chain', 'park'] as const;
export type HolderKind = (typeof holderKinds)[number];
export const honorLevels = ['national', 'provincial', 'city', 'park'] as const;
export type HonorLevel = (typeof honorLevels)[number];

export const honorView = z.object({
  id: z.number().int().describe('Honor id'),
  holderKind: z.enum(holderKinds).describe('Who holds it: member, org, enterprise, chain or park'),
  holderId: z.number().int().nullable().describe('The holder\'s id; null when the park holds it'),
  holderName: z.string().nullable().describe('The holder\'s current name; null for the park, or when the holder lies outside the caller\'s scope for its kind'),
  title: z.string().describe('The honor as awarded (e.g. 四川省两新组织党建示范园区)'),
  level: z.enum(honorLevels).describe('national, provincial, city or park'),
  issuer: z.string().nullable().describe('Who awarded it'),
  awardedOn: z.string().describe('Date awarded'),
  redAction: z.enum(redActions).nullable().describe('The Red Action it is reported under (fortress, leadGeese, navigation, enterpriseAid, momentum); null: none in particular'),
  note: z.string().nullable().describe('Notes'),
});
export type HonorView = z.infer<typeof honorView>;

export const honorListView = pageOf(honorView);

export const listHonorsQuery = z
  .object({
    holderKind: z.enum(holderKinds).optional().describe('Only honors of this kind of holder'),
    holderId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().describe('Only honors of this holder (with holderKind)'),
    level: z.enum(honorLevels).optional().describe('Only this level'),
    year: z.coerce.number().int().min(1949).max(2200).optional().describe('Only honors awarded in this year'),
    redAction: z.enum(redActions).optional().describe('Only honors reported under this Red Action'),
    ...pageQuery,
  })
  .strict();
export type ListHonorsInput = z.infer<typeof listHonorsQuery>;

const title = z.string().trim().min(2).max(200).describe('The honor as awarded');
const issuer = z.string().trim().min(1).max(100).nullable().optional().describe('Who awarded it');
const note = z.string().trim().max(1000).nullable().optional().describe('Notes');
const redAction = z.enum(redActions).nullable().optional().describe('The Red Action it is reported under; null or omitted: none in particular');

export const createHonorBody = z
  .object({
    holderKind: z.enum(holderKinds).describe('Who holds it: member, org, enterprise, chain or park'),
    holderId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).nullable().describe('The holder\'s id; null for the park'),
    title,
    level: z.enum(honorLevels).describe('national, provincial, city or park'),
    issuer,
    awardedOn: isoDate.describe('Date awarded (not in the future)'),
    redAction,
    note,
  })
  .strict();
export type CreateHonorInput = z.infer<typeof createHonorBody>;

export const updateHonorBody = z
  .object({
    title: title.optional(),
    level: createHonorBody.shape.level.optional(),
    issuer,
    awardedOn: createHonorBody.shape.awardedOn.optional(),
    redAction,
    note,
  })
  .strict();
export type UpdateHonorInput = z.infer<typeof updateHonorBody>;
