import { registerFigure } from '../figures/figures.registry.ts';
import { readScope } from './members.policy.ts';
import * as repo from './members.repository.ts';

registerFigure({
  id: 'F02',
  title: '党员',
  period: 'stock',
  rule: '截至统计日组织关系在本园区党组织（在调查范围内）的党员，含正式党员和预备党员；已转出、退党、去世者不计',
  async compute(ctx, asOf) {
    const rows = await repo.listInForce(ctx.db, ctx.actor.tenantId, readScope(ctx.actor), asOf);
    return { values: { members: rows.length }, records: rows.map((r) => ({ type: 'member', id: r.id, label: r.name })) };
  },
});
