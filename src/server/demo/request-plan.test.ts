import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRng } from './random.ts';
import { demoSweepAt, planRequests, requestTargets } from './request-plan.ts';

const raisers = [{ share: 3, enterprises: 1 }, { share: 4, enterprises: 0 }, { share: 18, enterprises: 40 }, { share: 75, enterprises: 600 }];
const plan = () => planRequests(createRng(20251231).fork('requests'), raisers);

test('the request plan is the same for the same seed and raisers, and raisers without enterprises raise nothing', () => {
  assert.deepEqual(plan(), plan());
  const p = plan();
  assert.equal(p.length, requestTargets.raised2025 + requestTargets.confirmed2026 + requestTargets.open2026);
  assert.ok(p.every((r) => r.raiser !== 1 && r.enterprise < raisers[r.raiser].enterprises));
  assert.deepEqual(planRequests(createRng(1), [{ share: 1, enterprises: 0 }]), []);
});

test('every request\'s steps run forward in time from its submission, and the open ones stop before the sweep', () => {
  for (const r of plan()) {
    let last = r.submittedAt;
    for (const s of r.steps) {
      assert.ok(Date.parse(s.at) > Date.parse(last), `${r.submittedAt} ${s.action} ${s.at} after ${last}`);
      last = s.at;
    }
    if (r.submittedAt >= '2026-10-01') assert.ok(r.steps.every((s) => s.at < demoSweepAt));
  }
});

test('2025: all but the rejected are resolved within the year, 26 reopened once, the latest 12 resolved still unconfirmed', () => {
  const of2025 = plan().filter((r) => r.submittedAt < '2026');
  const firstResolve = (r: (typeof of2025)[number]) => r.steps.find((s) => s.action === 'resolve')?.at ?? '';
  assert.equal(of2025.filter((r) => r.steps.some((s) => s.action === 'reject')).length, requestTargets.rejected2025);
  assert.equal(of2025.filter((r) => firstResolve(r) !== '' && firstResolve(r) < '2026-01-01T00:00:00+08:00').length, requestTargets.raised2025 - requestTargets.rejected2025);
  assert.equal(of2025.filter((r) => r.steps.some((s) => s.action === 'reopen')).length, requestTargets.reopened2025);
  assert.equal(of2025.filter((r) => r.steps.at(-1)?.action === 'resolve').length, requestTargets.unconfirmed2025);
  assert.ok(of2025.filter((r) => r.steps.at(-1)?.action === 'confirm').every((r) => (r.steps.at(-1)?.satisfaction ?? 0) >= 1));
});
