import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isUsccProblem, parseUscc } from '../platform/uscc.ts';
import { foreignEnterprise } from './catalog.ts';
import { fortressTargets as T } from './fortress-catalog.ts';
import { stepDoneOn } from './fortress-plan.ts';
import { categoriesOf, orgCovered } from './guidance-plan.ts';
import { reportDate } from './people.ts';
import { planDemoPark } from './plan.ts';
import { reachedOn } from './project-plan.ts';

const plan = planDemoPark();
const f = plan.fortress;
const live = plan.orgs.filter((o) => !o.dissolution);
const inForce = (p: { validFrom: string; validTo: string | null }, on: string) => p.validFrom <= on && (p.validTo === null || p.validTo > on);
const holding = (...ds: string[]) => new Set(f.units.filter((u) => u.designations.some((d) => ds.includes(d.designation) && inForce(d, reportDate))).map((u) => u.key));

test('600 enterprises and 12 social organizations, each with a valid and unique USCC, plausible and dated', () => {
  assert.equal(f.units.filter((u) => u.unitKind === 'enterprise').length, T.enterprises);
  assert.equal(f.units.filter((u) => u.unitKind === 'social_org').length, 12);
  for (const u of f.units) {
    const parsed = parseUscc(u.uscc);
    assert.ok(!isUsccProblem(parsed), `${u.name} ${u.uscc}`);
    assert.equal(u.uscc.slice(0, 2), u.unitKind === 'enterprise' ? '91' : u.uscc.slice(0, 2));
    assert.ok(u.foundedOn <= reportDate && u.employees > 0 && u.registeredCapital > 0 && u.contacts.length > 0);
  }
  assert.equal(new Set(f.units.map((u) => u.uscc)).size, f.units.length);
  assert.equal(new Set(f.units.map((u) => u.name)).size, f.units.length);
  assert.equal(f.units.filter((u) => u.status === 'closed').length, T.closed);
});

test('every org hosted by an enterprise or social organization is linked to it as own; joint branches as joint (F03)', () => {
  const links = f.units.flatMap((u) => u.coverage.map((c) => ({ ...c, unit: u })));
  const hosted = live.filter((o) => (o.hostUnitKind === 'enterprise' || o.hostUnitKind === 'social_org') && o.kind !== 'joint_branch');
  assert.equal(hosted.length + live.filter((o) => o.kind === 'joint_branch').length, 119);
  for (const o of hosted) assert.equal(links.filter((l) => l.orgCode === o.code && l.kind === 'own').length, 1, o.code);
  for (const o of live.filter((x) => x.kind === 'joint_branch')) assert.ok(links.filter((l) => l.orgCode === o.code && l.kind === 'joint').length >= 6, o.code);
  for (const l of links) {
    const org = live.find((o) => o.code === l.orgCode);
    assert.ok(org && l.validFrom >= org.foundedOn && l.validFrom >= l.unit.foundedOn && l.validFrom <= reportDate);
  }
  const foreign = f.units.find((u) => u.name === foreignEnterprise.name);
  assert.equal(foreign?.coverage.length, 2);
  assert.ok(foreign?.designations.some((d) => d.designation === 'foreign_funded'));
});

test('designations as in the report on the report date, none ending after it (F49, F50)', () => {
  assert.equal(holding('above_scale').size, T.aboveScale);
  assert.equal(holding('srdi_national', 'srdi_provincial').size, 36);
  assert.equal(holding('high_tech').size, 68);
  for (const u of f.units) {
    for (const d of u.designations) {
      assert.ok(d.validFrom >= u.foundedOn && d.validFrom <= reportDate, `${u.key} ${d.designation} ${d.validFrom}`);
      assert.ok(d.validTo === null || (d.validTo > d.validFrom && d.validTo <= reportDate));
      const same = u.designations.filter((x) => x !== d && x.designation === d.designation);
      assert.ok(same.every((x) => (x.validTo !== null && x.validTo <= d.validFrom) || (d.validTo !== null && d.validTo <= x.validFrom)), `${u.key} overlapping ${d.designation}`);
    }
  }
  assert.ok(f.units.some((u) => u.designations.some((d) => d.designation === 'above_scale' && d.validTo)), 'some left the above-scale list');
});

test('coverage of the three categories is 100% on the report date by org or instructor; 230 enterprises have an instructor (F04–F06, F12)', () => {
  const instructed = new Set(f.assignments.filter((a) => inForce(a, reportDate)).map((a) => a.unitKey));
  assert.equal(instructed.size, T.instructed);
  assert.ok([...instructed].every((k) => f.units.find((u) => u.key === k)?.unitKind === 'enterprise'));
  for (const cat of ['above_scale', 'srdi', 'social_org'] as const) {
    const units = f.units.filter((u) => categoriesOf(u, reportDate).includes(cat));
    assert.ok(units.length > 0);
    for (const u of units) assert.ok(orgCovered(u, reportDate) || instructed.has(u.key), `${cat} ${u.key} uncovered`);
  }
  assert.equal(new Set(f.assignments.map((a) => a.instructor)).size, f.instructorUsernames.length);
  assert.equal(new Set(f.visits.filter((v) => v.on >= '2025-01-01').map((v) => v.unitKey)).size, T.instructed);
  for (const v of f.visits) {
    assert.ok(v.on <= reportDate);
    assert.ok(f.assignments.some((a) => a.unitKey === v.unitKey && a.instructor === v.instructor && inForce(a, v.on)), 'a visit within its assignment');
  }
});

