import { z } from 'zod';
import { isoDate, pageOf, pageQuery } from '../../platform/paging.ts';

/** Instructor assignments (党建指导员) and their guidance visits. */

const refId = (what: string) => z.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe(what);
const queryId = (what: string) => z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().describe(what);

export const instructorAssignmentView = z.object({
  id: z.number().int().describe('Assignment id'),
  instructorUserId: z.number().int().describe('The instructor (a user holding the instructor role)'),
  instructorName: z.string().describe('The instructor\'s name'),
  enterpriseId: z.number().int().describe('The enterprise or social organization guided'),
  enterpriseName: z.string().describe('Its name'),
  validFrom: z.string().describe('First day of the assignment'),
  validTo: z.string().nullable().describe('Day after the last day; null while in force'),
  isCurrent: z.boolean().describe('In force today'),
});
export type InstructorAssignmentView = z.infer<typeof instructorAssignmentView>;
export const instructorAssignmentListView = pageOf(instructorAssignmentView);

export const listInstructorAssignmentsQuery = z
  .object({
    enterpriseId: queryId('Only assignments to this enterprise (one the caller may read)'),
    instructorUserId: queryId('Only assignments of this instructor'),
    asOf: isoDate.optional().describe('Only assignments in force on this date; every period when omitted'),
    ...pageQuery,
  })
  .strict();
export type ListInstructorAssignmentsInput = z.infer<typeof listInstructorAssignmentsQuery>;

export const createInstructorAssignmentBody = z
  .object({
    instructorUserId: refId('The user to assign; must hold the instructor role on validFrom'),
    enterpriseId: refId('The enterprise or social organization to guide; must lie in the caller\'s enterprises.write scope'),
    validFrom: isoDate.describe('First day of the assignment (not in the future)'),
  })
  .strict();
export type CreateInstructorAssignmentInput = z.infer<typeof createInstructorAssignmentBody>;

export const endInstructorAssignmentBody = z
  .object({ validTo: isoDate.describe('Day after the last day of the assignment: after validFrom, not in the future') })
  .strict();
export type EndInstructorAssignmentInput = z.infer<typeof endInstructorAssignmentBody>;

export const guidanceVisitView = z.object({
  id: z.number().int().describe('Visit id'),
  enterpriseId: z.number().int().describe('The enterprise visited'),
  enterpriseName: z.string().describe('Its name'),
  instructorUserId: z.number().int().describe('The instructor who visited'),
  instructorName: z.string().describe('The instructor\'s name'),
  visitedOn: z.string().describe('Date of the visit'),
  topics: z.string().describe('Topics of the guidance'),
  findings: z.string().nullable().describe('What was found'),
  followUps: z.string().nullable().describe('What is to follow'),
});
export type GuidanceVisitView = z.infer<typeof guidanceVisitView>;
export const guidanceVisitListView = pageOf(guidanceVisitView);

const text = (max: number, what: string) => z.string().trim().min(1).max(max).describe(what);

export const createGuidanceVisitBody = z
  .object({
    enterpriseId: refId('The enterprise visited; the caller must be assigned to it, today and on visitedOn'),
    visitedOn: isoDate.describe('Date of the visit (not in the future)'),
    topics: text(1000, 'Topics of the guidance'),
    findings: text(4000, 'What was found').optional(),
    followUps: text(4000, 'What is to follow').optional(),
  })
  .strict();
export type CreateGuidanceVisitInput = z.infer<typeof createGuidanceVisitBody>;

export const listGuidanceVisitsQuery = z
  .object({
    enterpriseId: queryId('Only visits to this enterprise (one the caller may read)'),
    instructorUserId: queryId('Only visits by this instructor'),
    from: isoDate.optional().describe('Only visits on or after this date'),
    to: isoDate.optional().describe('Only visits on or before this date'),
    ...pageQuery,
  })
  .strict();
export type ListGuidanceVisitsInput = z.infer<typeof listGuidanceVisitsQuery>;
