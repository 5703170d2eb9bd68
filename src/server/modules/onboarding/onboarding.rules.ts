import { type OnboardingTrack, onboardingTracks } from './onboarding.template.ts';

/** The rules of a 三合一 case, as pure functions: step transitions, overdue steps, the one overall status. */

export const caseStatuses = ['open', 'completed', 'cancelled'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const stepStatuses = ['pending', 'in_progress', 'done', 'skipped'] as const;
export type StepStatus = (typeof stepStatuses)[number];

export const stepStatusNames: Record<StepStatus, string> = { pending: '待办', in_progress: '办理中', done: '已完成', skipped: '已跳过' };

/** A step that needs no more work: done, or skipped with a reason. */
export const isFinished = (status: StepStatus) => status === 'done' || status === 'skipped';

/**
 * What moving a step from one status to another needs. Forward: pending → in_progress → done; pending or
 * in_progress → skipped with a note. Back: in_progress → pending freely; out of done or skipped (reopening
 * finished work) only with a note. pending → done skips the work itself and is refused, as is done ↔ skipped.
 */
export function transitionOf(from: StepStatus, to: StepStatus): 'allowed' | 'needs_note' | 'illegal' {
  if (from === to) return 'allowed';
  if (to === 'skipped') return from === 'pending' || from === 'in_progress' ? 'needs_note' : 'illegal';
  if (from === 'done' || from === 'skipped') return to === 'pending' || to === 'in_progress' ? 'needs_note' : 'illegal';
  if (from === 'pending') return to === 'in_progress' ? 'allowed' : 'illegal';
  return 'allowed'; // in_progress → done or back to pending
}

/** Overdue: due before the day read, still open work, on a case still open. */
export function isStepOverdue(step: { dueOn: string; status: StepStatus }, caseStatus: CaseStatus, asOf: string): boolean {
  return caseStatus === 'open' && !isFinished(step.status) && step.dueOn < asOf;
}

/**
 * The one status an enterprise contact sees for the whole case: not_started (nothing begun), in_progress,
 * ready_to_complete (every step finished, awaiting the closing), completed, cancelled.
 */
export const overallStatuses = ['not_started', 'in_progress', 'ready_to_complete', 'completed', 'cancelled'] as const;
export type OverallStatus = (typeof overallStatuses)[number];

export const overallStatusNames: Record<OverallStatus, { zh: string; en: string }> = {
  not_started: { zh: '待启动', en: 'Not started' },
  in_progress: { zh: '办理中', en: 'In progress' },
  ready_to_complete: { zh: '待办结', en: 'Ready to complete' },
  completed: { zh: '已办结', en: 'Completed' },
  cancelled: { zh: '已撤销', en: 'Cancelled' },
};

export function overallStatusOf(caseStatus: CaseStatus, counts: { total: number; pending: number; finished: number }): OverallStatus {
  if (caseStatus !== 'open') return caseStatus;
  if (counts.total > 0 && counts.finished === counts.total) return 'ready_to_complete';
  if (counts.pending === counts.total) return 'not_started';
  return 'in_progress';
}

export type TrackProgress = { track: OnboardingTrack; total: number; done: number; skipped: number };

/** Steps per track: how many, how many done, how many skipped; every track listed, in the tracks' order. */
export function progressByTrack(steps: { track: string; status: StepStatus }[]): TrackProgress[] {
  return onboardingTracks.map((track) => {
    const mine = steps.filter((s) => s.track === track);
    return { track, total: mine.length, done: mine.filter((s) => s.status === 'done').length, skipped: mine.filter((s) => s.status === 'skipped').length };
  });
}

/** Orders steps as the case shows them: by track (party_mass, planning_construction, admin_approval), then seq. */
export function byTrackAndSeq(a: { track: string; seq: number }, b: { track: string; seq: number }): number {
  const rank = (t: string) => onboardingTracks.indexOf(t as OnboardingTrack);
  return rank(a.track) - rank(b.track) || a.seq - b.seq;
}

/** The next open step of each track (lowest seq not finished): what the enterprise waits on now. */
export function nextOpenSteps<T extends { track: string; seq: number; status: StepStatus }>(steps: T[]): T[] {
  return onboardingTracks.flatMap((track) => {
    const open = steps.filter((s) => s.track === track && !isFinished(s.status)).sort((a, b) => a.seq - b.seq);
    return open.length ? [open[0]] : [];
  });
}

/** With this many full members and no org of its own, an enterprise should found its own branch. */
export const ownBranchThreshold = 3;

/** What to suggest on completion for an enterprise employing members but hosting no org of its own. */
export function orgSuggestionFor(fullMembers: number): 'found_branch' | 'join_joint_branch' {
  return fullMembers >= ownBranchThreshold ? 'found_branch' : 'join_joint_branch';
}
