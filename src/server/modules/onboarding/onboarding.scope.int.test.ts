import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestOrg, createTestTree } from '../../../../test/factories.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { today } from '../../platform/paging.ts';
import { createCase } from './onboarding.service.ts';
import { addDays } from './onboarding.template.ts';
import { assignInstructor } from '../coverage/instructors.service.ts';
import { addCoverage } from '../enterprises/coverage.service.ts';
import { createTestEnterprise } from '../enterprises/enterprises.fixtures.ts';
import { setRoleAssignments } from '../users/users.service.ts';

type Route = { method: 'GET' | 'POST' | 'PATCH'; url: string; payload?: object };

/** Every route aimed at one case (and its first step): the read first, then the writes. */
function caseRoutes(c: { caseId: number; stepId: number }): Route[] {
  return [
    { method: 'GET', url: `/api/v1/onboarding-cases/${c.caseId}` },
    { method: 'PATCH', url: `/api/v1/onboarding-steps/${c.stepId}`, payload: { notes: '已联系' } },
    { method: 'POST', url: `/api/v1/onboarding-steps/${c.stepId}/handoff`, payload: { toDepartment: '园区招商局' } },
    { method: 'POST', url: `/api/v1/onboarding-cases/${c.caseId}/complete`, payload: { completedOn: today() } },
    { method: 'POST', url: `/api/v1/onboarding-cases/${c.caseId}/cancel`, payload: { note: '测试撤销' } },
  ];
}

