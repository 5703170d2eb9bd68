import { registerFigure } from '../figures/figures.registry.ts';
import { cadresWithEnterpriseVisits } from '../contacts/contact-visits.service.ts';
import { resolvedRequestsInYear } from './requests.service.ts';

/**
 * F19 百名干部进千企: where the contacts module's visits and this module's requests meet — the cadres who visited
 * enterprises in the year, and the enterprises' problems resolved in it, both in the caller's scope.
 */
registerFigure({
  id: 'F19',
  title: '百名干部进千企：走访企业的党员干部 / 解决困难问题',
  period: 'year',
  rule: '统计日所在年度内（截至统计日）登记过企业走访的不同干部人数；同期首次办结、且统计日仍为已办结或已确认的企业诉求件数（办结后被重新打开且未再办结的不计）',
  async compute(ctx, asOf) {
    const cadres = await cadresWithEnterpriseVisits(ctx, asOf);
    const problems = await resolvedRequestsInYear(ctx, asOf);
    return {
      values: { cadres: cadres.length, problems: problems.length },
      records: [
        ...cadres.map((c) => ({ type: 'user', id: c.userId, label: `${c.displayName}（走访 ${c.visits} 次）` })),
        ...problems.map((p) => ({ type: 'request', id: p.id, label: p.label })),
      ],
    };
  },
});
