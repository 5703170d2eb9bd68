import { z } from 'zod';

export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100000).default(1).describe('Page number, from 1'),
  pageSize: z.coerce.number().int().min(1).max(200).default(20).describe('Rows per page (at most 200)'),
};

export const isoDate = z.iso.date().describe('A date, YYYY-MM-DD');
export const asOfQuery = isoDate.optional().describe('Read the records as they stood on this date (YYYY-MM-DD); today when omitted');
export const idParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe('Record id') }).strict();

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item).describe('The rows of this page'),
    total: z.number().int().describe('Rows matching the filters, over all pages'),
    page: z.number().int().describe('This page number'),
    pageSize: z.number().int().describe('Rows per page'),
  });
}

export function offsetOf(page: number, pageSize: number) {
  return (page - 1) * pageSize;
}

/** Today's date in the park's time zone (China Standard Time, UTC+8). */
export function today(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}
