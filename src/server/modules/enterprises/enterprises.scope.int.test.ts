import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestOrg, createTestTree } from '../../../../test/factories.ts';
import { instructorAssignments } from '../../db/schema/index.ts';
import { replaceAssignments } from '../users/users.repository.ts';
import { addContact } from './contacts.service.ts';
import { addCoverage } from './coverage.service.ts';
import { addDesignation } from './designations.service.ts';
import { createTestEnterprise } from './enterprises.fixtures.ts';

type Route = { method: 'GET' | 'PATCH' | 'POST' | 'DELETE'; url: string; payload?: object };

/** Every route that aims at one unit (or one of its designations, links or contacts). */
function unitRoutes(ids: { unit: number; designation: number; link: number; contact: number }, orgId: number): Route[] {
  return [
    { method: 'GET', url: `/api/v1/enterprises/${ids.unit}` },
    { method: 'PATCH', url: `/api/v1/enterprises/${ids.unit}`, payload: { industry: '饮料制造业' } },
    { method: 'POST', url: `/api/v1/enterprises/${ids.unit}/designations`, payload: { designation: 'innovative_sme', validFrom: '2021-01-01' } },
    { method: 'POST', url: `/api/v1/enterprises/${ids.unit}/coverage`, payload: { orgId, kind: 'joint', validFrom: '2021-01-01' } },
    { method: 'POST', url: `/api/v1/enterprises/${ids.unit}/contacts`, payload: { name: '新联系人' } },
    { method: 'POST', url: `/api/v1/enterprise-designations/${ids.designation}/end`, payload: { validTo: '2030-01-01' } },
    { method: 'POST', url: `/api/v1/org-coverage/${ids.link}/end`, payload: { validTo: '2030-01-01' } },
    { method: 'DELETE', url: `/api/v1/enterprise-contacts/${ids.contact}` },
  ];
}

