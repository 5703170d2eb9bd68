import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allocateFund, combinedTotal, indicatorTreeProblems, starsFor, thresholdProblems, toTenths, weightedTotal } from './reviews.rules.ts';

const mins = [60, 70, 80, 85, 90];

test('stars are the highest level whose threshold the total reaches, 0 below one star', () => {
  assert.equal(starsFor(9000, mins), 5);
  assert.equal(starsFor(8999, mins), 4);
  assert.equal(starsFor(8500, mins), 4);
  assert.equal(starsFor(8000, mins), 3);
  assert.equal(starsFor(7000, mins), 2);
  assert.equal(starsFor(6000, mins), 1);
  assert.equal(starsFor(5999, mins), 0);
  assert.equal(starsFor(10000, mins), 5);
});

test('thresholds must be five, strictly increasing, within 0…100', () => {
  assert.deepEqual(thresholdProblems(mins), []);
  assert.equal(thresholdProblems([60, 70, 70, 85, 90])[0].field, 'starThresholds');
  assert.equal(thresholdProblems([60, 70, 80, 85]).length, 1);
  assert.equal(thresholdProblems([60, 70, 80, 85, 101]).length, 1);
  assert.equal(thresholdProblems([90, 85, 80, 70, 60]).length, 1);
});

test('the indicator tree needs top weights and each parent\'s leaf weights summing to 100', () => {
  const good = [
    { name: 'A', weight: 60, children: [{ name: 'a1', weight: 50, maxScore: 10 }, { name: 'a2', weight: 50, maxScore: 10 }] },
    { name: 'B', weight: 40, children: [{ name: 'b1', weight: 100, maxScore: 20 }] },
  ];
  assert.deepEqual(indicatorTreeProblems(good), []);
  assert.equal(indicatorTreeProblems([{ ...good[0], weight: 50 }, good[1]])[0].field, 'indicators');
  assert.equal(indicatorTreeProblems([good[0], { ...good[1], children: [] }])[0].field, 'indicators.1.children');
  assert.equal(indicatorTreeProblems([good[0], { ...good[1], children: [{ name: 'b1', weight: 90, maxScore: 20 }] }])[0].field, 'indicators.1.children');
  assert.equal(indicatorTreeProblems([]).length, 1);
});

test('the weighted total is exact in hundredths and rounds half up', () => {
  const leaves = [
    { id: 1, parentWeight: 60, weight: 50, maxScore: 10 },
    { id: 2, parentWeight: 60, weight: 50, maxScore: 10 },
    { id: 3, parentWeight: 40, weight: 100, maxScore: 20 },
  ];
  assert.equal(weightedTotal(leaves, new Map([[1, 100], [2, 100], [3, 200]])), 10000);
  assert.equal(weightedTotal(leaves, new Map()), 0);
  // 30·(9/10) + 30·(8/10) + 40·(15/20) = 27 + 24 + 30 = 81
  assert.equal(weightedTotal(leaves, new Map([[1, 90], [2, 80], [3, 150]])), 8100);
  // one leaf of max 3 scored 1 point: 100/3 = 33.333… → 3333 hundredths; 2 points → 66.67
  const thirds = [{ id: 9, parentWeight: 100, weight: 100, maxScore: 3 }];
  assert.equal(weightedTotal(thirds, new Map([[9, 10]])), 3333);
  assert.equal(weightedTotal(thirds, new Map([[9, 20]])), 6667);
  // 1/8 of a point = 12.5 hundredths rounds up to 13
  assert.equal(weightedTotal([{ id: 4, parentWeight: 1, weight: 100, maxScore: 8 }], new Map([[4, 10]])), 13);
});

test('the combined total weighs self and superior totals and rounds half up', () => {
  assert.equal(combinedTotal(9000, 8000, 30), 8300);
  assert.equal(combinedTotal(9001, 8000, 50), 8501);
  assert.equal(combinedTotal(9000, 8001, 50), 8501);
  assert.equal(combinedTotal(5000, 7000, 0), 7000);
  assert.equal(combinedTotal(5000, 7000, 100), 5000);
});

test('scores take at most one decimal within the maximum', () => {
  assert.equal(toTenths(8.5, 10), 85);
  assert.equal(toTenths(10, 10), 100);
  assert.equal(toTenths(0.3, 10), 3);
  assert.equal(toTenths(8.55, 10), null);
  assert.equal(toTenths(10.1, 10), null);
  assert.equal(toTenths(-1, 10), null);
});

