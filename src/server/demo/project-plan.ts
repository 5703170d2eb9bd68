import { type Industry, foreignEnterprise } from './catalog.ts';
import {
  fortressTargets as T, industryGroupWords, investorBrands, investorOrigins, projectBlockers, projectFactorNeeds, projectLogTexts,
  projectProducts,
} from './fortress-catalog.ts';
import { type Rng, addDays, minDate } from './random.ts';

export type ProjectStage = 'negotiating' | 'signed' | 'registered' | 'started' | 'in_production';
export type StageChange = { to: ProjectStage; on: string; reason: string | null };
export type NoteCategory = 'land' | 'energy' | 'finance' | 'labour' | 'approval' | 'other';
export type ProjectNotePlan = {
  kind: 'service_log' | 'blocker' | 'factor_need';
  category: NoteCategory | null;
  content: string;
  on: string;
  resolvedOn: string | null;
};

export type PlannedProject = {
  code: string;
  name: string;
  investorName: string;
  industry: Industry;
  /** Agreed investment in 元. */
  investment: number;
  /** Stage changes after the first (negotiating on `openedOn`), in date order. */
  openedOn: string;
  changes: StageChange[];
  /** The park enterprise the project founded (from registration on), by its plan key; null before. */
  unitKey: string | null;
  /** Chief service officers: index into the officers list, from a date (the last one still serves). */
  officers: { officer: number; from: string }[];
  notes: ProjectNotePlan[];
  description: string;
};

export const foreignProjectCode = 'XM-2022-001';
const lastDate = '2025-12-31';

/** Splits the signed projects' total into amounts rounded to 百万元, a few large and many mid-sized. */
function amounts(rng: Rng, n: number, total: number): number[] {
  const weights = Array.from({ length: n }, (_, i) => (i % 9 === 0 ? rng.int(40, 90) : rng.int(4, 18)));
  const sum = weights.reduce((s, w) => s + w, 0);
  const unit = 1_000_000;
  const out = weights.map((w) => Math.max(1, Math.round((total * w) / sum / unit)) * unit);
  out[0] += total - out.reduce((s, a) => s + a, 0);
  return out;
}

/**
 * The investment pipeline: 52 projects signed by the report date (42 in production, 5 started, 2 registered, 3
 * signed only) totalling 612.8 亿元, and 4 still negotiating; each with dated stage changes, a chief service
 * officer (one replaced), service logs, and some blockers and factor needs. Project 1 is the foreign-funded
 * beverage maker's, in production since late 2024.
 */
export function planProjects(rng: Rng, officerCount: number): PlannedProject[] {
  const signedCount = T.signed;
  const investments = amounts(rng, signedCount, T.signedInvestment);
  const stages: ProjectStage[] = [
    ...Array<ProjectStage>(T.inProduction).fill('in_production'), ...Array<ProjectStage>(T.started).fill('started'),
    ...Array<ProjectStage>(T.registered).fill('registered'), ...Array<ProjectStage>(T.signedOnly).fill('signed'),
    ...Array<ProjectStage>(T.negotiating).fill('negotiating'),
  ];
  const industries: readonly (readonly [Industry, number])[] = [['food_beverage', 30], ['equipment', 22], ['electronics', 22], ['logistics', 10], ['medicine', 8], ['materials', 8]];
  const projects: PlannedProject[] = [];
  const names = new Set<string>();
  stages.forEach((stage, i) => {
    const industry: Industry = i === 0 ? 'food_beverage' : rng.weighted(industries);
    const changes = i === 0
      ? [{ to: 'signed' as const, on: '2022-03-16', reason: null }, { to: 'registered' as const, on: '2022-05-10', reason: null }, { to: 'started' as const, on: '2022-09-28', reason: null }, { to: 'in_production' as const, on: '2024-10-28', reason: null }]
      : stageChanges(rng, stage, i);
    const openedOn = i === 0 ? '2021-11-05' : addDays(changes[0]?.on ?? rng.date('2025-05-01', '2025-11-30'), -rng.int(60, 240));
    const year = (changes[0]?.on ?? openedOn).slice(0, 4);
    const brand = investorBrands[i % investorBrands.length];
    const origin = investorOrigins[(i * 7) % investorOrigins.length];
    const investorName = i === 0 ? '泰国红运饮料集团有限公司' : `${origin}${brand}${industryGroupWords[industry]}${i % 3 === 0 ? '股份' : '集团'}有限公司`;
    const product = i === 0 ? '年产50万吨功能饮料生产基地' : rng.pick(projectProducts[industry]);
    const registered = changes.find((c) => c.to === 'registered');
    const investment = i < signedCount ? investments[i] : rng.int(5, 40) * 100_000_000;
    const code = i === 0 ? foreignProjectCode : `XM-${year}-${String(i + 1).padStart(3, '0')}`;
    const signedOn = changes.find((c) => c.to === 'signed')?.on ?? null;
    // A second project of the same investor and product is its second phase.
    const base = i === 0 ? `${foreignEnterprise.name.replace(/（四川）有限公司$/, '')}${product}` : `${brand}${product}`;
    const name = names.has(`${base}项目`) ? `${base}（二期）项目` : `${base}项目`;
    names.add(name);
    projects.push({
      code,
      name,
      investorName,
      industry,
      investment,
      openedOn,
      changes,
      unitKey: registered ? (i === 0 ? 'FOREIGN' : `P${String(i + 1).padStart(2, '0')}`) : null,
      officers: officersOf(rng, i, signedOn ?? openedOn, officerCount),
      notes: notesOf(rng, i, stage, openedOn, changes),
      description: `${investorName}投资建设${product}，协议投资${(investment / 100_000_000).toFixed(1)}亿元`,
    });
  });
  return projects;
}

