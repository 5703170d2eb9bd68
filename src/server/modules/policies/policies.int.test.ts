import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestTree } from '../../../../test/factories.ts';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { buildPolicyInput, createTestPolicy } from './policies.fixtures.ts';

type Policy = { id: number; title: string; isInForce: boolean; measureCount: number; measures: { seq: number; title: string }[] };

describeWithApp('policy documents API', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let admin: string;
  let adminOfA: string;
  let secretaryOfA1: string;
  const call = async (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, cookie: string, payload?: object) => {
    const res = await get().app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
    return { status: res.statusCode, body: res.json() };
  };
  const countPolicies = async () => Number(((await get().database.db.execute(sql`SELECT count(*) AS n FROM policies WHERE tenant_id = ${get().park.id}`)) as unknown as { rows: { n: string }[] }).rows[0].n);

  before(async () => {
    tree = await createTestTree(get().system);
    admin = (await get().userWith([{ role: 'park_admin', orgId: null }])).cookie;
    adminOfA = (await get().userWith([{ role: 'park_admin', orgId: tree.a.id }])).cookie;
    secretaryOfA1 = (await get().userWith([{ role: 'org_secretary', orgId: tree.a1.id }])).cookie;
  });

  test('POST /api/v1/policies records a document with its measures numbered in order, audited, with 201', async () => {
    const input = buildPolicyInput(tree.root.id, { measures: [{ title: '措施甲' }, { title: '措施乙', content: '全文' }, { title: '措施丙' }] });
    const created = await call('POST', '/api/v1/policies', admin, input);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const policy = created.body as Policy;
    assert.deepEqual(policy.measures.map((m) => [m.seq, m.title]), [[1, '措施甲'], [2, '措施乙'], [3, '措施丙']]);
    assert.equal(policy.measureCount, 3);
    const audit = await call('GET', `/api/v1/policies/${policy.id}`, admin);
    assert.equal(audit.status, 200);
    const entries = (await get().database.db.execute(sql`SELECT action FROM audit_log WHERE tenant_id = ${get().park.id} AND object_type = 'policy' AND object_id = ${String(policy.id)}`)) as unknown as { rows: { action: string }[] };
    assert.deepEqual(entries.rows.map((r) => r.action), ['policy.create']);
  });

  test('published policies are public in the park: a branch secretary reads one issued at the top with 200', async () => {
    const policy = await createTestPolicy(get().system, tree.root.id, { title: '面向全园区的政策' });
    const one = await call('GET', `/api/v1/policies/${policy.id}`, secretaryOfA1);
    assert.equal(one.status, 200);
    assert.equal(one.body.title, '面向全园区的政策');
    const list = await call('GET', '/api/v1/policies?q=面向全园区', secretaryOfA1);
    assert.deepEqual(list.body.items.map((p: Policy) => p.id), [policy.id]);
  });

  test('another park\'s policy answers 404 and says nothing more', async () => {
    const other = await get().otherPark();
    const otherTree = await createTestTree(other.system);
    const foreign = await createTestPolicy(other.system, otherTree.root.id);
    const res = await call('GET', `/api/v1/policies/${foreign.id}`, admin);
    assert.equal(res.status, 404);
    assert.deepEqual(Object.keys(res.body), ['error']);
  });

  test('bad input names the field and writes nothing: 400 for a missing title, 409 for a taken number, 422 for a future date', async () => {
    const before = await countPolicies();
    const { title: _omitted, ...withoutTitle } = buildPolicyInput(tree.root.id);
    const missing = await call('POST', '/api/v1/policies', admin, withoutTitle);
    assert.equal(missing.status, 400);
    assert.ok(missing.body.error.details.some((d: { field: string }) => d.field === 'title'));
    const taken = await createTestPolicy(get().system, tree.root.id);
    const duplicate = await call('POST', '/api/v1/policies', admin, buildPolicyInput(tree.root.id, { docNumber: taken.docNumber }));
    assert.equal(duplicate.status, 409);
    assert.equal(duplicate.body.error.details[0].field, 'docNumber');
    const future = await call('POST', '/api/v1/policies', admin, buildPolicyInput(tree.root.id, { issuedOn: '2999-01-01' }));
    assert.equal(future.status, 422);
    assert.equal(future.body.error.details[0].field, 'issuedOn');
    const noMeasures = await call('POST', '/api/v1/policies', admin, buildPolicyInput(tree.root.id, { measures: [] }));
    assert.equal(noMeasures.status, 400);
    assert.equal(await countPolicies(), before + 1);
  });

  test('writing takes policies.write over the issuing org: 404 naming orgId outside reach, 403 on a readable document of another org', async () => {
    const outside = await call('POST', '/api/v1/policies', adminOfA, buildPolicyInput(tree.b.id));
    assert.equal(outside.status, 404);
    assert.equal(outside.body.error.details[0].field, 'orgId');
    const ofB = await createTestPolicy(get().system, tree.b.id);
    assert.equal((await call('PATCH', `/api/v1/policies/${ofB.id}`, adminOfA, { title: '改名' })).status, 403);
    assert.equal((await call('POST', '/api/v1/policies', secretaryOfA1, buildPolicyInput(tree.a1.id))).status, 403);
    const ofA1 = await call('POST', '/api/v1/policies', adminOfA, buildPolicyInput(tree.a1.id));
    assert.equal(ofA1.status, 201);
  });

  test('PUT /api/v1/policies/:id/measures replaces the list and the audit log keeps the old one, with 200', async () => {
    const policy = await createTestPolicy(get().system, tree.root.id);
    const res = await call('PUT', `/api/v1/policies/${policy.id}/measures`, admin, { measures: [{ title: '唯一一条' }] });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.measures.map((m: { seq: number; title: string }) => [m.seq, m.title]), [[1, '唯一一条']]);
    const entry = (await get().database.db.execute(sql`SELECT diff FROM audit_log WHERE tenant_id = ${get().park.id} AND action = 'policy.measures' AND object_id = ${String(policy.id)}`)) as unknown as { rows: { diff: { before: { title: string }[] } }[] };
    assert.deepEqual(entry.rows[0].diff.before.map((m) => m.title), ['第一条测试措施', '第二条测试措施']);
  });

  test('repealing dates a document out of force: 422 before its issue, 200, then 409 a second time', async () => {
    const policy = await createTestPolicy(get().system, tree.root.id, { issuedOn: '2024-03-01' });
    assert.equal((await call('POST', `/api/v1/policies/${policy.id}/repeal`, admin, { repealedOn: '2024-03-01', reason: '测试废止' })).status, 422);
    const repealed = await call('POST', `/api/v1/policies/${policy.id}/repeal`, admin, { repealedOn: '2025-01-01', reason: '被新政策取代' });
    assert.equal(repealed.status, 200);
    assert.equal(repealed.body.isInForce, false);
    assert.equal((await call('POST', `/api/v1/policies/${policy.id}/repeal`, admin, { repealedOn: '2025-02-01', reason: '再次废止' })).status, 409);
    assert.equal((await call('GET', `/api/v1/policies/${policy.id}?asOf=2024-12-31`, admin)).body.isInForce, true);
    const inForceNow = await call('GET', '/api/v1/policies?inForce=true&pageSize=200', admin);
    assert.ok(!inForceNow.body.items.some((p: Policy) => p.id === policy.id));
  });
});

