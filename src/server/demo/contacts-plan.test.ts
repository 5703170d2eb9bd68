import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contactsTargets as T, departmentCodes, planContacts } from './contacts-plan.ts';
import { reportDate } from './people.ts';
import { demoSeed, planDemoPark } from './plan.ts';
import { createRng } from './random.ts';

const park = planDemoPark();
const plan = planContacts(createRng(demoSeed).fork('contacts'), { orgs: park.orgs, places: park.places, units: park.fortress.units });
const orgOf = new Map(park.orgs.map((o) => [o.code, o]));
const unitOf = new Map(park.fortress.units.map((u) => [u.key, u]));
const inForce = (p: { from: string; to: string | null }, on: string) => p.from <= on && (p.to === null || p.to > on);

test('the same seed plans the same contacts', () => {
  const again = planContacts(createRng(demoSeed).fork('contacts'), { orgs: park.orgs, places: park.places, units: park.fortress.units });
  assert.deepEqual(again, plan);
});

test('8 leaders with 2–3 contact points each in force on the report date, each point begun after its org was founded (F16)', () => {
  assert.equal(plan.leaders.length, T.leaders);
  for (const l of plan.leaders) {
    const current = l.points.filter((p) => inForce(p, reportDate));
    assert.ok(current.length >= 2 && current.length <= 3, l.username);
    for (const p of l.points) assert.ok(p.from >= (orgOf.get(p.orgCode)?.foundedOn ?? '9999') && (p.to === null || p.to > p.from), p.orgCode);
  }
  const all = plan.leaders.flatMap((l) => l.points.map((p) => p.orgCode));
  assert.equal(new Set(all).size, all.length);
});

test('41 above-scale enterprises have a current contact from the 5 department branches, and one past contact (F17)', () => {
  const current = plan.departmentLinks.filter((d) => inForce(d, reportDate));
  assert.equal(new Set(current.map((d) => d.unitKey)).size, T.departmentEnterprises);
  assert.deepEqual([...new Set(current.map((d) => d.orgCode))].sort(), departmentCodes);
  assert.equal(plan.departmentLinks.filter((d) => d.to !== null).length, 1);
  for (const d of plan.departmentLinks) assert.ok(d.from >= (unitOf.get(d.unitKey)?.foundedOn ?? '9999'), d.unitKey);
});

test('19 enterprise party orgs cover all 12 communities and 31 compounds, 2 or 3 places each (F18)', () => {
  const places = new Map(park.places.map((p) => [p.code, p]));
  assert.equal(new Set(plan.orgPlaces.map((o) => o.orgCode)).size, T.orgPlaceOrgs);
  assert.equal(new Set(plan.orgPlaces.filter((o) => places.get(o.placeCode)?.kind === 'community').map((o) => o.placeCode)).size, 12);
  assert.equal(new Set(plan.orgPlaces.filter((o) => places.get(o.placeCode)?.kind === 'compound').map((o) => o.placeCode)).size, 31);
  for (const o of plan.orgPlaces) assert.equal(orgOf.get(o.orgCode)?.hostUnitKind, 'enterprise');
});

test('at least 200 cadres, each visiting a paired enterprise in 2025 on or after the pairing began; some pairings never visited (F19)', () => {
  assert.ok(plan.cadres.length >= 200);
  for (const c of plan.cadres) {
    assert.equal(orgOf.get(c.orgCode)?.role, 'organ', c.username);
    assert.ok(c.pairings.length >= 1 && c.pairings.length <= 3);
    assert.equal(new Set(c.pairings.map((p) => p.unitKey)).size, c.pairings.length);
    assert.ok(c.pairings.some((p) => p.visits.some((v) => v.on >= '2025-01-01' && v.on <= reportDate)), c.username);
    for (const p of c.pairings) for (const v of p.visits) assert.ok(v.on >= p.from, `${c.username} ${p.unitKey}`);
  }
  const never = plan.cadres.flatMap((c) => c.pairings).filter((p) => p.visits.length === 0);
  assert.ok(never.length >= 5 && never.length <= 40, `${never.length}`);
});
