import type { PlannedOrg } from './org-plan.ts';
import type { PlannedPlace } from './places-plan.ts';
import type { Rng } from './random.ts';
import { generateName } from './names.ts';
import type { PlannedUnit } from './unit-plan.ts';

/**
 * 双联系 in the demo park, as data: 8 park leaders with 2–3 contact points each; 41 enterprises with a department
 * contact (from the 5 department branches NJJK-JG-01…05) and one past contact; 19 enterprise party orgs linked to
 * all 12 communities and all 31 compounds; 4 secondments; 205 cadres bound to organ branches, each paired with
 * 1–3 enterprises and visiting them in 2025 (some again in 2026), with a few pairings never visited.
 */
export type PlannedLeader = { username: string; displayName: string; points: { orgCode: string; from: string; to: string | null }[] };
export type PlannedVisit = { on: string; peopleMet: string; findings: string };
export type PlannedPairing = { unitKey: string; from: string; visits: PlannedVisit[] };
export type PlannedCadre = { username: string; displayName: string; orgCode: string; pairings: PlannedPairing[] };
export type PlannedDepartmentLink = { orgCode: string; unitKey: string; from: string; to: string | null };
export type PlannedOrgPlace = { orgCode: string; placeCode: string; from: string };
export type PlannedSecondment = { orgCode: string; unitKey: string; personName: string; direction: 'to_enterprise' | 'to_department'; from: string; to: string | null; note: string };
export type ContactsPlan = {
  leaders: PlannedLeader[];
  departmentLinks: PlannedDepartmentLink[];
  orgPlaces: PlannedOrgPlace[];
  secondments: PlannedSecondment[];
  cadres: PlannedCadre[];
};

export const contactsTargets = { leaders: 8, departmentEnterprises: 41, orgPlaceOrgs: 19, cadres: 205 };
export const departmentCodes = ['NJJK-JG-01', 'NJJK-JG-02', 'NJJK-JG-03', 'NJJK-JG-04', 'NJJK-JG-05'];

const leaderNames = ['陈国平', '李建华', '王晓东', '张丽萍', '刘志强', '杨文静', '黄德明', '周海燕'];
const peopleMet = ['企业负责人', '企业党支部书记', '人力资源经理', '生产副总', '财务负责人', '企业党建联络员'];
const findings = [
  '企业反映用工缺口较大，需协调职业技能培训和招聘会',
  '企业提出融资需求，已对接园区合作银行',
  '企业用电增容审批进度慢，需协调供电部门',
  '企业党支部“三会一课”台账规范，生产经营平稳',
  '企业反映物流成本偏高，建议对接园区物流平台',
  '企业拟扩建厂房，需了解用地和规划政策',
  '企业希望参加“我为企业找订单”对接活动',
  '企业环保设施改造需技术指导',
];
const secondmentNotes = ['双向挂职：机关干部下沉企业一线', '双向挂职：企业骨干到部门跟班学习'];

/** `count` distinct items of `pool` in a seeded order. */
function take<T>(rng: Rng, pool: readonly T[], count: number): T[] {
  if (pool.length < count) throw new Error(`demo park contacts: need ${count}, have ${pool.length}`);
  return rng.shuffle(pool).slice(0, count);
}

function visit(rng: Rng, from: string, to: string): PlannedVisit {
  return { on: rng.date(from, to), peopleMet: rng.pick(peopleMet), findings: rng.pick(findings) };
}

