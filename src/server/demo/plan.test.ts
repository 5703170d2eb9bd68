import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mayParent } from '../modules/orgs/orgs.rules.ts';
import { foreignEnterprise } from './catalog.ts';
import { currentMemberTarget, leaverCount } from './member-plan.ts';
import { chainCode, rootCode } from './org-plan.ts';
import { reportDate } from './people.ts';
import { demoSeed, planDemoPark } from './plan.ts';

const plan = planDemoPark();
const byCode = new Map(plan.orgs.map((o) => [o.code, o]));
const live = plan.orgs.filter((o) => !o.dissolution);
const current = plan.members.filter((m) => !m.leave);
const finalOrg = (m: (typeof plan.members)[number]) => m.transfer?.toOrgCode ?? m.orgCode;

test('the same seed plans the same park, another seed another one', () => {
  assert.deepEqual(planDemoPark(demoSeed), plan);
  const other = planDemoPark(demoSeed + 1);
  assert.notDeepEqual(other.members.map((m) => m.person.name), plan.members.map((m) => m.person.name));
  assert.equal(other.orgs.filter((o) => !o.dissolution).length, 250);
});

test('the tree has 250 orgs in force, 119 两企三新 among them, 4 chain committees and 3 dissolved', () => {
  assert.equal(live.length, 250);
  assert.equal(live.filter((o) => o.hostUnitKind === 'enterprise' || o.hostUnitKind === 'social_org').length, 119);
  // Also over all orgs ever founded: no dissolved org is hosted by an enterprise or a social organization.
  assert.equal(plan.orgs.filter((o) => o.hostUnitKind === 'enterprise' || o.hostUnitKind === 'social_org').length, 119);
  const chainsPlanned = live.filter((o) => o.category === 'chain_committee');
  assert.deepEqual(chainsPlanned.map((o) => o.parentCode), [rootCode, rootCode, rootCode, rootCode]);
  assert.equal(plan.orgs.length - live.length, 3);
  assert.equal(live.filter((o) => o.category === 'liangxin_committee').length, 1);
  assert.equal(live.filter((o) => o.category === 'township_committee').length, 4);
  assert.equal(new Set(plan.orgs.map((o) => o.code)).size, plan.orgs.length);
});

test('parents come before children, are founded no later and allow the child kind', () => {
  const seen = new Set<string>();
  for (const o of plan.orgs) {
    if (o.parentCode !== null) {
      const parent = byCode.get(o.parentCode);
      assert.ok(parent && seen.has(parent.code), `${o.code} before its parent`);
      assert.ok(parent.foundedOn <= o.foundedOn, `${o.code} founded before its parent`);
      assert.ok(mayParent(parent.kind, o.kind), `${o.kind} under ${parent.kind}`);
    }
    seen.add(o.code);
  }
});

test('dated events are in the past of the report and keep the kind rules', () => {
  for (const e of plan.orgEvents) {
    assert.ok(e.on <= reportDate);
    const org = byCode.get(e.code);
    assert.ok(org && org.foundedOn < e.on, `${e.code} changed before its founding`);
    if (e.type === 'move') {
      const parent = byCode.get(e.parentCode);
      assert.ok(parent && parent.foundedOn <= e.on && mayParent(parent.kind, org.kind));
    }
  }
  assert.ok(plan.orgEvents.filter((e) => e.type === 'rename').length >= 2);
  assert.ok(plan.orgEvents.filter((e) => e.type === 'move').length >= 2);
  assert.ok(plan.orgEvents.some((e) => e.type === 'move' && e.parentCode === chainCode('SP')));
});

test('4,371 members are current at the report date and 150 have left', () => {
  assert.equal(current.length, currentMemberTarget);
  assert.equal(plan.members.length - current.length, leaverCount);
  assert.ok(current.every((m) => !byCode.get(finalOrg(m))?.dissolution));
  for (const o of live) assert.ok(current.some((m) => finalOrg(m) === o.code), `${o.code} has no members`);
});

test('every org in force has exactly one secretary, a full member registered in it', () => {
  const secretaries = plan.members.filter((m) => m.isSecretary);
  assert.equal(secretaries.length, 250);
  assert.equal(new Set(secretaries.map((m) => m.orgCode)).size, 250);
  assert.ok(secretaries.every((m) => m.person.status === 'full' && !m.transfer && !m.leave));
});

test('about 8% are probationary, having joined in 2025', () => {
  const probationary = current.filter((m) => m.person.status === 'probationary');
  const share = probationary.length / current.length;
  assert.ok(share > 0.06 && share < 0.1, `share ${share}`);
  assert.ok(probationary.every((m) => m.person.joinedOn.startsWith('2025-') && m.person.convertedOn === null && !m.transfer));
});

test('the foreign-funded enterprise hosts 2 orgs with at least 30 members', () => {
  const orgs = live.filter((o) => o.hostUnitName === foreignEnterprise.name);
  assert.equal(orgs.length, 2);
  const codes = new Set(orgs.map((o) => o.code));
  assert.ok(current.filter((m) => codes.has(finalOrg(m))).length >= 30);
});

test('the history replays without breaking a membership rule', () => {
  let transfers = 0;
  for (const m of plan.members) {
    const first = byCode.get(m.orgCode);
    assert.ok(first);
    const validFrom = m.person.joinedOn > first.foundedOn ? m.person.joinedOn : first.foundedOn;
    assert.equal(m.startReason, m.person.joinedOn < first.foundedOn ? 'transfer_in' : 'join');
    assert.ok(validFrom <= reportDate);
    if (m.transfer) {
      transfers++;
      const to = byCode.get(m.transfer.toOrgCode);
      assert.ok(to && to.foundedOn <= m.transfer.on && !to.dissolution && to.code !== first.code);
      assert.ok(m.transfer.on > validFrom && m.transfer.on <= reportDate);
      if (first.dissolution) assert.ok(m.transfer.on < first.dissolution.on);
    } else {
      assert.ok(!first.dissolution, `${m.person.name} left behind in dissolved ${first.code}`);
    }
    if (m.leave) assert.ok(m.leave.on > validFrom && m.leave.on <= reportDate && !m.transfer);
  }
  assert.ok(transfers >= 150, `transfers ${transfers}`);
});

test('places pair with their orgs and some households are 党员中心户 of members living there', () => {
  const kinds = (k: string) => plan.places.filter((p) => p.kind === k);
  assert.equal(kinds('community').length, 12);
  assert.equal(kinds('compound').length, 31);
  for (const p of [...kinds('community'), ...kinds('compound')]) assert.equal(byCode.get(p.orgCode ?? '')?.placeCode, p.code);
  assert.equal(live.filter((o) => o.kind === 'group' && o.placeCode).length, 68);
  const centers = plan.members.filter((m) => m.isCenter);
  assert.ok(centers.length >= 10);
  assert.ok(centers.every((m) => m.householdCode && plan.places.find((p) => p.code === m.householdCode)?.isCenter));
  assert.equal(new Set(plan.members.flatMap((m) => (m.householdCode ? [m.householdCode] : []))).size, plan.members.filter((m) => m.householdCode).length);
});
