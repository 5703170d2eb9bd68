import type { OrgCategory, OrgKind, hostUnitKinds } from '../modules/orgs/orgs.rules.ts';
import {
  type EnterpriseSpec, type Industry, chains, createEnterpriseNames, departments, foreignEnterprise, jointBranches,
  largeEnterprises, parkName, socialOrgs, townships,
} from './catalog.ts';
import type { AgeProfile } from './people.ts';
import { type PlannedPlace, orgCodeOf } from './places-plan.ts';
import { type Rng, addDays, maxDate } from './random.ts';

export type HostUnitKind = (typeof hostUnitKinds)[number];

/** What an org is in the demo park's two hierarchies. */
export type OrgRole = 'root' | 'liangxin' | 'township' | 'chain' | 'organ' | 'community' | 'compound' | 'building_group' | 'two_new';

export type PlannedOrg = {
  code: string;
  parentCode: string | null;
  kind: OrgKind;
  category: OrgCategory | null;
  role: OrgRole;
  /** Name at founding (a rename event may change it later). */
  name: string;
  shortName: string | null;
  foundedOn: string;
  hostUnitKind: HostUnitKind | null;
  hostUnitName: string | null;
  enterprise: EnterpriseSpec | null;
  placeCode: string | null;
  profile: AgeProfile;
  /** Current members wanted at the report date, before the sizes are fitted to the park's total. */
  size: number;
  /** Sizes the fitting leaves alone (committees, the foreign-funded enterprise's orgs). */
  fixedSize: boolean;
  /** Dissolved orgs: their members move to the successor first. */
  dissolution: { on: string; transferOn: string; successorCode: string } | null;
};

export type OrgEvent =
  | { type: 'rename'; on: string; code: string; name: string; shortName: string; hostUnitName: string | null; note: string }
  | { type: 'move'; on: string; code: string; parentCode: string; note: string }
  | { type: 'dissolve'; on: string; code: string; note: string };

export const rootCode = 'NJJK';
export const liangxinCode = 'NJJK-LX';
export const chainCode = (c: string) => `NJJK-CL-${c}`;
const organsCode = 'NJJK-JG';
const chainsFoundedOn = '2023-06-30';
const chainsJoinedOn = '2023-07-15';

export type OrgPlan = { orgs: PlannedOrg[]; events: OrgEvent[] };

/** Adds an org to the plan; what is not given takes the defaults (no category, host unit or place). */
type Add = (o: Partial<PlannedOrg> & Pick<PlannedOrg, 'code' | 'parentCode' | 'kind' | 'role' | 'name' | 'foundedOn' | 'profile' | 'size'>) => PlannedOrg;

function shortOf(hostName: string, suffix: string): string {
  return `${hostName.replace(/^(四川|内江|成渝)/, '').replace(/(（四川）)?(股份)?有限公司$/, '')}${suffix}`;
}

/**
 * The org tree: 250 orgs in force (10 at the top, 10 organ branches, 111 community-side, 119 两企三新) plus 3
 * organ branches dissolved in past reforms, and the dated renames and moves of its history.
 */