const later = (a: string, b: string) => (a > b ? a : b);
const daysAfter = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function planContacts(rng: Rng, input: { orgs: readonly PlannedOrg[]; places: readonly PlannedPlace[]; units: readonly PlannedUnit[] }): ContactsPlan {
  const current = input.orgs.filter((o) => !o.dissolution);
  const enterpriseOrgs = current.filter((o) => o.hostUnitKind === 'enterprise' && o.kind !== 'joint_branch');
  const communityOrgs = current.filter((o) => o.role === 'community');
  const organBranches = current.filter((o) => o.role === 'organ' && o.kind === 'branch').map((o) => o.code);
  // Units founded by 2025-03 only, so that every pairing can begin, and be visited, in time for the report year.
  const active = input.units.filter((u) => u.unitKind === 'enterprise' && u.status === 'active' && u.foundedOn <= '2025-03-31');
  const foundedOn = new Map(active.map((u) => [u.key, u.foundedOn]));
  const aboveScale = active.filter((u) => u.designations.some((d) => d.designation === 'above_scale' && d.validTo === null));

  // Leaders' contact points: enterprise and community orgs, distinct across leaders; lingdao01 also had one that ended.
  const pointOrgs = take(rng, [...enterpriseOrgs, ...communityOrgs], 8 * 3 + 1);
  let next = 0;
  const leaders = leaderNames.map((displayName, i) => {
    const points = Array.from({ length: i % 3 === 0 ? 3 : 2 }, () => {
      const org = pointOrgs[next++];
      return { orgCode: org.code, from: later(rng.date('2023-01-01', '2024-12-31'), org.foundedOn), to: null as string | null };
    });
    if (i === 0) {
      const org = pointOrgs[next++];
      points.push({ orgCode: org.code, from: later('2021-03-01', org.foundedOn), to: later('2023-03-01', daysAfter(org.foundedOn, 30)) });
    }
    return { username: `lingdao${String(i + 1).padStart(2, '0')}`, displayName, points };
  });

  const departmentUnits = take(rng, aboveScale, contactsTargets.departmentEnterprises + 1);
  const departmentLinks = departmentUnits.map((u, i) => ({
    orgCode: departmentCodes[i % departmentCodes.length],
    unitKey: u.key,
    // The last one is history: a contact that ended when the enterprise moved to another department's care.
    from: later(i === contactsTargets.departmentEnterprises ? '2022-03-01' : rng.date('2023-01-01', '2025-06-30'), u.foundedOn),
    to: i === contactsTargets.departmentEnterprises ? later('2024-07-01', daysAfter(u.foundedOn, 30)) : null,
  }));

  // 19 enterprise orgs share the 43 communities and compounds: every place has one org, each org 2 or 3 places.
  const placeOrgs = take(rng, enterpriseOrgs, contactsTargets.orgPlaceOrgs);
  const places = rng.shuffle(input.places.filter((p) => p.kind === 'community' || p.kind === 'compound'));
  const orgPlaces = places.map((p, i) => {
    const org = placeOrgs[i % placeOrgs.length];
    return { orgCode: org.code, placeCode: p.code, from: later(rng.date('2023-03-01', '2025-06-30'), org.foundedOn) };
  });

  const secondments: PlannedSecondment[] = [0, 1, 2, 3].map((i) => ({
    orgCode: departmentCodes[(i + 1) % departmentCodes.length],
    unitKey: departmentUnits[i].key,
    personName: generateName(rng, i % 2 === 0 ? 'male' : 'female'),
    direction: i < 2 ? 'to_enterprise' : 'to_department',
    from: later(rng.date('2024-09-01', '2025-03-31'), departmentUnits[i].foundedOn),
    to: i === 3 ? '2025-09-30' : null,
    note: secondmentNotes[i < 2 ? 0 : 1],
  }));

  // Cadres of a department pair first with that department's enterprises, then with any active enterprise.
  const byDepartment = new Map(departmentCodes.map((code) => [code, departmentLinks.filter((l) => l.orgCode === code && l.to === null).map((l) => l.unitKey)]));
  const cadres = Array.from({ length: contactsTargets.cadres }, (_, c) => {
    const orgCode = organBranches[c % organBranches.length];
    const own = byDepartment.get(orgCode) ?? [];
    const first = own.length && c < organBranches.length * 9 ? own[Math.floor(c / organBranches.length) % own.length] : rng.pick(active).key;
    const keys = [first];
    const wanted = rng.weighted([[1, 0.5], [2, 0.35], [3, 0.15]] as const);
    while (keys.length < wanted) {
      const k = rng.pick(active).key;
      if (!keys.includes(k)) keys.push(k);
    }
    const pairings = keys.map((unitKey, i) => {
      const from = later(rng.date('2024-01-01', '2025-03-31'), foundedOn.get(unitKey) ?? '2000-01-01');
      // Every cadre visits their first pairing in 2025; one in twelve later pairings is never visited (flagged).
      if (i > 0 && rng.chance(0.08)) return { unitKey, from, visits: [] };
      const visits = [visit(rng, later(from, '2025-01-01'), '2025-09-30')];
      if (rng.chance(0.85)) visits.push(visit(rng, '2025-10-01', '2025-12-31'));
      if (rng.chance(0.4)) visits.push(visit(rng, '2026-09-01', '2026-11-25'));
      return { unitKey, from, visits };
    });
    return { username: `ganbu${String(c + 1).padStart(3, '0')}`, displayName: generateName(rng, rng.chance(0.6) ? 'male' : 'female'), orgCode, pairings };
  });
  return { leaders, departmentLinks, orgPlaces, secondments, cadres };
}
