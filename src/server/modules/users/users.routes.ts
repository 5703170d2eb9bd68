import type { App, AppDeps } from '../../platform/context.ts';
import { idParam } from '../../platform/paging.ts';
import { serviceContext } from '../../platform/service-context.ts';
import {
  createdUserView,
  createUserBody,
  listUsersQuery,
  passwordResetView,
  roleAssignmentsBody,
  roleListView,
  updateUserBody,
  userListView,
  userView,
} from './users.schemas.ts';
import * as service from './users.service.ts';
import { userDirectoryQuery, userDirectoryView } from './user-directory.schemas.ts';
import { listUserDirectory } from './user-directory.service.ts';

const tags = ['users'];

/** Account administration: the security admin's work (三员分立). */
export async function registerUserRoutes(app: App, deps: AppDeps) {
  const read = { access: 'users.read' as const };
  const write = { access: 'users.write' as const };

  app.get('/api/v1/roles', { schema: { tags, summary: 'The role catalogue', response: { 200: roleListView } }, config: { access: 'session' } }, async () => service.listRoles());
  app.get('/api/v1/users', { schema: { tags, summary: 'List accounts', querystring: listUsersQuery, response: { 200: userListView } }, config: read }, async (req) =>
    service.listUsers(serviceContext(deps, req), req.query),
  );
  app.get('/api/v1/users/:id', { schema: { tags, summary: 'One account with its role assignments', params: idParam, response: { 200: userView } }, config: read }, async (req) =>
    service.getUser(serviceContext(deps, req), req.params.id),
  );
  app.post('/api/v1/users', { schema: { tags, summary: 'Open an account', body: createUserBody, response: { 201: createdUserView } }, config: write }, async (req, reply) =>
    reply.status(201).send(await service.createUser(serviceContext(deps, req), req.body, { policy: deps.security })),
  );
  app.patch('/api/v1/users/:id', { schema: { tags, summary: 'Rename, disable or re-enable an account', params: idParam, body: updateUserBody, response: { 200: userView } }, config: write }, async (req) =>
    service.updateUser(serviceContext(deps, req), req.params.id, req.body),
  );
  app.put('/api/v1/users/:id/role-assignments', { schema: { tags, summary: 'Replace an account\'s role assignments', params: idParam, body: roleAssignmentsBody, response: { 200: userView } }, config: write }, async (req) =>
    service.setRoleAssignments(serviceContext(deps, req), req.params.id, req.body.assignments),
  );
  app.post('/api/v1/users/:id/reset-password', { schema: { tags, summary: 'Set a new generated password, shown once', params: idParam, response: { 200: passwordResetView } }, config: write }, async (req) =>
    service.resetPassword(serviceContext(deps, req), req.params.id),
  );
  app.post('/api/v1/users/:id/unlock', { schema: { tags, summary: 'Lift a lockout from failed logins', params: idParam, response: { 200: userView } }, config: write }, async (req) =>
    service.unlockUser(serviceContext(deps, req), req.params.id),
  );
  app.get('/api/v1/user-directory', { schema: { tags, summary: 'The staff directory: active accounts bound to orgs the caller reads, for pickers', querystring: userDirectoryQuery, response: { 200: userDirectoryView } }, config: { access: 'orgs.read' as const } }, async (req) =>
    listUserDirectory(serviceContext(deps, req), req.query),
  );
}
