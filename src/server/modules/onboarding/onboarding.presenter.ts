import type { CaseWithEnterprise, HandoffWithUser, OverdueStepRow, StepWithOwner } from './onboarding.repository.ts';
import {
  type CaseStatus,
  type StepStatus,
  isFinished,
  isStepOverdue,
  nextOpenSteps,
  overallStatusNames,
  overallStatusOf,
  progressByTrack,
} from './onboarding.rules.ts';
import type { CaseDetailView, StepView } from './onboarding.schemas.ts';
import { type OnboardingTrack, daysBetween, onboardingTrackNames } from './onboarding.template.ts';

/** Shapes cases and steps for the API; the day `asOf` decides which steps are overdue. */

export function presentStep(step: StepWithOwner, caseStatus: CaseStatus, asOf: string): StepView {
  const status = step.status as StepStatus;
  return {
    id: step.id,
    caseId: step.caseId,
    track: step.track as OnboardingTrack,
    seq: step.seq,
    title: step.title,
    ownerDepartment: step.ownerDepartment,
    ownerUserId: step.ownerUserId,
    ownerUserName: step.ownerUserName,
    dueOn: step.dueOn,
    status,
    notes: step.notes,
    doneOn: step.doneOn,
    isOverdue: isStepOverdue({ dueOn: step.dueOn, status }, caseStatus, asOf),
  };
}

export function presentStepDetail(step: StepWithOwner, handoffs: HandoffWithUser[], caseStatus: CaseStatus, asOf: string) {
  return {
    ...presentStep(step, caseStatus, asOf),
    handoffs: handoffs.map((h) => ({ id: h.id, fromDepartment: h.fromDepartment, toDepartment: h.toDepartment, handedOn: h.handedOn, note: h.note, byUserId: h.byUserId, byUserName: h.byUserName })),
  };
}

function caseFields(c: CaseWithEnterprise) {
  return { id: c.id, enterpriseId: c.enterpriseId, enterpriseName: c.enterpriseName, openedOn: c.openedOn, status: c.status as CaseStatus, completedOn: c.completedOn, note: c.note };
}

function summary(status: CaseStatus, steps: StepWithOwner[], asOf: string) {
  const statuses = steps.map((s) => s.status as StepStatus);
  const overall = overallStatusOf(status, {
    total: steps.length,
    pending: statuses.filter((s) => s === 'pending').length,
    finished: statuses.filter(isFinished).length,
  });
  const overdue = steps.filter((s) => isStepOverdue({ dueOn: s.dueOn, status: s.status as StepStatus }, status, asOf)).length;
  return { overall, overdue, finished: statuses.filter(isFinished).length };
}

/** A case in a list: its one overall status, progress per track and overdue steps. `steps` are this case's. */
export function presentCaseListItem(c: CaseWithEnterprise, steps: StepWithOwner[], asOf: string) {
  const status = c.status as CaseStatus;
  const { overall, overdue } = summary(status, steps, asOf);
  return { ...caseFields(c), overallStatus: overall, progress: progressByTrack(steps.map((s) => ({ track: s.track, status: s.status as StepStatus }))), overdueSteps: overdue };
}

/** A case in full: the overall status with what it waits on, and the three tracks with their steps and hand-offs. */
export function presentCaseDetail(c: CaseWithEnterprise, steps: StepWithOwner[], handoffs: HandoffWithUser[], asOf: string): CaseDetailView {
  const status = c.status as CaseStatus;
  const { overall, overdue, finished } = summary(status, steps, asOf);
  const byStep = Map.groupBy(handoffs, (h) => h.stepId);
  const details = steps.map((s) => presentStepDetail(s, byStep.get(s.id) ?? [], status, asOf));
  const next = status === 'open' ? nextOpenSteps(details) : [];
  return {
    ...caseFields(c),
    overall: {
      status: overall,
      label: overallStatusNames[overall].zh,
      labelEn: overallStatusNames[overall].en,
      totalSteps: steps.length,
      finishedSteps: finished,
      overdueSteps: overdue,
      nextSteps: next.map((s) => ({ id: s.id, track: s.track, title: s.title, ownerDepartment: s.ownerDepartment, dueOn: s.dueOn, status: s.status, isOverdue: s.isOverdue })),
    },
    tracks: progressByTrack(details).map((p) => ({
      ...p,
      name: onboardingTrackNames[p.track].zh,
      steps: details.filter((s) => s.track === p.track).sort((a, b) => a.seq - b.seq),
    })),
  };
}

export function presentOverdueStep(row: OverdueStepRow, asOf: string) {
  return {
    id: row.id,
    caseId: row.caseId,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    track: row.track as OnboardingTrack,
    seq: row.seq,
    title: row.title,
    ownerDepartment: row.ownerDepartment,
    ownerUserId: row.ownerUserId,
    ownerUserName: row.ownerUserName,
    dueOn: row.dueOn,
    status: row.status as StepStatus,
    daysOverdue: daysBetween(row.dueOn, asOf),
  };
}