const rule = { fundYuan: 2_200_000, starBaseYuan: [0, 0, 0, 0, 0, 0], starShares: [0, 0, 0, 1, 3, 5] };
const sum = (m: Map<number, number>) => [...m.values()].reduce((s, v) => s + v, 0);
function ok(result: ReturnType<typeof allocateFund>) {
  assert.ok(result.ok);
  return result.amounts;
}

test('the fund is split in proportion to shares and sums exactly to the fund', () => {
  const entries = [
    { key: 1, stars: 5, total: 9500, orgCode: 'A' },
    { key: 2, stars: 4, total: 8700, orgCode: 'B' },
    { key: 3, stars: 3, total: 8100, orgCode: 'C' },
    { key: 4, stars: 1, total: 6100, orgCode: 'D' },
  ];
  const amounts = ok(allocateFund(rule, entries));
  assert.equal(sum(amounts), 2_200_000);
  assert.equal(amounts.get(4), 0);
  // 9 shares: 5/9, 3/9, 1/9 of 2,200,000 = 1,222,222.2…, 733,333.3…, 244,444.4… → the one 元 left goes to the largest fraction (C's .4)
  assert.deepEqual([amounts.get(1), amounts.get(2), amounts.get(3)], [1_222_222, 733_333, 244_445]);
});

test('ties in the remainder go to the higher total, then the lower org code, the same on every run', () => {
  const entries = [
    { key: 1, stars: 3, total: 8000, orgCode: 'B' },
    { key: 2, stars: 3, total: 8000, orgCode: 'A' },
    { key: 3, stars: 3, total: 8200, orgCode: 'C' },
  ];
  const amounts = ok(allocateFund({ ...rule, fundYuan: 100 }, entries));
  assert.deepEqual([amounts.get(3), amounts.get(2), amounts.get(1)], [34, 33, 33]);
  const again = ok(allocateFund({ ...rule, fundYuan: 101 }, [...entries].reverse()));
  assert.deepEqual([again.get(3), again.get(2), again.get(1)], [34, 34, 33]);
});

test('one org takes the whole fund; zero-share orgs take nothing', () => {
  assert.equal(ok(allocateFund(rule, [{ key: 7, stars: 4, total: 8600, orgCode: 'X' }])).get(7), 2_200_000);
  const amounts = ok(allocateFund(rule, [{ key: 1, stars: 0, total: 1000, orgCode: 'A' }, { key: 2, stars: 5, total: 9900, orgCode: 'B' }]));
  assert.deepEqual([amounts.get(1), amounts.get(2)], [0, 2_200_000]);
});

test('base amounts come first and the remainder follows the shares; bases above the fund or no shares are refused', () => {
  const withBase = { fundYuan: 1_000, starBaseYuan: [0, 0, 0, 100, 200, 300], starShares: [0, 0, 0, 0, 1, 1] };
  const amounts = ok(allocateFund(withBase, [{ key: 1, stars: 5, total: 9500, orgCode: 'A' }, { key: 2, stars: 4, total: 8600, orgCode: 'B' }, { key: 3, stars: 3, total: 8000, orgCode: 'C' }]));
  assert.deepEqual([amounts.get(1), amounts.get(2), amounts.get(3)], [500, 400, 100]);
  const over = allocateFund({ ...withBase, fundYuan: 300 }, [{ key: 1, stars: 5, total: 9500, orgCode: 'A' }, { key: 2, stars: 4, total: 8600, orgCode: 'B' }]);
  assert.equal(over.ok ? null : over.problem.field, 'starBaseYuan');
  const noShares = allocateFund(rule, [{ key: 1, stars: 1, total: 6000, orgCode: 'A' }]);
  assert.equal(noShares.ok ? null : noShares.problem.field, 'starShares');
  assert.equal(sum(ok(allocateFund({ ...rule, fundYuan: 0 }, [{ key: 1, stars: 1, total: 6000, orgCode: 'A' }]))), 0);
});

test('many orgs with awkward shares still sum exactly', () => {
  const entries = Array.from({ length: 47 }, (_, i) => ({ key: i, stars: i % 6, total: 5000 + i * 97, orgCode: `O${String(i).padStart(3, '0')}` }));
  for (const fundYuan of [2_200_000, 1, 999_999_937]) {
    const amounts = ok(allocateFund({ ...rule, fundYuan, starShares: [0, 1, 2, 3, 5, 7] }, entries));
    assert.equal(sum(amounts), fundYuan);
    assert.equal(amounts.get(0), 0);
  }
});
