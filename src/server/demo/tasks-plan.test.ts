import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportDate } from './people.ts';
import { demoSeed } from './plan.ts';
import { createRng } from './random.ts';
import { type PlannedTask, planTasks } from './tasks-plan.ts';

const plan = () => planTasks(createRng(demoSeed).fork('tasks'));
const flatten = (tasks: PlannedTask[]): PlannedTask[] => tasks.flatMap((t) => [t, ...flatten(t.children)]);

test('the tasks plan is the same for the same seed', () => {
  assert.deepEqual(plan(), plan());
});

test('every task\'s history runs forward: listed, reported with rising progress, submitted, reviewed', () => {
  for (const list of plan().lists) {
    for (const t of flatten(list.tasks)) {
      const days = [t.createdOn, ...t.reports.map((r) => r.on), t.submittedOn, t.review?.on].filter((d): d is string => d !== null && d !== undefined);
      assert.deepEqual(days, [...days].sort(), t.title);
      const progress = t.reports.map((r) => r.progress);
      assert.deepEqual(progress, [...progress].sort((a, b) => a - b), t.title);
      assert.ok(progress.every((p) => p >= 0 && p <= 100), t.title);
      for (const c of t.children) assert.ok(t.createdOn <= c.createdOn && (c.review?.on ?? '') < (t.submittedOn ?? '9999'), `${t.title} / ${c.title}`);
    }
  }
});

test('2025: 40 top-level tasks, every one reviewed completed by the report date, every leaf at 100%', () => {
  const [list2025] = plan().lists;
  assert.equal(list2025.tasks.length, 40);
  for (const t of flatten(list2025.tasks)) {
    assert.equal(t.review?.outcome, 'completed', t.title);
    assert.ok((t.review?.on ?? '9999') <= reportDate, t.title);
    if (t.children.length === 0) assert.equal(t.reports.at(-1)?.progress, 100, t.title);
  }
});

test('2026: the overdue tasks are past due on the sweep day and not submitted; nothing is dated after 2026-11-30', () => {
  const p = plan();
  const list2026 = p.lists[1];
  const overdue = list2026.tasks.filter((t) => t.dueOn < p.sweepOn && t.review === null);
  assert.equal(overdue.length, 3);
  assert.ok(overdue.every((t) => t.submittedOn === null && (t.reports.at(-1)?.progress ?? 0) < 100));
  assert.equal(p.accountability.length, 4);
  const days = flatten(list2026.tasks).flatMap((t) => [t.createdOn, ...t.reports.map((r) => r.on), t.submittedOn ?? '', t.review?.on ?? '']);
  assert.ok(days.every((d) => d <= '2026-11-30'));
});