export function planOrgs(rng: Rng, places: readonly PlannedPlace[]): OrgPlan {
  const orgs: PlannedOrg[] = [];
  const events: OrgEvent[] = [];
  const names = createEnterpriseNames(rng);
  const add: Add = (o) => {
    const org: PlannedOrg = { category: null, shortName: null, hostUnitKind: null, hostUnitName: null, enterprise: null, placeCode: null, fixedSize: false, dissolution: null, ...o };
    orgs.push(org);
    return org;
  };
  const committee = { kind: 'committee' as const, profile: 'mixed' as const, fixedSize: true };

  add({ code: rootCode, parentCode: null, kind: 'working_committee', role: 'root', name: `中共${parkName}工作委员会`, shortName: '区党工委', foundedOn: '2006-07-01', hostUnitKind: 'park', hostUnitName: parkName, profile: 'mixed', size: 7, fixedSize: true });
  add({ ...committee, code: liangxinCode, parentCode: rootCode, category: 'liangxin_committee', role: 'liangxin', name: `中共${parkName}两新组织委员会`, shortName: '区两新党委', foundedOn: '2012-05-01', hostUnitKind: 'park', hostUnitName: parkName, size: 5 });
  for (const t of townships) {
    const nameNow = t.isStreet ? `中共${parkName}${t.name}工作委员会` : `中共${parkName}${t.name}委员会`;
    const shortNow = `${t.name}${t.isStreet ? '党工委' : '党委'}`;
    add({ ...committee, code: orgCodeOf.township(t.code), parentCode: rootCode, category: 'township_committee', role: 'township', name: t.formerName ? `中共${parkName}${t.formerName}委员会` : nameNow, shortName: t.formerName ? `${t.formerName}党委` : shortNow, foundedOn: '2006-09-01', hostUnitKind: 'government', hostUnitName: `${t.formerName ?? t.name}${t.isStreet && !t.formerName ? '办事处' : '人民政府'}`, size: 5 });
    if (t.formerName && t.renamedOn) {
      events.push({ type: 'rename', on: t.renamedOn, code: orgCodeOf.township(t.code), name: nameNow, shortName: shortNow, hostUnitName: `${t.name}办事处`, note: `撤销${t.formerName}，设立${t.name}` });
    }
  }
  for (const c of chains) {
    add({ ...committee, code: chainCode(c.code), parentCode: rootCode, category: 'chain_committee', role: 'chain', name: `中共${parkName}${c.name}产业链委员会`, shortName: `${c.name}产业链党委`, foundedOn: chainsFoundedOn, hostUnitKind: 'park', hostUnitName: parkName, size: 3 });
  }

  planOrgans(add, events);
  planCommunitySide(rng, places, add);
  planTwoNew(rng, names, add, events);
  for (const o of orgs) {
    if (o.dissolution) events.push({ type: 'dissolve', on: o.dissolution.on, code: o.code, note: '机构改革，部门职能整合，党支部撤销' });
  }
  return { orgs, events };
}

/** 机关: the committee's organ branches and each township's, with the 2019 and 2020 institutional reforms. */
function planOrgans(add: Add, events: OrgEvent[]) {
  const host = `${parkName}管理委员会`;
  add({ code: organsCode, parentCode: rootCode, kind: 'general_branch', role: 'organ', name: `中共${parkName}管委会机关总支部委员会`, shortName: '机关党总支', foundedOn: '2008-01-10', hostUnitKind: 'government', hostUnitName: host, profile: 'mixed', size: 3, fixedSize: true });
  for (const d of departments) {
    add({ code: `${organsCode}-${d.code}`, parentCode: organsCode, kind: 'branch', role: 'organ', name: `中共${parkName}${d.name}支部委员会`, shortName: `${d.name}党支部`, foundedOn: d.foundedOn, hostUnitKind: 'government', hostUnitName: `${host}${d.name}`, profile: 'mixed', size: 26 });
  }
  const reform = { on: '2019-10-31', transferOn: '2019-10-20', successorCode: `${organsCode}-02` };
  for (const [code, name, foundedOn] of [['D1', '经济发展局', '2008-03-01'], ['D2', '科技局', '2011-06-01']] as const) {
    add({ code: `${organsCode}-${code}`, parentCode: organsCode, kind: 'branch', role: 'organ', name: `中共${parkName}${name}支部委员会`, shortName: `${name}党支部`, foundedOn, hostUnitKind: 'government', hostUnitName: `${host}${name}`, profile: 'mixed', size: 0, fixedSize: true, dissolution: reform });
  }
  for (const t of townships) {
    const code = `${orgCodeOf.township(t.code)}-JG`;
    const unit = t.formerName ?? t.name;
    add({ code, parentCode: orgCodeOf.township(t.code), kind: 'branch', role: 'organ', name: `中共${unit}机关支部委员会`, shortName: `${unit}机关党支部`, foundedOn: '2006-10-01', hostUnitKind: 'government', hostUnitName: `${unit}人民政府`, profile: 'mixed', size: 30 });
    if (t.formerName && t.renamedOn) {
      events.push({ type: 'rename', on: t.renamedOn, code, name: `中共${t.name}机关支部委员会`, shortName: `${t.name}机关党支部`, hostUnitName: `${t.name}办事处`, note: `撤销${t.formerName}，设立${t.name}` });
    }
  }
  add({ code: 'NJJK-SH-JG2', parentCode: orgCodeOf.township('SH'), kind: 'branch', role: 'organ', name: '中共四合镇农业服务中心支部委员会', shortName: '四合镇农业服务中心党支部', foundedOn: '2009-04-01', hostUnitKind: 'government', hostUnitName: '四合镇农业服务中心', profile: 'mixed', size: 0, fixedSize: true, dissolution: { on: '2020-06-30', transferOn: '2020-06-20', successorCode: 'NJJK-SH-JG' } });
}

