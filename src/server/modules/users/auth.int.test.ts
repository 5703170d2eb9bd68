import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type SQL, sql } from 'drizzle-orm';
import { describeWithApp, testPassword } from '../../../../test/helpers/test-app.ts';

describeWithApp('auth: login, sessions, lockout', (get) => {
  const login = (username: string, password: string, cookie?: string) =>
    get().app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, headers: cookie ? { cookie } : {} });
  const me = (cookie: string) => get().app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
  const rows = async <T>(query: SQL) => ((await get().database.db.execute(query)) as unknown as { rows: T[] }).rows;
  const auditOf = (userId: number) =>
    rows<{ action: string; result: string; diff: { reason?: string } | null }>(sql`SELECT action, result, diff FROM audit_log WHERE tenant_id = ${get().park.id} AND object_id = ${String(userId)} ORDER BY seq`);

  test('POST /api/v1/auth/login with the right password answers 200 and sets an httpOnly SameSite session cookie', async () => {
    const user = await get().userWith([{ role: 'leader', orgId: null }]);
    const res = await login(user.username, user.password);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().username, user.username);
    assert.deepEqual(res.json().permissions, ['orgs.read', 'members.read', 'places.read', 'enterprises.read', 'onboarding.read', 'chains.read', 'projects.read', 'tasks.read', 'contacts.read', 'requests.read', 'reviews.read', 'policies.read']);
    const cookie = res.cookies.find((c) => c.name === 'hy_session');
    assert.ok(cookie);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.path, '/');
    const audit = await auditOf(user.userId);
    assert.deepEqual(audit.at(-1), { action: 'auth.login', result: 'success', diff: null });
  });

  test('an unknown user, a wrong password, a disabled user and a locked account all get the same 401 body', async () => {
    const wrong = await get().userWith([]);
    const disabled = await get().userWith([]);
    const locked = await get().userWith([]);
    await get().database.db.execute(sql`UPDATE users SET is_disabled = true WHERE tenant_id = ${get().park.id} AND id = ${disabled.userId}`);
    await get().database.db.execute(sql`UPDATE users SET locked_until = now() + interval '5 minutes' WHERE tenant_id = ${get().park.id} AND id = ${locked.userId}`);
    const answers = [
      await login('no-such-user', testPassword),
      await login(wrong.username, 'Not-The-Passw0rd'),
      await login(disabled.username, testPassword),
      await login(locked.username, testPassword),
    ];
    for (const res of answers) {
      assert.equal(res.statusCode, 401);
      assert.equal(res.cookies.length, 0);
    }
    assert.ok(answers.every((res) => res.body === answers[0].body), answers.map((r) => r.body).join('\n'));
    assert.equal(answers[0].json().error.code, 'INVALID_CREDENTIALS');
    assert.equal((await auditOf(disabled.userId)).at(-1)?.diff?.reason, 'disabled');
    assert.equal((await auditOf(locked.userId)).at(-1)?.diff?.reason, 'locked');
  });

  test('five consecutive wrong passwords lock the account, refuse the right one with 401 and audit auth.lockout', async () => {
    const user = await get().userWith([]);
    for (let i = 0; i < 5; i++) assert.equal((await login(user.username, `Wrong-Passw0rd-${i}`)).statusCode, 401);
    assert.equal((await login(user.username, user.password)).statusCode, 401);
    const audit = await auditOf(user.userId);
    const failures = audit.filter((e) => e.action === 'auth.login' && e.result === 'failure');
    assert.deepEqual(failures.map((e) => e.diff?.reason), ['wrong_password', 'wrong_password', 'wrong_password', 'wrong_password', 'wrong_password', 'locked']);
    assert.equal(audit.filter((e) => e.action === 'auth.lockout').length, 1);
  });

  test('wrong passwords sent all at once still lock the account: the failure count is not lost to a race', async () => {
    const user = await get().userWith([]);
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => login(user.username, `Wrong-Passw0rd-${i}`)));
    assert.ok(answers.every((res) => res.statusCode === 401));
    const [row] = await rows<{ locked: boolean }>(sql`SELECT locked_until > now() AS locked FROM users WHERE tenant_id = ${get().park.id} AND id = ${user.userId}`);
    assert.equal(row.locked, true);
    assert.equal((await login(user.username, user.password)).statusCode, 401);
  });

  test('failures only lock when consecutive: a success in between resets the count', async () => {
    const user = await get().userWith([]);
    for (let i = 0; i < 4; i++) await login(user.username, 'Wrong-Passw0rd!');
    assert.equal((await login(user.username, user.password)).statusCode, 200);
    for (let i = 0; i < 4; i++) await login(user.username, 'Wrong-Passw0rd!');
    assert.equal((await login(user.username, user.password)).statusCode, 200);
  });

  test('a lockout runs out after its minutes', async () => {
    const user = await get().userWith([]);
    for (let i = 0; i < 5; i++) await login(user.username, 'Wrong-Passw0rd!');
    await get().database.db.execute(sql`UPDATE users SET locked_until = now() - interval '1 second' WHERE tenant_id = ${get().park.id} AND id = ${user.userId}`);
    assert.equal((await login(user.username, user.password)).statusCode, 200);
  });

  test('the session id rotates at login: the cookie sent with the login stops working', async () => {
    const user = await get().userWith([]);
    const res = await login(user.username, user.password, user.cookie);
    assert.equal(res.statusCode, 200);
    const fresh = `hy_session=${res.cookies.find((c) => c.name === 'hy_session')?.value}`;
    assert.notEqual(fresh, user.cookie);
    assert.equal((await me(user.cookie)).statusCode, 401);
    assert.equal((await me(fresh)).statusCode, 200);
  });

  test('POST /api/v1/auth/logout ends the session on the server: the old cookie then gets 401', async () => {
    const user = await get().userWith([]);
    const other = await get().login(user.username, user.password);
    const res = await get().app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: user.cookie } });
    assert.equal(res.statusCode, 200);
    assert.equal((await me(user.cookie)).statusCode, 401);
    assert.equal((await me(other)).statusCode, 200, 'another session of the same user stays');
    assert.equal((await auditOf(user.userId)).at(-1)?.action, 'auth.logout');
  });

  test('a session idle longer than the idle timeout gets 401 and is deleted; one just inside it is kept', async () => {
    const user = await get().userWith([]);
    const session = sql`tenant_id = ${get().park.id} AND user_id = ${user.userId}`;
    await get().database.db.execute(sql`UPDATE sessions SET last_seen_at = now() - interval '29 minutes' WHERE ${session}`);
    assert.equal((await me(user.cookie)).statusCode, 200);
    const [touched] = await rows<{ idle: number }>(sql`SELECT extract(epoch from now() - last_seen_at)::int AS idle FROM sessions WHERE ${session}`);
    assert.ok(touched.idle < 60, 'a request resets the idle clock');
    await get().database.db.execute(sql`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE ${session}`);
    assert.equal((await me(user.cookie)).statusCode, 401);
    assert.deepEqual(await rows(sql`SELECT id FROM sessions WHERE ${session}`), []);
  });

  test('a session older than the absolute timeout gets 401 even when active', async () => {
    const user = await get().userWith([]);
    await get().database.db.execute(sql`UPDATE sessions SET created_at = now() - interval '12 hours 1 minute', last_seen_at = now() WHERE tenant_id = ${get().park.id} AND user_id = ${user.userId}`);
    assert.equal((await me(user.cookie)).statusCode, 401);
  });

  test('a disabled user\'s next request is 401', async () => {
    const user = await get().userWith([{ role: 'leader', orgId: null }]);
    assert.equal((await me(user.cookie)).statusCode, 200);
    await get().database.db.execute(sql`UPDATE users SET is_disabled = true WHERE tenant_id = ${get().park.id} AND id = ${user.userId}`);
    assert.equal((await me(user.cookie)).statusCode, 401);
  });

  test('a forged or malformed cookie gets 401 and is cleared', async () => {
    for (const cookie of ['hy_session=garbage', `hy_session=${get().park.id}.${'A'.repeat(43)}`]) {
      const res = await me(cookie);
      assert.equal(res.statusCode, 401, cookie);
    }
    const res = await me(`hy_session=${get().park.id}.${'A'.repeat(43)}`);
    assert.ok(res.cookies.some((c) => c.name === 'hy_session' && c.value === ''), 'the bad cookie is cleared');
  });

  test('a login for an unknown park answers the same 401', async () => {
    const user = await get().userWith([]);
    const res = await get().app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: user.username, password: user.password, park: 'no-such-park' } });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().error.code, 'INVALID_CREDENTIALS');
  });
});
