import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestTree } from '../../../../test/factories.ts';
import { updateUser } from './users.repository.ts';

type Entry = { id: number; username: string; assignments: { role: string; orgId: number | null; orgName: string | null }[] };

describeWithApp('GET /api/v1/user-directory', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let parkAdmin: string;
  let secretaryOfA: string;
  const people: Record<string, { userId: number; username: string }> = {};
  const list = async (cookie: string, query = '') => {
    const res = await get().app.inject({ url: `/api/v1/user-directory?pageSize=200${query}`, headers: { cookie } });
    return { status: res.statusCode, body: res.json() as { items: Entry[]; total: number } };
  };
  const names = (items: Entry[]) => new Set(items.map((i) => i.username));

  before(async () => {
    tree = await createTestTree(get().system);
    parkAdmin = (await get().userWith([{ role: 'park_admin', orgId: null }])).cookie;
    secretaryOfA = (await get().userWith([{ role: 'org_secretary', orgId: tree.a.id }])).cookie;
    people.cadreA1 = await get().userWith([{ role: 'cadre', orgId: tree.a1.id }], { username: 'dir-cadre-a1' });
    people.cadreB1 = await get().userWith([{ role: 'cadre', orgId: tree.b1.id }], { username: 'dir-cadre-b1' });
    people.both = await get().userWith([{ role: 'leader', orgId: tree.b.id }, { role: 'instructor', orgId: tree.a1.id }], { username: 'dir-both' });
    people.security = await get().userWith([{ role: 'security_admin', orgId: null }], { username: 'dir-security' });
    people.disabled = await get().userWith([{ role: 'cadre', orgId: tree.a1.id }], { username: 'dir-disabled' });
    await updateUser(get().database.db, get().park.id, people.disabled.userId, { isDisabled: true });
  });

  test('a park-wide reader sees every active account, org-less ones included, with 200', async () => {
    const { status, body } = await list(parkAdmin);
    assert.equal(status, 200);
    const seen = names(body.items);
    for (const key of ['cadreA1', 'cadreB1', 'both', 'security']) assert.ok(seen.has(people[key].username), key);
    assert.ok(!seen.has(people.disabled.username));
  });

  test('a subtree reader sees only accounts bound inside it, and only those assignments, with 200', async () => {
    const { status, body } = await list(secretaryOfA);
    assert.equal(status, 200);
    const seen = names(body.items);
    assert.ok(seen.has(people.cadreA1.username));
    assert.ok(!seen.has(people.cadreB1.username));
    assert.ok(!seen.has(people.security.username));
    const both = body.items.find((i) => i.username === people.both.username);
    assert.deepEqual(both?.assignments.map((a) => [a.role, a.orgId]), [['instructor', tree.a1.id]]);
  });

  test('filters by role, by name and by an org subtree with 200', async () => {
    assert.deepEqual([...names((await list(parkAdmin, '&role=instructor')).body.items)], [people.both.username]);
    assert.deepEqual([...names((await list(parkAdmin, '&q=cadre-b1')).body.items)], [people.cadreB1.username]);
    const underB = names((await list(parkAdmin, `&orgId=${tree.b.id}`)).body.items);
    assert.ok(underB.has(people.cadreB1.username) && underB.has(people.both.username) && !underB.has(people.cadreA1.username));
  });

  test('an org outside the caller\'s reach answers 404; a caller without orgs.read gets 403', async () => {
    const outside = await get().app.inject({ url: `/api/v1/user-directory?orgId=${tree.b.id}`, headers: { cookie: secretaryOfA } });
    assert.equal(outside.statusCode, 404);
    assert.deepEqual(Object.keys(outside.json()), ['error']);
    const auditor = (await get().userWith([{ role: 'audit_admin', orgId: null }])).cookie;
    assert.equal((await list(auditor)).status, 403);
  });
});
