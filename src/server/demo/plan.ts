import { type FortressPlan, planFortress } from './fortress-plan.ts';
import { type PlannedMember, planMembers } from './member-plan.ts';
import { type OrgEvent, type PlannedOrg, planOrgs } from './org-plan.ts';
import { type PlannedPlace, planPlaces } from './places-plan.ts';
import { createRng } from './random.ts';

/** The seed of the demo park everyone sees; another seed gives another, equally valid park. */
export const demoSeed = 20251231;

export type DemoPlan = {
  places: PlannedPlace[];
  orgs: PlannedOrg[];
  orgEvents: OrgEvent[];
  members: PlannedMember[];
  /** Enterprises, coverage, instructors, chains, projects, onboarding (the Red Fortress, issue 3). */
  fortress: FortressPlan;
};

/** The whole demo park as data, before any write: the same seed always gives the same plan. */
export function planDemoPark(seed = demoSeed): DemoPlan {
  const rng = createRng(seed);
  const places = planPlaces(rng.fork('places'));
  const { orgs, events } = planOrgs(rng.fork('orgs'), places);
  const members = planMembers(rng.fork('members'), orgs, places);
  const fortress = planFortress(rng.fork('fortress'), { orgs, orgEvents: events, members });
  return { places, orgs, orgEvents: events, members, fortress };
}
