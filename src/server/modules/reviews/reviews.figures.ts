import { registerFigure } from '../figures/figures.registry.ts';
import { formatYuan } from '../projects/projects.rules.ts';
import { fundAllocatedInYear } from './review-allocation.service.ts';

/** F20 企业党建专项资金: the special fund allocated from the review ratings in the date's year. */
registerFigure({
  id: 'F20',
  title: '企业党建专项资金',
  period: 'year',
  rule: '统计日所在年度的考评（联诺联述联评）中，截至统计日已完成分配的专项资金之和：按星级评定结果分配到各参评党组织的金额（元），限于调用者可见的组织；另给出以万元计、保留两位小数的值',
  async compute(ctx, asOf) {
    const rows = await fundAllocatedInYear(ctx, asOf);
    const yuan = rows.reduce((s, r) => s + r.amountYuan, 0);
    return {
      values: { yuan, wanYuan: Math.round(yuan / 100) / 100 },
      records: rows.map((r) => ({ type: 'review_allocation', id: r.id, label: `${r.orgName}（${r.stars}星，${formatYuan(r.amountYuan)}）` })),
    };
  },
});
