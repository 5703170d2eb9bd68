import { z } from 'zod';
import { asOfQuery, isoDate, pageOf, pageQuery } from '../../platform/paging.ts';
import { caseStatuses, overallStatuses, stepStatuses } from './onboarding.rules.ts';
import { onboardingTracks } from './onboarding.template.ts';

const id = () => z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const track = z.enum(onboardingTracks).describe('Track: party_mass (党群服务), planning_construction (规划建设), admin_approval (行政审批)');
const department = z.string().trim().min(1).max(50);

export const handoffView = z.object({
  id: z.number().int().describe('Hand-off id'),
  fromDepartment: z.string().describe('Department that handed the step on'),
  toDepartment: z.string().describe('Department that took it over'),
  handedOn: z.string().describe('Day of the hand-off'),
  note: z.string().nullable().describe('What was handed over, or why'),
  byUserId: z.number().int().nullable().describe('User who recorded the hand-off'),
  byUserName: z.string().nullable().describe('That user\'s display name'),
});

export const stepView = z.object({
  id: z.number().int().describe('Step id'),
  caseId: z.number().int().describe('Case the step belongs to'),
  track,
  seq: z.number().int().describe('Position within the track, from 1'),
  title: z.string().describe('What is to be done, e.g. 营业执照'),
  ownerDepartment: z.string().describe('Department that owns the step now'),
  ownerUserId: z.number().int().nullable().describe('Official handling the step'),
  ownerUserName: z.string().nullable().describe('That official\'s display name'),
  dueOn: z.string().describe('Due date'),
  status: z.enum(stepStatuses).describe('pending, in_progress, done or skipped'),
  notes: z.string().nullable().describe('Notes on the step (a skip or a reopening gives its reason here)'),
  doneOn: z.string().nullable().describe('Day it was done'),
  isOverdue: z.boolean().describe('Due before today, not done or skipped, on an open case'),
});
export type StepView = z.infer<typeof stepView>;

export const stepDetailView = stepView.extend({ handoffs: z.array(handoffView).describe('Hand-offs between departments, oldest first') });

export const trackProgressView = z.object({
  track,
  total: z.number().int().describe('Steps on the track'),
  done: z.number().int().describe('Steps done'),
  skipped: z.number().int().describe('Steps skipped'),
});

const caseFields = {
  id: z.number().int().describe('Case id'),
  enterpriseId: z.number().int().describe('The new enterprise'),
  enterpriseName: z.string().describe('The enterprise\'s name'),
  openedOn: z.string().describe('Day the case was opened'),
  status: z.enum(caseStatuses).describe('open, completed or cancelled'),
  completedOn: z.string().nullable().describe('Day the case was completed'),
  note: z.string().nullable().describe('Note on the case; a cancellation appends its reason'),
};

export const caseListItemView = z.object({
  ...caseFields,
  overallStatus: z.enum(overallStatuses).describe('The one status of the whole case: not_started, in_progress, ready_to_complete, completed, cancelled'),
  progress: z.array(trackProgressView).describe('Progress per track, all three tracks in order'),
  overdueSteps: z.number().int().describe('Steps overdue today'),
});
export const caseListView = pageOf(caseListItemView);

export const nextStepView = z.object({
  id: z.number().int().describe('Step id'),
  track,
  title: z.string().describe('What is to be done'),
  ownerDepartment: z.string().describe('Department that owns it'),
  dueOn: z.string().describe('Due date'),
  status: z.enum(stepStatuses).describe('pending or in_progress'),
  isOverdue: z.boolean().describe('Past its due date'),
});

export const overallView = z.object({
  status: z.enum(overallStatuses).describe('not_started, in_progress, ready_to_complete, completed or cancelled'),
  label: z.string().describe('The status in Chinese, as the enterprise contact reads it'),
  labelEn: z.string().describe('The status in English'),
  totalSteps: z.number().int().describe('Steps over all tracks'),
  finishedSteps: z.number().int().describe('Steps done or skipped'),
  overdueSteps: z.number().int().describe('Steps overdue today'),
  nextSteps: z.array(nextStepView).describe('The next open step of each track: what the enterprise waits on now'),
});

export const trackView = trackProgressView.extend({
  name: z.string().describe('Track name in Chinese'),
  steps: z.array(stepDetailView).describe('The track\'s steps in order, each with its hand-offs'),
});

