import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatYuan, isMovingBack, isTrackedNote, signedOrLater, yuanToYi } from './projects.rules.ts';

test('formatYuan shows 亿元 from one hundred million and 万元 below it, at most two decimals', () => {
  assert.equal(formatYuan(3_500_000_000), '35亿元');
  assert.equal(formatYuan(125_000_000), '1.25亿元');
  assert.equal(formatYuan(110_000_000), '1.1亿元');
  assert.equal(formatYuan(100_000_000), '1亿元');
  assert.equal(formatYuan(99_990_000), '9999万元');
  assert.equal(formatYuan(8_000_000), '800万元');
  assert.equal(formatYuan(5_000), '0.5万元');
  assert.equal(formatYuan(12_345), '1.23万元');
  assert.equal(formatYuan(0), '0万元');
});

test('yuanToYi rounds to two places', () => {
  assert.equal(yuanToYi(60_012_345_678), 600.12);
  assert.equal(yuanToYi(149_999_999), 1.5);
  assert.equal(yuanToYi(0), 0);
});

test('moving back is any move to an earlier stage', () => {
  assert.equal(isMovingBack('signed', 'negotiating'), true);
  assert.equal(isMovingBack('in_production', 'started'), true);
  assert.equal(isMovingBack('negotiating', 'in_production'), false);
  assert.equal(isMovingBack('signed', 'signed'), false);
});

test('signed or later excludes only negotiating; only blockers and factor needs are tracked', () => {
  assert.deepEqual([...signedOrLater], ['signed', 'registered', 'started', 'in_production']);
  assert.equal(isTrackedNote('service_log'), false);
  assert.equal(isTrackedNote('blocker'), true);
  assert.equal(isTrackedNote('factor_need'), true);
});
