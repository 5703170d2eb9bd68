import type { PlannedOrg } from './org-plan.ts';
import { type Person, createPeople } from './people.ts';
import type { PlannedPlace } from './places-plan.ts';
import { type Rng, addDays, maxDate } from './random.ts';

/** The members of the demo park and their dated history, planned before anything is written. */
export const currentMemberTarget = 4371;
export const leaverCount = 150;

export type LeaveReason = 'leave' | 'death' | 'expelled' | 'other';

export type PlannedMember = {
  person: Person;
  post: string;
  /** The org the member is registered in first. */
  orgCode: string;
  startReason: 'join' | 'transfer_in';
  transfer: { on: string; toOrgCode: string; note: string } | null;
  leave: { on: string; reason: LeaveReason; note: string } | null;
  householdCode: string | null;
  isSecretary: boolean;
  isCenter: boolean;
};

const lastEventDate = '2025-11-30';
const probationaryShare = 0.11;

/**
 * Fits the wanted sizes of the orgs in force to exactly `total` current members: fixed sizes stay, the others
 * scale in proportion, then single members are added or taken at random (never below 3, a branch's minimum).
 */
export function fitSizes(rng: Rng, orgs: readonly PlannedOrg[], total: number): Map<string, number> {
  const live = orgs.filter((o) => !o.dissolution);
  const sizes = new Map(live.map((o) => [o.code, o.size]));
  const adjustable = live.filter((o) => !o.fixedSize);
  const fixed = live.filter((o) => o.fixedSize).reduce((s, o) => s + o.size, 0);
  const wanted = adjustable.reduce((s, o) => s + o.size, 0);
  const factor = (total - fixed) / wanted;
  for (const o of adjustable) sizes.set(o.code, Math.max(3, Math.round(o.size * factor)));
  let diff = total - [...sizes.values()].reduce((s, n) => s + n, 0);
  while (diff !== 0) {
    const o = rng.pick(adjustable);
    const n = sizes.get(o.code) ?? 0;
    if (diff > 0) {
      sizes.set(o.code, n + 1);
      diff--;
    } else if (n > 3) {
      sizes.set(o.code, n - 1);
      diff++;
    }
  }
  return sizes;
}

function postsFor(org: PlannedOrg, size: number): string[] {
  if (org.kind === 'group') return ['党小组组长'];
  if (size >= 7) return ['书记', '副书记', '组织委员', '宣传委员', '纪检委员'];
  if (size >= 5) return ['书记', '组织委员', '宣传委员'];
  return ['书记'];
}

/**
 * Plans every member: the current ones org by org (secretary first, the committee posts, then members, ~8%
 * probationary who joined in 2025), some of them transferred in 2019–2025 from another org of the park, the
 * members of dissolved orgs transferred to their successors, and 150 who left before the report date.
 */
