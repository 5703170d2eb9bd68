import { fortressTargets as T } from './fortress-catalog.ts';
import { type PlannedProject, reachedOn } from './project-plan.ts';
import { type Rng, addDays, addYears, maxDate } from './random.ts';
import type { Designation, PlannedUnit } from './unit-plan.ts';

const lastDate = '2025-12-31';

/** The first of the month of a date between two dates (designations are granted in batches). */
function monthStart(rng: Rng, from: string, to: string): string {
  const d = rng.date(from, to > from ? to : from);
  const first = `${d.slice(0, 7)}-01`;
  return first < from ? `${addDays(`${d.slice(0, 7)}-28`, 7).slice(0, 7)}-01` : first;
}

/** Picks n units by a score with some chance in it: the bigger enterprises more likely. */
function pickBy(rng: Rng, units: readonly PlannedUnit[], n: number, score: (u: PlannedUnit) => number): PlannedUnit[] {
  return units.map((u) => ({ u, s: score(u) * (0.5 + rng.next()) })).sort((a, b) => b.s - a.s).slice(0, n).map((x) => x.u);
}

/**
 * The report's designations as dated records, all begun (and some ended) by the report date and none ending
 * after it: 160 above-scale industrial enterprises in force (12 more dropped out earlier), 36 专精特新 (6
 * national, three of them provincial first), 68 high-tech (some renewed, 9 lapsed), 44 innovative SMEs, 3
 * foreign-funded and 2 listed enterprises.
 */
