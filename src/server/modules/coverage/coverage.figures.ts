import { type FigureResult, registerFigure } from '../figures/figures.registry.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { coveredUnitsOf, instructedUnitsOf } from './coverage.service.ts';
import type { CoverageCategory } from './coverage.schemas.ts';

/**
 * F04–F06: coverage rates of the three categories by the park's coverage rule; F12: enterprises with an
 * instructor. Records are the covered (or instructed) units, in the caller's enterprises.read scope, so the count
 * always equals the list.
 */
async function coverageFigure(ctx: ServiceContext, category: CoverageCategory, asOf: string): Promise<FigureResult> {
  const { total, covered } = await coveredUnitsOf(ctx, category, asOf);
  // The rate leads (the report states a percentage); it is left out when there is nothing to divide by.
  const values: Record<string, number> =
    total === 0 ? { covered: 0, total: 0 } : { ratePercent: Math.round((covered.length * 10000) / total) / 100, covered: covered.length, total };
  return { values, records: covered.map((u) => ({ type: 'enterprise', id: u.id, label: u.name })) };
}

const ruleText = (units: string) =>
  `截至统计日${units}中，按园区覆盖规则（单独组建或联合组建的党组织在存续期内覆盖，和/或党建指导员任命在期内）已覆盖的单位数 ÷ 单位总数；ratePercent 为百分比，保留两位小数，总数为 0 时不给出`;

registerFigure({
  id: 'F04',
  title: '规上工业企业党组织动态覆盖率',
  period: 'stock',
  rule: ruleText('持有规上工业企业认定（在有效期内）的企业'),
  compute: (ctx, asOf) => coverageFigure(ctx, 'above_scale', asOf),
});

registerFigure({
  id: 'F05',
  title: '专精特新企业党组织覆盖率',
  period: 'stock',
  rule: ruleText('持有国家级或省级专精特新认定（在有效期内）的企业'),
  compute: (ctx, asOf) => coverageFigure(ctx, 'srdi', asOf),
});

registerFigure({
  id: 'F06',
  title: '社会组织党组织覆盖率',
  period: 'stock',
  rule: ruleText('未注销且已成立的社会组织'),
  compute: (ctx, asOf) => coverageFigure(ctx, 'social_org', asOf),
});

registerFigure({
  id: 'F12',
  title: '党建指导员指导企业',
  period: 'stock',
  rule: '截至统计日有党建指导员任命在期内的企业和社会组织（同一单位多名指导员计一次）',
  async compute(ctx, asOf) {
    const units = await instructedUnitsOf(ctx, asOf);
    return { values: { enterprises: units.length }, records: units.map((u) => ({ type: 'enterprise', id: u.id, label: u.name })) };
  },
});
