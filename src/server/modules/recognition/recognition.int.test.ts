import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createTestOrg, createTestTree } from '../../../../test/factories.ts';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestChain, makeChainCommittee } from '../chains/chains.fixtures.ts';
import { createTestEnterprise } from '../enterprises/enterprises.fixtures.ts';
import { createTestMember } from '../members/members.fixtures.ts';
import { createHonor } from './recognition.service.ts';

type Honor = { id: number; holderKind: string; holderId: number | null; holderName: string | null; title: string };

describeWithApp('honors API', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let admin: string;
  let adminOfA: string;
  let chainA1: number;
  let chainB1: number;
  before(async () => {
    const ctx = get();
    tree = await createTestTree(ctx.system);
    await makeChainCommittee(ctx.system, tree.a1.id);
    await makeChainCommittee(ctx.system, tree.b1.id);
    chainA1 = (await createTestChain(ctx.system, tree.a1.id, { name: '软饮料及果蔬产业链' })).id;
    chainB1 = (await createTestChain(ctx.system, tree.b1.id)).id;
    admin = (await ctx.userWith([{ role: 'park_admin', orgId: null }])).cookie;
    adminOfA = (await ctx.userWith([{ role: 'park_admin', orgId: tree.a.id }])).cookie;
  });

  const post = (payload: object, cookie = admin) => get().app.inject({ method: 'POST', url: '/api/v1/honors', payload, headers: { cookie } });
  const list = async (query: string, cookie = admin) => (await get().app.inject({ url: `/api/v1/honors?${query}`, headers: { cookie } })).json();

  test('POST /api/v1/honors records honors of the park, a chain, an org, an enterprise and a member, each holder checked', async () => {
    const ctx = get();
    const enterprise = await createTestEnterprise(ctx.system, tree.a1.id, { name: '内江汇宇制药有限公司' });
    const member = await createTestMember(ctx.system, tree.a1.id, { name: '李劳模' });
    const cases = [
      { holderKind: 'park', holderId: null, title: '四川省两新组织党建示范园区', level: 'provincial', awardedOn: '2024-06-01' },
      { holderKind: 'chain', holderId: chainA1, title: '四川省重点优势产业链', level: 'provincial', awardedOn: '2024-09-01' },
      { holderKind: 'org', holderId: tree.a1.id, title: '全省先进基层党组织', level: 'provincial', awardedOn: '2024-07-01' },
      { holderKind: 'enterprise', holderId: enterprise.id, title: '国家级绿色工厂', level: 'national', awardedOn: '2024-03-01' },
      { holderKind: 'member', holderId: member.id, title: '全国劳动模范', level: 'national', awardedOn: '2020-11-24', issuer: '中共中央、国务院' },
    ];
    for (const c of cases) {
      const res = await post(c);
      assert.equal(res.statusCode, 201, `${c.holderKind}: ${res.body}`);
    }
    const names = (await list('pageSize=200')).items.map((h: Honor) => [h.holderKind, h.holderName]);
    for (const expected of [['park', null], ['chain', '软饮料及果蔬产业链'], ['org', tree.a1.name], ['enterprise', '内江汇宇制药有限公司'], ['member', '李劳模']]) {
      assert.ok(names.some((n: unknown[]) => n[0] === expected[0] && n[1] === expected[1]), JSON.stringify(expected));
    }
  });

  test('POST /api/v1/honors refuses a missing holder (404 naming holderId), a holder id for the park or none for a chain (400), a future date (422)', async () => {
    for (const holderKind of ['chain', 'org', 'enterprise', 'member']) {
      const res = await post({ holderKind, holderId: 99999999, title: '不存在的荣誉', level: 'city', awardedOn: '2024-01-01' });
      assert.equal(res.statusCode, 404, holderKind);
      assert.equal(res.json().error.details[0].field, 'holderId');
    }
    const parkWithId = await post({ holderKind: 'park', holderId: tree.root.id, title: '园区荣誉', level: 'city', awardedOn: '2024-01-01' });
    assert.equal(parkWithId.statusCode, 400);
    assert.equal(parkWithId.json().error.details[0].field, 'holderId');
    const chainWithout = await post({ holderKind: 'chain', holderId: null, title: '产业链荣誉', level: 'city', awardedOn: '2024-01-01' });
    assert.equal(chainWithout.statusCode, 400);
    const future = await post({ holderKind: 'park', holderId: null, title: '未来荣誉', level: 'city', awardedOn: '2999-01-01' });
    assert.equal(future.statusCode, 422);
    assert.equal(future.json().error.details[0].field, 'awardedOn');
    const badLevel = await post({ holderKind: 'park', holderId: null, title: '园区荣誉', level: 'county', awardedOn: '2024-01-01' });
    assert.equal(badLevel.statusCode, 400);
    assert.equal(badLevel.json().error.details[0].field, 'level');
  });

  test('writing reach: a subtree admin records honors of chains and orgs in its subtree; the park\'s and others\' need park-wide reach (403), unseen holders are 404', async () => {
    const inScope = await post({ holderKind: 'chain', holderId: chainA1, title: '市级产业链党建品牌', level: 'city', awardedOn: '2024-02-01' }, adminOfA);
    assert.equal(inScope.statusCode, 201, inScope.body);
    const park = await post({ holderKind: 'park', holderId: null, title: '园区荣誉', level: 'city', awardedOn: '2024-01-01' }, adminOfA);
    assert.equal(park.statusCode, 403);
    const unseen = await post({ holderKind: 'chain', holderId: chainB1, title: '他人产业链荣誉', level: 'city', awardedOn: '2024-01-01' }, adminOfA);
    assert.equal(unseen.statusCode, 404);
    const othersHonor = (await createHonor(get().system, { holderKind: 'chain', holderId: chainB1, title: 'b1 产业链荣誉', level: 'city', awardedOn: '2024-01-01' })).id;
    const patched = await get().app.inject({ method: 'PATCH', url: `/api/v1/honors/${othersHonor}`, payload: { note: '改' }, headers: { cookie: adminOfA } });
    assert.equal(patched.statusCode, 403, 'honors are readable by all, so another chain\'s honor is 403, not 404');
    const leader = (await get().userWith([{ role: 'leader', orgId: null }])).cookie;
    assert.equal((await post({ holderKind: 'park', holderId: null, title: '园区荣誉', level: 'city', awardedOn: '2024-01-01' }, leader)).statusCode, 403);
  });

  test('GET /api/v1/honors filters by holder, level and year; any chains.read holder reads them all, org names only in scope', async () => {
    const ctx = get();
    const b1Org = await createHonor(ctx.system, { holderKind: 'org', holderId: tree.b1.id, title: '全省新兴领域先进基层党组织', level: 'provincial', awardedOn: '2023-07-01' });
    await createHonor(ctx.system, { holderKind: 'chain', holderId: chainA1, title: '2025年度特色产业集群', level: 'provincial', awardedOn: '2025-01-15' });
    const ofChain = await list(`holderKind=chain&holderId=${chainA1}`);
    assert.ok(ofChain.items.every((h: Honor) => h.holderKind === 'chain' && h.holderId === chainA1));
    assert.ok(ofChain.items.some((h: Honor) => h.title === '2025年度特色产业集群'));
    assert.deepEqual((await list('year=2023')).items.map((h: Honor) => h.id), [b1Org.id]);
    assert.ok((await list('level=national')).items.every((h: { level: string }) => h.level === 'national'));
    const noKind = await get().app.inject({ url: `/api/v1/honors?holderId=${chainA1}`, headers: { cookie: admin } });
    assert.equal(noKind.statusCode, 400);
    assert.equal(noKind.json().error.details[0].field, 'holderKind');
    const secretaryA1 = (await ctx.userWith([{ role: 'org_secretary', orgId: tree.a1.id }])).cookie;
    const seen = (await list('holderKind=org&year=2023', secretaryA1)).items;
    assert.deepEqual(seen.map((h: Honor) => [h.id, h.holderName]), [[b1Org.id, null]], 'the honor is public, the org outside scope stays unnamed');
    const audit = (await ctx.userWith([{ role: 'audit_admin', orgId: null }])).cookie;
    assert.equal((await get().app.inject({ url: '/api/v1/honors', headers: { cookie: audit } })).statusCode, 403);
  });

  test('PATCH and DELETE /api/v1/honors/:id correct and remove an honor, audited; gone or foreign is 404', async () => {
    const ctx = get();
    const honor = (await post({ holderKind: 'park', holderId: null, title: '首批全省十大高质量发展激励政策园区', level: 'provincial', awardedOn: '2024-05-01' })).json();
    const patched = await ctx.app.inject({ method: 'PATCH', url: `/api/v1/honors/${honor.id}`, payload: { issuer: '四川省人民政府', awardedOn: '2024-05-10' }, headers: { cookie: admin } });
    assert.equal(patched.statusCode, 200, patched.body);
    assert.deepEqual([patched.json().issuer, patched.json().awardedOn], ['四川省人民政府', '2024-05-10']);
    const empty = await ctx.app.inject({ method: 'PATCH', url: `/api/v1/honors/${honor.id}`, payload: {}, headers: { cookie: admin } });
    assert.equal(empty.statusCode, 200, 'an empty patch changes nothing');
    assert.equal(empty.json().issuer, '四川省人民政府');
    const holderChange = await ctx.app.inject({ method: 'PATCH', url: `/api/v1/honors/${honor.id}`, payload: { holderKind: 'chain' }, headers: { cookie: admin } });
    assert.equal(holderChange.statusCode, 400);
    const deleted = await ctx.app.inject({ method: 'DELETE', url: `/api/v1/honors/${honor.id}`, headers: { cookie: admin } });
    assert.equal(deleted.statusCode, 204);
    assert.equal((await ctx.app.inject({ method: 'DELETE', url: `/api/v1/honors/${honor.id}`, headers: { cookie: admin } })).statusCode, 404);
    const audit = await ctx.database.db.execute(`SELECT action FROM audit_log WHERE tenant_id = ${ctx.park.id} AND object_type = 'honor' AND object_id = '${honor.id}' ORDER BY seq`);
    assert.deepEqual((audit as unknown as { rows: { action: string }[] }).rows.map((r) => r.action), ['honor.create', 'honor.update', 'honor.delete']);
    const other = await ctx.otherPark();
    const foreign = await createHonor(other.system, { holderKind: 'park', holderId: null, title: '外园区荣誉', level: 'city', awardedOn: '2024-01-01' });
    assert.equal((await ctx.app.inject({ method: 'PATCH', url: `/api/v1/honors/${foreign.id}`, payload: {}, headers: { cookie: admin } })).statusCode, 404);
    assert.ok(!(await list('pageSize=200')).items.some((h: Honor) => h.id === foreign.id));
  });

  test('F13, F14 and F22 count the park\'s honors by Red Action and the chains\' honors awarded by the date; values equal records', async () => {
    const ctx = get();
    await createHonor(ctx.system, { holderKind: 'park', holderId: null, title: '四川省两新组织党建示范园区（红色堡垒）', level: 'provincial', awardedOn: '2024-05-01', redAction: 'fortress' });
    await createHonor(ctx.system, { holderKind: 'park', holderId: null, title: '首批全省十大高质量发展激励政策园区', level: 'provincial', awardedOn: '2024-04-18', redAction: 'leadGeese' });
    await createHonor(ctx.system, { holderKind: 'park', holderId: null, title: '晚于统计日的园区荣誉', level: 'city', awardedOn: '2025-02-01', redAction: 'fortress' });
    const other = await ctx.otherPark();
    const otherCommittee = await createTestOrg(other.system, { category: 'chain_committee' });
    const otherChain = await createTestChain(other.system, otherCommittee.id);
    await createHonor(other.system, { holderKind: 'chain', holderId: otherChain.id, title: '外园区产业链荣誉', level: 'city', awardedOn: '2020-01-01' });
    const figure = async (id: string, asOf: string) => (await ctx.app.inject({ url: `/api/v1/figures/${id}?asOf=${asOf}&pageSize=200`, headers: { cookie: admin } })).json();
    const parkHonors = (redAction: string) => list(`holderKind=park&redAction=${redAction}&pageSize=200`).then((r) => r.items.filter((h: { awardedOn: string }) => h.awardedOn <= '2024-12-31'));
    for (const [id, redAction] of [['F13', 'fortress'], ['F22', 'leadGeese']]) {
      const expected = await parkHonors(redAction);
      const f = await figure(id, '2024-12-31');
      assert.equal(f.values.honors, 1, id);
      assert.deepEqual(f.records.items.map((r: { id: number }) => r.id).sort(), expected.map((h: Honor) => h.id).sort(), id);
    }
    const f14 = await figure('F14', '2024-12-31');
    assert.equal(f14.values.honors, f14.records.total);
    assert.ok(f14.records.items.some((r: { label: string }) => r.label.startsWith('软饮料及果蔬产业链：四川省重点优势产业链')));
    assert.ok(!f14.records.items.some((r: { label: string }) => r.label.includes('2025年度特色产业集群')), 'awarded after the date');
    assert.equal((await figure('F14', '2025-12-31')).values.honors, f14.values.honors + 1);
  });
});
