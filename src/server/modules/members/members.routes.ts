import type { App, AppDeps } from '../../platform/context.ts';
import { idParam, today } from '../../platform/paging.ts';
import { serviceContext } from '../../platform/service-context.ts';
import {
  countMembersQuery,
  countMembersView,
  createMemberBody,
  leaveMemberBody,
  listMembersQuery,
  memberDetailView,
  memberListView,
  revealBody,
  revealView,
  transferMemberBody,
  updateMemberBody,
} from './members.schemas.ts';
import * as members from './members.service.ts';
import * as memberships from './memberships.service.ts';

const tags = ['members'];

export async function registerMemberRoutes(app: App, deps: AppDeps) {
  const read = { access: 'members.read' as const };
  const write = { access: 'members.write' as const };
  const reveal = { access: 'members.reveal' as const };

  app.get('/api/v1/members', { schema: { tags, summary: 'The member roster as of a date', querystring: listMembersQuery, response: { 200: memberListView } }, config: read }, async (req) =>
    members.listMembers(serviceContext(deps, req), req.query),
  );
  app.get('/api/v1/members/:id', { schema: { tags, summary: 'One member with their membership history', params: idParam, response: { 200: memberDetailView } }, config: read }, async (req) =>
    members.getMember(serviceContext(deps, req), req.params.id),
  );
  app.post('/api/v1/members', { schema: { tags, summary: 'Register a member in an org', body: createMemberBody, response: { 201: memberDetailView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await members.createMember(serviceContext(deps, req), req.body)),
  );
  app.patch('/api/v1/members/:id', { schema: { tags, summary: 'Change a member\'s personal fields or status', params: idParam, body: updateMemberBody, response: { 200: memberDetailView } }, config: write }, async (req) =>
    members.updateMember(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/members/:id/transfer', { schema: { tags, summary: 'Transfer a member to another org from a date', params: idParam, body: transferMemberBody, response: { 200: memberDetailView } }, config: write }, async (req) =>
    memberships.transferMember(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/members/:id/leave', { schema: { tags, summary: 'End a member\'s membership from a date', params: idParam, body: leaveMemberBody, response: { 200: memberDetailView } }, config: write }, async (req) =>
    memberships.endMembership(serviceContext(deps, req), req.params.id, req.body),
  );
  app.post('/api/v1/members/:id/reveal', { schema: { tags, summary: 'Show a member\'s ID or phone number in full (audited)', params: idParam, body: revealBody, response: { 200: revealView } }, config: reveal }, async (req) =>
    members.revealMemberField(serviceContext(deps, req), req.params.id, req.body.field),
  );
  app.get('/api/v1/members-count', { schema: { tags, summary: 'Number of members in force on a date, in an org\'s subtree or the caller\'s scope', querystring: countMembersQuery, response: { 200: countMembersView } }, config: read }, async (req) => {
    const asOf = req.query.asOf ?? today();
    return { count: await memberships.countMembers(serviceContext(deps, req), { orgId: req.query.orgId, asOf }), asOf };
  });
}
