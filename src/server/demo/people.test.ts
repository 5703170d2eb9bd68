import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isIdNumberProblem, normalizePhone, parseIdNumber } from '../platform/id-number.ts';
import { neijiangAreaCodes, createPeople, lastFullJoin, reportDate } from './people.ts';
import { addYears, createRng, mulberry32 } from './random.ts';
import { generateName, surnames } from './names.ts';

test('mulberry32 gives the same sequence for the same seed and another for another seed', () => {
  const a = mulberry32(42);
  const b = mulberry32(42);
  const c = mulberry32(43);
  const first = Array.from({ length: 5 }, () => a());
  assert.deepEqual(first, Array.from({ length: 5 }, () => b()));
  assert.notDeepEqual(first, Array.from({ length: 5 }, () => c()));
  assert.ok(first.every((x) => x >= 0 && x < 1));
});

test('a forked stream does not depend on how much the parent stream was used', () => {
  const fresh = createRng(7).fork('people');
  const used = createRng(7);
  for (let i = 0; i < 100; i++) used.next();
  assert.equal(fresh.next(), used.fork('people').next());
});

test('rng.date stays within its bounds, both inclusive', () => {
  const rng = createRng(1);
  const dates = Array.from({ length: 500 }, () => rng.date('2024-02-27', '2024-03-01'));
  assert.ok(dates.every((d) => d >= '2024-02-27' && d <= '2024-03-01'));
  assert.ok(dates.includes('2024-02-29') && dates.includes('2024-03-01'));
});

test('addYears moves 29 February to 28 February in a common year', () => {
  assert.equal(addYears('2024-02-29', 1), '2025-02-28');
  assert.equal(addYears('2023-06-15', 1), '2024-06-15');
});

test('names are a known surname followed by one or two characters', () => {
  const rng = createRng(3);
  const known = new Set(surnames.map(([s]) => s));
  for (let i = 0; i < 500; i++) {
    const name = generateName(rng, i % 2 ? 'male' : 'female');
    const surname = known.has(name.slice(0, 2)) ? name.slice(0, 2) : name.slice(0, 1);
    assert.ok(known.has(surname), name);
    assert.ok(name.length - surname.length >= 1 && name.length - surname.length <= 2, name);
  }
});

test('people have valid, unique, fictional Neijiang ID numbers agreeing with sex and birth date', () => {
  const people = createPeople(createRng(11));
  const areas = new Set(neijiangAreaCodes.map(([a]) => a));
  const ids = new Set<string>();
  const phones = new Set<string>();
  for (let i = 0; i < 3000; i++) {
    const p = people.next({ profile: (['young', 'mixed', 'senior'] as const)[i % 3], probationary: false });
    const info = parseIdNumber(p.idNumber);
    assert.ok(!isIdNumberProblem(info), p.idNumber);
    assert.equal(info.sex, p.sex);
    assert.equal(info.birthDate, p.birthDate);
    assert.ok(areas.has(p.idNumber.slice(0, 6)));
    ids.add(p.idNumber);
    assert.equal(normalizePhone(p.phone), p.phone);
    assert.match(p.phone, /^1[358]\d{9}$/);
    phones.add(p.phone);
    const age = Number(reportDate.slice(0, 4)) - Number(p.birthDate.slice(0, 4));
    assert.ok(age >= 20 && age <= 75, `age ${age}`);
    assert.ok(p.joinedOn >= addYears(p.birthDate, 18), `joined at under 18: ${p.birthDate} ${p.joinedOn}`);
  }
  assert.equal(ids.size, 3000);
  assert.equal(phones.size, 3000);
});

test('full members joined by the year before the report and were converted a year later; probationary ones joined in 2025', () => {
  const people = createPeople(createRng(5));
  for (let i = 0; i < 500; i++) {
    const full = people.next({ profile: 'young', probationary: false, joinedTo: '2019-06-30' });
    assert.equal(full.status, 'full');
    assert.ok(full.joinedOn <= '2019-06-30' && full.joinedOn <= lastFullJoin);
    assert.equal(full.convertedOn, addYears(full.joinedOn, 1));
    const probationary = people.next({ profile: 'young', probationary: true, joinedFrom: '2025-03-01' });
    assert.equal(probationary.status, 'probationary');
    assert.equal(probationary.convertedOn, null);
    assert.ok(probationary.joinedOn >= '2025-03-01' && probationary.joinedOn <= reportDate);
  }
});
