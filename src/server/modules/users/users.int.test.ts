import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestTree } from '../../../../test/factories.ts';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { roles } from '../../platform/roles.ts';
import { createUser } from './users.service.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';
type UserBody = { id: number; username: string; isDisabled: boolean; isLocked: boolean; mustChangePassword: boolean; assignments: { role: string; orgId: number | null; orgName: string | null }[] };

describeWithApp('users API', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let security: { userId: number; cookie: string };
  let auditor: string;
  const call = (cookie: string, method: Method, url: string, payload?: object) =>
    get().app.inject({ method, url, headers: { cookie }, ...(payload === undefined ? {} : { payload }) });
  const auditActions = async (objectId: number) => {
    const res = await call(auditor, 'GET', `/api/v1/audit-log?objectType=user&objectId=${objectId}&pageSize=200`);
    assert.equal(res.statusCode, 200, res.body);
    return (res.json().items as { action: string; actorName: string; diff: Record<string, unknown> | null }[]).reverse();
  };

  before(async () => {
    tree = await createTestTree(get().system);
    security = await get().userWith([{ role: 'security_admin', orgId: null }]);
    auditor = (await get().userWith([{ role: 'audit_admin', orgId: null }])).cookie;
  });

  test('GET /api/v1/roles lists every role with names, permissions and park-wide flag to any logged-in user', async () => {
    const secretary = await get().userWith([{ role: 'org_secretary', orgId: tree.a1.id }]);
    const res = await call(secretary.cookie, 'GET', '/api/v1/roles');
    assert.equal(res.statusCode, 200, res.body);
    const items = res.json().items as { code: string; nameZh: string; nameEn: string; permissions: string[]; isParkWide: boolean }[];
    assert.deepEqual(items.map((r) => r.code), [...roles]);
    const securityAdmin = items.find((r) => r.code === 'security_admin');
    assert.deepEqual(securityAdmin, { code: 'security_admin', nameZh: '安全管理员', nameEn: 'Security admin', permissions: ['users.read', 'users.write', 'orgs.read'], isParkWide: true });
    assert.equal(items.find((r) => r.code === 'org_secretary')?.isParkWide, false);
  });

  test('POST /api/v1/users without a password answers 201 with a generated password shown once, to be changed at first login', async () => {
    const res = await call(security.cookie, 'POST', '/api/v1/users', { username: 'zhang.wei', displayName: '张伟' });
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    assert.equal(body.username, 'zhang.wei');
    assert.equal(body.mustChangePassword, true);
    assert.equal(typeof body.initialPassword, 'string');
    assert.equal('passwordHash' in body, false);
    const cookie = await get().login('zhang.wei', body.initialPassword);
    assert.equal((await call(cookie, 'GET', '/api/v1/auth/me')).json().mustChangePassword, true);
    assert.equal((await call(cookie, 'GET', '/api/v1/roles')).json().error.code, 'PASSWORD_CHANGE_REQUIRED');
    const again = await call(security.cookie, 'GET', `/api/v1/users/${body.id}`);
    assert.equal('initialPassword' in again.json(), false);
    const [created] = await auditActions(body.id);
    assert.equal(created.action, 'user.create');
    assert.equal(JSON.stringify(created.diff).includes(body.initialPassword), false);
  });

  test('POST /api/v1/users with a strong password answers 201 without initialPassword and still requires a change', async () => {
    const res = await call(security.cookie, 'POST', '/api/v1/users', { username: 'li-na', displayName: '李娜', password: 'Hong-Yuan-2024!' });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().initialPassword, undefined);
    assert.equal(res.json().mustChangePassword, true);
    await get().login('li-na', 'Hong-Yuan-2024!');
  });

  test('POST /api/v1/users refuses a weak password with 422 WEAK_PASSWORD, every problem naming password', async () => {
    const res = await call(security.cookie, 'POST', '/api/v1/users', { username: 'wangfang', displayName: '王芳', password: 'wangfang1' });
    assert.equal(res.statusCode, 422, res.body);
    assert.equal(res.json().error.code, 'WEAK_PASSWORD');
    const details = res.json().error.details as { field: string }[];
    assert.equal(details.length, 2, JSON.stringify(details));
    assert.ok(details.every((d) => d.field === 'password'));
    const list = await call(security.cookie, 'GET', '/api/v1/users?q=wangfang');
    assert.equal(list.json().total, 0);
  });

  test('POST /api/v1/users refuses a taken username with 409 naming username', async () => {
    await call(security.cookie, 'POST', '/api/v1/users', { username: 'dup.user', displayName: '甲' });
    const res = await call(security.cookie, 'POST', '/api/v1/users', { username: 'dup.user', displayName: '乙' });
    assert.equal(res.statusCode, 409, res.body);
    assert.equal(res.json().error.details[0].field, 'username');
  });

  test('POST /api/v1/users refuses a bad username, a missing display name and unknown fields with 400 naming them', async () => {
    for (const username of ['ab', 'has space', '张三', 'x'.repeat(33)]) {
      const res = await call(security.cookie, 'POST', '/api/v1/users', { username, displayName: '某人' });
      assert.equal(res.statusCode, 400, username);
      assert.equal(res.json().error.details[0].field, 'username', username);
    }
    const res = await call(security.cookie, 'POST', '/api/v1/users', { username: 'ok.name', isAdmin: true });
    assert.equal(res.statusCode, 400);
    const fields = res.json().error.details.map((d: { field: string }) => d.field);
    assert.ok(fields.includes('displayName') && fields.includes('isAdmin'), JSON.stringify(fields));
  });

  test('createUser with mustChangePassword false (demo park) gives an account usable at once', async () => {
    const created = await createUser(get().system, { username: 'demo.user', displayName: '演示用户', password: 'Demo-Passw0rd!' }, { mustChangePassword: false });
    assert.equal(created.mustChangePassword, false);
    const cookie = await get().login('demo.user', 'Demo-Passw0rd!');
    assert.equal((await call(cookie, 'GET', '/api/v1/roles')).statusCode, 200);
  });

  test('GET /api/v1/users searches and pages, with each account\'s assignments and org names', async () => {
    const user = await get().userWith([{ role: 'org_secretary', orgId: tree.a1.id }], { username: 'search-me-1' });
    await get().userWith([], { username: 'search-me-2' });
    const res = await call(security.cookie, 'GET', '/api/v1/users?q=search-me&pageSize=1&page=2');
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().total, 2);
    assert.equal(res.json().page, 2);
    assert.deepEqual(res.json().items.map((u: UserBody) => u.username), ['search-me-2']);
    const one = await call(security.cookie, 'GET', `/api/v1/users/${user.userId}`);
    assert.equal(one.statusCode, 200);
    const body = one.json() as UserBody;
    assert.equal(body.isLocked, false);
    assert.deepEqual(body.assignments.map((a) => ({ role: a.role, orgId: a.orgId, orgName: a.orgName })), [{ role: 'org_secretary', orgId: tree.a1.id, orgName: tree.a1.name }]);
  });

  test('PATCH /api/v1/users/:id renames an account and audits the change', async () => {
    const user = await get().userWith([]);
    const res = await call(security.cookie, 'PATCH', `/api/v1/users/${user.userId}`, { displayName: '新名字' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().displayName, '新名字');
    const entries = await auditActions(user.userId);
    assert.deepEqual(entries.at(-1)?.diff, { displayName: { before: user.username, after: '新名字' } });
  });

  test('PATCH /api/v1/users/:id disabling ends the user\'s sessions (next request 401) and refuses logins until re-enabled', async () => {
    const user = await get().userWith([{ role: 'leader', orgId: null }]);
    assert.equal((await call(user.cookie, 'GET', '/api/v1/auth/me')).statusCode, 200);
    const res = await call(security.cookie, 'PATCH', `/api/v1/users/${user.userId}`, { isDisabled: true });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().isDisabled, true);
    assert.equal((await call(user.cookie, 'GET', '/api/v1/auth/me')).statusCode, 401);
    const sessions = await get().database.db.execute(sql`SELECT count(*)::int AS n FROM sessions WHERE tenant_id = ${get().park.id} AND user_id = ${user.userId}`);
    assert.equal((sessions as unknown as { rows: { n: number }[] }).rows[0].n, 0);
    await assert.rejects(get().login(user.username, user.password), /401/);
    await call(security.cookie, 'PATCH', `/api/v1/users/${user.userId}`, { isDisabled: false });
    await get().login(user.username, user.password);
  });

  test('PATCH /api/v1/users/:id refuses an empty body with 400 and disabling oneself with 403', async () => {
    const user = await get().userWith([]);
    assert.equal((await call(security.cookie, 'PATCH', `/api/v1/users/${user.userId}`, {})).statusCode, 400);
    const self = await call(security.cookie, 'PATCH', `/api/v1/users/${security.userId}`, { isDisabled: true });
    assert.equal(self.statusCode, 403);
    assert.equal(self.json().error.details[0].field, 'isDisabled');
  });

  test('POST /api/v1/users/:id/reset-password returns a new password once, ends the sessions, lifts a lockout and audits it', async () => {
    const user = await get().userWith([{ role: 'leader', orgId: null }]);
    await get().database.db.execute(sql`UPDATE users SET locked_until = now() + interval '10 minutes' WHERE tenant_id = ${get().park.id} AND id = ${user.userId}`);
    const res = await call(security.cookie, 'POST', `/api/v1/users/${user.userId}/reset-password`);
    assert.equal(res.statusCode, 200, res.body);
    const { initialPassword } = res.json();
    assert.equal(typeof initialPassword, 'string');
    assert.equal((await call(user.cookie, 'GET', '/api/v1/auth/me')).statusCode, 401);
    await assert.rejects(get().login(user.username, user.password), /401/);
    const cookie = await get().login(user.username, initialPassword);
    assert.equal((await call(cookie, 'GET', '/api/v1/auth/me')).json().mustChangePassword, true);
    const entries = await auditActions(user.userId);
    assert.ok(entries.some((e) => e.action === 'user.reset_password'));
    assert.equal(JSON.stringify(entries).includes(initialPassword), false);
  });

  test('POST /api/v1/users/:id/reset-password on one\'s own account is 403', async () => {
    const res = await call(security.cookie, 'POST', `/api/v1/users/${security.userId}/reset-password`);
    assert.equal(res.statusCode, 403);
  });

  test('POST /api/v1/users/:id/unlock lifts a lockout from failed logins and audits it', async () => {
    const user = await get().userWith([]);
    for (let i = 0; i < 5; i++) {
      await get().app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: user.username, password: 'Wrong-Passw0rd!' } });
    }
    assert.equal((await call(security.cookie, 'GET', `/api/v1/users/${user.userId}`)).json().isLocked, true);
    await assert.rejects(get().login(user.username, user.password), /401/);
    const res = await call(security.cookie, 'POST', `/api/v1/users/${user.userId}/unlock`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().isLocked, false);
    await get().login(user.username, user.password);
    assert.ok((await auditActions(user.userId)).some((e) => e.action === 'user.unlock'));
  });

  test('every users route answers 403 to roles without users.* permissions', async () => {
    const target = await get().userWith([]);
    const routes: [Method, string, object?][] = [
      ['GET', '/api/v1/users'],
      ['GET', `/api/v1/users/${target.userId}`],
      ['POST', '/api/v1/users', { username: 'not.allowed', displayName: '不允许' }],
      ['PATCH', `/api/v1/users/${target.userId}`, { displayName: '不允许' }],
      ['PUT', `/api/v1/users/${target.userId}/role-assignments`, { assignments: [{ role: 'park_admin', orgId: null }] }],
      ['POST', `/api/v1/users/${target.userId}/reset-password`],
      ['POST', `/api/v1/users/${target.userId}/unlock`],
    ];
    for (const role of ['system_admin', 'audit_admin', 'park_admin', 'org_secretary', 'leader'] as const) {
      const { cookie } = await get().userWith([{ role, orgId: role.endsWith('_admin') ? null : tree.a.id }]);
      for (const [method, url, payload] of routes) {
        const res = await call(cookie, method, url, payload);
        assert.equal(res.statusCode, 403, `${role} ${method} ${url}: ${res.body}`);
      }
    }
    const after = await call(security.cookie, 'GET', `/api/v1/users/${target.userId}`);
    assert.equal(after.json().displayName, target.username);
    assert.deepEqual(after.json().assignments, []);
  });

  test('every users/:id route answers 404 for a nonexistent user and for another park\'s user', async () => {
    const other = await get().otherPark();
    const foreign = await createUser(other.system, { username: 'foreign.user', displayName: '外园区用户' });
    for (const id of [987654321, foreign.id]) {
      const routes: [Method, string, object?][] = [
        ['GET', `/api/v1/users/${id}`],
        ['PATCH', `/api/v1/users/${id}`, { displayName: '改名' }],
        ['PUT', `/api/v1/users/${id}/role-assignments`, { assignments: [] }],
        ['POST', `/api/v1/users/${id}/reset-password`],
        ['POST', `/api/v1/users/${id}/unlock`],
      ];
      for (const [method, url, payload] of routes) {
        const res = await call(security.cookie, method, url, payload);
        assert.equal(res.statusCode, 404, `${method} ${url}: ${res.body}`);
        assert.deepEqual(Object.keys(res.json()), ['error']);
        assert.equal(res.json().error.code, 'NOT_FOUND');
      }
    }
  });

  test('users routes without a session answer 401', async () => {
    for (const url of ['/api/v1/users', '/api/v1/roles']) {
      assert.equal((await get().app.inject({ url })).statusCode, 401, url);
    }
  });
});
