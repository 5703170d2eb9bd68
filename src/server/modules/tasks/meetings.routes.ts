import type { App, AppDeps } from '../../platform/context.ts';
import { idParam } from '../../platform/paging.ts';
import { serviceContext } from '../../platform/service-context.ts';
import { createMeetingBody, decisionTasksBody, decisionTasksView, listMeetingsQuery, meetingDetailView, meetingListView } from './meetings.schemas.ts';
import * as service from './meetings.service.ts';

const tags = ['tasks'];

/** 党建联席会议: joint meetings and their decisions turned into task items. */
export async function registerMeetingRoutes(app: App, deps: AppDeps) {
  const read = { access: 'tasks.read' as const };
  const write = { access: 'tasks.write' as const };

  app.get('/api/v1/joint-meetings', { schema: { tags, summary: 'List joint meetings held by orgs in the caller\'s scope', querystring: listMeetingsQuery, response: { 200: meetingListView } }, config: read }, async (req) =>
    service.listMeetings(serviceContext(deps, req), req.query),
  );
  app.get('/api/v1/joint-meetings/:id', { schema: { tags, summary: 'One joint meeting: attendees, agenda, decisions and the items made from them', params: idParam, response: { 200: meetingDetailView } }, config: read }, async (req) =>
    service.getMeeting(serviceContext(deps, req), req.params.id),
  );
  app.post('/api/v1/joint-meetings', { schema: { tags, summary: 'Record a joint meeting', body: createMeetingBody, response: { 201: meetingDetailView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await service.createMeeting(serviceContext(deps, req), req.body)),
  );
  app.post('/api/v1/meeting-decisions/:id/tasks', { schema: { tags, summary: 'Turn a decision into task items on a list (one transaction)', params: idParam, body: decisionTasksBody, response: { 201: decisionTasksView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await service.makeTasksFromDecision(serviceContext(deps, req), req.params.id, req.body)),
  );
}
