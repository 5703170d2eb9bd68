import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestTree } from '../../../../test/factories.ts';
import { createPlace } from './places.service.ts';

/**
 * Scope: a place lies where its responsible org lies. Users bound to branch a1 of the test tree see a1's places
 * and nothing of sibling b1's, ancestor a's or another park's, on every route.
 */
describeWithApp('places API scope', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let admin: string;
  let gridWorker: string;
  let secretary: string;
  /** Under org a (ancestor of a1): a community; under a1: its compound, building, household. */
  let mine: { community: number; compound: number; building: number; household: number };
  /** Places a1-bound users must not see: sibling b1's compound and building, ancestor a's community, a place with no org. */
  let hidden: { sibling: number; siblingBuilding: number; ancestor: number; orgless: number };
  const nonexistent = 987654321;

  const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    get().app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  /** Every route aimed at one place: read, list its children, create under it, change it, delete it. */
  const everyRoute = (id: number) =>
    [
      ['GET', `/api/v1/places/${id}`, undefined],
      ['GET', `/api/v1/places?parentId=${id}`, undefined],
      ['POST', '/api/v1/places', { parentId: id, kind: 'building', code: `SCOPE-${id}`, name: '越权楼栋' }],
      ['PATCH', `/api/v1/places/${id}`, { name: '越权改名' }],
      ['DELETE', `/api/v1/places/${id}`, undefined],
    ] as const;

  before(async () => {
    const ctx = get();
    tree = await createTestTree(ctx.system);
    admin = (await ctx.userWith([{ role: 'park_admin', orgId: null }])).cookie;
    gridWorker = (await ctx.userWith([{ role: 'grid_worker', orgId: tree.a1.id }])).cookie;
    secretary = (await ctx.userWith([{ role: 'org_secretary', orgId: tree.a1.id }])).cookie;
    const place = (input: Parameters<typeof createPlace>[1]) => createPlace(ctx.system, input);
    const community = await place({ parentId: null, kind: 'community', code: 'S-C-A', name: '红园社区', orgId: tree.a.id });
    const compound = await place({ parentId: community.id, kind: 'compound', code: 'S-P-A1', name: '红园一区', orgId: tree.a1.id });
    const building = await place({ parentId: compound.id, kind: 'building', code: 'S-B-A1', name: '1 栋' });
    const household = await place({ parentId: building.id, kind: 'household', code: 'S-H-A1', name: '1-101' });
    const sibling = await place({ parentId: community.id, kind: 'compound', code: 'S-P-B1', name: '红园二区', orgId: tree.b1.id });
    const siblingBuilding = await place({ parentId: sibling.id, kind: 'building', code: 'S-B-B1', name: '2 栋' });
    const orgless = await place({ parentId: null, kind: 'community', code: 'S-C-NONE', name: '未归属社区' });
    mine = { community: community.id, compound: compound.id, building: building.id, household: household.id };
    hidden = { sibling: sibling.id, siblingBuilding: siblingBuilding.id, ancestor: community.id, orgless: orgless.id };
  });

  test('a grid worker of a1 sees a1\'s places: its compound is its root, the community is left out of ancestors', async () => {
    const roots = await call(gridWorker, 'GET', '/api/v1/places?roots=true');
    assert.equal(roots.statusCode, 200);
    assert.deepEqual(roots.json().items.map((p: { id: number }) => p.id), [mine.compound]);
    const all = await call(gridWorker, 'GET', '/api/v1/places?pageSize=200');
    assert.deepEqual(all.json().items.map((p: { id: number }) => p.id).sort(), [mine.compound, mine.building, mine.household].sort());
    const detail = await call(gridWorker, 'GET', `/api/v1/places/${mine.household}`);
    assert.equal(detail.statusCode, 200);
    assert.deepEqual(detail.json().ancestors.map((a: { id: number }) => a.id), [mine.compound, mine.building]);
  });

  test('a grid worker of a1 gets 404 on sibling b1\'s, ancestor a\'s, org-less and nonexistent places on every route', async () => {
    for (const id of [hidden.sibling, hidden.siblingBuilding, hidden.ancestor, hidden.orgless, nonexistent]) {
      for (const [method, url, payload] of everyRoute(id)) {
        const res = await call(gridWorker, method, url, payload);
        assert.equal(res.statusCode, 404, `${method} ${url}: ${res.body}`);
        assert.equal(res.json().error.code, 'NOT_FOUND');
      }
    }
  });

  test('a grid worker of a1 writes a1\'s places: creates with 201, changes with 200, deletes with 204', async () => {
    const created = await call(gridWorker, 'POST', '/api/v1/places', { parentId: mine.building, kind: 'household', code: 'S-H-GW', name: '1-102' });
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().orgId, tree.a1.id);
    const changed = await call(gridWorker, 'PATCH', `/api/v1/places/${created.json().id}`, { name: '1-103' });
    assert.equal(changed.statusCode, 200, changed.body);
    const deleted = await call(gridWorker, 'DELETE', `/api/v1/places/${created.json().id}`);
    assert.equal(deleted.statusCode, 204);
  });

  test('a grid worker cannot hand a place to an org it cannot read (404) nor make one with no org (403)', async () => {
    const toSibling = await call(gridWorker, 'PATCH', `/api/v1/places/${mine.building}`, { orgId: tree.b1.id });
    assert.equal(toSibling.statusCode, 404);
    assert.equal(toSibling.json().error.details[0].field, 'orgId');
    const toAncestor = await call(gridWorker, 'POST', '/api/v1/places', { parentId: mine.compound, kind: 'building', code: 'S-B-ANC', name: '3 栋', orgId: tree.a.id });
    assert.equal(toAncestor.statusCode, 404);
    const orgless = await call(gridWorker, 'POST', '/api/v1/places', { parentId: null, kind: 'community', code: 'S-C-GW', name: '网格员社区' });
    assert.equal(orgless.statusCode, 403);
    const dropOrg = await call(gridWorker, 'PATCH', `/api/v1/places/${mine.building}`, { orgId: null });
    assert.equal(dropOrg.statusCode, 403);
  });

  test('an org secretary of a1 reads a1\'s places and gets 404 on the others\' on the read routes', async () => {
    assert.equal((await call(secretary, 'GET', `/api/v1/places/${mine.compound}`)).statusCode, 200);
    for (const id of [hidden.sibling, hidden.ancestor, hidden.orgless, nonexistent]) {
      for (const [method, url] of everyRoute(id).filter(([m]) => m === 'GET')) {
        const res = await call(secretary, method, url);
        assert.equal(res.statusCode, 404, `${method} ${url}`);
      }
    }
  });

  test('an org secretary, who may write places nowhere, gets 403 on every write route whatever the target', async () => {
    for (const id of [mine.compound, hidden.sibling, hidden.ancestor, nonexistent]) {
      for (const [method, url, payload] of everyRoute(id).filter(([m]) => m !== 'GET')) {
        const res = await call(secretary, method, url, payload);
        assert.equal(res.statusCode, 403, `${method} ${url}: ${res.body}`);
        assert.equal(res.json().error.code, 'FORBIDDEN');
      }
    }
  });

  test('a place the caller can read but not write is 403 on the write routes', async () => {
    const reader = (await get().userWith([{ role: 'grid_worker', orgId: tree.a1.id }, { role: 'leader', orgId: tree.root.id }])).cookie;
    assert.equal((await call(reader, 'GET', `/api/v1/places/${hidden.sibling}`)).statusCode, 200);
    for (const [method, url, payload] of everyRoute(hidden.sibling).filter(([m]) => m !== 'GET')) {
      const res = await call(reader, method, url, payload);
      assert.equal(res.statusCode, 403, `${method} ${url}: ${res.body}`);
    }
    const handOff = await call(reader, 'PATCH', `/api/v1/places/${mine.building}`, { orgId: tree.b1.id });
    assert.equal(handOff.statusCode, 403, 'moving a place out of one\'s write scope');
  });

  test('a place without an org is seen by park-wide users only', async () => {
    const res = await call(admin, 'GET', `/api/v1/places/${hidden.orgless}`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().orgId, null);
  });

  test('a place of another park is 404 to a park-wide admin on every route', async () => {
    const other = await get().otherPark();
    const foreign = await createPlace(other.system, { parentId: null, kind: 'community', code: 'S-C-A', name: '别园社区' });
    for (const [method, url, payload] of everyRoute(foreign.id)) {
      const res = await call(admin, method, url, payload);
      assert.equal(res.statusCode, 404, `${method} ${url}: ${res.body}`);
    }
    const list = await call(admin, 'GET', '/api/v1/places?q=别园');
    assert.equal(list.json().total, 0);
  });
});
