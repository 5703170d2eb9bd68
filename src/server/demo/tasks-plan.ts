import type { RedAction } from '../modules/tasks/tasks.rules.ts';
import { type CatalogTask, meetingCatalog, tasks2025, tasks2026 } from './tasks-catalog.ts';
import { type Rng, addDays, dayNumber, maxDate } from './random.ts';

/** A dated report, submission or review of a planned task. */
export type PlannedReport = { on: string; progress: number; note: string };

export type PlannedTask = {
  title: string;
  redAction: RedAction;
  orgCode: string;
  coOwners: string[];
  weight: number;
  createdOn: string;
  dueOn: string;
  reports: PlannedReport[];
  submittedOn: string | null;
  review: { on: string; outcome: 'completed' | 'failed'; note: string } | null;
  /** The meeting (index) and decision (index) the task was made from. */
  decision: { meeting: number; index: number } | null;
  children: PlannedTask[];
};

/** Accountability the 2026 list carries on the demo's last day: how far each overdue or failed task's record went. */
export type PlannedAccountability = { title: string; escalations: string[]; decision: { on: string; decision: 'upheld' | 'waived'; note: string } | null };

export type TasksPlan = {
  lists: { year: number; title: string; createdOn: string; tasks: PlannedTask[] }[];
  /** The day the overdue sweep is run on for the 2026 list. */
  sweepOn: string;
  accountability: PlannedAccountability[];
};

const notes = ['制定工作方案，明确责任分工', '召开推进会，完成阶段目标', '完成主体工作，形成佐证材料', '全面完成，总结报审'];

/** Reports climbing to `last`, spread between two days, the last one on `to`. */
function climb(rng: Rng, from: string, to: string, last: number): PlannedReport[] {
  const steps = rng.int(2, 3);
  const span = dayNumber(to) - dayNumber(from);
  const out: PlannedReport[] = [];
  for (let s = 1; s <= steps; s++) {
    const on = s === steps ? to : addDays(from, Math.max(s, Math.round((span * s) / (steps + 0.5)) + rng.int(-3, 3)));
    const progress = s === steps ? last : Math.max(5, Math.min(last - 5, Math.round((last * s) / steps / 5) * 5));
    out.push({ on, progress, note: s === steps && last === 100 ? notes[3] : notes[Math.min(2, s - 1)] });
  }
  return out;
}

/** A task done by its due date: reports to 100%, submitted, reviewed completed (children first for a parent). */
function doneTask(rng: Rng, c: CatalogTask, createdOn: string, dueOn: string, decision: PlannedTask['decision']): PlannedTask {
  const weight = rng.int(1, 5);
  if (c.children?.length) {
    const childDue = addDays(dueOn, -12);
    const children = c.children.map((k) => ({ ...doneTask(rng, { title: k.title, redAction: c.redAction, orgCode: k.orgCode }, addDays(createdOn, 1), childDue, null), weight: k.weight }));
    const last = children.reduce((d, k) => maxDate(d, k.review?.on ?? d), createdOn);
    const submittedOn = addDays(last, rng.int(1, 3));
    return { title: c.title, redAction: c.redAction, orgCode: c.orgCode, coOwners: c.coOwners ?? [], weight, createdOn, dueOn, reports: [], submittedOn, review: { on: addDays(submittedOn, rng.int(1, 3)), outcome: 'completed', note: '各项子任务均已完成，同意销号' }, decision, children };
  }
  const finish = addDays(dueOn, -rng.int(8, 20));
  const reports = climb(rng, createdOn, finish, 100);
  const submittedOn = addDays(finish, rng.int(1, 2));
  return { title: c.title, redAction: c.redAction, orgCode: c.orgCode, coOwners: c.coOwners ?? [], weight, createdOn, dueOn, reports, submittedOn, review: { on: addDays(submittedOn, rng.int(1, 4)), outcome: 'completed', note: '经审核，完成情况属实' }, decision, children: [] };
}

/** Which decision of its meeting a task came from: the k-th task of a meeting, its k-th decision. */
function decisionsOf(catalog: readonly CatalogTask[]): (PlannedTask['decision'])[] {
  const seen = new Map<number, number>();
  return catalog.map((c) => {
    if (c.meeting === undefined) return null;
    const index = seen.get(c.meeting) ?? 0;
    seen.set(c.meeting, index + 1);
    return { meeting: c.meeting, index };
  });
}

/** After the meeting a task came from, else early in the year. */
function createdOnFor(decision: PlannedTask['decision'], yearStart: string): string {
  return decision ? addDays(meetingCatalog[decision.meeting].heldOn, 1) : yearStart;
}

export function planTasks(rng: Rng): TasksPlan {
  const d2025 = decisionsOf(tasks2025);
  const list2025 = tasks2025.map((c, i) => {
    const createdOn = createdOnFor(d2025[i], '2025-01-20');
    const dueOn = rng.date(maxDate(addDays(createdOn, 120), '2025-06-30'), '2025-12-15');
    return doneTask(rng, c, createdOn, dueOn, d2025[i]);
  });

  const d2026 = decisionsOf(tasks2026);
  const accountability: PlannedAccountability[] = [];
  let overdueSeen = 0;
  const list2026 = tasks2026.map((c, i): PlannedTask => {
    const createdOn = createdOnFor(d2026[i], '2026-01-15');
    const base = { title: c.title, redAction: c.redAction, orgCode: c.orgCode, coOwners: c.coOwners ?? [], weight: rng.int(1, 5), createdOn, decision: d2026[i], children: [] };
    if (c.fate === 'completed') return { ...doneTask(rng, c, createdOn, rng.date('2026-05-31', '2026-10-31'), d2026[i]), weight: base.weight };
    if (c.fate === 'underway') return { ...base, dueOn: '2026-12-31', reports: climb(rng, createdOn, rng.date('2026-10-15', '2026-11-20'), rng.int(5, 17) * 5), submittedOn: null, review: null };
    if (c.fate === 'overdue') {
      const dueOn = ['2026-06-30', '2026-08-31', '2026-09-30'][overdueSeen % 3];
      // The first stays at 提醒; the second is escalated to 约谈; the third to 通报批评, upheld.
      const escalations = [[], ['2026-10-20'], ['2026-10-20', '2026-11-05']][overdueSeen % 3];
      accountability.push({ title: c.title, escalations, decision: overdueSeen % 3 === 2 ? { on: '2026-11-10', decision: 'upheld', note: '经约谈仍未按期完成，予以全区通报批评' } : null });
      overdueSeen++;
      return { ...base, dueOn, reports: climb(rng, createdOn, addDays(dueOn, -15), rng.int(6, 15) * 5), submittedOn: null, review: null };
    }
    const dueOn = '2026-06-30';
    const finish = '2026-06-20';
    accountability.push({ title: c.title, escalations: [], decision: { on: '2026-07-10', decision: 'waived', note: '因上级政策调整导致评价推迟，经研究免予问责，限期整改' } });
    return { ...base, dueOn, reports: climb(rng, createdOn, finish, 100), submittedOn: '2026-06-22', review: { on: '2026-06-28', outcome: 'failed', note: '绩效评价报告未达到要求' } };
  });

  return {
    lists: [
      { year: 2025, title: '内江经开区2025年度党建工作任务清单', createdOn: '2025-01-15', tasks: list2025 },
      { year: 2026, title: '内江经开区2026年度党建工作任务清单', createdOn: '2026-01-10', tasks: list2026 },
    ],
    sweepOn: '2026-10-10',
    accountability,
  };
}