export const caseDetailView = z.object({
  ...caseFields,
  overall: overallView.describe('One status for the whole case'),
  tracks: z.array(trackView).describe('The three tracks, each a checklist'),
});
export type CaseDetailView = z.infer<typeof caseDetailView>;

export const orgPromptView = z.object({
  employedMembers: z.number().int().describe('Members with a current membership who work at the enterprise'),
  fullMembers: z.number().int().describe('Of them, full (正式) members'),
  suggestion: z.enum(['found_branch', 'join_joint_branch']).describe('found_branch with 3 or more full members, else join_joint_branch'),
  message: z.string().describe('The prompt in Chinese'),
});

export const completedCaseView = caseDetailView.extend({
  orgPrompt: orgPromptView.nullable().describe('Set when members work at the enterprise and it has no org of its own: found a branch or join a joint branch'),
});

export const overdueStepView = z.object({
  id: z.number().int().describe('Step id'),
  caseId: z.number().int().describe('Case id'),
  enterpriseId: z.number().int().describe('Enterprise id'),
  enterpriseName: z.string().describe('Enterprise name'),
  track,
  seq: z.number().int().describe('Position within the track'),
  title: z.string().describe('What is to be done'),
  ownerDepartment: z.string().describe('Department that owns it'),
  ownerUserId: z.number().int().nullable().describe('Official handling it'),
  ownerUserName: z.string().nullable().describe('That official\'s display name'),
  dueOn: z.string().describe('Due date'),
  status: z.enum(stepStatuses).describe('pending or in_progress'),
  daysOverdue: z.number().int().describe('Days past the due date on the day read'),
});
export const overdueStepListView = pageOf(overdueStepView).extend({ asOf: z.string().describe('The day read') });

export const explicitStepBody = z
  .object({
    track,
    title: z.string().trim().min(1).max(100).describe('What is to be done'),
    ownerDepartment: department.describe('Department that owns the step'),
    dueOn: isoDate.describe('Due date (not before the opening date)'),
    ownerUserId: id().optional().describe('Official handling the step'),
  })
  .strict();

export const createCaseBody = z
  .object({
    enterpriseId: id().describe('The enterprise; it must be in status onboarding with no open case'),
    openedOn: isoDate.describe('Day the case is opened (not in the future)'),
    note: z.string().trim().min(1).max(500).optional().describe('Note on the case'),
    steps: z.array(explicitStepBody).min(1).max(60).optional().describe('The checklist; numbered within each track in the order given. The built-in template when omitted'),
  })
  .strict();
export type CreateCaseInput = z.infer<typeof createCaseBody>;

export const updateStepBody = z
  .object({
    status: z.enum(stepStatuses).optional().describe('New status: pending → in_progress → done; skipped, or back from done, needs notes'),
    notes: z.string().trim().min(1).max(1000).optional().describe('Notes; required to skip a step or reopen a finished one'),
    ownerUserId: id().nullable().optional().describe('Official handling the step; null to clear'),
    dueOn: isoDate.optional().describe('New due date (not before the opening date)'),
  })
  .strict()
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'Give at least one of status, notes, ownerUserId, dueOn' });
export type UpdateStepInput = z.infer<typeof updateStepBody>;

export const handoffBody = z
  .object({
    toDepartment: department.describe('Department taking the step over'),
    note: z.string().trim().min(1).max(500).optional().describe('What is handed over, or why'),
  })
  .strict();
export type HandoffInput = z.infer<typeof handoffBody>;

export const completeCaseBody = z.object({ completedOn: isoDate.describe('Day of completion (not before opening, not in the future)') }).strict();
export const cancelCaseBody = z.object({ note: z.string().trim().min(1).max(500).describe('Why the case is cancelled') }).strict();

export const listCasesQuery = z
  .object({
    status: z.enum(caseStatuses).optional().describe('Only cases in this status'),
    overdue: z.enum(['true', 'false']).optional().describe('true: only cases with an overdue step today'),
    enterpriseId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().describe('Only this enterprise\'s cases'),
    ...pageQuery,
  })
  .strict();
export type ListCasesQuery = z.infer<typeof listCasesQuery>;

export const overdueStepsQuery = z
  .object({
    asOf: asOfQuery,
    track: track.optional(),
    ownerDepartment: department.optional().describe('Only steps this department owns'),
    ...pageQuery,
  })
  .strict();
export type OverdueStepsQuery = z.infer<typeof overdueStepsQuery>;