describeWithApp('enterprises scope', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let secretary: string;
  const units = { a1: 0, b1: 0, a: 0, coveredFromA1: 0, foreign: 0 };
  const targets = new Map<string, { unit: number; designation: number; link: number; contact: number }>();
  before(async () => {
    const { system } = get();
    tree = await createTestTree(system);
    secretary = (await get().userWith([{ role: 'org_secretary', orgId: tree.a1.id }])).cookie;
    // Each unit gets a designation, a coverage link by an org beside it and two contacts, so every route has a target.
    const arrange = async (ctx: typeof system, key: string, responsibleOrgId: number, coveringOrgId: number) => {
      const unit = await createTestEnterprise(ctx, responsibleOrgId);
      const designation = await addDesignation(ctx, unit.id, { designation: 'above_scale', validFrom: '2020-01-01' });
      const link = await addCoverage(ctx, unit.id, { orgId: coveringOrgId, kind: 'joint', validFrom: '2020-01-01' });
      const contact = await addContact(ctx, unit.id, { name: '联系人甲', phone: '13900001111' });
      await addContact(ctx, unit.id, { name: '联系人乙' });
      targets.set(key, { unit: unit.id, designation: designation.id, link: link.id, contact: contact.id });
      return unit.id;
    };
    const jointUnderA = await createTestOrg(system, { parentId: tree.a.id, kind: 'joint_branch', foundedOn: '2018-01-01' });
    const jointUnderB = await createTestOrg(system, { parentId: tree.b.id, kind: 'joint_branch', foundedOn: '2018-01-01' });
    const jointUnderRoot = await createTestOrg(system, { parentId: tree.root.id, kind: 'joint_branch', foundedOn: '2018-01-01' });
    units.a1 = await arrange(system, 'a1', tree.a1.id, jointUnderA.id);
    units.b1 = await arrange(system, 'b1', tree.b1.id, jointUnderB.id);
    units.a = await arrange(system, 'a', tree.a.id, jointUnderRoot.id);
    // Responsible to b1, but a1 itself covers it (own): inside a1's scope through coverage.
    units.coveredFromA1 = (await createTestEnterprise(system, tree.b1.id)).id;
    await addCoverage(system, units.coveredFromA1, { orgId: tree.a1.id, kind: 'own', validFrom: '2020-01-01' });
    const other = await get().otherPark();
    const foreignOrg = await createTestOrg(other.system);
    const foreignJoint = await createTestOrg(other.system, { parentId: foreignOrg.id, kind: 'joint_branch', foundedOn: '2018-01-01' });
    units.foreign = await arrange(other.system, 'foreign', foreignOrg.id, foreignJoint.id);
  });

  const send = (r: Route, cookie: string) => get().app.inject({ method: r.method, url: r.url, headers: { cookie }, ...(r.payload ? { payload: r.payload } : {}) });
  const visibleIds = async (cookie: string, query = '') => {
    const res = await get().app.inject({ url: `/api/v1/enterprises?pageSize=200${query}`, headers: { cookie } });
    assert.equal(res.statusCode, 200, res.body);
    return res.json().items.map((e: { id: number }) => e.id).sort();
  };

  test('a secretary of a1 lists the units whose responsible org is in a1\'s subtree or that an org there covers', async () => {
    assert.deepEqual(await visibleIds(secretary), [units.a1, units.coveredFromA1].sort());
    assert.deepEqual(await visibleIds(secretary, `&responsibleOrgId=${tree.a1.id}`), [units.a1]);
    for (const orgId of [tree.b1.id, tree.a.id]) {
      const res = await get().app.inject({ url: `/api/v1/enterprises?responsibleOrgId=${orgId}`, headers: { cookie: secretary } });
      assert.equal(res.statusCode, 404, String(orgId));
    }
  });

  test('a secretary of a1 gets 404 for b1\'s, a\'s and another park\'s units and a nonexistent id, on every unit route, with nothing in the body', async () => {
    const nonexistent = { unit: 99999999, designation: 99999999, link: 99999999, contact: 99999999 };
    for (const ids of [targets.get('b1'), targets.get('a'), targets.get('foreign'), nonexistent]) {
      assert.ok(ids);
      for (const route of unitRoutes(ids, tree.a1.id)) {
        const res = await send(route, secretary);
        assert.equal(res.statusCode, 404, `${route.method} ${route.url}: ${res.body}`);
        assert.deepEqual(res.json().error.details, [], 'nothing about the unit leaks');
      }
    }
  });

  test('a secretary of a1 reaches their own unit on every route, and a unit covered from a1', async () => {
    const own = targets.get('a1');
    assert.ok(own);
    // joint coverage by a1 (a branch) breaks the kind rule: 422 shows the route was reached in scope.
    const expected = [200, 200, 201, 422, 201, 200, 200, 204];
    for (const [i, route] of unitRoutes(own, tree.a1.id).entries()) {
      const res = await send(route, secretary);
      assert.equal(res.statusCode, expected[i], `${route.method} ${route.url}: ${res.body}`);
    }
    assert.equal((await send({ method: 'GET', url: `/api/v1/enterprises/${units.coveredFromA1}` }, secretary)).statusCode, 200);
    assert.equal((await send({ method: 'PATCH', url: `/api/v1/enterprises/${units.coveredFromA1}`, payload: { employees: 80 } }, secretary)).statusCode, 200);
  });

  test('another park\'s unit is 404 even to a park-wide admin', async () => {
    const admin = (await get().userWith([{ role: 'park_admin', orgId: null }])).cookie;
    const foreign = targets.get('foreign');
    assert.ok(foreign);
    for (const route of unitRoutes(foreign, tree.a1.id)) {
      assert.equal((await send(route, admin)).statusCode, 404, `${route.method} ${route.url}`);
    }
    assert.ok(!(await visibleIds(admin)).includes(units.foreign));
  });

  test('roles without enterprises.read get 403 on reads; read-only roles get 403 on writes', async () => {
    const gridWorker = (await get().userWith([{ role: 'grid_worker', orgId: tree.a1.id }])).cookie;
    const leader = (await get().userWith([{ role: 'leader', orgId: tree.a1.id }])).cookie;
    const own = targets.get('a1');
    assert.ok(own);
    assert.equal((await get().app.inject({ url: '/api/v1/enterprises', headers: { cookie: gridWorker } })).statusCode, 403);
    assert.equal((await send({ method: 'GET', url: `/api/v1/enterprises/${own.unit}` }, gridWorker)).statusCode, 403);
    assert.equal((await send({ method: 'GET', url: `/api/v1/enterprises/${own.unit}` }, leader)).statusCode, 200);
    for (const route of unitRoutes(own, tree.a1.id).slice(1)) {
      assert.equal((await send(route, leader)).statusCode, 403, `${route.method} ${route.url}`);
    }
    const create = await get().app.inject({ method: 'POST', url: '/api/v1/enterprises', headers: { cookie: leader }, payload: { uscc: 'x', unitKind: 'enterprise', name: '只读', responsibleOrgId: tree.a1.id } });
    assert.equal(create.statusCode, 403);
  });

  test('a unit readable but outside the write scope is 403 to write', async () => {
    const user = (await get().userWith([{ role: 'leader', orgId: null }, { role: 'org_secretary', orgId: tree.a1.id }])).cookie;
    const sibling = targets.get('b1');
    assert.ok(sibling);
    assert.equal((await send({ method: 'GET', url: `/api/v1/enterprises/${sibling.unit}` }, user)).statusCode, 200);
    for (const route of unitRoutes(sibling, tree.a1.id).slice(1)) {
      assert.equal((await send(route, user)).statusCode, 403, `${route.method} ${route.url}`);
    }
  });

  test('an instructor without an org sees the units assigned to them today, not those whose assignment ended', async () => {
    const instructor = await get().userWith([{ role: 'instructor', orgId: null }]);
    await get().database.db.insert(instructorAssignments).values([
      { tenantId: get().park.id, instructorUserId: instructor.userId, enterpriseId: units.b1, validFrom: '2020-01-01' },
      { tenantId: get().park.id, instructorUserId: instructor.userId, enterpriseId: units.a, validFrom: '2019-01-01', validTo: '2020-01-01' },
    ]);
    // The relation reaches the assigned unit itself; the ended assignment reaches nothing.
    assert.deepEqual(await visibleIds(instructor.cookie), [units.b1]);
    assert.equal((await send({ method: 'GET', url: `/api/v1/enterprises/${units.b1}` }, instructor.cookie)).statusCode, 200);
    for (const id of [units.a, units.a1, units.coveredFromA1, 99999999]) {
      assert.equal((await send({ method: 'GET', url: `/api/v1/enterprises/${id}` }, instructor.cookie)).statusCode, 404, String(id));
    }
    assert.equal((await send({ method: 'PATCH', url: `/api/v1/enterprises/${units.b1}`, payload: {} }, instructor.cookie)).statusCode, 403);
  });

  test('an instructor\'s relation opens the orgs covering their unit, but not the other units those orgs reach', async () => {
    const instructor = await get().userWith([{ role: 'instructor', orgId: null }]);
    await get().database.db.insert(instructorAssignments).values({ tenantId: get().park.id, instructorUserId: instructor.userId, enterpriseId: units.coveredFromA1, validFrom: '2020-01-01' });
    assert.deepEqual(await visibleIds(instructor.cookie), [units.coveredFromA1]);
    const detail = await send({ method: 'GET', url: `/api/v1/enterprises/${units.coveredFromA1}` }, instructor.cookie);
    assert.deepEqual(detail.json().coveringOrgs, [{ id: tree.a1.id, name: tree.a1.name, kind: 'own' }], 'the covering org is named');
    assert.equal((await send({ method: 'GET', url: `/api/v1/orgs/${tree.a1.id}` }, instructor.cookie)).statusCode, 200);
    assert.equal((await send({ method: 'GET', url: `/api/v1/enterprises/${units.a1}` }, instructor.cookie)).statusCode, 404);
  });

  test('an enterprise contact bound to a unit sees that unit only', async () => {
    const contact = await get().userWith([]);
    await replaceAssignments(get().database.db, get().park.id, contact.userId, [{ role: 'enterprise_contact', orgId: null, enterpriseId: units.a }]);
    // Unit a is responsible to a and covered by a joint branch under root: neither opens other units to the contact.
    assert.deepEqual(await visibleIds(contact.cookie), [units.a]);
    const detail = await send({ method: 'GET', url: `/api/v1/enterprises/${units.a}` }, contact.cookie);
    assert.equal(detail.statusCode, 200);
    assert.equal(detail.json().responsibleOrg.name, null, 'the responsible org lies outside the contact\'s org scope');
    for (const id of [units.a1, units.b1, units.coveredFromA1, 99999999]) {
      assert.equal((await send({ method: 'GET', url: `/api/v1/enterprises/${id}` }, contact.cookie)).statusCode, 404, String(id));
    }
    assert.equal((await send({ method: 'PATCH', url: `/api/v1/enterprises/${units.a}`, payload: {} }, contact.cookie)).statusCode, 403);
  });
});
