import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createTestOrg, createTestTree } from '../../../../test/factories.ts';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { today } from '../../platform/paging.ts';
import { createTestEnterprise } from '../enterprises/enterprises.fixtures.ts';
import { createTestChain, makeChainCommittee } from './chains.fixtures.ts';

type Period = { enterpriseId: number; validFrom: string; validTo: string | null };

describeWithApp('chains API', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let admin: string;
  let e1: number;
  let e2: number;
  before(async () => {
    const ctx = get();
    tree = await createTestTree(ctx.system);
    await makeChainCommittee(ctx.system, tree.a1.id);
    await makeChainCommittee(ctx.system, tree.b1.id);
    admin = (await ctx.userWith([{ role: 'park_admin', orgId: null }])).cookie;
    e1 = (await createTestEnterprise(ctx.system, tree.a1.id, { name: '内江甲饮料有限公司' })).id;
    e2 = (await createTestEnterprise(ctx.system, tree.a1.id, { name: '内江乙果蔬有限公司' })).id;
  });

  const post = (url: string, payload: object, cookie = admin) => get().app.inject({ method: 'POST', url, payload, headers: { cookie } });

  test('POST /api/v1/chains creates a chain under its chain committee with 201 and audits it', async () => {
    const res = await post('/api/v1/chains', { code: 'SOFT-DRINK', name: '软饮料及果蔬产业链', committeeOrgId: tree.a1.id, description: '甜味+' });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().committeeOrgId, tree.a1.id);
    assert.equal(res.json().committeeOrgName, tree.a1.name);
    assert.equal(res.json().projectsByStage.length, 5);
    const audit = await get().database.db.execute(`SELECT action FROM audit_log WHERE tenant_id = ${get().park.id} AND object_type = 'chain' AND object_id = '${res.json().id}'`);
    assert.deepEqual((audit as unknown as { rows: { action: string }[] }).rows.map((r) => r.action), ['chain.create']);
  });

  test('POST /api/v1/chains refuses a committee that is not a chain committee with 422 naming committeeOrgId', async () => {
    const res = await post('/api/v1/chains', { code: 'BAD-COMMITTEE', name: '错误产业链', committeeOrgId: tree.a.id });
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().error.details[0].field, 'committeeOrgId');
  });

  test('POST /api/v1/chains answers an unknown or unreadable committee with 404 naming committeeOrgId', async () => {
    const missing = await post('/api/v1/chains', { code: 'NO-COMMITTEE', name: '无党委产业链', committeeOrgId: 99999999 });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error.details[0].field, 'committeeOrgId');
    const adminOfB = (await get().userWith([{ role: 'park_admin', orgId: tree.b.id }])).cookie;
    const outside = await post('/api/v1/chains', { code: 'OUTSIDE', name: '范围外产业链', committeeOrgId: tree.a1.id }, adminOfB);
    assert.equal(outside.statusCode, 404);
    assert.equal(outside.json().error.details[0].field, 'committeeOrgId');
  });

  test('POST /api/v1/chains refuses a taken code with 409 and bad input with 400 naming the fields', async () => {
    await createTestChain(get().system, tree.a1.id, { code: 'TAKEN' });
    const taken = await post('/api/v1/chains', { code: 'TAKEN', name: '重复产业链', committeeOrgId: tree.a1.id });
    assert.equal(taken.statusCode, 409);
    assert.equal(taken.json().error.details[0].field, 'code');
    const bad = await post('/api/v1/chains', { code: 'has space', name: 'x', committeeOrgId: 'a1', extra: true });
    assert.equal(bad.statusCode, 400);
    const fields = bad.json().error.details.map((d: { field: string }) => d.field);
    for (const f of ['code', 'name', 'committeeOrgId', 'extra']) assert.ok(fields.includes(f), `${f} in ${JSON.stringify(fields)}`);
  });

  test('member enterprises are dated: the chain as of two dates, and the list\'s counts', async () => {
    const chain = await createTestChain(get().system, tree.a1.id);
    const first = await post(`/api/v1/chains/${chain.id}/enterprises`, { enterpriseId: e1, validFrom: '2021-01-01' });
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.json().enterpriseName, '内江甲饮料有限公司');
    assert.equal((await post(`/api/v1/chains/${chain.id}/enterprises`, { enterpriseId: e2, validFrom: '2022-06-01' })).statusCode, 201);
    const ended = await post(`/api/v1/chain-enterprises/${first.json().id}/end`, { validTo: '2023-01-01' });
    assert.equal(ended.statusCode, 200, ended.body);
    assert.equal(ended.json().validTo, '2023-01-01');

    const at = async (asOf: string) => (await get().app.inject({ url: `/api/v1/chains/${chain.id}?asOf=${asOf}`, headers: { cookie: admin } })).json();
    const early = await at('2022-01-01');
    assert.deepEqual(early.enterprises.map((p: Period) => p.enterpriseId), [e1]);
    const later = await at('2023-06-01');
    assert.deepEqual(later.enterprises.map((p: Period) => p.enterpriseId), [e2]);
    assert.deepEqual(later.enterpriseHistory.map((p: Period) => [p.enterpriseId, p.validFrom, p.validTo]), [[e1, '2021-01-01', '2023-01-01'], [e2, '2022-06-01', null]]);
    const lastDay = await at('2022-12-31');
    assert.equal(lastDay.enterprises.length, 2, 'the period ending 2023-01-01 (exclusive) still holds on 2022-12-31');

    const list = async (asOf: string) => (await get().app.inject({ url: `/api/v1/chains?q=${chain.code}&asOf=${asOf}`, headers: { cookie: admin } })).json();
    assert.equal((await list('2022-07-01')).items[0].enterpriseCount, 2);
    assert.equal((await list('2020-12-31')).items[0].enterpriseCount, 0);
    assert.equal((await list('2023-01-01')).items[0].enterpriseCount, 1);
  });

  test('POST /api/v1/chains/:id/enterprises refuses an overlapping period of the same enterprise with 409; after the end it may rejoin', async () => {
    const chain = await createTestChain(get().system, tree.a1.id);
    const period = (await post(`/api/v1/chains/${chain.id}/enterprises`, { enterpriseId: e1, validFrom: '2021-01-01' })).json();
    const again = await post(`/api/v1/chains/${chain.id}/enterprises`, { enterpriseId: e1, validFrom: '2024-01-01' });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.details[0].field, 'enterpriseId');
    await post(`/api/v1/chain-enterprises/${period.id}/end`, { validTo: '2023-01-01' });
    const before = await post(`/api/v1/chains/${chain.id}/enterprises`, { enterpriseId: e1, validFrom: '2022-12-31' });
    assert.equal(before.statusCode, 409, 'a start inside the ended period overlaps it');
    const rejoin = await post(`/api/v1/chains/${chain.id}/enterprises`, { enterpriseId: e1, validFrom: '2023-01-01' });
    assert.equal(rejoin.statusCode, 201, rejoin.body);
  });

  test('membership dates: future start 422, unknown enterprise 404 naming enterpriseId, end rules 422/409', async () => {
    const chain = await createTestChain(get().system, tree.a1.id);
    const future = await post(`/api/v1/chains/${chain.id}/enterprises`, { enterpriseId: e2, validFrom: '2999-01-01' });
    assert.equal(future.statusCode, 422);
    assert.equal(future.json().error.details[0].field, 'validFrom');
    const unknown = await post(`/api/v1/chains/${chain.id}/enterprises`, { enterpriseId: 99999999, validFrom: '2021-01-01' });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().error.details[0].field, 'enterpriseId');
    const period = (await post(`/api/v1/chains/${chain.id}/enterprises`, { enterpriseId: e2, validFrom: '2021-01-01' })).json();
    const early = await post(`/api/v1/chain-enterprises/${period.id}/end`, { validTo: '2021-01-01' });
    assert.equal(early.statusCode, 422);
    assert.equal(early.json().error.details[0].field, 'validTo');
    const ahead = await post(`/api/v1/chain-enterprises/${period.id}/end`, { validTo: '2999-01-01' });
    assert.equal(ahead.statusCode, 422);
    assert.equal((await post(`/api/v1/chain-enterprises/${period.id}/end`, { validTo: today() })).statusCode, 200);
    const twice = await post(`/api/v1/chain-enterprises/${period.id}/end`, { validTo: today() });
    assert.equal(twice.statusCode, 409);
  });

  test('PATCH /api/v1/chains/:id renames, moves to another committee, and keeps the committee rule', async () => {
    const chain = await createTestChain(get().system, tree.a1.id);
    const patch = (payload: object) => get().app.inject({ method: 'PATCH', url: `/api/v1/chains/${chain.id}`, payload, headers: { cookie: admin } });
    const renamed = await patch({ name: '新材料产业链', committeeOrgId: tree.b1.id });
    assert.equal(renamed.statusCode, 200, renamed.body);
    assert.equal(renamed.json().name, '新材料产业链');
    assert.equal(renamed.json().committeeOrgId, tree.b1.id);
    const wrong = await patch({ committeeOrgId: tree.root.id });
    assert.equal(wrong.statusCode, 422);
    assert.equal(wrong.json().error.details[0].field, 'committeeOrgId');
  });

  test('scope: a secretary of a1 sees the chain headed by a1, and 404 for b1\'s, another park\'s and a missing one', async () => {
    const ctx = get();
    const mine = await createTestChain(ctx.system, tree.a1.id, { code: 'SCOPE-A1' });
    const theirs = await createTestChain(ctx.system, tree.b1.id, { code: 'SCOPE-B1' });
    const other = await ctx.otherPark();
    const foreignCommittee = await createTestOrg(other.system, { category: 'chain_committee' });
    const foreign = await createTestChain(other.system, foreignCommittee.id);
    const secretary = (await ctx.userWith([{ role: 'org_secretary', orgId: tree.a1.id }])).cookie;
    const list = await ctx.app.inject({ url: '/api/v1/chains?q=SCOPE', headers: { cookie: secretary } });
    assert.deepEqual(list.json().items.map((c: { id: number }) => c.id), [mine.id]);
    assert.equal((await ctx.app.inject({ url: `/api/v1/chains/${mine.id}`, headers: { cookie: secretary } })).statusCode, 200);
    for (const id of [theirs.id, foreign.id, 99999999]) {
      const res = await ctx.app.inject({ url: `/api/v1/chains/${id}`, headers: { cookie: secretary } });
      assert.equal(res.statusCode, 404, `chain ${id}`);
      assert.deepEqual(Object.keys(res.json()), ['error']);
    }
    assert.equal((await ctx.app.inject({ url: `/api/v1/chains/${foreign.id}`, headers: { cookie: admin } })).statusCode, 404, 'another park\'s chain is 404 even park-wide');
  });

  test('permissions: writing without chains.write is 403; reading without chains.read is 403; no session is 401', async () => {
    const ctx = get();
    const chain = await createTestChain(ctx.system, tree.a1.id);
    const secretary = (await ctx.userWith([{ role: 'org_secretary', orgId: tree.a1.id }])).cookie;
    const patched = await ctx.app.inject({ method: 'PATCH', url: `/api/v1/chains/${chain.id}`, payload: { name: '不许改' }, headers: { cookie: secretary } });
    assert.equal(patched.statusCode, 403);
    const contact = (await ctx.userWith([{ role: 'grid_worker', orgId: tree.a1.id }])).cookie;
    assert.equal((await ctx.app.inject({ url: '/api/v1/chains', headers: { cookie: contact } })).statusCode, 403);
    assert.equal((await ctx.app.inject({ url: '/api/v1/chains' })).statusCode, 401);
  });
});
