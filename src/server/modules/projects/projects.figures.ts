import { registerFigure } from '../figures/figures.registry.ts';
import { formatYuan, signedOrLater, yuanToYi } from './projects.rules.ts';
import { projectsReaching } from './projects.service.ts';

/** The report's project figures, cumulative up to the date, over the projects the caller reaches. */

registerFigure({
  id: 'F09',
  title: '引进产业项目',
  period: 'cumulative',
  rule: '截至统计日已签约（含签约后进入注册、开工、投产阶段，跳级推进亦计）的招商项目数；此后退回洽谈的项目仍计入',
  async compute(ctx, asOf) {
    const rows = await projectsReaching(ctx, asOf, signedOrLater);
    return { values: { projects: rows.length }, records: rows.map((r) => ({ type: 'project', id: r.id, label: `${r.code} ${r.name}` })) };
  },
});

registerFigure({
  id: 'F10',
  title: '协议投资金额',
  period: 'cumulative',
  rule: '截至统计日已签约项目（同 F09）的协议投资额之和，以元为单位累加，另给出以亿元计、保留两位小数的值',
  async compute(ctx, asOf) {
    const rows = await projectsReaching(ctx, asOf, signedOrLater);
    const yuan = rows.reduce((sum, r) => sum + r.agreedInvestment, 0);
    return {
      values: { yuan, yi: yuanToYi(yuan) },
      records: rows.map((r) => ({ type: 'project', id: r.id, label: `${r.code} ${r.name}（${formatYuan(r.agreedInvestment)}）` })),
    };
  },
});

registerFigure({
  id: 'F11',
  title: '建成投产项目',
  period: 'cumulative',
  rule: '截至统计日曾进入投产阶段的已签约项目数（投产必经签约；跳级直接投产亦计）',
  async compute(ctx, asOf) {
    const rows = await projectsReaching(ctx, asOf, ['in_production']);
    return { values: { projects: rows.length }, records: rows.map((r) => ({ type: 'project', id: r.id, label: `${r.code} ${r.name}` })) };
  },
});
