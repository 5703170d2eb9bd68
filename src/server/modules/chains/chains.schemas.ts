import { z } from 'zod';
import { asOfQuery, isoDate, pageOf, pageQuery } from '../../platform/paging.ts';
import { stageSummaryView } from '../projects/projects.schemas.ts';
import { honorView } from '../recognition/recognition.schemas.ts';

const id = (what: string) => z.number().int().describe(what);

export const chainView = z.object({
  id: id('Chain id'),
  code: z.string().describe('Chain code, unique in the park'),
  name: z.string().describe('Chain name (e.g. 软饮料及果蔬产业链)'),
  committeeOrgId: z.number().int().nullable().describe('The chain committee (产业链党委), an org of category chain_committee'),
  committeeOrgName: z.string().nullable().describe('The committee\'s current name; null without a committee or outside the caller\'s org scope'),
  description: z.string().nullable().describe('What the chain covers'),
});
export type ChainView = z.infer<typeof chainView>;

export const chainListItem = chainView.extend({
  enterpriseCount: z.number().int().describe('Member enterprises in force on the date read'),
  projectCount: z.number().int().describe('Investment projects of the chain recorded by the date read'),
  signedInvestment: z.number().int().describe('Agreed investment, in 元, of the chain\'s projects that had reached signed or later by the date read'),
  signedInvestmentText: z.string().describe('The same in 万元 or 亿元, for display'),
});

export const chainListView = pageOf(chainListItem).extend({ asOf: z.string().describe('The date read') });

export const chainEnterpriseView = z.object({
  id: id('Membership period id'),
  chainId: id('Chain id'),
  enterpriseId: id('Member enterprise id'),
  enterpriseName: z.string().describe('The enterprise\'s current name'),
  validFrom: z.string().describe('First day in the chain'),
  validTo: z.string().nullable().describe('Day after the last day in the chain; null while current'),
});

export const chainDetailView = chainView.extend({
  asOf: z.string().describe('The date read'),
  enterprises: z.array(chainEnterpriseView).describe('Member enterprises in force on the date read, with their periods'),
  enterpriseHistory: z.array(chainEnterpriseView).describe('Every membership period of the chain, earliest first'),
  honors: z.array(honorView).describe('Honors held by the chain, awarded by the date read'),
  projectsByStage: z.array(stageSummaryView).describe('The chain\'s projects by stage on the date read, every stage listed'),
});

export const listChainsQuery = z
  .object({
    q: z.string().trim().min(1).max(100).optional().describe('Name or code contains'),
    asOf: asOfQuery,
    ...pageQuery,
  })
  .strict();
export type ListChainsInput = z.infer<typeof listChainsQuery>;

export const chainDetailQuery = z.object({ asOf: asOfQuery }).strict();

const code = z.string().trim().regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, - and _ only').describe('Chain code, unique in the park');
const name = z.string().trim().min(2).max(100).describe('Chain name');
const description = z.string().trim().max(2000).nullable().optional().describe('What the chain covers');
const committeeOrgId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe('The chain committee: an org of category chain_committee the caller may read');

export const createChainBody = z.object({ code, name, committeeOrgId, description }).strict();
export type CreateChainInput = z.infer<typeof createChainBody>;

export const updateChainBody = z.object({ code: code.optional(), name: name.optional(), committeeOrgId: committeeOrgId.optional(), description }).strict();
export type UpdateChainInput = z.infer<typeof updateChainBody>;

export const addChainEnterpriseBody = z
  .object({
    enterpriseId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe('The enterprise joining the chain'),
    validFrom: isoDate.describe('First day in the chain (not in the future)'),
  })
  .strict();
export type AddChainEnterpriseInput = z.infer<typeof addChainEnterpriseBody>;

export const endChainEnterpriseBody = z
  .object({ validTo: isoDate.describe('Day the enterprise leaves the chain (exclusive end: its last day is the day before); after the first day, not in the future') })
  .strict();
