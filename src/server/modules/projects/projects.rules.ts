/** Investment project stages (招商项目), in order, and how money is shown. Pure rules, no I/O. */
export const projectStages = ['negotiating', 'signed', 'registered', 'started', 'in_production'] as const;
export type ProjectStage = (typeof projectStages)[number];

/** The stages a project may be created in: still negotiating, or already signed. */
export const initialStages = ['negotiating', 'signed'] as const;

/** Stages that count as "signed" for the report (F09/F10): signed or any later stage. */
export const signedOrLater: readonly ProjectStage[] = projectStages.slice(1);

export const projectStageNames: Record<ProjectStage, string> = {
  negotiating: '洽谈',
  signed: '签约',
  registered: '注册',
  started: '开工',
  in_production: '投产',
};

export function stageIndex(stage: ProjectStage): number {
  return projectStages.indexOf(stage);
}

/** Moving to an earlier stage (e.g. a signed agreement falls through) needs a reason. */
export function isMovingBack(from: ProjectStage, to: ProjectStage): boolean {
  return stageIndex(to) < stageIndex(from);
}

export const noteKinds = ['service_log', 'blocker', 'factor_need'] as const;
export type NoteKind = (typeof noteKinds)[number];
export const noteCategories = ['land', 'energy', 'finance', 'labour', 'approval', 'other'] as const;
export type NoteCategory = (typeof noteCategories)[number];

/** Blockers and factor needs are tracked to resolution; a service log entry is only a record. */
export function isTrackedNote(kind: NoteKind): boolean {
  return kind !== 'service_log';
}

const WAN = 10_000;
const YI = 100_000_000;

function trimDecimals(hundredths: number): string {
  const whole = Math.trunc(hundredths / 100);
  const frac = Math.abs(hundredths % 100);
  if (frac === 0) return String(whole);
  return `${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
}

/**
 * Money stored in 元 shown the way the report writes it: 亿元 from one hundred million, else 万元, with at most
 * two decimals ("35亿元", "1.25亿元", "800万元", "0.5万元"). Presentation only: sums stay in 元.
 */
export function formatYuan(yuan: number): string {
  if (Math.abs(yuan) >= YI) return `${trimDecimals(Math.round(yuan / (YI / 100)))}亿元`;
  return `${trimDecimals(Math.round(yuan / (WAN / 100)))}万元`;
}

/** 元 in 亿元 rounded to two places, as a number (F10's second value). */
export function yuanToYi(yuan: number): number {
  return Math.round(yuan / (YI / 100)) / 100;
}
