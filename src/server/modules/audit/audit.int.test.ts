import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { type SQL, sql } from 'drizzle-orm';
import { createTestOrg, createTestTree } from '../../../../test/factories.ts';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import type { Database } from '../../db/connection.ts';
import { recordAuditAlone } from '../../platform/audit.ts';
import { verifyAuditChain } from './audit.service.ts';

/** drizzle wraps the database's error; the trigger's message is on the cause. */
const appendOnly = (e: unknown) => e instanceof Error && /append-only/.test(`${e.message} ${e.cause instanceof Error ? e.cause.message : ''}`);

type Entry = { seq: number; at: string; actorUserId: number | null; actorName: string | null; ip: string | null; action: string; objectType: string | null; objectId: string | null; result: string; diff: Record<string, unknown> | null };

/**
 * Alters one stored entry the way an intruder with database access would: with the append-only trigger switched
 * off. All of it runs in one transaction (DDL is transactional), so no other connection ever sees the trigger off,
 * and the finally block switches it back on before the commit whatever happens.
 */
async function tamper(database: Database, change: SQL) {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
    try {
      await tx.execute(change);
    } finally {
      await tx.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
    }
  });
}

describeWithApp('audit log', (get) => {
  let auditor: string;
  let admin: { userId: number; username: string; cookie: string };
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  const list = async (query: string) => {
    const res = await get().app.inject({ url: `/api/v1/audit-log?${query}`, headers: { cookie: auditor } });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { items: Entry[]; total: number };
  };

  before(async () => {
    tree = await createTestTree(get().system);
    auditor = (await get().userWith([{ role: 'audit_admin', orgId: null }])).cookie;
    admin = await get().userWith([{ role: 'park_admin', orgId: null }]);
  });

  test('an entry carries the time with its zone, the actor, the source IP, the action, the object and the result', async () => {
    const res = await get().app.inject({
      method: 'PATCH',
      url: `/api/v1/orgs/${tree.b1.id}`,
      headers: { cookie: admin.cookie, 'x-forwarded-for': '203.0.113.7' },
      payload: { hostUnitName: '内江某公司' },
    });
    assert.equal(res.statusCode, 200, res.body);
    const { items } = await list(`action=org.update&objectId=${tree.b1.id}`);
    assert.equal(items.length, 1);
    const [entry] = items;
    assert.match(entry.at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00$/);
    assert.ok(Math.abs(Date.parse(entry.at) - Date.now()) < 60_000, entry.at);
    assert.equal(entry.actorUserId, admin.userId);
    assert.equal(entry.actorName, admin.username);
    assert.equal(entry.ip, '203.0.113.7');
    assert.equal(entry.objectType, 'org');
    assert.equal(entry.objectId, String(tree.b1.id));
    assert.equal(entry.result, 'success');
    assert.deepEqual(entry.diff, { hostUnitName: { before: null, after: '内江某公司' } });
  });

  test('a refused login is recorded as a failure with the name tried and no user', async () => {
    await get().app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'ghost.user', password: 'Whatever-1' } });
    const { items } = await list('action=auth.login&actor=ghost.user');
    assert.equal(items[0].result, 'failure');
    assert.equal(items[0].actorUserId, null);
    assert.deepEqual(items[0].diff, { reason: 'unknown_user' });
  });

  test('personal data in a diff is stored masked and secrets are not stored at all', async () => {
    await recordAuditAlone(get().database.db, { tenantId: get().park.id, userId: null, name: 'system', ip: null }, {
      action: 'test.mask',
      result: 'success',
      diff: { idNumber: '511002198503010011', phone: '13812345678', password: 'Secret-Passw0rd', nested: [{ idNumberHash: 'abc', idNumberEnc: 'v1:xyz' }] },
    });
    const { items } = await list('action=test.mask');
    assert.deepEqual(items[0].diff, { idNumber: '5110**********0011', phone: '138****5678', nested: [{}] });
    const raw = await get().database.db.execute(sql`SELECT diff::text AS d FROM audit_log WHERE tenant_id = ${get().park.id} AND action = 'test.mask'`);
    assert.equal((raw as unknown as { rows: { d: string }[] }).rows[0].d.includes('Secret-Passw0rd'), false);
  });

  test('GET /api/v1/audit-log filters by action prefix and pages newest first', async () => {
    const all = await list('action=auth.&pageSize=2');
    assert.ok(all.total >= 3, String(all.total));
    assert.equal(all.items.length, 2);
    assert.ok(all.items[0].seq > all.items[1].seq);
    assert.ok(all.items.every((e) => e.action.startsWith('auth.')));
  });

  test('GET /api/v1/audit-log/verify reports an intact chain with every entry checked', async () => {
    const res = await get().app.inject({ url: '/api/v1/audit-log/verify', headers: { cookie: auditor } });
    assert.equal(res.statusCode, 200);
    const { total } = await list('pageSize=1');
    assert.deepEqual(res.json(), { ok: true, checked: total, brokenAt: null, reason: null });
  });

  test('the database refuses UPDATE, DELETE and TRUNCATE on audit_log', async () => {
    const db = get().database.db;
    const park = get().park.id;
    await assert.rejects(db.execute(sql`UPDATE audit_log SET result = 'success' WHERE tenant_id = ${park} AND seq = 1`), appendOnly);
    await assert.rejects(db.execute(sql`DELETE FROM audit_log WHERE tenant_id = ${park} AND seq = 1`), appendOnly);
    await assert.rejects(db.execute(sql`TRUNCATE audit_log`), appendOnly);
    assert.equal((await verifyAuditChain(db, park)).ok, true);
  });
});

