import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createTestTree } from '../../../../test/factories.ts';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import type { Role } from '../../platform/roles.ts';

/**
 * 三员分立: the system, security and audit admins each do one duty and are refused the others'. The sweeps run
 * over every registered route, so a module added later is held to the same rule without editing this test.
 */
describeWithApp('三员分立 (separation of admin duties)', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  const cookies = new Map<Role, string>();
  const call = (role: Role, method: string, url: string, payload?: object) =>
    get().app.inject({ method: method as 'GET', url, headers: { cookie: cookies.get(role) ?? '' }, ...(payload === undefined ? {} : { payload }) });

  /** Every route guarded by one of the permissions, called with placeholder ids and an empty body: all must be 403. */
  const sweep = async (role: Role, guardedBy: string[]) => {
    const routes = get().app.registeredRoutes.filter((r) => r.access !== undefined && guardedBy.includes(r.access));
    assert.ok(routes.length > 0, `some route is guarded by ${guardedBy.join(', ')}`);
    const wrong: string[] = [];
    for (const r of routes) {
      const res = await call(role, r.method, r.url.replaceAll(/:\w+/g, '1'), r.method === 'GET' ? undefined : {});
      if (res.statusCode !== 403) wrong.push(`${r.method} ${r.url}: ${res.statusCode}`);
    }
    assert.deepEqual(wrong, [], `${role} must get 403`);
  };

  before(async () => {
    tree = await createTestTree(get().system);
    for (const role of ['system_admin', 'security_admin', 'audit_admin'] as const) {
      cookies.set(role, (await get().userWith([{ role, orgId: null }])).cookie);
    }
  });

  test('the system admin gets 403 on the audit log and on every account route, and nothing is written', async () => {
    assert.equal((await call('system_admin', 'GET', '/api/v1/audit-log')).statusCode, 403);
    assert.equal((await call('system_admin', 'GET', '/api/v1/audit-log/verify')).statusCode, 403);
    await sweep('system_admin', ['audit.read', 'users.read', 'users.write']);
    const res = await call('system_admin', 'POST', '/api/v1/users', { username: 'sneaky.admin', displayName: '越权' });
    assert.equal(res.statusCode, 403);
    const list = await call('security_admin', 'GET', '/api/v1/users?q=sneaky');
    assert.equal(list.json().total, 0);
  });

  test('the system admin keeps the base data: org writes answer 2xx', async () => {
    const res = await call('system_admin', 'PATCH', `/api/v1/orgs/${tree.b1.id}`, { hostUnitName: '某单位' });
    assert.equal(res.statusCode, 200, res.body);
  });

  test('the audit admin gets 403 on every org, member, place and account write, and 200 on the audit log', async () => {
    await sweep('audit_admin', ['orgs.write', 'members.write', 'members.reveal', 'places.write', 'users.write', 'users.read']);
    const res = await call('audit_admin', 'POST', '/api/v1/orgs', { parentId: tree.a.id, code: 'AUDIT-X', kind: 'branch', name: '中共越权支部委员会', foundedOn: '2020-01-01' });
    assert.equal(res.statusCode, 403);
    const log = await call('audit_admin', 'GET', '/api/v1/audit-log');
    assert.equal(log.statusCode, 200);
    assert.ok(log.json().total > 0);
    assert.equal((await call('audit_admin', 'GET', '/api/v1/audit-log/verify')).json().ok, true);
  });

  test('the security admin gets 403 on every org write and on the audit log, and 200 on accounts', async () => {
    await sweep('security_admin', ['orgs.write', 'members.write', 'places.write', 'audit.read']);
    const res = await call('security_admin', 'POST', '/api/v1/orgs', { parentId: tree.a.id, code: 'SEC-X', kind: 'branch', name: '中共越权支部委员会', foundedOn: '2020-01-01' });
    assert.equal(res.statusCode, 403);
    assert.equal((await call('security_admin', 'GET', '/api/v1/users')).statusCode, 200);
  });
});
