import { registerFigure } from '../figures/figures.registry.ts';
import { linksOfKindOn } from './contact-graph.service.ts';

/**
 * The report's dual-contact figures F16–F18, stock figures over the contact links in force on the date in the
 * caller's scope. F19 (百名干部进千企) combines cadresWithEnterpriseVisits (contact-visits.service.ts) with the
 * requests module's resolved problems and is registered where both meet (requests/requests.figures.ts).
 */

registerFigure({
  id: 'F16',
  title: '区领导党建联系点',
  period: 'stock',
  rule: '统计日在期的“区领导—联系点”联系，按区领导计联系点（党组织）个数，给出最少、最多及有联系点的区领导人数',
  async compute(ctx, asOf) {
    const links = await linksOfKindOn(ctx, 'leader_org', asOf);
    const perLeader = new Map<number, { name: string; points: Set<number> }>();
    for (const l of links) {
      if (l.userId === null || l.orgId === null) continue;
      const entry = perLeader.get(l.userId) ?? { name: l.userName ?? '', points: new Set<number>() };
      entry.points.add(l.orgId);
      perLeader.set(l.userId, entry);
    }
    const counts = [...perLeader.values()].map((e) => e.points.size);
    return {
      values: { min: counts.length ? Math.min(...counts) : 0, max: counts.length ? Math.max(...counts) : 0, leaders: perLeader.size, points: links.length },
      records: links.map((l) => ({ type: 'contact_link', id: l.id, label: `${l.userName ?? ''} → ${l.orgName ?? ''}` })),
    };
  },
});

registerFigure({
  id: 'F17',
  title: '区级部门联系企业',
  period: 'stock',
  rule: '统计日有区级部门（机关党组织）联系在期的企业数，同一企业有多个部门联系只计一次',
  async compute(ctx, asOf) {
    const links = await linksOfKindOn(ctx, 'department_enterprise', asOf);
    const enterprises = new Map<number, string>();
    for (const l of links) if (l.enterpriseId !== null) enterprises.set(l.enterpriseId, `${l.enterpriseName ?? ''}（${l.orgName ?? ''}）`);
    return { values: { enterprises: enterprises.size }, records: [...enterprises].map(([id, label]) => ({ type: 'enterprise', id, label })) };
  },
});

registerFigure({
  id: 'F18',
  title: '企业党组织对点联系 城市社区 / 小区楼院',
  period: 'stock',
  rule: '统计日在期的“企业党组织—社区/小区”联系：有此类联系的企业党组织数，所联系的不同城市社区数、不同小区楼院数',
  async compute(ctx, asOf) {
    const links = await linksOfKindOn(ctx, 'org_place', asOf);
    const orgs = new Set(links.map((l) => l.orgId));
    const communities = new Set(links.filter((l) => l.placeKind === 'community').map((l) => l.placeId));
    const compounds = new Set(links.filter((l) => l.placeKind === 'compound').map((l) => l.placeId));
    return {
      values: { orgs: orgs.size, communities: communities.size, compounds: compounds.size },
      records: links.map((l) => ({ type: 'contact_link', id: l.id, label: `${l.orgName ?? ''} → ${l.placeName ?? ''}` })),
    };
  },
});
