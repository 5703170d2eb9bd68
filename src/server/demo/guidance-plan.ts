import { fortressTargets as T, visitFindings, visitFollowUps, visitTopics } from './fortress-catalog.ts';
import { type Rng, addDays, maxDate } from './random.ts';
import type { PlannedUnit } from './unit-plan.ts';

export type PlannedAssignment = { instructor: number; unitKey: string; validFrom: string; validTo: string | null };
export type PlannedVisit = { instructor: number; unitKey: string; on: string; topics: string; findings: string; followUps: string };

const lastDate = '2025-12-31';

const inForce = (p: { validFrom: string; validTo: string | null }, on: string) => p.validFrom <= on && (p.validTo === null || p.validTo > on);

/** The coverage categories a unit falls in on a date (F04–F06): above-scale, 专精特新, social organization. */
export function categoriesOf(u: PlannedUnit, on: string): ('above_scale' | 'srdi' | 'social_org')[] {
  const out: ('above_scale' | 'srdi' | 'social_org')[] = [];
  const holds = (d: string) => u.designations.some((x) => x.designation === d && inForce(x, on));
  if (holds('above_scale')) out.push('above_scale');
  if (holds('srdi_national') || holds('srdi_provincial')) out.push('srdi');
  if (u.unitKind === 'social_org' && u.status !== 'closed' && u.foundedOn <= on) out.push('social_org');
  return out;
}

export function orgCovered(u: PlannedUnit, on: string): boolean {
  return u.coverage.some((c) => c.validFrom <= on);
}

/**
 * Instructors' dated assignments to exactly 230 enterprises in force on the report date (F12): every enterprise
 * of a coverage category without an org of its own or a joint branch (so that coverage is 100%), then the hosts
 * of the two-new orgs and other active enterprises. Twelve instructors share them; one in ten was handed over to
 * another instructor in 2025. One or two guidance visits each in 2025.
 */
export function planGuidance(rng: Rng, units: readonly PlannedUnit[], instructorCount: number): { assignments: PlannedAssignment[]; visits: PlannedVisit[] } {
  const enterprises = units.filter((u) => u.unitKind === 'enterprise' && u.status === 'active');
  const needed = enterprises.filter((u) => categoriesOf(u, lastDate).length > 0 && !orgCovered(u, lastDate));
  if (needed.length > T.instructed) throw new Error(`demo park: ${needed.length} enterprises need an instructor, more than ${T.instructed}`);
  const neededSet = new Set(needed);
  const rest = rng.shuffle(enterprises.filter((u) => !neededSet.has(u))).sort((a, b) => rank(a) - rank(b));
  const chosen = [...needed, ...rest.slice(0, T.instructed - needed.length)];

  const assignments: PlannedAssignment[] = [];
  const visits: PlannedVisit[] = [];
  chosen.forEach((u, i) => {
    const instructor = i % instructorCount;
    const from = maxDate(u.foundedOn, rng.date('2022-03-01', '2025-06-30'));
    const periods: PlannedAssignment[] = [];
    if (i % 10 === 4 && from < '2025-01-01') {
      const handover = rng.date(maxDate(addDays(from, 60), '2025-01-15'), '2025-09-30');
      periods.push({ instructor, unitKey: u.key, validFrom: from, validTo: handover }, { instructor: (instructor + 5) % instructorCount, unitKey: u.key, validFrom: handover, validTo: null });
    } else {
      periods.push({ instructor, unitKey: u.key, validFrom: from, validTo: null });
    }
    assignments.push(...periods);
    // Visits in 2025: one early in the assignment or the year, one in the autumn (some enterprises wait longer).
    for (const p of periods) {
      const until = p.validTo ?? lastDate;
      const first = addDays(maxDate(p.validFrom, '2025-01-01'), rng.int(7, 60));
      const second = rng.date('2025-09-01', '2025-12-20');
      for (const on of [first, ...(rng.chance(0.85) && second > addDays(first, 60) ? [second] : [])]) {
        if (on >= until || on > lastDate) continue;
        visits.push({ instructor: p.instructor, unitKey: u.key, on, topics: rng.shuffle(visitTopics).slice(0, rng.int(1, 3)).join('；'), findings: rng.pick(visitFindings), followUps: rng.pick(visitFollowUps) });
      }
    }
  });
  return { assignments, visits };
}

/** Who comes first for an instructor after the required ones: hosts of orgs, joint members, big enterprises. */
function rank(u: PlannedUnit): number {
  if (u.origin === 'host' || u.key === 'FOREIGN') return 0;
  if (u.designations.length > 0) return 1;
  if (u.origin === 'project') return 2;
  if (u.origin === 'joint') return 3;
  return u.employees >= 100 ? 4 : 5;
}
