import { computeUsccCheckChar } from '../platform/uscc.ts';
import { type EnterpriseSpec, type Industry, chains, createEnterpriseNames, foreignEnterprise, jointBranches } from './catalog.ts';
import { contactTitles, fortressTargets as T, chainsJoinedOn, industryNames, jointIndustries, parkRoads, socialContactTitles, townshipAreas } from './fortress-catalog.ts';
import { generateName } from './names.ts';
import type { PlannedMember } from './member-plan.ts';
import { type OrgEvent, type PlannedOrg, liangxinCode } from './org-plan.ts';
import { type PlannedProject, reachedOn } from './project-plan.ts';
import { type Rng, addDays, maxDate, minDate } from './random.ts';

export type Designation = 'above_scale' | 'srdi_national' | 'srdi_provincial' | 'high_tech' | 'innovative_sme' | 'foreign_funded' | 'listed';
export type DesignationPeriod = { designation: Designation; validFrom: string; validTo: string | null; note: string | null };

/** One host unit (enterprise or social organization) of the demo park, keyed by `key`. */
export type PlannedUnit = {
  key: string;
  unitKind: 'enterprise' | 'social_org';
  uscc: string;
  name: string;
  address: string;
  industry: Industry | null;
  registeredCapital: number;
  employees: number;
  foundedOn: string;
  status: 'onboarding' | 'active' | 'closed';
  responsibleOrgCode: string;
  contacts: { name: string; title: string; phone: string }[];
  designations: DesignationPeriod[];
  coverage: { orgCode: string; kind: 'own' | 'joint'; validFrom: string }[];
  chain: { code: string; validFrom: string } | null;
  /** The kind of unit it is in the plan, to choose its designations and instructors. */
  origin: 'host' | 'joint' | 'project' | 'pool' | 'social';
};

const lastDate = '2025-12-31';
/** 内江 area codes used in the codes' administrative-division part: 市中区 and 东兴区. */
const divisions = ['511002', '511011'];

