import type { ServiceContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { offsetOf, today } from '../../platform/paging.ts';
import { findFigure, listFigureDefinitions } from './figures.registry.ts';

/** Every registered figure the caller may read, with its values as of a date in the caller's scope. */
export async function listFigures(ctx: ServiceContext, asOf = today()) {
  const items = [];
  for (const f of listFigureDefinitions()) {
    try {
      const result = await f.compute(ctx, asOf);
      items.push({ id: f.id, title: f.title, period: f.period, rule: f.rule, values: result.values, asOf });
    } catch (error) {
      // A figure over records the caller may not read at all is left out, not failed.
      if (error instanceof AppError && error.code === 'FORBIDDEN') continue;
      throw error;
    }
  }
  return { items };
}

/** One figure with the paged records behind it. */
export async function getFigure(ctx: ServiceContext, id: string, input: { asOf?: string; page: number; pageSize: number }) {
  const f = findFigure(id);
  if (!f) throw new AppError('NOT_FOUND', [{ field: 'id', message: '平台尚未保存该指标的记录', messageEn: 'The platform keeps no records for this figure yet' }]);
  const asOf = input.asOf ?? today();
  const result = await f.compute(ctx, asOf);
  const start = offsetOf(input.page, input.pageSize);
  return {
    id: f.id,
    title: f.title,
    period: f.period,
    rule: f.rule,
    values: result.values,
    asOf,
    records: { items: result.records.slice(start, start + input.pageSize), total: result.records.length, page: input.page, pageSize: input.pageSize },
  };
}
