import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isStepOverdue, nextOpenSteps, orgSuggestionFor, overallStatusOf, progressByTrack, transitionOf } from './onboarding.rules.ts';
import { addDays, daysBetween, defaultOnboardingTemplate, onboardingTracks, stepsFromTemplate } from './onboarding.template.ts';

test('step transitions: forward one at a time, skip or reopen with a note, nothing else', () => {
  const table = {
    pending: { pending: 'allowed', in_progress: 'allowed', done: 'illegal', skipped: 'needs_note' },
    in_progress: { pending: 'allowed', in_progress: 'allowed', done: 'allowed', skipped: 'needs_note' },
    done: { pending: 'needs_note', in_progress: 'needs_note', done: 'allowed', skipped: 'illegal' },
    skipped: { pending: 'needs_note', in_progress: 'needs_note', done: 'illegal', skipped: 'allowed' },
  } as const;
  for (const [from, row] of Object.entries(table)) {
    for (const [to, expected] of Object.entries(row)) {
      assert.equal(transitionOf(from as keyof typeof table, to as keyof typeof table), expected, `${from} → ${to}`);
    }
  }
});

test('a step is overdue only when due before the day read, unfinished, on an open case', () => {
  assert.equal(isStepOverdue({ dueOn: '2025-01-01', status: 'pending' }, 'open', '2025-01-02'), true);
  assert.equal(isStepOverdue({ dueOn: '2025-01-02', status: 'pending' }, 'open', '2025-01-02'), false, 'due today is not overdue');
  assert.equal(isStepOverdue({ dueOn: '2025-01-01', status: 'done' }, 'open', '2025-01-02'), false);
  assert.equal(isStepOverdue({ dueOn: '2025-01-01', status: 'skipped' }, 'open', '2025-01-02'), false);
  assert.equal(isStepOverdue({ dueOn: '2025-01-01', status: 'in_progress' }, 'cancelled', '2025-01-02'), false);
});

test('the overall status: not started, in progress, ready to complete, or the case\'s own closing status', () => {
  assert.equal(overallStatusOf('open', { total: 3, pending: 3, finished: 0 }), 'not_started');
  assert.equal(overallStatusOf('open', { total: 3, pending: 2, finished: 0 }), 'in_progress');
  assert.equal(overallStatusOf('open', { total: 3, pending: 0, finished: 3 }), 'ready_to_complete');
  assert.equal(overallStatusOf('completed', { total: 3, pending: 0, finished: 3 }), 'completed');
  assert.equal(overallStatusOf('cancelled', { total: 3, pending: 3, finished: 0 }), 'cancelled');
});

test('progress lists every track in order, and the next open step of each track is its lowest unfinished seq', () => {
  const steps = [
    { id: 1, track: 'admin_approval', seq: 2, status: 'pending' as const },
    { id: 2, track: 'admin_approval', seq: 1, status: 'done' as const },
    { id: 3, track: 'party_mass', seq: 1, status: 'skipped' as const },
    { id: 4, track: 'party_mass', seq: 2, status: 'in_progress' as const },
  ];
  assert.deepEqual(progressByTrack(steps), [
    { track: 'party_mass', total: 2, done: 0, skipped: 1 },
    { track: 'planning_construction', total: 0, done: 0, skipped: 0 },
    { track: 'admin_approval', total: 2, done: 1, skipped: 0 },
  ]);
  assert.deepEqual(nextOpenSteps(steps).map((s) => s.id), [4, 1]);
});

test('the org suggestion: found a branch from 3 full members, else join a joint branch', () => {
  assert.equal(orgSuggestionFor(2), 'join_joint_branch');
  assert.equal(orgSuggestionFor(3), 'found_branch');
});

test('the template covers all three tracks, numbered within each, due after the opening date', () => {
  const steps = stepsFromTemplate('2025-12-20');
  assert.equal(steps.length, defaultOnboardingTemplate.length);
  for (const track of onboardingTracks) {
    const mine = steps.filter((s) => s.track === track);
    assert.ok(mine.length >= 4, track);
    assert.deepEqual(mine.map((s) => s.seq), mine.map((_, i) => i + 1));
    assert.ok(mine.every((s) => s.dueOn > '2025-12-20'));
  }
  assert.equal(addDays('2025-12-20', 15), '2026-01-04');
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(daysBetween('2025-12-20', '2026-01-04'), 15);
});
