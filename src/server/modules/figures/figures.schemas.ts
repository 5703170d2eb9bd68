import { z } from 'zod';
import { asOfQuery, pageOf, pageQuery } from '../../platform/paging.ts';

export const figureSummary = z.object({
  id: z.string().describe('Figure id of ../shared/seed/figures.md, e.g. F04'),
  title: z.string().describe('What the figure is, in Chinese'),
  period: z.enum(['stock', 'year', 'cumulative']).describe('stock: as of the date; year: within its year; cumulative: up to it'),
  rule: z.string().describe('The counting rule in words (口径)'),
  values: z.record(z.string(), z.number()).describe('The computed values, in the caller\'s scope'),
  asOf: z.string().describe('The date computed for'),
});

export const figureListView = z.object({ items: z.array(figureSummary).describe('Every registered figure') });
export const figureListQuery = z.object({ asOf: asOfQuery }).strict();

export const figureRecordView = z.object({
  type: z.string().describe('Kind of record: org, member, enterprise, project, honor…'),
  id: z.number().int().describe('Record id'),
  label: z.string().describe('Name of the record'),
});

export const figureDetailView = figureSummary.extend({ records: pageOf(figureRecordView).describe('The records behind the values') });
export const figureDetailQuery = z.object({ asOf: asOfQuery, ...pageQuery }).strict();
export const figureParams = z.object({ id: z.string().regex(/^F\d{2}$/).describe('Figure id, e.g. F04') }).strict();
