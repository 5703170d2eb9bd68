import assert from 'node:assert/strict';
import { test } from 'node:test';
import { daysBefore, daysBetween, defaultStaleAfterDays, isWatchedKind, watchedKinds, yearStart } from './contacts.rules.ts';

test('daysBefore and daysBetween count calendar days across month and leap-year ends', () => {
  assert.equal(daysBefore('2025-03-01', 1), '2025-02-28');
  assert.equal(daysBefore('2024-03-01', 1), '2024-02-29');
  assert.equal(daysBefore('2025-12-31', 90), '2025-10-02');
  assert.equal(daysBetween('2025-10-02', '2025-12-31'), 90);
  assert.equal(yearStart('2025-12-31'), '2025-01-01');
});

test('only department contacts, cadre pairings and org ↔ place links are watched; leader points and secondments never', () => {
  assert.deepEqual([...watchedKinds], ['department_enterprise', 'cadre_enterprise', 'org_place']);
  assert.equal(isWatchedKind('leader_org'), false);
  assert.equal(isWatchedKind('secondment'), false);
  assert.equal(defaultStaleAfterDays.cadre_enterprise, 90);
  assert.equal(defaultStaleAfterDays.org_place, null);
});
