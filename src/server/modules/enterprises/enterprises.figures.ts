import { registerFigure } from '../figures/figures.registry.ts';
import { listOrgs } from '../orgs/orgs.service.ts';
import * as coverageRepo from './coverage.repository.ts';
import { readScope } from './enterprises.policy.ts';

const asRecords = (orgs: { id: number; name: string }[]) => orgs.map((o) => ({ type: 'org', id: o.id, label: o.name }));

registerFigure({
  id: 'F03',
  title: '"两企三新"党组织',
  period: 'stock',
  rule: '截至统计日存续、且当日以单独组建或联合组建方式覆盖企业或社会组织（或依托企业、社会组织设立）的党组织，每个党组织只计一次',
  async compute(ctx, asOf) {
    const orgs = await coverageRepo.twoNewOrgsOn(ctx.db, ctx.actor.tenantId, readScope(ctx.actor), asOf);
    return { values: { orgs: orgs.length }, records: asRecords(orgs) };
  },
});

registerFigure({
  id: 'F07',
  title: '外资企业党组织',
  period: 'stock',
  rule: '截至统计日存续、且当日为外资企业（当日持有外资企业认定）单独组建的党组织；党员数为当日组织关系在这些党组织（含其下级组织）的党员，每人只计一次',
  async compute(ctx, asOf) {
    const orgs = await coverageRepo.foreignFundedOrgsOn(ctx.db, ctx.actor.tenantId, readScope(ctx.actor), asOf);
    const members = await coverageRepo.countMembersUnder(ctx.db, ctx.actor.tenantId, orgs.map((o) => o.path), asOf);
    return { values: { orgs: orgs.length, members }, records: asRecords(orgs) };
  },
});

registerFigure({
  id: 'F08',
  title: '产业链党委',
  period: 'stock',
  rule: '截至统计日存续、类别为产业链党委的党组织',
  async compute(ctx, asOf) {
    const { total, items } = await listOrgs(ctx, { category: 'chain_committee', asOf, page: 1, pageSize: 1_000_000 });
    return { values: { orgs: total }, records: asRecords(items) };
  },
});