export function designate(rng: Rng, units: PlannedUnit[], projects: readonly PlannedProject[]): void {
  const productionOf = new Map(projects.flatMap((p) => (p.unitKey ? [[p.unitKey, reachedOn(p, 'in_production')] as const] : [])));
  const add = (u: PlannedUnit, designation: Designation, validFrom: string, validTo: string | null = null, note: string | null = null) =>
    u.designations.push({ designation, validFrom, validTo, note });
  // The earliest a unit may be designated: a year after founding, or after it went into production.
  const earliest = (u: PlannedUnit) => {
    const production = productionOf.get(u.key);
    if (productionOf.has(u.key) && !production) return null;
    return maxDate(maxDate(addYears(u.foundedOn, 1), '2012-01-01'), production ? addDays(production, 30) : '2012-01-01');
  };
  const active = units.filter((u) => u.unitKind === 'enterprise' && u.status === 'active' && earliest(u) !== null && (earliest(u) ?? lastDate) <= '2025-09-30');
  const industrial = active.filter((u) => u.industry !== 'logistics');
  const size = (u: PlannedUnit) => Math.log(10 + u.employees) * (u.origin === 'host' ? 1.6 : u.origin === 'project' ? 1.4 : 1);

  const aboveScale = pickBy(rng, industrial, T.aboveScale, size);
  for (const u of aboveScale) add(u, 'above_scale', monthStart(rng, earliest(u) ?? lastDate, '2025-10-01'), null, '纳入规模以上工业企业统计');
  const chosen = new Set(aboveScale);
  const dropped = pickBy(rng, industrial.filter((u) => !chosen.has(u) && (earliest(u) ?? lastDate) < '2020-01-01'), 12, size);
  for (const u of dropped) {
    const from = monthStart(rng, earliest(u) ?? '2015-01-01', '2021-06-30');
    add(u, 'above_scale', from, `${Number(from.slice(0, 4)) + rng.int(2, 3)}-01-01`, '营业收入低于规模以上标准，退出统计');
  }

  const technical = industrial.filter((u) => u.industry !== 'food_beverage' || u.employees > 150);
  const srdiScore = (u: PlannedUnit) => (u.employees > 40 && u.employees < 1500 ? 2 : 1) * (u.industry === 'food_beverage' ? 0.6 : 1);
  // The oldest of them are the national ones.
  const srdi = pickBy(rng, technical, T.srdi, srdiScore).sort((a, b) => ((earliest(a) ?? lastDate) < (earliest(b) ?? lastDate) ? -1 : 1));
  srdi.forEach((u, i) => {
    const from = maxDate(earliest(u) ?? lastDate, '2019-01-01');
    if (i < T.srdiNational) {
      const provincialFirst = i < 3 && addDays(from, 420) < '2025-07-01';
      const national = monthStart(rng, maxDate(provincialFirst ? addDays(from, 420) : from, '2021-07-01'), '2025-07-31');
      if (provincialFirst) add(u, 'srdi_provincial', monthStart(rng, from, addDays(national, -400) > from ? addDays(national, -400) : from), national, '升级为国家级专精特新“小巨人”企业');
      add(u, 'srdi_national', national, null, '国家级专精特新“小巨人”企业');
    } else {
      add(u, 'srdi_provincial', monthStart(rng, from, '2025-10-31'), null, '四川省专精特新中小企业');
    }
  });
  const srdiSet = new Set(srdi);
  for (const u of pickBy(rng, technical.filter((x) => !srdiSet.has(x) && (earliest(x) ?? lastDate) < '2020-06-30'), 4, srdiScore)) {
    const from = monthStart(rng, maxDate(earliest(u) ?? '2020-01-01', '2020-01-01'), '2021-06-30');
    add(u, 'srdi_provincial', from, addYears(from, 3), '有效期满未复核');
  }

  const htScore = (u: PlannedUnit) => ({ electronics: 3, medicine: 3, materials: 2.5, equipment: 2, food_beverage: 0.8, logistics: 0.1 })[u.industry ?? 'logistics'] * (srdiSet.has(u) ? 2 : 1);
  const highTech = pickBy(rng, industrial, T.highTech, htScore);
  highTech.forEach((u, i) => {
    const from = monthStart(rng, maxDate(earliest(u) ?? lastDate, '2023-01-01'), '2025-11-30');
    // Certificates last three years: a third of them are renewals of an earlier one.
    if (i % 3 === 0 && (earliest(u) ?? lastDate) <= addYears(from, -3)) add(u, 'high_tech', addYears(from, -3), from, '高新技术企业证书（上一周期）');
    add(u, 'high_tech', from, null, '高新技术企业证书');
  });
  const htSet = new Set(highTech);
  for (const u of pickBy(rng, industrial.filter((x) => !htSet.has(x) && (earliest(x) ?? lastDate) < '2019-01-01'), 9, htScore)) {
    const from = monthStart(rng, maxDate(earliest(u) ?? '2018-01-01', '2018-01-01'), '2021-12-31');
    add(u, 'high_tech', from, addYears(from, 3), '证书到期未重新认定');
  }

  const smes = pickBy(rng, active.filter((u) => u.employees < 300), T.innovativeSme, (u) => (htSet.has(u) ? 2 : 1) * (u.industry === 'logistics' ? 0.3 : 1));
  for (const u of smes) add(u, 'innovative_sme', monthStart(rng, maxDate(earliest(u) ?? lastDate, '2023-01-01'), '2025-10-31'), null, '四川省创新型中小企业');

  const foreign = units.find((u) => u.key === 'FOREIGN');
  if (foreign) add(foreign, 'foreign_funded', foreign.foundedOn, null, '外商独资企业（泰国）');
  for (const u of active.filter((x) => x.origin === 'pool' && x.employees > 200 && x.industry !== 'logistics').slice(0, 2)) add(u, 'foreign_funded', u.foundedOn, null, '中外合资企业');
  const listed = units.filter((u) => u.origin === 'host' && u.name.includes('股份')).slice(0, 2);
  listed.forEach((u, i) => add(u, 'listed', i === 0 ? '2019-06-18' : '2023-11-08', null, i === 0 ? '深圳证券交易所主板上市' : '北京证券交易所上市'));
}