export function planMembers(rng: Rng, orgs: readonly PlannedOrg[], places: readonly PlannedPlace[]): PlannedMember[] {
  const people = createPeople(rng.fork('people'));
  const sizes = fitSizes(rng.fork('sizes'), orgs, currentMemberTarget);
  const live = orgs.filter((o) => !o.dissolution);
  const householdsOf = new Map<string, PlannedPlace[]>();
  for (const p of places) {
    if (p.kind !== 'household' || !p.parentCode) continue;
    householdsOf.set(p.parentCode, [...(householdsOf.get(p.parentCode) ?? []), p]);
  }
  const fromDissolved = new Map<string, PlannedOrg[]>();
  for (const o of orgs) {
    if (o.dissolution) fromDissolved.set(o.dissolution.successorCode, [...(fromDissolved.get(o.dissolution.successorCode) ?? []), o]);
  }

  const members: PlannedMember[] = [];
  const direct = (org: PlannedOrg, post: string, probationary: boolean, extra: Partial<PlannedMember> = {}): PlannedMember => {
    // A secretary has been a full member for some years.
    const joinedTo = extra.isSecretary ? '2021-12-31' : undefined;
    const person = people.next({ profile: org.profile, probationary, joinedFrom: probationary ? org.foundedOn : undefined, joinedTo });
    return { person, post, orgCode: org.code, startReason: person.joinedOn < org.foundedOn ? 'transfer_in' : 'join', transfer: null, leave: null, householdCode: null, isSecretary: false, isCenter: false, ...extra };
  };

  for (const org of live) {
    const size = sizes.get(org.code) ?? 0;
    const posts = postsFor(org, size);
    const households = org.placeCode ? (householdsOf.get(org.placeCode) ?? []) : [];
    const predecessors = fromDissolved.get(org.code) ?? [];
    const transferShare = org.hostUnitName?.includes('（四川）') ? 0.3 : 0.07;
    for (let slot = 0; slot < size; slot++) {
      const post = posts[slot] ?? '党员';
      const household = households[slot - 1];
      if (slot === 0) {
        members.push(direct(org, post, false, { isSecretary: true }));
      } else if (household) {
        members.push(direct(org, post, false, { householdCode: household.code, isCenter: household.isCenter }));
      } else if (predecessors.length > 0 && slot <= 8 * predecessors.length) {
        const from = predecessors[(slot - 1) % predecessors.length];
        const on = from.dissolution?.transferOn ?? org.foundedOn;
        const person = people.next({ profile: from.profile, probationary: false, joinedTo: addDays(on, -30) });
        members.push({ person, post, orgCode: from.code, startReason: person.joinedOn < from.foundedOn ? 'transfer_in' : 'join', transfer: { on, toOrgCode: org.code, note: `${from.shortName ?? from.name}撤销，组织关系转入` }, leave: null, householdCode: null, isSecretary: false, isCenter: false });
      } else if (slot >= posts.length && rng.chance(probationaryShare) && org.foundedOn <= '2025-11-30') {
        members.push(direct(org, post, true));
      } else if (slot >= posts.length && rng.chance(transferShare) && org.foundedOn < lastEventDate) {
        members.push(transferredIn(rng, people, live, org, post));
      } else {
        members.push(direct(org, post, false));
      }
    }
  }

  for (let i = 0; i < leaverCount; i++) members.push(leaver(rng, people, live));
  return members;
}

/** A member who came from another org of the park in 2019–2025. */
function transferredIn(rng: Rng, people: ReturnType<typeof createPeople>, live: readonly PlannedOrg[], to: PlannedOrg, post: string): PlannedMember {
  const on = rng.date(maxDate('2019-01-01', addDays(to.foundedOn, 1)), lastEventDate);
  const sources = live.filter((o) => o.code !== to.code && o.foundedOn <= addDays(on, -400));
  const from = rng.pick(sources);
  const person = people.next({ profile: to.profile, probationary: false, joinedTo: addDays(on, -30) });
  return {
    person,
    post,
    orgCode: from.code,
    startReason: person.joinedOn < from.foundedOn ? 'transfer_in' : 'join',
    transfer: { on, toOrgCode: to.code, note: rng.pick(['工作调动', '工作单位变更', '居住地变更', '随单位调整']) },
    leave: null,
    householdCode: null,
    isSecretary: false,
    isCenter: false,
  };
}

const leaveReasons: readonly (readonly [[LeaveReason, string], number])[] = [
  [['leave', '组织关系转出内江经开区'], 60],
  [['death', '病故'], 30],
  [['other', '出国定居，保留党籍期满'], 8],
  [['expelled', '严重违纪，开除党籍'], 2],
];

/** A member who left the park's orgs before the report date: not among the current members. */
function leaver(rng: Rng, people: ReturnType<typeof createPeople>, live: readonly PlannedOrg[]): PlannedMember {
  for (;;) {
    const from = rng.pick(live);
    const earliest = maxDate('2015-01-01', addDays(from.foundedOn, 200));
    if (earliest > lastEventDate) continue;
    const on = rng.date(earliest, lastEventDate);
    const [reason, note] = rng.weighted(leaveReasons);
    const person = people.next({ profile: reason === 'death' ? 'senior' : from.profile, probationary: false, joinedTo: addDays(on, -60) });
    return {
      person,
      post: '党员',
      orgCode: from.code,
      startReason: person.joinedOn < from.foundedOn ? 'transfer_in' : 'join',
      transfer: null,
      leave: { on, reason, note },
      householdCode: null,
      isSecretary: false,
      isCenter: false,
    };
  }
}
