import { today } from '../../../src/server/platform/paging.ts';
import type { RouteSpec } from './route-spec.ts';
import { buildIdNumber } from '../../factories.ts';

import { nonexistent } from './targets.ts';
const day = today();

/** The foundation's routes. Bodies are valid but refused by business rules where a success would change the fixture. */
export const foundationRoutes: Record<string, RouteSpec> = {
  'POST /api/v1/auth/logout': { access: 'session', family: 'none', ok: [200], endsSession: true },
  'POST /api/v1/auth/login': { access: 'session', isPublic: true, family: 'none', ok: [401], body: () => ({ username: 'nobody', password: 'Wrong-Passw0rd' }) },
  'GET /api/v1/auth/me': { access: 'session', family: 'none', ok: [200] },
  'GET /api/v1/auth/session': { access: 'session', isPublic: true, family: 'none', ok: [200] },
  'POST /api/v1/auth/password': { access: 'session', family: 'none', ok: [400], body: () => ({ currentPassword: 'wrong-Password-1', newPassword: 'Another-Passw0rd' }) },
  'GET /api/v1/figures': { access: 'session', family: 'none', ok: [200] },
  'GET /api/v1/figures/:id': { access: 'orgs.read', family: 'none', ok: [200], url: () => '/api/v1/figures/F01' },
  'GET /api/v1/audit-log': { access: 'audit.read', family: 'none', ok: [200] },
  'GET /api/v1/audit-log/verify': { access: 'audit.read', family: 'none', ok: [200] },
  'GET /api/v1/orgs': { access: 'orgs.read', family: 'org', ok: [200], url: (_fx, id) => `/api/v1/orgs?parentId=${id}` },
  'GET /api/v1/orgs/:id': { access: 'orgs.read', family: 'org', ok: [200] },
  'POST /api/v1/orgs': { access: 'orgs.write', family: 'org', ok: [422], body: (_fx, id) => ({ parentId: id, code: 'MATRIX', kind: 'working_committee', name: '中共矩阵测试委员会', foundedOn: '2020-01-01' }) },
  'PATCH /api/v1/orgs/:id': { access: 'orgs.write', family: 'org', ok: [200], body: () => ({}) },
  'POST /api/v1/orgs/:id/rename': { access: 'orgs.write', family: 'org', ok: [422], body: () => ({ name: '中共矩阵改名支部', effectiveOn: '2000-01-01' }) },
  'POST /api/v1/orgs/:id/move': { access: 'orgs.write', family: 'org', ok: [422], body: (fx, id) => ({ parentId: id, effectiveOn: day }) },
  'POST /api/v1/orgs/:id/change-kind': { access: 'orgs.write', family: 'org', ok: [422], body: () => ({ kind: 'working_committee', effectiveOn: day }) },
  'POST /api/v1/orgs/:id/dissolve': { access: 'orgs.write', family: 'org', ok: [422], body: () => ({ effectiveOn: '2000-01-01' }) },
  'GET /api/v1/orgs-count': { access: 'orgs.read', family: 'org', ok: [200], url: (_fx, id) => `/api/v1/orgs-count?orgId=${id}` },

  'GET /api/v1/members': { access: 'members.read', family: 'org', ok: [200], url: (_fx, id) => `/api/v1/members?orgId=${id}` },
  'GET /api/v1/members/:id': { access: 'members.read', family: 'member', ok: [200] },
  'POST /api/v1/members': { access: 'members.write', family: 'org', ok: [422], body: (_fx, id) => ({ name: '矩阵', idNumber: buildIdNumber('1981-02-03', 'female', 7), joinedOn: '2018-01-01', status: 'full', convertedOn: '2017-01-01', orgId: id }) },
  'PATCH /api/v1/members/:id': { access: 'members.write', family: 'member', ok: [200], body: () => ({ education: '大学本科' }) },
  'POST /api/v1/members/:id/transfer': { access: 'members.write', family: 'member', ok: [422], body: (fx) => ({ toOrgId: fx.tree.a1.id, effectiveOn: '2000-01-01' }) },
  'POST /api/v1/members/:id/leave': { access: 'members.write', family: 'member', ok: [422], body: () => ({ effectiveOn: '2000-01-01', reason: 'leave' }) },
  'POST /api/v1/members/:id/reveal': { access: 'members.reveal', family: 'member', ok: [200], body: () => ({ field: 'idNumber' }) },
  'GET /api/v1/members-count': { access: 'members.read', family: 'org', ok: [200], url: (_fx, id) => `/api/v1/members-count?orgId=${id}` },

  'GET /api/v1/places': { access: 'places.read', family: 'place', ok: [200], url: (_fx, id) => `/api/v1/places?parentId=${id}` },
  'GET /api/v1/places/:id': { access: 'places.read', family: 'place', ok: [200] },
  'POST /api/v1/places': { access: 'places.write', family: 'place', ok: [422], body: (_fx, id) => ({ parentId: id, kind: 'community', code: 'MATRIX', name: '矩阵' }) },
  'PATCH /api/v1/places/:id': { access: 'places.write', family: 'place', ok: [200], body: () => ({}) },
  'DELETE /api/v1/places/:id': { access: 'places.write', family: 'place', ok: [422] },

  'GET /api/v1/roles': { access: 'session', family: 'none', ok: [200] },
  'GET /api/v1/users': { access: 'users.read', family: 'none', ok: [200] },
  'GET /api/v1/user-directory': { access: 'orgs.read', family: 'org', ok: [200], url: (_fx, id) => `/api/v1/user-directory?orgId=${id}` },
  'GET /api/v1/users/:id': { access: 'users.read', family: 'user', ok: [200] },
  'POST /api/v1/users': { access: 'users.write', family: 'none', ok: [409], body: (fx) => ({ username: fx.plainUsername, displayName: '重复' }) },
  'PATCH /api/v1/users/:id': { access: 'users.write', family: 'user', ok: [200], body: () => ({ displayName: '矩阵用户' }) },
  'PUT /api/v1/users/:id/role-assignments': { access: 'users.write', family: 'user', ok: [422], body: (fx) => ({ assignments: [{ role: 'system_admin', orgId: fx.tree.root.id }] }) },
  'POST /api/v1/users/:id/reset-password': { access: 'users.write', family: 'user', ok: [200] },
  'POST /api/v1/users/:id/unlock': { access: 'users.write', family: 'user', ok: [200] },
};
