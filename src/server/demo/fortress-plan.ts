import { designate } from './designation-plan.ts';
import { instructorStaff, officerStaff } from './fortress-catalog.ts';
import { type PlannedAssignment, type PlannedVisit, planGuidance } from './guidance-plan.ts';
import type { PlannedMember } from './member-plan.ts';
import type { OrgEvent, PlannedOrg } from './org-plan.ts';
import { type PlannedProject, planProjects, reachedOn } from './project-plan.ts';
import { type PlannedUnit, joinChains, planUnits } from './unit-plan.ts';
import { type Rng, addDays } from './random.ts';

/** An onboarding case of a project's new enterprise: the template's steps, done up to `doneSteps` of each track. */
export type PlannedCase = { unitKey: string; openedOn: string; completedOn: string | null; note: string };

/**
 * When a case's step is done: a completed case did every step by its due date or its completion; an open case
 * did the steps due in its first month (a little early), the later ones wait and those past due show overdue.
 */
export function stepDoneOn(c: PlannedCase, dueOn: string, seq: number): string | null {
  if (c.completedOn) return dueOn < c.completedOn ? dueOn : c.completedOn;
  return dueOn <= addDays(c.openedOn, 30) ? addDays(dueOn, -(seq % 3)) : null;
}

export type FortressPlan = {
  units: PlannedUnit[];
  projects: PlannedProject[];
  /** Instructor accounts: index 0 is the demo account `instructor`, then the staff. */
  instructorUsernames: string[];
  /** Chief service officer accounts: index 0 is the demo account `cadre`, then the staff. */
  officerUsernames: string[];
  assignments: PlannedAssignment[];
  visits: PlannedVisit[];
  cases: PlannedCase[];
  /** Employer (unit key) of each planned member, by the member's index; null when not employed by a unit. */
  employers: (string | null)[];
};

/**
 * The Red Fortress records of the demo park, planned from the org and member plans before anything is written:
 * enterprises and social organizations with their designations, coverage links, chains and contacts; the
 * instructors' assignments and visits; the project pipeline; the onboarding cases; each member's employer.
 */
export function planFortress(rng: Rng, input: { orgs: readonly PlannedOrg[]; orgEvents: readonly OrgEvent[]; members: readonly PlannedMember[] }): FortressPlan {
  const instructorUsernames = ['instructor', ...instructorStaff.map((s) => s.username)];
  const officerUsernames = ['cadre', ...officerStaff.map((s) => s.username)];
  const projects = planProjects(rng.fork('projects'), officerUsernames.length);
  const units = planUnits(rng.fork('units'), input.orgs, input.orgEvents, input.members, projects);
  designate(rng.fork('designations'), units, projects);
  joinChains(units);
  const { assignments, visits } = planGuidance(rng.fork('guidance'), units, instructorUsernames.length);
  return { units, projects, instructorUsernames, officerUsernames, assignments, visits, cases: planCases(projects), employers: planEmployers(units, input.members) };
}

/**
 * Three 三合一 cases: the enterprise of the project registered in January 2025 completed its case in May 2025;
 * the two projects registered in 2025 and not yet started have open cases, some of their steps overdue.
 */
function planCases(projects: readonly PlannedProject[]): PlannedCase[] {
  const cases: PlannedCase[] = [];
  for (const p of projects) {
    const registeredOn = reachedOn(p, 'registered');
    if (!p.unitKey || !registeredOn || registeredOn < '2025-01-01') continue;
    if (reachedOn(p, 'started')) {
      cases.push({ unitKey: p.unitKey, openedOn: registeredOn, completedOn: addDays(registeredOn, 118), note: `${p.name}新入驻企业“三合一”服务` });
    } else {
      cases.push({ unitKey: p.unitKey, openedOn: registeredOn, completedOn: null, note: `${p.name}新入驻企业“三合一”服务` });
    }
  }
  return cases;
}

/**
 * Where each member works: members of an enterprise's or social organization's own org work there; members of a
 * joint branch at the enterprises it covers, in turn. Others (organs, communities) and those who left: none.
 */
function planEmployers(units: readonly PlannedUnit[], members: readonly PlannedMember[]): (string | null)[] {
  const own = new Map<string, string>();
  const joint = new Map<string, string[]>();
  for (const u of units) {
    for (const c of u.coverage) {
      if (c.kind === 'own') own.set(c.orgCode, u.key);
      else joint.set(c.orgCode, [...(joint.get(c.orgCode) ?? []), u.key]);
    }
  }
  const turn = new Map<string, number>();
  return members.map((m) => {
    if (m.leave) return null;
    const org = m.transfer?.toOrgCode ?? m.orgCode;
    const host = own.get(org);
    if (host) return host;
    const covered = joint.get(org);
    if (!covered) return null;
    const k = turn.get(org) ?? 0;
    turn.set(org, k + 1);
    return covered[k % covered.length];
  });
}
