import { registerFigure } from '../figures/figures.registry.ts';
import { readScope } from './orgs.policy.ts';
import * as repo from './orgs.repository.ts';

registerFigure({
  id: 'F01',
  title: '党组织',
  period: 'stock',
  rule: '截至统计日存续的党组织（党工委、党委、党总支、党支部、联合党支部、党小组），已撤销者不计',
  async compute(ctx, asOf) {
    const { total, rows } = await repo.listOrgs(ctx.db, ctx.actor.tenantId, readScope(ctx.actor), { asOf, offset: 0, limit: 1_000_000 });
    return { values: { orgs: total }, records: rows.map((r) => ({ type: 'org', id: r.id, label: r.name })) };
  },
});