test('52 projects signed by the report date for more than 600 亿元, 42 in production, 4 negotiating (F09–F11)', () => {
  const signed = f.projects.filter((p) => reachedOn(p, 'signed'));
  assert.equal(signed.length, 52);
  assert.ok(signed.reduce((s, p) => s + p.investment, 0) >= 60_000_000_000);
  assert.ok(f.projects.filter((p) => reachedOn(p, 'in_production')).length >= 40);
  assert.equal(f.projects.length - signed.length, T.negotiating);
  const order = ['negotiating', 'signed', 'registered', 'started', 'in_production'];
  for (const p of f.projects) {
    let last = p.openedOn;
    for (const c of p.changes) {
      assert.ok(c.on > last && c.on <= reportDate, `${p.code} ${c.to} ${c.on}`);
      last = c.on;
    }
    p.changes.forEach((c, i) => {
      const from = i === 0 ? 'negotiating' : p.changes[i - 1].to;
      assert.ok(order.indexOf(c.to) === order.indexOf(from) + 1 || (order.indexOf(c.to) < order.indexOf(from) && c.reason), `${p.code} ${from}→${c.to}`);
    });
    const unit = f.units.find((u) => u.key === p.unitKey);
    assert.equal(Boolean(unit), Boolean(reachedOn(p, 'registered')));
    if (unit) assert.equal(unit.foundedOn, reachedOn(p, 'registered'));
    assert.ok(p.notes.every((n) => n.on <= reportDate && (n.resolvedOn === null || n.resolvedOn >= n.on)));
  }
  assert.ok(f.projects.some((p) => p.changes.some((c) => c.reason)), 'one moved back with a reason');
  assert.ok(f.projects.some((p) => p.notes.some((n) => n.kind === 'blocker' && !n.resolvedOn)));
  assert.ok(f.projects.some((p) => p.officers.length > 1));
  assert.equal(new Set(f.projects.map((p) => p.name)).size, f.projects.length);
  assert.equal(new Set(f.projects.map((p) => p.code)).size, f.projects.length);
});

test('three onboarding cases: one completed in 2025, two open for the enterprises still onboarding, with overdue steps', () => {
  assert.equal(f.cases.length, 3);
  const onboarding = f.units.filter((u) => u.status === 'onboarding').map((u) => u.key).sort();
  assert.deepEqual(f.cases.filter((c) => !c.completedOn).map((c) => c.unitKey).sort(), onboarding);
  const done = f.cases.filter((c) => c.completedOn);
  assert.equal(done.length, 1);
  assert.ok(done[0].completedOn?.startsWith('2025-'));
  for (const c of f.cases.filter((x) => !x.completedOn)) {
    assert.ok(stepDoneOn(c, c.openedOn, 1) !== null && stepDoneOn(c, '2025-12-01', 1) === null);
  }
});

test('members work where their org is: an own org\'s members at its unit, a joint branch\'s at the units it covers', () => {
  const own = new Map<string, string>();
  const joint = new Map<string, string[]>();
  for (const u of f.units) for (const c of u.coverage) (c.kind === 'own' ? own.set(c.orgCode, u.key) : joint.set(c.orgCode, [...(joint.get(c.orgCode) ?? []), u.key]));
  plan.members.forEach((m, i) => {
    const org = m.transfer?.toOrgCode ?? m.orgCode;
    const employer = f.employers[i];
    if (m.leave || (!own.has(org) && !joint.has(org))) assert.equal(employer, null);
    else if (own.has(org)) assert.equal(employer, own.get(org));
    else assert.ok(employer && joint.get(org)?.includes(employer));
  });
  const foreignKey = f.units.find((u) => u.name === foreignEnterprise.name)?.key;
  assert.ok(f.employers.filter((e) => e === foreignKey).length >= 30);
});

test('the chains gather enterprises of their industries, joined on or after the chains\' founding', () => {
  const members = f.units.filter((u) => u.chain);
  for (const code of ['SP', 'ZB', 'DZ', 'WL']) assert.ok(members.filter((u) => u.chain?.code === code).length >= 10, code);
  assert.ok(members.every((u) => u.chain && u.chain.validFrom >= '2023-07-15' && u.chain.validFrom >= u.foundedOn && u.status === 'active'));
});
