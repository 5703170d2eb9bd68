import { requestTexts, satisfactionWeights } from './request-catalog.ts';
import { type Rng, addDays } from './random.ts';

/**
 * The demo park's requests (诉求, 百名干部进千企), planned without I/O: who raises each (an index into the raisers
 * and one of the enterprises in their reach), its category, and its dated steps. 2025: 1,050 raised across the
 * categories, 1,026 of them resolved within the year (most confirmed with a satisfaction, 26 reopened once and
 * resolved again, a few still awaiting confirmation at the year's end) and 24 rejected. 2026 (up to 30 November):
 * 40 handled to confirmation, and 48 still open in every state, submitted from mid-October on, so that the sweep
 * at the end of November finds some overdue and escalates them.
 */

export type PlannedStep = { action: 'accept' | 'assign' | 'start' | 'resolve' | 'reject' | 'confirm' | 'reopen'; at: string; note?: string; reason?: string; satisfaction?: number };
export type PlannedRequest = {
  raiser: number;
  /** Index into the raiser's requestable enterprises. */
  enterprise: number;
  categoryCode: string;
  title: string;
  description: string;
  submittedAt: string;
  steps: PlannedStep[];
};

export const requestTargets = { raised2025: 1050, rejected2025: 24, reopened2025: 26, unconfirmed2025: 12, confirmed2026: 40, open2026: 48 } as const;
/** The instant of the SLA sweep the loader runs after the last request (park time). */
export const demoSweepAt = '2026-11-30T18:00:00+08:00';

const categories = [['finance', 20], ['land', 10], ['energy', 16], ['labour', 18], ['orders', 14], ['approvals', 14], ['other', 8]] as const;

/** An instant on a park day at a working hour, ISO 8601 with the park's zone. */
function at(day: string, hour: number, minute: number): string {
  return `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`;
}

/** A working hour some days on; never before `from` (the same day's hour may come earlier: then an hour on). */
function later(rng: Rng, from: string, minDays: number, maxDays: number): string {
  const day = addDays(from.slice(0, 10), rng.int(minDays, maxDays));
  const t = at(day, rng.int(8, 17), rng.int(0, 59));
  return t > from ? t : zoned(Date.parse(from) + 3_600_000);
}

function zoned(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, '+08:00');
}

/** The same day a few hours on (before the response deadline mostly; a few late). */
function hoursLater(rng: Rng, from: string, maxHours: number): string {
  return zoned(Date.parse(from) + rng.int(1, maxHours) * 3_600_000 + rng.int(0, 59) * 60_000);
}

type Flow = 'confirmed' | 'rejected' | 'reopened' | 'unconfirmed' | 'submitted' | 'accepted' | 'assigned' | 'in_progress' | 'resolved' | 'reopened_open';

function stepsFor(rng: Rng, flow: Flow, submittedAt: string, resolution: string): PlannedStep[] {
  const steps: PlannedStep[] = [];
  const push = (s: PlannedStep) => steps.push(s);
  if (flow === 'submitted') return steps;
  push({ action: 'accept', at: hoursLater(rng, submittedAt, rng.chance(0.9) ? 20 : 60) });
  if (flow === 'rejected') {
    push({ action: 'reject', at: later(rng, steps[0].at, 0, 3), reason: rng.pick(['经核实不属于园区职能范围，已告知企业向市级主管部门反映', '企业已自行解决，诉求撤回', '与已受理诉求重复，合并办理']) });
    return steps;
  }
  if (flow === 'accepted') return steps;
  push({ action: 'assign', at: hoursLater(rng, steps[0].at, 24) });
  if (flow === 'assigned') return steps;
  push({ action: 'start', at: later(rng, steps[1].at, 0, 2) });
  if (flow === 'in_progress') return steps;
  push({ action: 'resolve', at: later(rng, steps[2].at, 2, 22), note: resolution });
  if (flow === 'resolved' || flow === 'unconfirmed') return steps;
  if (flow === 'reopened' || flow === 'reopened_open') {
    push({ action: 'reopen', at: later(rng, steps[3].at, 1, 4), reason: '问题仍未彻底解决，请继续跟进' });
    if (flow === 'reopened_open') return steps;
    push({ action: 'start', at: later(rng, steps[4].at, 0, 2) });
    push({ action: 'resolve', at: later(rng, steps[5].at, 2, 10), note: `${resolution}；复查后已彻底解决` });
  }
  push({ action: 'confirm', at: later(rng, steps[steps.length - 1].at, 1, 5), satisfaction: rng.weighted(satisfactionWeights), note: rng.chance(0.3) ? '感谢园区及时协调' : undefined });
  return steps;
}

/**
 * `raisers`: each raiser's share of the requests and how many enterprises lie in their reach (a raiser with none
 * raises nothing). Deterministic for one rng state and these inputs.
 */
export function planRequests(rng: Rng, raisers: readonly { share: number; enterprises: number }[]): PlannedRequest[] {
  const usable = raisers.map((r, i) => [i, r.enterprises > 0 ? r.share : 0] as const).filter(([, w]) => w > 0);
  if (usable.length === 0) return [];
  const plan: PlannedRequest[] = [];
  const make = (submittedAt: string, flow: Flow): PlannedRequest => {
    const raiser = rng.weighted(usable);
    const categoryCode = rng.weighted(categories);
    const text = rng.pick(requestTexts[categoryCode]);
    return {
      raiser,
      enterprise: rng.int(0, raisers[raiser].enterprises - 1),
      categoryCode,
      title: text.title,
      description: text.description,
      submittedAt,
      steps: stepsFor(rng, flow, submittedAt, text.resolution),
    };
  };
  const t = requestTargets;
  // 2025: flows by position, shuffled so that rejected and reopened requests fall throughout the year.
  const flows2025 = rng.shuffle<Flow>([
    ...Array<Flow>(t.rejected2025).fill('rejected'),
    ...Array<Flow>(t.reopened2025).fill('reopened'),
    ...Array<Flow>(t.raised2025 - t.rejected2025 - t.reopened2025).fill('confirmed'),
  ]);
  const days2025 = flows2025.map(() => rng.date('2025-01-02', '2025-11-20')).sort();
  flows2025.forEach((flow, i) => plan.push(make(at(days2025[i], rng.int(8, 17), rng.int(0, 59)), flow)));
  // The last few resolved in December wait for confirmation past the year's end.
  const late = plan.filter((p) => p.steps.at(-1)?.action === 'confirm').sort((a, b) => b.submittedAt.localeCompare(a.submittedAt)).slice(0, t.unconfirmed2025);
  for (const p of late) p.steps.pop();
  for (let i = 0; i < t.confirmed2026; i++) plan.push(make(at(rng.date('2026-01-05', '2026-09-30'), rng.int(8, 17), rng.int(0, 59)), 'confirmed'));
  const open: Flow[] = ['submitted', 'accepted', 'assigned', 'in_progress', 'resolved', 'reopened_open', 'rejected', 'confirmed'];
  for (let i = 0; i < t.open2026; i++) {
    const flow = open[i % open.length];
    const submitted = at(rng.date('2026-10-15', '2026-11-27'), rng.int(8, 17), rng.int(0, 59));
    const p = make(submitted, flow);
    // Nothing of the open set happens after the sweep.
    p.steps = p.steps.filter((s) => s.at < demoSweepAt);
    plan.push(p);
  }
  return plan;
}