describeWithApp('F21 and F40: measures of the policies of a topic in force', (get) => {
  test('counts the measures of documents in force on the date, with one record per measure', async () => {
    const tree = await createTestTree(get().system);
    const admin = (await get().userWith([{ role: 'park_admin', orgId: null }])).cookie;
    const twenty = Array.from({ length: 20 }, (_, i) => ({ title: `示范园区措施${i + 1}` }));
    const demo = await createTestPolicy(get().system, tree.root.id, { topic: 'demonstration_park', issuedOn: '2024-03-15', measures: twenty });
    const old = await createTestPolicy(get().system, tree.root.id, { topic: 'demonstration_park', issuedOn: '2022-01-01', measures: [{ title: '旧措施' }] });
    await get().app.inject({ method: 'POST', url: `/api/v1/policies/${old.id}/repeal`, headers: { cookie: admin }, payload: { repealedOn: '2024-03-15', reason: '被新政策取代' } });
    await createTestPolicy(get().system, tree.root.id, { topic: 'business_environment', issuedOn: '2024-06-20', measures: Array.from({ length: 12 }, (_, i) => ({ title: `营商措施${i + 1}` })) });
    const figure = async (id: string, asOf: string) => (await get().app.inject({ url: `/api/v1/figures/${id}?asOf=${asOf}&pageSize=200`, headers: { cookie: admin } })).json();
    assert.deepEqual((await figure('F21', '2023-06-30')).values, { measures: 1, policies: 1 });
    const f21 = await figure('F21', '2025-12-31');
    assert.deepEqual(f21.values, { measures: 20, policies: 1 });
    assert.equal(f21.records.total, 20);
    assert.ok(f21.records.items.every((r: { type: string; label: string }) => r.type === 'policyMeasure' && r.label.startsWith(`《${demo.title}》`)));
    assert.deepEqual((await figure('F40', '2025-12-31')).values, { measures: 12, policies: 1 });
    assert.deepEqual((await figure('F40', '2024-06-19')).values, { measures: 0, policies: 0 });
  });
});
