import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestTree } from '../../../../test/factories.ts';
import { today } from '../../platform/paging.ts';
import { buildMemberInput, createTestMember } from './members.fixtures.ts';

/** Every member route, for a member id: method, url and body. */
function memberRoutes(id: number, tree: { a1: { id: number } }) {
  return [
    { method: 'GET' as const, url: `/api/v1/members/${id}` },
    { method: 'PATCH' as const, url: `/api/v1/members/${id}`, payload: { post: '委员' } },
    { method: 'POST' as const, url: `/api/v1/members/${id}/transfer`, payload: { toOrgId: tree.a1.id, effectiveOn: today() } },
    { method: 'POST' as const, url: `/api/v1/members/${id}/leave`, payload: { effectiveOn: today(), reason: 'leave' } },
    { method: 'POST' as const, url: `/api/v1/members/${id}/reveal`, payload: { field: 'idNumber' } },
  ];
}

describeWithApp('members scope', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let secretary: string;
  const ids = { a1: 0, b1: 0, a: 0 };
  before(async () => {
    tree = await createTestTree(get().system);
    secretary = (await get().userWith([{ role: 'org_secretary', orgId: tree.a1.id }])).cookie;
    ids.a1 = (await createTestMember(get().system, tree.a1.id, { name: '本支部' })).id;
    ids.b1 = (await createTestMember(get().system, tree.b1.id, { name: '兄弟支部' })).id;
    ids.a = (await createTestMember(get().system, tree.a.id, { name: '上级党委' })).id;
  });

  const send = (r: { method: 'GET' | 'PATCH' | 'POST'; url: string; payload?: object }, cookie: string) =>
    get().app.inject({ method: r.method, url: r.url, headers: { cookie }, ...(r.payload ? { payload: r.payload } : {}) });

  test('a secretary of branch a1 gets 404 for a member of sibling b1, of ancestor a, and a nonexistent id, on every member route', async () => {
    for (const id of [ids.b1, ids.a, 99999999]) {
      for (const route of memberRoutes(id, tree)) {
        const res = await send(route, secretary);
        assert.equal(res.statusCode, 404, `${route.method} ${route.url}: ${res.body}`);
        assert.deepEqual(res.json().error.code, 'NOT_FOUND');
        assert.deepEqual(res.json().error.details, [], 'nothing about the member leaks');
      }
    }
  });

  test('a secretary of branch a1 reaches their own member on every route', async () => {
    const own = (await createTestMember(get().system, tree.a1.id)).id;
    const routes = memberRoutes(own, tree);
    // Transfer within a1 itself is a rule violation (same org), which proves the route was reached in scope.
    const expected = [200, 200, 422, 200, 200];
    for (const [i, route] of routes.entries()) {
      const res = await send(route, secretary);
      assert.equal(res.statusCode, expected[i], `${route.method} ${route.url}: ${res.body}`);
    }
  });

  test('a secretary\'s roster and count hold their subtree only; another subtree as a filter is 404', async () => {
    const list = await get().app.inject({ url: '/api/v1/members?pageSize=200', headers: { cookie: secretary } });
    assert.equal(list.statusCode, 200);
    const seen = list.json().items.map((m: { id: number }) => m.id);
    assert.ok(seen.includes(ids.a1));
    assert.ok(!seen.includes(ids.b1) && !seen.includes(ids.a));
    const count = await get().app.inject({ url: '/api/v1/members-count', headers: { cookie: secretary } });
    assert.equal(count.json().count, list.json().total);
    for (const url of [`/api/v1/members?orgId=${tree.b1.id}`, `/api/v1/members?orgId=${tree.a.id}`, `/api/v1/members-count?orgId=${tree.b1.id}`]) {
      const res = await get().app.inject({ url, headers: { cookie: secretary } });
      assert.equal(res.statusCode, 404, url);
    }
  });

  test('a secretary cannot register a member in a sibling branch (404) and a read-only leader cannot register or change one (403)', async () => {
    const sibling = await get().app.inject({ method: 'POST', url: '/api/v1/members', headers: { cookie: secretary }, payload: buildMemberInput(tree.b1.id) });
    assert.equal(sibling.statusCode, 404);
    assert.equal(sibling.json().error.details[0].field, 'orgId');
    const leader = (await get().userWith([{ role: 'leader', orgId: tree.a1.id }])).cookie;
    const create = await get().app.inject({ method: 'POST', url: '/api/v1/members', headers: { cookie: leader }, payload: buildMemberInput(tree.a1.id) });
    assert.equal(create.statusCode, 403);
    const change = await send(memberRoutes(ids.a1, tree)[1], leader);
    assert.equal(change.statusCode, 403);
  });

  test('a write on a member readable but outside the write scope is 403', async () => {
    const user = (await get().userWith([{ role: 'leader', orgId: null }, { role: 'org_secretary', orgId: tree.a1.id }])).cookie;
    assert.equal((await send(memberRoutes(ids.b1, tree)[0], user)).statusCode, 200);
    assert.equal((await send(memberRoutes(ids.b1, tree)[1], user)).statusCode, 403);
  });

  test('a member transferred away from a1 is no longer visible to a1\'s secretary, whose branch figure for the past still counts them', async () => {
    const admin = (await get().userWith([{ role: 'park_admin', orgId: null }])).cookie;
    const member = await createTestMember(get().system, tree.a1.id, { joinedOn: '2019-01-01', convertedOn: '2020-01-01' });
    assert.equal((await send({ method: 'GET', url: `/api/v1/members/${member.id}` }, secretary)).statusCode, 200);
    const moved = await get().app.inject({ method: 'POST', url: `/api/v1/members/${member.id}/transfer`, headers: { cookie: admin }, payload: { toOrgId: tree.b1.id, effectiveOn: '2022-01-01' } });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal((await send({ method: 'GET', url: `/api/v1/members/${member.id}` }, secretary)).statusCode, 404);
    const before = await get().app.inject({ url: `/api/v1/members-count?orgId=${tree.a1.id}&asOf=2021-12-31`, headers: { cookie: admin } });
    const mine = await get().app.inject({ url: `/api/v1/members-count?orgId=${tree.a1.id}&asOf=2021-12-31`, headers: { cookie: secretary } });
    assert.equal(mine.json().count, before.json().count);
  });

  test('a member of another park is 404 even to a park-wide admin', async () => {
    const other = await get().otherPark();
    const { createTestOrg } = await import('../../../../test/factories.ts');
    const foreignOrg = await createTestOrg(other.system);
    const foreign = await createTestMember(other.system, foreignOrg.id);
    const admin = (await get().userWith([{ role: 'park_admin', orgId: null }])).cookie;
    for (const route of memberRoutes(foreign.id, tree)) {
      const res = await send(route, admin);
      assert.equal(res.statusCode, 404, `${route.method} ${route.url}: ${res.body}`);
    }
    const filtered = await get().app.inject({ url: `/api/v1/members?orgId=${foreignOrg.id}`, headers: { cookie: admin } });
    assert.equal(filtered.statusCode, 404);
  });
});
