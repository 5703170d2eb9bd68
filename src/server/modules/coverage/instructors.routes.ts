import type { App, AppDeps } from '../../platform/context.ts';
import { idParam } from '../../platform/paging.ts';
import { serviceContext } from '../../platform/service-context.ts';
import { listGuidanceVisits, logGuidanceVisit } from './guidance-visits.service.ts';
import { assignInstructor, endInstructorAssignment, listInstructorAssignments } from './instructors.service.ts';
import {
  createGuidanceVisitBody,
  createInstructorAssignmentBody,
  endInstructorAssignmentBody,
  guidanceVisitListView,
  guidanceVisitView,
  instructorAssignmentListView,
  instructorAssignmentView,
  listGuidanceVisitsQuery,
  listInstructorAssignmentsQuery,
} from './instructors.schemas.ts';

const tags = ['instructors'];

/** Instructors (党建指导员): dated assignments to enterprises and the guidance visits they log. */
export async function registerInstructorRoutes(app: App, deps: AppDeps) {
  const read = { access: 'enterprises.read' as const };
  const write = { access: 'enterprises.write' as const };
  const guide = { access: 'guidance.write' as const };

  app.get('/api/v1/instructor-assignments', { schema: { tags, summary: 'List instructor assignments', querystring: listInstructorAssignmentsQuery, response: { 200: instructorAssignmentListView } }, config: read }, async (req) =>
    listInstructorAssignments(serviceContext(deps, req), req.query),
  );
  app.post('/api/v1/instructor-assignments', { schema: { tags, summary: 'Assign an instructor to an enterprise from a date', body: createInstructorAssignmentBody, response: { 201: instructorAssignmentView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await assignInstructor(serviceContext(deps, req), req.body)),
  );
  app.post('/api/v1/instructor-assignments/:id/end', { schema: { tags, summary: 'End an instructor assignment', params: idParam, body: endInstructorAssignmentBody, response: { 200: instructorAssignmentView } }, config: write }, async (req) =>
    endInstructorAssignment(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/guidance-visits', { schema: { tags, summary: 'Log a guidance visit to an enterprise one is assigned to', body: createGuidanceVisitBody, response: { 201: guidanceVisitView } }, config: guide }, async (req, reply) =>
    reply.status(201).send(await logGuidanceVisit(serviceContext(deps, req), req.body)),
  );
  app.get('/api/v1/guidance-visits', { schema: { tags, summary: 'List guidance visits', querystring: listGuidanceVisitsQuery, response: { 200: guidanceVisitListView } }, config: read }, async (req) =>
    listGuidanceVisits(serviceContext(deps, req), req.query),
  );
}
