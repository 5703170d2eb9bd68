/**
 * The authorization matrix: every registered route, for every role, against an in-scope object, out-of-scope
 * ones (sibling, ancestor, another branch, another park) and a nonexistent one. A role without the route's
 * permission gets 403; out of scope and nonexistent get 404 with nothing of the object in the body; in scope
 * gets one of the route's success (or business-rule) statuses. A registered route missing here fails the test.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { type Permission, type Role, parkWideRoles, rolePermissions, roles } from '../src/server/platform/roles.ts';
import { describeWithApp } from './helpers/test-app.ts';
import { type Fixture, createFixture } from './helpers/authorization-fixture.ts';
import { foundationRoutes } from './helpers/authorization/foundation-routes.ts';
import { fortressRoutes } from './helpers/authorization/fortress-routes.ts';
import { taskRoutes } from './helpers/authorization/tasks-routes.ts';
import { reviewRoutes } from './helpers/authorization/reviews-routes.ts';
import { requestsRoutes } from './helpers/authorization/requests-routes.ts';
import { policyRoutes } from './helpers/authorization/policy-routes.ts';
import { contactsRoutes } from './helpers/authorization/contacts-routes.ts';
import type { RouteSpec } from './helpers/authorization/route-spec.ts';

const routeSpecs: Record<string, RouteSpec> = { ...foundationRoutes, ...fortressRoutes, ...policyRoutes, ...contactsRoutes, ...taskRoutes, ...reviewRoutes, ...requestsRoutes };

const targets = ['inScope', 'sibling', 'ancestor', 'otherBranch', 'otherPark', 'nonexistent'] as const;
type Target = (typeof targets)[number];

function expectation(role: Role, permission: Permission, spec: RouteSpec, target: Target): 'allowed' | 403 | 404 {
  if (!rolePermissions[role].includes(permission)) return 403;
  if (target === 'otherPark' || target === 'nonexistent') return 404;
  // Park-wide roles see the whole park; the rest are bound to org "a" and see its subtree only.
  const isParkWide = parkWideRoles.includes(role) || spec.family === 'user';
  return isParkWide || target === 'inScope' ? 'allowed' : (spec.outsideSubtree ?? 404);
}

describeWithApp('authorization matrix', (get) => {
  let fx: Fixture;
  const cookies = new Map<Role, string>();
  const passwords = new Map<Role, { username: string; password: string }>();
  before(async () => {
    fx = await createFixture(get());
    for (const role of roles) {
      const user = await get().userWith([{ role, orgId: parkWideRoles.includes(role) ? null : fx.scopeRoot }]);
      cookies.set(role, user.cookie);
      passwords.set(role, user);
    }
  });

  test('every registered route is in the matrix', () => {
    const registered = get()
      .app.registeredRoutes.filter((r) => r.url.startsWith('/api/v1') || r.url.startsWith('/open311'))
      .map((r) => `${r.method} ${r.url}`);
    const missing = registered.filter((key) => !routeSpecs[key]);
    assert.deepEqual(missing, [], `routes missing from the matrix: ${missing.join(', ')}`);
    const stale = Object.keys(routeSpecs).filter((key) => !registered.includes(key));
    assert.deepEqual(stale, [], `matrix entries for routes that no longer exist: ${stale.join(', ')}`);
  });

  test('every route answers every role as its permission and scope say, and leaks nothing', async () => {
    const failures: string[] = [];
    for (const [key, spec] of Object.entries(routeSpecs)) {
      const [method, pattern] = key.split(' ');
      for (const role of roles) {
        const cookie = cookies.get(role) ?? '';
        const cases: Target[] = spec.family === 'none' ? ['inScope'] : [...targets];
        for (const target of cases) {
          const id = spec.family === 'none' ? 0 : fx.targets[spec.family][target];
          const url = spec.url ? spec.url(fx, id) : pattern.replace(':id', String(id));
          const payload = spec.body?.(fx, id);
          const res = await get().app.inject({ method: method as 'GET', url, headers: { cookie }, ...(payload === undefined ? {} : { payload }) });
          const expected = spec.access === 'session' ? 'allowed' : expectation(role, spec.access, spec, target);
          if (spec.endsSession) {
            const user = passwords.get(role);
            if (user) cookies.set(role, await get().login(user.username, user.password));
          }
          const ok = expected === 'allowed' ? spec.ok.includes(res.statusCode) : res.statusCode === expected;
          if (!ok) failures.push(`${key} as ${role} on ${target} (${url}): expected ${expected === 'allowed' ? spec.ok.join('/') : expected}, got ${res.statusCode} ${res.body.slice(0, 160)}`);
          if (expected === 404 && res.statusCode === 404) {
            const body = res.json();
            const saysOnlyNotFound = spec.open311
              ? Array.isArray(body) && body.length === 1 && Object.keys(body[0]).sort().join() === 'code,description' && body[0].code === 404
              : Object.keys(body).join() === 'error' && body.error.code === 'NOT_FOUND';
            if (!saysOnlyNotFound) failures.push(`${key} as ${role} on ${target}: 404 body says more than NOT_FOUND`);
          }
        }
      }
    }
    assert.deepEqual(failures, []);
  });

  test('every route but the public ones answers 401 without a session', async () => {
    for (const [key, spec] of Object.entries(routeSpecs)) {
      if (spec.isPublic) continue;
      const [method, pattern] = key.split(' ');
      const id = spec.family === 'none' ? 0 : fx.targets[spec.family].inScope;
      const url = spec.url ? spec.url(fx, id) : pattern.replace(':id', String(id));
      const res = await get().app.inject({ method: method as 'GET', url, payload: spec.body?.(fx, id) });
      assert.equal(res.statusCode, 401, `${key}: ${res.body}`);
    }
  });
});
