import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PgDialect, text, pgTable } from 'drizzle-orm/pg-core';
import { AppError } from './errors.ts';
import { type Actor, type Assignment, can, isPathInScope, pathInScope, requirePermission, scopeFor } from './scope.ts';

const actor = (assignments: Omit<Assignment, 'id'>[]): Actor => ({
  tenantId: 1,
  userId: 1,
  username: 'u',
  displayName: 'u',
  mustChangePassword: false,
  assignments: assignments.map((a, i) => ({ id: i + 1, ...a })),
});

test('scopeFor gathers the org subtrees of the roles that grant the permission', () => {
  const secretary = actor([
    { role: 'org_secretary', orgId: 5, orgPath: '/1/5/' },
    { role: 'instructor', orgId: 9, orgPath: '/1/9/' },
  ]);
  assert.deepEqual(scopeFor(secretary, 'members.read'), { all: false, paths: ['/1/5/', '/1/9/'], enterpriseIds: [] });
  assert.deepEqual(scopeFor(secretary, 'members.write'), { all: false, paths: ['/1/5/'], enterpriseIds: [] });
  assert.deepEqual(scopeFor(secretary, 'users.read'), { all: false, paths: [], enterpriseIds: [] });
});

test('scopeFor adds relation scopes: an instructor without an org reaches only its enterprises and their orgs', () => {
  const instructor = actor([{ role: 'instructor', orgId: null, orgPath: null, relationEnterpriseIds: [7, 8], relationPaths: ['/1/3/12/'] }]);
  assert.deepEqual(scopeFor(instructor, 'enterprises.read'), { all: false, paths: [], enterpriseIds: [7, 8] }, 'not every unit the covering orgs cover');
  assert.deepEqual(scopeFor(instructor, 'members.read'), { all: false, paths: ['/1/3/12/'], enterpriseIds: [7, 8] });
  const bare = actor([{ role: 'instructor', orgId: null, orgPath: null }]);
  assert.equal(can(bare, 'enterprises.read'), false, 'an instructor with no assignment and no org reaches nothing');
});

test('scopeFor gives the whole park for an assignment without an org', () => {
  const parkAdmin = actor([{ role: 'org_secretary', orgId: 5, orgPath: '/1/5/' }, { role: 'park_admin', orgId: null, orgPath: null }]);
  assert.deepEqual(scopeFor(parkAdmin, 'orgs.write'), { all: true });
});

test('can and requirePermission: a permission held nowhere is 403, held anywhere is allowed', () => {
  const auditor = actor([{ role: 'audit_admin', orgId: null, orgPath: null }]);
  assert.equal(can(auditor, 'audit.read'), true);
  assert.equal(can(auditor, 'orgs.read'), false);
  assert.deepEqual(requirePermission(auditor, 'audit.read'), { all: true });
  assert.throws(() => requirePermission(auditor, 'orgs.write'), (e: unknown) => e instanceof AppError && e.status === 403);
  assert.throws(() => requirePermission(actor([]), 'orgs.read'), (e: unknown) => e instanceof AppError && e.code === 'FORBIDDEN');
});

test('isPathInScope matches the subtree by prefix, not a sibling whose id starts the same', () => {
  const scope = { all: false as const, paths: ['/1/5/'] };
  assert.equal(isPathInScope(scope, '/1/5/'), true);
  assert.equal(isPathInScope(scope, '/1/5/12/'), true);
  assert.equal(isPathInScope(scope, '/1/55/'), false);
  assert.equal(isPathInScope(scope, '/1/'), false);
  assert.equal(isPathInScope({ all: true }, '/anything/'), true);
  assert.equal(isPathInScope({ all: false, paths: [] }, '/1/'), false);
});

test('pathInScope builds one LIKE prefix per subtree, true for the park and false for nothing', () => {
  const orgs = pgTable('orgs', { path: text('path').notNull() });
  const dialect = new PgDialect();
  const render = (scope: Parameters<typeof pathInScope>[0]) => {
    const { sql, params } = dialect.sqlToQuery(pathInScope(scope, orgs.path));
    return { sql, params };
  };
  assert.deepEqual(render({ all: true }), { sql: 'true', params: [] });
  assert.deepEqual(render({ all: false, paths: [] }), { sql: 'false', params: [] });
  assert.deepEqual(render({ all: false, paths: ['/1/5/', '/1/9/'] }), {
    sql: '("orgs"."path" LIKE $1 OR "orgs"."path" LIKE $2)',
    params: ['/1/5/%', '/1/9/%'],
  });
});
