import { registerFigure } from '../figures/figures.registry.ts';
import { topItemsOfYear } from './tasks.service.ts';

/** F15 党建任务全面完成: the top-level items of the year's task lists, completed as of the date. */
registerFigure({
  id: 'F15',
  title: '党建任务全面完成',
  period: 'year',
  rule: '统计日所在年度各任务清单的一级任务（分解出的下级任务计入其上级，不单独计数）中，截至统计日经交办党组织审核评定为已完成的任务数及占比；仅计调用者可见的任务',
  async compute(ctx, asOf) {
    const rows = await topItemsOfYear(ctx, Number(asOf.slice(0, 4)), asOf);
    const completed = rows.filter((r) => r.statusOn === 'completed').length;
    return {
      values: { tasks: rows.length, completed, rate: rows.length ? Math.round((completed / rows.length) * 1000) / 10 : 0 },
      records: rows.map((r) => ({ type: 'task_item', id: r.id, label: `${r.title}（${r.statusOn === 'completed' ? '已完成' : '未完成'}）` })),
    };
  },
});