/** Dated stage changes that end in `stage` on or before the report date. */
function stageChanges(rng: Rng, stage: ProjectStage, i: number): StageChange[] {
  if (stage === 'negotiating') return [];
  const window: Record<Exclude<ProjectStage, 'negotiating'>, [string, string]> = {
    in_production: ['2018-03-01', '2023-06-30'], started: ['2023-06-01', '2024-10-31'], registered: ['2025-04-01', '2025-07-31'], signed: ['2025-06-01', '2025-12-10'],
  };
  const [from, to] = window[stage];
  // The last started project registered its enterprise in January 2025 and completed its onboarding case.
  const signedOn = stage === 'started' && i === T.inProduction + T.started - 1 ? '2024-11-20' : rng.date(from, to);
  const out: StageChange[] = [{ to: 'signed', on: signedOn, reason: null }];
  if (stage === 'signed') return out;
  const registeredOn = stage === 'started' && i === T.inProduction + T.started - 1 ? '2025-01-08' : addDays(signedOn, rng.int(20, 90));
  out.push({ to: 'registered', on: registeredOn, reason: null });
  if (stage === 'registered') return out;
  const startedOn = addDays(registeredOn, rng.int(30, 150));
  out.push({ to: 'started', on: minDate(startedOn, '2025-10-31'), reason: null });
  if (stage === 'started') {
    // One project went back a stage when its environmental approval had to be filed again.
    if (i === T.inProduction) {
      const back = addDays(out[2].on, 40);
      out.push({ to: 'registered', on: back, reason: '环评批复需补充材料重新报批，暂停施工' }, { to: 'started', on: addDays(back, 75), reason: null });
    }
    return out;
  }
  out.push({ to: 'in_production', on: minDate(addDays(out[2].on, rng.int(200, 560)), '2025-11-28'), reason: null });
  return out;
}

function officersOf(rng: Rng, i: number, from: string, count: number): { officer: number; from: string }[] {
  const first = i % count;
  // Every seventh project changed its chief service officer after a year.
  if (i % 7 === 3 && addDays(from, 365) < lastDate) return [{ officer: first, from }, { officer: (first + 1 + rng.int(0, count - 2)) % count, from: addDays(from, 365) }];
  return [{ officer: first, from }];
}

function notesOf(rng: Rng, i: number, stage: ProjectStage, openedOn: string, changes: StageChange[]): ProjectNotePlan[] {
  const start = changes[0]?.on ?? openedOn;
  const end = stage === 'in_production' ? (changes.at(-1)?.on ?? lastDate) : lastDate;
  const notes: ProjectNotePlan[] = [];
  const logs = rng.int(2, 4);
  for (let k = 0; k < logs; k++) notes.push({ kind: 'service_log', category: null, content: rng.pick(projectLogTexts), on: rng.date(start, end), resolvedOn: null });
  if (i % 6 === 1 || stage === 'started' || stage === 'registered') {
    const b = projectBlockers[i % projectBlockers.length];
    const on = rng.date(start, minDate(end, '2025-10-31'));
    const resolved = stage === 'in_production' || i % 2 === 0;
    notes.push({ kind: 'blocker', category: b.category, content: b.content, on, resolvedOn: resolved ? minDate(addDays(on, rng.int(15, 60)), lastDate) : null });
  }
  if (i % 4 === 2 || stage === 'signed') {
    const f = projectFactorNeeds[i % projectFactorNeeds.length];
    const on = rng.date(start, minDate(end, '2025-11-30'));
    notes.push({ kind: 'factor_need', category: f.category, content: f.content, on, resolvedOn: stage === 'in_production' ? minDate(addDays(on, rng.int(20, 90)), lastDate) : null });
  }
  return notes.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

/** The date a project reached a stage (the first time), or null. */
export function reachedOn(p: PlannedProject, stage: ProjectStage): string | null {
  return p.changes.find((c) => c.to === stage)?.on ?? null;
}
