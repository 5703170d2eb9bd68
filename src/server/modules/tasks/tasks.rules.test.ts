import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultLadder, isOverdue, nextLevel, rollUpProgress, weightShares } from './tasks.rules.ts';

test('a parent\'s progress is the weighted mean of its children, recursively', () => {
  const nodes = [
    { id: 1, parentId: null, weight: 1 },
    { id: 2, parentId: 1, weight: 3 },
    { id: 3, parentId: 1, weight: 1 },
    { id: 4, parentId: 3, weight: 1 },
    { id: 5, parentId: 3, weight: 1 },
  ];
  const progress = rollUpProgress(nodes, new Map([[2, 40], [4, 100], [5, 0]]));
  assert.equal(progress.get(3), 50);
  assert.equal(progress.get(1), (40 * 3 + 50) / 4);
  assert.equal(progress.get(2), 40);
});

test('a leaf without reports is at 0; shares are per parent and over the roots', () => {
  const nodes = [
    { id: 1, parentId: null, weight: 2 },
    { id: 2, parentId: null, weight: 6 },
    { id: 3, parentId: 2, weight: 1 },
    { id: 4, parentId: 2, weight: 3 },
  ];
  assert.equal(rollUpProgress(nodes, new Map()).get(2), 0);
  const shares = weightShares(nodes);
  assert.deepEqual([shares.get(1), shares.get(2), shares.get(3), shares.get(4)], [25, 75, 25, 75]);
});

test('overdue means past due and neither completed nor failed; the ladder climbs by rank and stops at the top', () => {
  assert.equal(isOverdue({ dueOn: '2026-03-31', status: 'open' }, '2026-04-01'), true);
  assert.equal(isOverdue({ dueOn: '2026-03-31', status: 'submitted' }, '2026-04-01'), true);
  assert.equal(isOverdue({ dueOn: '2026-03-31', status: 'open' }, '2026-03-31'), false);
  assert.equal(isOverdue({ dueOn: '2026-03-31', status: 'completed' }, '2026-04-01'), false);
  assert.equal(nextLevel(defaultLadder, 1)?.code, 'interview');
  assert.equal(nextLevel(defaultLadder, 3), null);
});