/** A GB 32100 code: registration authority and unit type, division, a GB 11714 organization code, check character. */
export function makeUscc(rng: Rng, prefix: '91' | '51' | '52' | '31', taken: Set<string>): string {
  for (;;) {
    const body = Array.from({ length: 8 }, () => String(rng.int(0, 9))).join('');
    const w = [3, 7, 9, 10, 5, 8, 4, 2];
    const c = 11 - (body.split('').reduce((s, d, i) => s + Number(d) * w[i], 0) % 11);
    const orgCode = body + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
    const first17 = `${prefix}${rng.pick(divisions)}${orgCode}`;
    const code = first17 + computeUsccCheckChar(first17);
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}

function phoneOf(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const p = `${rng.pick(['135', '138', '139', '152', '158', '180', '183', '189'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
    if (!taken.has(p)) {
      taken.add(p);
      return p;
    }
  }
}

type Context = { rng: Rng; usccs: Set<string>; phones: Set<string> };

function unit(c: Context, u: Omit<PlannedUnit, 'uscc' | 'contacts' | 'address' | 'registeredCapital' | 'designations' | 'chain'> & { township?: string | null }): PlannedUnit {
  const { rng } = c;
  const social = u.unitKind === 'social_org';
  // One contact person each.
  const contacts = Array.from({ length: 1 }, () => ({
    name: generateName(rng, rng.chance(0.55) ? 'male' : 'female'),
    title: rng.pick(social ? socialContactTitles : contactTitles),
    phone: phoneOf(rng, c.phones),
  }));
  const address = u.township ? `内江市${townshipAreas[u.township]}${rng.int(1, 120)}号` : `内江经济技术开发区${rng.pick(parkRoads)}${rng.int(1, 999)}号`;
  const { township: _t, ...rest } = u;
  return { ...rest, uscc: makeUscc(rng, authorityOf(u), c.usccs), contacts, address, registeredCapital: 0, designations: [], chain: null };
}

/** GB 32100 registration authority and unit type: 91 company; 51 social group, 52 private non-enterprise unit (民政); 31 law firm (司法). */
function authorityOf(u: { unitKind: string; name: string }): '91' | '51' | '52' | '31' {
  if (u.unitKind !== 'social_org') return '91';
  if (u.name.endsWith('律师事务所')) return '31';
  return /(协会|商会|联盟|促进会|联合会)$/.test(u.name) ? '51' : '52';
}

/** Current members per org at the report date, from the member plan. */
function sizesOf(members: readonly PlannedMember[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const m of members) if (!m.leave) sizes.set(m.transfer?.toOrgCode ?? m.orgCode, (sizes.get(m.transfer?.toOrgCode ?? m.orgCode) ?? 0) + 1);
  return sizes;
}

/**
 * The park's ~600 enterprises and its social organizations: the hosts of the 两企三新 orgs (each linked to its
 * orgs by an own coverage record), the small enterprises the 10 joint branches cover (joint links), one enterprise
 * per registered project (founded on its registration), and the rest of the park; 8 have closed. Designations and
 * chain membership are added by `designate` and `joinChains`.
 */
export function planUnits(rng: Rng, orgs: readonly PlannedOrg[], events: readonly OrgEvent[], members: readonly PlannedMember[], projects: readonly PlannedProject[]): PlannedUnit[] {
  const c: Context = { rng, usccs: new Set(), phones: new Set() };
  const sizes = sizesOf(members);
  const live = orgs.filter((o) => !o.dissolution);
  const units: PlannedUnit[] = [];
  const parentNow = (o: PlannedOrg) => {
    const move = events.filter((e) => e.type === 'move' && e.code === o.code).at(-1);
    return (move?.type === 'move' ? move.parentCode : null) ?? o.parentCode ?? liangxinCode;
  };
  const townshipOf = (orgCode: string) => (orgCode.startsWith('NJJK-') && !orgCode.startsWith('NJJK-LX') && !orgCode.startsWith('NJJK-CL') ? orgCode.split('-')[1] : null);
  const nameNow = (o: PlannedOrg) => {
    const r = events.filter((e) => e.type === 'rename' && e.code === o.code).at(-1);
    return (r?.type === 'rename' ? r.hostUnitName : null) ?? o.hostUnitName ?? o.name;
  };
  const foreignProject = projects.find((p) => p.unitKey === 'FOREIGN');

  // Hosts: one unit per enterprise spec (a large enterprise's orgs share one), one per social organization.
  const byHost = new Map<EnterpriseSpec | string, PlannedUnit>();
  for (const o of live) {
    if (o.hostUnitKind !== 'social_org' && !(o.hostUnitKind === 'enterprise' && o.enterprise)) continue;
    const hostKey = o.enterprise ?? o.hostUnitName ?? o.code;
    let u = byHost.get(hostKey);
    if (!u) {
      const responsible = parentNow(o).startsWith('NJJK-LX') || parentNow(o).startsWith('NJJK-CL') ? liangxinCode : parentNow(o);
      const isForeign = o.enterprise === foreignEnterprise;
      const foundedOn = isForeign && foreignProject ? (reachedOn(foreignProject, 'registered') ?? '2022-05-10') : maxDate('1998-01-01', addDays(o.foundedOn, -rng.int(200, 3000)));
      u = unit(c, {
        key: isForeign ? 'FOREIGN' : `H${String(byHost.size + 1).padStart(3, '0')}`,
        unitKind: o.hostUnitKind === 'social_org' ? 'social_org' : 'enterprise',
        name: nameNow(o),
        industry: o.enterprise?.industry ?? null,
        employees: 0,
        foundedOn,
        status: 'active',
        responsibleOrgCode: responsible,
        coverage: [],
        origin: o.hostUnitKind === 'social_org' ? 'social' : 'host',
        township: townshipOf(responsible),
      });
      byHost.set(hostKey, u);
      units.push(u);
    }
    u.coverage.push({ orgCode: o.code, kind: 'own', validFrom: o.foundedOn });
    u.employees += (sizes.get(o.code) ?? 0) * rng.int(3, 8);
  }
  for (const u of units) {
    u.employees = u.unitKind === 'social_org' ? rng.int(8, 40) : Math.max(u.employees + rng.int(20, 120), u.key === 'FOREIGN' ? 680 : 0);
    if (u.name.includes('股份')) u.employees += rng.int(400, 1500);
  }

  const names = createEnterpriseNames(rng.fork('names'));
  const taken = new Set(units.map((u) => u.name));
  const nextName = (industry: Industry) => {
    for (;;) {
      const e = names.next(industry);
      if (!taken.has(e.name)) {
        taken.add(e.name);
        return e.name;
      }
    }
  };
  const enterpriseCount = () => units.filter((u) => u.unitKind === 'enterprise').length;

  // Project enterprises: founded when their project registered; onboarding until their case completes.
  for (const p of projects) {
    if (!p.unitKey || p.unitKey === 'FOREIGN') continue;
    const registered = reachedOn(p, 'registered') ?? lastDate;
    const onboarding = !reachedOn(p, 'started');
    units.push(unit(c, {
      key: p.unitKey, unitKind: 'enterprise', name: nextName(p.industry), industry: p.industry,
      employees: onboarding ? rng.int(5, 20) : rng.int(80, 900), foundedOn: registered, status: onboarding ? 'onboarding' : 'active',
      responsibleOrgCode: liangxinCode, coverage: [], origin: 'project',
    }));
  }

  // Small enterprises gathered by the joint branches: 6–10 each, founded before or after the branch.
  for (const j of live.filter((o) => o.kind === 'joint_branch')) {
    const spec = jointBranches.find((b) => j.name.includes(b.name));
    const inds = jointIndustries[spec?.name ?? ''] ?? ['materials'];
    const responsible = j.parentCode ?? liangxinCode;
    for (let k = rng.int(6, 10); k > 0; k--) {
      const industry = rng.pick(inds);
      const foundedOn = rng.date('2008-01-01', '2024-12-31');
      units.push(unit(c, {
        key: `J${String(units.length + 1).padStart(3, '0')}`, unitKind: 'enterprise', name: nextName(industry), industry, employees: rng.int(12, 90), foundedOn,
        status: 'active', responsibleOrgCode: responsible, coverage: [{ orgCode: j.code, kind: 'joint', validFrom: minDate(maxDate(j.foundedOn, foundedOn), lastDate) }], origin: 'joint',
        township: townshipOf(responsible),
      }));
    }
  }

  // The rest of the park, up to 600 enterprises; the oldest eight small ones have closed.
  const industries: readonly (readonly [Industry, number])[] = [['food_beverage', 24], ['equipment', 22], ['electronics', 16], ['logistics', 18], ['medicine', 8], ['materials', 12]];
  const townshipCodes = ['BM', 'SH', 'LXJ', 'SL'];
  while (enterpriseCount() < T.enterprises) {
    const industry = rng.weighted(industries);
    const township = rng.chance(0.25) ? rng.pick(townshipCodes) : null;
    const large = rng.chance(0.3);
    units.push(unit(c, {
      key: `E${String(units.length + 1).padStart(3, '0')}`, unitKind: 'enterprise', name: nextName(industry), industry,
      employees: large ? rng.int(100, 1200) : rng.int(8, 99), foundedOn: rng.weighted([[rng.date('2000-01-01', '2012-12-31'), 35], [rng.date('2013-01-01', '2020-12-31'), 45], [rng.date('2021-01-01', '2024-12-31'), 20]]),
      status: 'active', responsibleOrgCode: township ? `NJJK-${township}` : liangxinCode, coverage: [], origin: 'pool', township,
    }));
  }
  // Registered capital follows the size: 8–40 万元 per employee (1–3 万元 for a social organization).
  for (const u of units) {
    const perHead = u.unitKind === 'social_org' ? rng.int(1, 3) * 10_000 : rng.int(8, 40) * 10_000;
    u.registeredCapital = Math.max(100_000, Math.round((u.employees * perHead) / 100_000) * 100_000);
  }
  units.filter((u) => u.origin === 'pool' && u.employees < 40 && u.foundedOn < '2012-01-01').slice(0, T.closed).forEach((u) => (u.status = 'closed'));
  return units;
}

/** The stored form of an industry: its Chinese name. */
export function industryLabel(u: PlannedUnit): string | null {
  return u.industry ? industryNames[u.industry] : u.unitKind === 'social_org' ? '社会组织' : null;
}

/** Enterprises of the four chains' industries join their chain: on the chain's founding or when founded later. */
export function joinChains(units: PlannedUnit[]): void {
  for (const u of units) {
    const chain = chains.find((ch) => ch.industry === u.industry);
    if (!chain || u.status !== 'active' || u.unitKind !== 'enterprise') continue;
    if ((u.origin === 'pool' || u.origin === 'joint') && u.employees < 150 && u.designations.length === 0) continue;
    u.chain = { code: chain.code, validFrom: maxDate(chainsJoinedOn, u.foundedOn) };
  }
}
