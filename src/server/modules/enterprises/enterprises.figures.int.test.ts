import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestOrg, createTestTree } from '../../../../test/factories.ts';
import { dissolveOrg } from '../orgs/orgs.service.ts';
import { createTestMember } from '../members/members.fixtures.ts';
import { endMembership } from '../members/memberships.service.ts';
import { addCoverage } from './coverage.service.ts';
import { addDesignation } from './designations.service.ts';
import { createTestEnterprise } from './enterprises.fixtures.ts';

describeWithApp('enterprise figures F03, F07, F08', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let leader: string;
  const orgs = { own1: 0, own2: 0, joint: 0, hosted: 0, chain: 0, chainGone: 0 };
  before(async () => {
    const { system } = get();
    tree = await createTestTree(system);
    leader = (await get().userWith([{ role: 'leader', orgId: null }])).cookie;
    const branch = (parentId: number, foundedOn: string, extra = {}) => createTestOrg(system, { parentId, kind: 'branch', foundedOn, ...extra });
    orgs.own1 = (await branch(tree.a.id, '2018-01-01')).id;
    orgs.own2 = (await branch(tree.a.id, '2020-06-01')).id;
    orgs.joint = (await createTestOrg(system, { parentId: tree.b.id, kind: 'joint_branch', foundedOn: '2018-01-01' })).id;
    orgs.hosted = (await branch(tree.b.id, '2018-01-01', { hostUnitKind: 'social_org', hostUnitName: '内江经开区物流协会' })).id;
    // Hosted by a community, not a two-new unit: never counted.
    await branch(tree.b.id, '2018-01-01', { hostUnitKind: 'community', hostUnitName: '汉渝社区' });
    orgs.chain = (await createTestOrg(system, { parentId: tree.root.id, kind: 'committee', category: 'chain_committee', foundedOn: '2020-01-01' })).id;
    orgs.chainGone = (await createTestOrg(system, { parentId: tree.root.id, kind: 'committee', category: 'chain_committee', foundedOn: '2020-01-01' })).id;
    await dissolveOrg(system, orgs.chainGone, { effectiveOn: '2024-01-01' });

    const foreignFunded = await createTestEnterprise(system, tree.a.id, { name: '内江天丝红牛饮料有限公司' });
    await addDesignation(system, foreignFunded.id, { designation: 'foreign_funded', validFrom: '2020-01-01' });
    await addCoverage(system, foreignFunded.id, { orgId: orgs.own1, kind: 'own', validFrom: '2019-01-01' });
    await addCoverage(system, foreignFunded.id, { orgId: orgs.own2, kind: 'own', validFrom: '2021-01-01' });
    for (const unit of [await createTestEnterprise(system, tree.b.id), await createTestEnterprise(system, tree.b.id)]) {
      await addCoverage(system, unit.id, { orgId: orgs.joint, kind: 'joint', validFrom: '2019-06-01' });
    }
    for (let i = 0; i < 3; i++) await createTestMember(system, orgs.own1, { name: `天丝党员${i}` });
    await createTestMember(system, orgs.own2, { name: '红牛党员' });
    const leaver = await createTestMember(system, orgs.own2, { name: '调离党员' });
    await endMembership(system, leaver.id, { effectiveOn: '2024-06-30', reason: 'leave' });
    await createTestMember(system, tree.a1.id, { name: '其他支部党员' });
  });

  const figure = async (id: string, asOf?: string, cookie = leader) => {
    const res = await get().app.inject({ url: `/api/v1/figures/${id}?pageSize=200${asOf ? `&asOf=${asOf}` : ''}`, headers: { cookie } });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    return { values: body.values, ids: body.records.items.map((r: { id: number }) => r.id).sort(), total: body.records.total };
  };

  test('F03 counts orgs covering a unit (own or joint) or hosted by one, each once, on the date; its records are those orgs', async () => {
    const now = await figure('F03');
    assert.deepEqual(now.values, { orgs: 4 });
    assert.deepEqual(now.ids, [orgs.own1, orgs.own2, orgs.joint, orgs.hosted].sort());
    assert.equal(now.total, now.values.orgs);
    // Before the joint branch's links began and before own2 was founded.
    const early = await figure('F03', '2019-03-01');
    assert.deepEqual(early.values, { orgs: 2 });
    assert.deepEqual(early.ids, [orgs.own1, orgs.hosted].sort());
  });

  test('F07 counts the orgs of foreign-funded units on the date and the members in them; its records are those orgs', async () => {
    const now = await figure('F07');
    assert.deepEqual(now.values, { orgs: 2, members: 4 });
    assert.deepEqual(now.ids, [orgs.own1, orgs.own2].sort());
    assert.equal(now.total, now.values.orgs);
    assert.deepEqual((await figure('F07', '2024-06-29')).values, { orgs: 2, members: 5 }, 'the member who left on 2024-06-30 counts the day before');
    // own1 hosted the unit from 2019, but the unit was designated foreign-funded only from 2020.
    const before = await figure('F07', '2019-12-31');
    assert.deepEqual(before.values, { orgs: 0, members: 0 });
    assert.deepEqual(before.ids, []);
    assert.deepEqual((await figure('F07', '2020-01-01')).values, { orgs: 1, members: 3 });
  });

  test('F08 counts chain committees in force on the date; its records are those orgs', async () => {
    const now = await figure('F08');
    assert.deepEqual(now.values, { orgs: 1 });
    assert.deepEqual(now.ids, [orgs.chain]);
    const before = await figure('F08', '2023-12-31');
    assert.deepEqual(before.values, { orgs: 2 });
    assert.deepEqual(before.ids, [orgs.chain, orgs.chainGone].sort());
    assert.equal(before.total, 2);
  });

  test('the figures follow the caller\'s scope: a secretary of b counts b\'s subtree only', async () => {
    const secretary = (await get().userWith([{ role: 'org_secretary', orgId: tree.b.id }])).cookie;
    const f03 = await figure('F03', undefined, secretary);
    assert.deepEqual(f03.ids, [orgs.joint, orgs.hosted].sort());
    assert.equal(f03.values.orgs, 2);
    assert.deepEqual((await figure('F07', undefined, secretary)).values, { orgs: 0, members: 0 });
    assert.deepEqual((await figure('F08', undefined, secretary)).values, { orgs: 0 });
  });

  test('roles without enterprises.read do not see F03 or F07 in the list, and get 403 asking for them', async () => {
    const gridWorker = (await get().userWith([{ role: 'grid_worker', orgId: null }])).cookie;
    const list = await get().app.inject({ url: '/api/v1/figures', headers: { cookie: gridWorker } });
    const ids = list.json().items.map((f: { id: string }) => f.id);
    assert.ok(!ids.includes('F03') && !ids.includes('F07'));
    assert.ok(ids.includes('F08'), 'chain committees are orgs, which a grid worker may read');
    assert.equal((await get().app.inject({ url: '/api/v1/figures/F03', headers: { cookie: gridWorker } })).statusCode, 403);
  });
});