describeWithApp('onboarding scope', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let secretary: string;
  const cases = {} as Record<'a1' | 'b1' | 'b' | 'root' | 'joint1' | 'joint2' | 'nonexistent' | 'otherPark', { caseId: number; stepId: number; enterpriseId: number }>;

  async function caseFor(system: ServiceContext, orgId: number) {
    const enterprise = await createTestEnterprise(system, orgId, { status: 'onboarding' });
    const c = await createCase(system, { enterpriseId: enterprise.id, openedOn: addDays(today(), -90) });
    return { caseId: c.id, stepId: c.tracks[0].steps[0].id, enterpriseId: enterprise.id };
  }

  before(async () => {
    const { system } = get();
    tree = await createTestTree(system);
    secretary = (await get().userWith([{ role: 'org_secretary', orgId: tree.a1.id }])).cookie;
    cases.a1 = await caseFor(system, tree.a1.id);
    cases.b1 = await caseFor(system, tree.b1.id);
    cases.b = await caseFor(system, tree.b.id);
    cases.root = await caseFor(system, tree.root.id);
    // Two enterprises under b1 covered by one joint branch: a contact of the first must not reach the second.
    const joint = await createTestOrg(system, { parentId: tree.b.id, kind: 'joint_branch', foundedOn: '2018-01-01' });
    cases.joint1 = await caseFor(system, tree.b1.id);
    cases.joint2 = await caseFor(system, tree.b1.id);
    await addCoverage(system, cases.joint1.enterpriseId, { orgId: joint.id, kind: 'joint', validFrom: '2020-01-01' });
    await addCoverage(system, cases.joint2.enterpriseId, { orgId: joint.id, kind: 'joint', validFrom: '2020-01-01' });
    cases.nonexistent = { caseId: 987654321, stepId: 987654321, enterpriseId: 987654321 };
    const other = await get().otherPark();
    cases.otherPark = await caseFor(other.system, (await createTestOrg(other.system)).id);
  });

  const send = (r: Route, cookie: string) => get().app.inject({ method: r.method, url: r.url, headers: { cookie }, ...(r.payload ? { payload: r.payload } : {}) });
  const ids = (res: { json(): { items: { id: number }[] } }) => res.json().items.map((i) => i.id);

  test('a secretary of branch a1 gets 404 for the cases of sibling b, ancestor root, other branch b1, another park and a nonexistent id, on every route', async () => {
    for (const target of [cases.b, cases.root, cases.b1, cases.otherPark, cases.nonexistent]) {
      for (const route of caseRoutes(target)) {
        const res = await send(route, secretary);
        assert.equal(res.statusCode, 404, `${route.method} ${route.url}: ${res.body}`);
        assert.deepEqual(res.json().error, { code: 'NOT_FOUND', message: '未找到该记录', details: [] }, 'nothing about the case leaks');
      }
    }
  });

  test('a secretary of branch a1 reaches its own enterprise\'s case on every route', async () => {
    const own = await caseFor(get().system, tree.a1.id);
    // Completion with open steps is a rule violation: the route was reached in scope.
    const expected = [200, 200, 200, 422, 200];
    for (const [i, route] of caseRoutes(own).entries()) {
      const res = await send(route, secretary);
      assert.equal(res.statusCode, expected[i], `${route.method} ${route.url}: ${res.body}`);
    }
  });

  test('a secretary\'s lists hold their subtree only; another subtree\'s enterprise as a filter or for a new case is 404 naming enterpriseId', async () => {
    const list = await send({ method: 'GET', url: '/api/v1/onboarding-cases?pageSize=200' }, secretary);
    assert.equal(list.statusCode, 200);
    assert.ok(ids(list).includes(cases.a1.caseId));
    assert.ok(![cases.b1, cases.b, cases.root, cases.joint1].some((c) => ids(list).includes(c.caseId)));
    const overdue = (await send({ method: 'GET', url: '/api/v1/onboarding-steps/overdue?pageSize=200' }, secretary)).json();
    assert.ok(overdue.items.some((s: { caseId: number }) => s.caseId === cases.a1.caseId));
    assert.ok(!overdue.items.some((s: { caseId: number }) => [cases.b1.caseId, cases.b.caseId, cases.root.caseId, cases.joint1.caseId].includes(s.caseId)));
    for (const enterpriseId of [cases.b1.enterpriseId, cases.root.enterpriseId, cases.otherPark.enterpriseId, 987654321]) {
      const filtered = await send({ method: 'GET', url: `/api/v1/onboarding-cases?enterpriseId=${enterpriseId}` }, secretary);
      assert.equal(filtered.statusCode, 404, filtered.body);
      assert.equal(filtered.json().error.details[0].field, 'enterpriseId');
      const created = await send({ method: 'POST', url: '/api/v1/onboarding-cases', payload: { enterpriseId, openedOn: today() } }, secretary);
      assert.equal(created.statusCode, 404, created.body);
      assert.equal(created.json().error.details[0].field, 'enterpriseId');
    }
  });

  test('an enterprise contact bound to one enterprise sees that enterprise\'s case only (not another the same joint branch covers) and cannot write (403)', async () => {
    const contact = await get().userWith([{ role: 'enterprise_contact', orgId: null }]);
    await setRoleAssignments(get().system, contact.userId, [{ role: 'enterprise_contact', orgId: null, enterpriseId: cases.joint1.enterpriseId }]);
    const list = await send({ method: 'GET', url: '/api/v1/onboarding-cases' }, contact.cookie);
    assert.deepEqual(ids(list), [cases.joint1.caseId]);
    const own = await send(caseRoutes(cases.joint1)[0], contact.cookie);
    assert.equal(own.statusCode, 200);
    assert.equal(own.json().overall.status, 'not_started');
    assert.equal(own.json().overall.nextSteps.length, 3);
    for (const other of [cases.joint2, cases.a1, cases.b1]) assert.equal((await send(caseRoutes(other)[0], contact.cookie)).statusCode, 404);
    for (const route of caseRoutes(cases.joint1).slice(1)) assert.equal((await send(route, contact.cookie)).statusCode, 403, `${route.method} ${route.url}`);
    const create = await send({ method: 'POST', url: '/api/v1/onboarding-cases', payload: { enterpriseId: cases.joint1.enterpriseId, openedOn: today() } }, contact.cookie);
    assert.equal(create.statusCode, 403);
    const overdue = (await send({ method: 'GET', url: '/api/v1/onboarding-steps/overdue?pageSize=200' }, contact.cookie)).json();
    assert.ok(overdue.total > 0 && overdue.items.every((s: { caseId: number }) => s.caseId === cases.joint1.caseId));
  });

  test('an enterprise contact bound to no enterprise holds onboarding.read nowhere: 403', async () => {
    const unbound = (await get().userWith([{ role: 'enterprise_contact', orgId: null }])).cookie;
    assert.equal((await send({ method: 'GET', url: '/api/v1/onboarding-cases' }, unbound)).statusCode, 403);
    assert.equal((await send(caseRoutes(cases.a1)[0], unbound)).statusCode, 403);
  });

  test('an instructor reads the case of an assigned enterprise but cannot write it (403)', async () => {
    const instructor = await get().userWith([{ role: 'instructor', orgId: null }]);
    await assignInstructor(get().system, { instructorUserId: instructor.userId, enterpriseId: cases.b1.enterpriseId, validFrom: today() });
    assert.equal((await send(caseRoutes(cases.b1)[0], instructor.cookie)).statusCode, 200);
    assert.equal((await send(caseRoutes(cases.a1)[0], instructor.cookie)).statusCode, 404);
    assert.equal((await send(caseRoutes(cases.b1)[1], instructor.cookie)).statusCode, 403);
  });

  test('a read-only leader gets 403 on writes; a write on a case readable but outside the write scope is 403', async () => {
    const leader = (await get().userWith([{ role: 'leader', orgId: tree.a.id }])).cookie;
    assert.equal((await send(caseRoutes(cases.a1)[0], leader)).statusCode, 200);
    for (const route of caseRoutes(cases.a1).slice(1)) assert.equal((await send(route, leader)).statusCode, 403, `${route.method} ${route.url}`);
    const mixed = (await get().userWith([{ role: 'leader', orgId: null }, { role: 'org_secretary', orgId: tree.a1.id }])).cookie;
    assert.equal((await send(caseRoutes(cases.b1)[0], mixed)).statusCode, 200);
    for (const route of caseRoutes(cases.b1).slice(1)) assert.equal((await send(route, mixed)).statusCode, 403, `${route.method} ${route.url}`);
    const create = await send({ method: 'POST', url: '/api/v1/onboarding-cases', payload: { enterpriseId: cases.b1.enterpriseId, openedOn: today() } }, mixed);
    assert.equal(create.statusCode, 403);
  });

  test('another park\'s case is 404 on every route even to a park-wide admin', async () => {
    const admin = (await get().userWith([{ role: 'park_admin', orgId: null }])).cookie;
    for (const route of caseRoutes(cases.otherPark)) assert.equal((await send(route, admin)).statusCode, 404, `${route.method} ${route.url}`);
    const list = await send({ method: 'GET', url: '/api/v1/onboarding-cases?pageSize=200' }, admin);
    assert.ok(!ids(list).includes(cases.otherPark.caseId));
    const create = await send({ method: 'POST', url: '/api/v1/onboarding-cases', payload: { enterpriseId: cases.otherPark.enterpriseId, openedOn: today() } }, admin);
    assert.equal(create.statusCode, 404);
  });
});