describeWithApp('audit log tampering', (get) => {
  test('verify reports an altered entry as broken at its seq', async () => {
    const auditor = (await get().userWith([{ role: 'audit_admin', orgId: null }])).cookie;
    for (let i = 0; i < 3; i++) await createTestOrg(get().system);
    const before = await get().app.inject({ url: '/api/v1/audit-log/verify', headers: { cookie: auditor } });
    assert.equal(before.json().ok, true);
    await tamper(get().database, sql`UPDATE audit_log SET diff = '{"after":{"name":"篡改"}}'::jsonb WHERE tenant_id = ${get().park.id} AND seq = 2`);
    const res = await get().app.inject({ url: '/api/v1/audit-log/verify', headers: { cookie: auditor } });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { ok: false, checked: 1, brokenAt: 2, reason: 'the entry was altered' });
    await assert.rejects(get().database.db.execute(sql`UPDATE audit_log SET result = 'x' WHERE tenant_id = ${get().park.id} AND seq = 1`), appendOnly, 'the trigger is back on');
  });

  test('verify reports a deleted entry and a rewritten hash as broken', async () => {
    const other = await get().otherPark();
    for (let i = 0; i < 4; i++) await createTestOrg(other.system);
    assert.equal((await verifyAuditChain(get().database.db, other.id)).ok, true);
    await tamper(get().database, sql`DELETE FROM audit_log WHERE tenant_id = ${other.id} AND seq = 3`);
    assert.deepEqual(await verifyAuditChain(get().database.db, other.id), { ok: false, checked: 2, brokenAt: 3, reason: 'an entry is missing' });

    const third = await get().otherPark();
    for (let i = 0; i < 3; i++) await createTestOrg(third.system);
    // Re-hashing one entry after altering it still breaks the link from the next one.
    await tamper(get().database, sql`UPDATE audit_log SET hash = repeat('f', 64) WHERE tenant_id = ${third.id} AND seq = 2`);
    const result = await verifyAuditChain(get().database.db, third.id);
    assert.equal(result.ok, false);
    assert.equal(result.brokenAt, 2);
  });
});