/** 社区党总支 → 小区党支部 → 楼栋党小组, one per community, compound and building with a group. */
function planCommunitySide(rng: Rng, places: readonly PlannedPlace[], add: Add) {
  const founded = new Map<string, string>();
  const orgOfPlace = new Map(places.map((p) => [p.code, p.orgCode]));
  for (const p of places) {
    if (p.kind === 'household' || !p.orgCode) continue;
    const parentOrgCode = p.parentCode ? orgOfPlace.get(p.parentCode) ?? null : null;
    const t = townships.find((x) => p.code.startsWith(`${x.code}-`));
    if (!t) throw new Error(`no township for place ${p.code}`);
    const community = places.find((x) => x.code === p.code.slice(0, t.code.length + 4));
    if (p.kind === 'community') {
      const on = rng.date('2009-01-01', '2015-12-31');
      founded.set(p.orgCode, on);
      add({ code: p.orgCode, parentCode: orgCodeOf.township(t.code), kind: 'general_branch', role: 'community', name: `中共${p.name}总支部委员会`, shortName: `${p.name}党总支`, foundedOn: on, hostUnitKind: 'community', hostUnitName: p.name, placeCode: p.code, profile: 'senior', size: rng.int(20, 50) });
    } else if (p.kind === 'compound' && parentOrgCode) {
      const on = rng.date(maxDate(addDays(founded.get(parentOrgCode) ?? '2016-01-01', 365), '2016-01-01'), '2021-12-31');
      founded.set(p.orgCode, on);
      add({ code: p.orgCode, parentCode: parentOrgCode, kind: 'branch', role: 'compound', name: `中共${community?.name ?? ''}${p.name}支部委员会`, shortName: `${p.name}党支部`, foundedOn: on, hostUnitKind: 'compound', hostUnitName: p.name, placeCode: p.code, profile: 'senior', size: rng.int(8, 25) });
    } else if (p.kind === 'building' && parentOrgCode && p.orgCode !== parentOrgCode) {
      const on = rng.date(maxDate(addDays(founded.get(parentOrgCode) ?? '2019-01-01', 180), '2019-01-01'), '2023-12-31');
      add({ code: p.orgCode, parentCode: parentOrgCode, kind: 'group', role: 'building_group', name: `${community?.name ?? ''}${p.name}党小组`, shortName: `${p.name}党小组`, foundedOn: on, hostUnitKind: 'building', hostUnitName: p.name, placeCode: p.code, profile: 'senior', size: rng.int(3, 9) });
    }
  }
}

/** A founding date for a 两新 org, weighted towards the park's recent growth. */
function twoNewFounding(rng: Rng, from = '2012-06-01'): string {
  const [lo, hi] = rng.weighted([[['2012-06-01', '2016-12-31'], 25], [['2017-01-01', '2021-12-31'], 45], [['2022-01-01', '2025-06-30'], 30]] as const);
  return rng.date(maxDate(lo, from), hi);
}

/**
 * 119 两企三新 orgs: the foreign-funded enterprise's 2 branches, 4 large enterprises' general branches with 10
 * branches under them, 10 joint branches, 12 social organizations' branches and 81 enterprise branches (16
 * under townships). Three older branches move from their townships to 区两新党委 (2016); eight orgs move
 * from 区两新党委 to the chain committees when those are founded (2023); one enterprise renames itself (2021).
 */
