import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestTree } from '../../../../test/factories.ts';
import { addDesignation } from '../enterprises/designations.service.ts';
import { endLink } from './contact-links.service.ts';
import { createCommunity, createDepartmentOrg, createEnterpriseOrg, createRoleUser, createTestEnterprise, link } from './contacts.fixtures.ts';

describeWithApp('contact graph and figures F16–F18', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let admin: string;
  let leaders: { id: number }[];
  let covered: { id: number };
  let uncovered: { id: number };

  const read = (cookie: string, url: string) => get().app.inject({ url, headers: { cookie } });

  before(async () => {
    const sys = get().system;
    tree = await createTestTree(sys);
    admin = (await get().userWith([{ role: 'park_admin', orgId: null }])).cookie;
    leaders = [await createRoleUser(sys, 'leader', null, '甲领导'), await createRoleUser(sys, 'leader', null, '乙领导'), await createRoleUser(sys, 'leader', null, '丙领导')];
    for (const org of [tree.a1, tree.b1, tree.a]) await link(sys, { kind: 'leader_org', userId: leaders[0].id, orgId: org.id, validFrom: '2024-01-01' });
    for (const org of [tree.a1, tree.b]) await link(sys, { kind: 'leader_org', userId: leaders[1].id, orgId: org.id, validFrom: '2024-01-01' });
    const gone = await link(sys, { kind: 'leader_org', userId: leaders[2].id, orgId: tree.b1.id, validFrom: '2024-01-01' });
    await endLink(sys, gone.id, { validTo: '2025-06-01' });

    const department = await createDepartmentOrg(sys, tree.root.id);
    covered = await createTestEnterprise(sys, tree.a1.id, '有部门联系企业');
    uncovered = await createTestEnterprise(sys, tree.a1.id, '无部门联系企业');
    for (const e of [covered, uncovered]) await addDesignation(sys, e.id, { designation: 'above_scale', validFrom: '2020-01-01' });
    await link(sys, { kind: 'department_enterprise', orgId: department.id, enterpriseId: covered.id, validFrom: '2024-01-01' });
    const second = await createDepartmentOrg(sys, tree.root.id);
    await link(sys, { kind: 'department_enterprise', orgId: second.id, enterpriseId: covered.id, validFrom: '2024-01-01' });

    const places = [await createCommunity(sys, tree.a1.id), await createCommunity(sys, tree.b1.id)];
    const orgs = [await createEnterpriseOrg(sys, tree.a.id), await createEnterpriseOrg(sys, tree.b.id)];
    await link(sys, { kind: 'org_place', orgId: orgs[0].id, placeId: places[0].community.id, validFrom: '2024-01-01' });
    await link(sys, { kind: 'org_place', orgId: orgs[0].id, placeId: places[0].compound.id, validFrom: '2024-01-01' });
    await link(sys, { kind: 'org_place', orgId: orgs[1].id, placeId: places[1].compound.id, validFrom: '2024-01-01' });
    await link(sys, { kind: 'org_place', orgId: orgs[1].id, placeId: places[0].compound.id, validFrom: '2024-01-01' });
  });

  test('GET /api/v1/figures/F16 gives the fewest and most contact points per leader on the date with 200', async () => {
    const res = await read(admin, '/api/v1/figures/F16?asOf=2025-12-31');
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().values, { min: 2, max: 3, leaders: 2, points: 5 });
    assert.deepEqual((await read(admin, '/api/v1/figures/F16?asOf=2025-01-01')).json().values, { min: 1, max: 3, leaders: 3, points: 6 });
  });

  test('GET /api/v1/figures/F17 counts an enterprise with two department contacts once with 200', async () => {
    const res = await read(admin, '/api/v1/figures/F17?asOf=2025-12-31');
    assert.deepEqual(res.json().values, { enterprises: 1 });
    assert.equal(res.json().records.items[0].id, covered.id);
    assert.deepEqual((await read(admin, '/api/v1/figures/F17?asOf=2023-12-31')).json().values, { enterprises: 0 });
  });

  test('GET /api/v1/figures/F18 counts orgs, distinct communities and distinct compounds with 200', async () => {
    const res = await read(admin, '/api/v1/figures/F18?asOf=2025-12-31');
    assert.deepEqual(res.json().values, { orgs: 2, communities: 1, compounds: 2 });
  });

  test('the figures follow the caller\'s scope: a secretary of b sees only b\'s contact points', async () => {
    const sibling = (await get().userWith([{ role: 'org_secretary', orgId: tree.b.id }])).cookie;
    assert.deepEqual((await read(sibling, '/api/v1/figures/F16?asOf=2025-12-31')).json().values, { min: 1, max: 1, leaders: 2, points: 2 });
    assert.deepEqual((await read(sibling, '/api/v1/figures/F17?asOf=2025-12-31')).json().values, { enterprises: 0 });
  });

  test('GET /api/v1/contact-graph draws the links of a kind and lists the gaps with 200', async () => {
    const res = await read(admin, '/api/v1/contact-graph?kind=leader_org&asOf=2025-12-31');
    assert.equal(res.statusCode, 200, res.body);
    const graph = res.json();
    assert.equal(graph.edges.length, 5);
    assert.equal(graph.nodes.filter((n: { type: string }) => n.type === 'leader').length, 2);
    assert.ok(graph.gaps.leadersWithoutPoints.some((l: { userId: number }) => l.userId === leaders[2].id));
    assert.ok(!graph.gaps.leadersWithoutPoints.some((l: { userId: number }) => l.userId === leaders[0].id));
    assert.deepEqual(graph.gaps.enterprisesWithoutDepartment.items.map((e: { id: number }) => e.id), [uncovered.id]);
    assert.equal(graph.gaps.enterprisesWithoutDepartment.total, 1);
    const places = (await read(admin, '/api/v1/contact-graph?kind=org_place&asOf=2025-12-31')).json();
    assert.equal(places.edges.length, 4);
    assert.equal(places.nodes.filter((n: { type: string }) => n.type === 'place').length, 3);
  });
});
