/**
 * The built-in 三合一 (一站到家) checklist: what a new enterprise goes through on each of the three tracks, who
 * owns each step and by when (days after the case is opened). A case created without explicit steps gets these.
 *
 * - party_mass (党群服务): the two-new committee and the park's party-mass service centre assign a liaison, find
 *   the members among the staff, guide the founding of an org and plan a party-mass venue.
 * - planning_construction (规划建设): planning conditions, the construction-project planning permit, the
 *   construction-drawing review and the construction permit, in the order the 规划建设局 grants them.
 * - admin_approval (行政审批): business licence, tax registration, the environmental-impact approval and the
 *   work-safety permit, each with the office that issues it.
 */

export const onboardingTracks = ['party_mass', 'planning_construction', 'admin_approval'] as const;
export type OnboardingTrack = (typeof onboardingTracks)[number];

export const onboardingTrackNames: Record<OnboardingTrack, { zh: string; en: string }> = {
  party_mass: { zh: '党群服务', en: 'Party-mass service' },
  planning_construction: { zh: '规划建设', en: 'Planning and construction' },
  admin_approval: { zh: '行政审批', en: 'Administrative approval' },
};

export type TemplateStep = {
  track: OnboardingTrack;
  title: string;
  ownerDepartment: string;
  /** Due this many days after the case's opening date. */
  dueAfterDays: number;
};

export const defaultOnboardingTemplate: readonly TemplateStep[] = [
  { track: 'party_mass', title: '党群服务专员对接', ownerDepartment: '园区党群服务中心', dueAfterDays: 3 },
  { track: 'party_mass', title: '党员组织关系摸排', ownerDepartment: '两新党委', dueAfterDays: 15 },
  { track: 'party_mass', title: '党组织组建指导', ownerDepartment: '两新党委', dueAfterDays: 45 },
  { track: 'party_mass', title: '党群阵地规划', ownerDepartment: '园区党群服务中心', dueAfterDays: 60 },
  { track: 'planning_construction', title: '规划条件核实', ownerDepartment: '规划建设局', dueAfterDays: 10 },
  { track: 'planning_construction', title: '建设工程规划许可', ownerDepartment: '规划建设局', dueAfterDays: 30 },
  { track: 'planning_construction', title: '施工图审查', ownerDepartment: '规划建设局', dueAfterDays: 45 },
  { track: 'planning_construction', title: '施工许可', ownerDepartment: '规划建设局', dueAfterDays: 60 },
  { track: 'admin_approval', title: '营业执照', ownerDepartment: '行政审批局', dueAfterDays: 5 },
  { track: 'admin_approval', title: '税务登记', ownerDepartment: '园区税务分局', dueAfterDays: 10 },
  { track: 'admin_approval', title: '环评批复', ownerDepartment: '生态环境分局', dueAfterDays: 40 },
  { track: 'admin_approval', title: '安全生产许可', ownerDepartment: '应急管理局', dueAfterDays: 60 },
];

/** A calendar date plus whole days, on plain YYYY-MM-DD strings (no time zone can shift it). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The template's steps for a case opened on a date: due dates fixed, numbered 1… within each track. */
export function stepsFromTemplate(openedOn: string): { track: OnboardingTrack; seq: number; title: string; ownerDepartment: string; dueOn: string }[] {
  return numberWithinTracks(defaultOnboardingTemplate.map((s) => ({ track: s.track, title: s.title, ownerDepartment: s.ownerDepartment, dueOn: addDays(openedOn, s.dueAfterDays) })));
}

/** Numbers steps 1, 2, … within each track, in the order given. */
export function numberWithinTracks<T extends { track: OnboardingTrack }>(steps: T[]): (T & { seq: number })[] {
  const next = new Map<OnboardingTrack, number>();
  return steps.map((s) => {
    const seq = (next.get(s.track) ?? 0) + 1;
    next.set(s.track, seq);
    return { ...s, seq };
  });
}