function planTwoNew(rng: Rng, names: ReturnType<typeof createEnterpriseNames>, add: Add, events: OrgEvent[]) {
  const enterpriseBranch = (code: string, parentCode: string, e: EnterpriseSpec, foundedOn: string) =>
    add({ code, parentCode, kind: 'branch', role: 'two_new', name: `中共${e.name}支部委员会`, shortName: shortOf(e.name, '党支部'), foundedOn, hostUnitKind: 'enterprise', hostUnitName: e.name, enterprise: e, profile: 'young', size: rng.weighted([[rng.int(3, 12), 45], [rng.int(13, 40), 40], [rng.int(41, 70), 15]]) });

  const foreign = { hostUnitKind: 'enterprise' as const, hostUnitName: foreignEnterprise.name, enterprise: foreignEnterprise, role: 'two_new' as const, kind: 'branch' as const, parentCode: liangxinCode, profile: 'young' as const, fixedSize: true };
  add({ ...foreign, code: 'NJJK-LX-W01', name: `中共${foreignEnterprise.name}生产支部委员会`, shortName: '泰丰红运生产党支部', foundedOn: '2024-03-18', size: 19 });
  add({ ...foreign, code: 'NJJK-LX-W02', name: `中共${foreignEnterprise.name}综合支部委员会`, shortName: '泰丰红运综合党支部', foundedOn: '2024-09-10', size: 15 });

  const large = largeEnterprises.map((e, i) => {
    const code = `NJJK-LX-G0${i + 1}`;
    const foundedOn = rng.date('2012-06-01', '2016-12-31');
    add({ code, parentCode: liangxinCode, kind: 'general_branch', role: 'two_new', name: `中共${e.name}总支部委员会`, shortName: shortOf(e.name, '党总支'), foundedOn, hostUnitKind: 'enterprise', hostUnitName: e.name, enterprise: e, profile: 'young', size: rng.int(5, 9) });
    e.departments.forEach((d, j) => {
      add({ code: `${code}-0${j + 1}`, parentCode: code, kind: 'branch', role: 'two_new', name: `中共${e.name}${d}支部委员会`, shortName: shortOf(e.name, `${d}党支部`), foundedOn: rng.date(addDays(foundedOn, 30), '2020-12-31'), hostUnitKind: 'enterprise', hostUnitName: e.name, enterprise: e, profile: 'young', size: rng.int(18, 40) });
    });
    return { code, industry: e.industry };
  });

  jointBranches.forEach((j, i) => {
    const parentCode = j.township ? orgCodeOf.township(j.township) : liangxinCode;
    const code = j.township ? `${parentCode}-J01` : `NJJK-LX-J0${i + 1}`;
    add({ code, parentCode, kind: 'joint_branch', role: 'two_new', name: `中共${parkName}${j.name}联合支部委员会`, shortName: `${j.name}联合党支部`, foundedOn: twoNewFounding(rng, '2015-01-01'), hostUnitKind: 'enterprise', hostUnitName: `${j.name}入驻企业`, profile: 'young', size: rng.int(6, 18) });
  });

  socialOrgs.forEach((s, i) => {
    add({ code: `NJJK-LX-S${String(i + 1).padStart(2, '0')}`, parentCode: liangxinCode, kind: 'branch', role: 'two_new', name: `中共${s}支部委员会`, shortName: `${s.replace(/^内江经开区/, '')}党支部`, foundedOn: twoNewFounding(rng, '2014-01-01'), hostUnitKind: 'social_org', hostUnitName: s, profile: 'young', size: rng.int(3, 10) });
  });

  for (const t of townships) {
    for (let i = 1; i <= 4; i++) enterpriseBranch(`${orgCodeOf.township(t.code)}-E0${i}`, orgCodeOf.township(t.code), names.next(), twoNewFounding(rng, '2010-01-01'));
  }
  for (const t of townships.slice(0, 3)) {
    const code = `${orgCodeOf.township(t.code)}-E05`;
    enterpriseBranch(code, orgCodeOf.township(t.code), names.next(), rng.date('2009-01-01', '2011-12-31'));
    events.push({ type: 'move', on: '2016-04-01', code, parentCode: liangxinCode, note: '非公企业党组织统一划归区两新党委管理' });
  }

  const firstIndustries: Industry[] = ['food_beverage', 'equipment', 'electronics', 'logistics', 'logistics'];
  const regular = Array.from({ length: 62 }, (_, i) => {
    const e = names.next(firstIndustries[i]);
    const code = `NJJK-LX-E${String(i + 1).padStart(3, '0')}`;
    // The five that join chain committees in 2023 must exist by then.
    const foundedOn = i < firstIndustries.length ? rng.date('2013-01-01', '2022-12-31') : twoNewFounding(rng);
    return enterpriseBranch(code, liangxinCode, e, foundedOn);
  });

  for (const c of chains) {
    const movers = [...large.filter((l) => l.industry === c.industry).map((l) => l.code), ...regular.slice(0, firstIndustries.length).filter((r) => r.enterprise?.industry === c.industry).map((r) => r.code)].slice(0, 2);
    for (const code of movers) events.push({ type: 'move', on: chainsJoinedOn, code, parentCode: chainCode(c.code), note: `${c.name}产业链党委成立，链上龙头企业党组织划入` });
  }

  const renamed = regular.slice(firstIndustries.length).find((r) => r.foundedOn < '2020-01-01' && r.hostUnitName && !r.hostUnitName.includes('股份'));
  if (renamed?.hostUnitName) {
    const newHost = renamed.hostUnitName.replace(/有限公司$/, '股份有限公司');
    events.push({ type: 'rename', on: '2021-03-01', code: renamed.code, name: `中共${newHost}支部委员会`, shortName: shortOf(newHost, '党支部'), hostUnitName: newHost, note: '企业完成股份制改造，更名' });
  }
}
