import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestTree } from '../../../../test/factories.ts';
import { createTestEnterprise, link } from './contacts.fixtures.ts';

/** The cadre relation scope: a cadre reaches the enterprises of their cadre pairings in force today. */
describeWithApp('cadre relation scope', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let linked: { id: number };
  let unlinked: { id: number };
  let ended: { id: number };
  let cadre: { userId: number; cookie: string };

  const read = (cookie: string, url: string) => get().app.inject({ url, headers: { cookie } });

  before(async () => {
    tree = await createTestTree(get().system);
    linked = await createTestEnterprise(get().system, tree.a1.id, '结对企业');
    unlinked = await createTestEnterprise(get().system, tree.a1.id, '未结对企业');
    ended = await createTestEnterprise(get().system, tree.b1.id, '曾结对企业');
    cadre = await get().userWith([{ role: 'cadre', orgId: null }]);
    await link(get().system, { kind: 'cadre_enterprise', userId: cadre.userId, enterpriseId: linked.id, validFrom: '2024-01-01' });
    const past = await link(get().system, { kind: 'cadre_enterprise', userId: cadre.userId, enterpriseId: ended.id, validFrom: '2023-01-01' });
    const { endLink } = await import('./contact-links.service.ts');
    await endLink(get().system, past.id, { validTo: '2024-01-01' });
    // The cadre's pairings were made after the login: sessions load relations fresh on every request.
  });

  test('a cadre bound to no org reads a paired enterprise with 200 and an unpaired one with 404', async () => {
    assert.equal((await read(cadre.cookie, `/api/v1/enterprises/${linked.id}`)).statusCode, 200);
    const other = await read(cadre.cookie, `/api/v1/enterprises/${unlinked.id}`);
    assert.equal(other.statusCode, 404);
    assert.deepEqual(Object.keys(other.json()), ['error']);
  });

  test('a pairing that has ended no longer reaches its enterprise: 404', async () => {
    assert.equal((await read(cadre.cookie, `/api/v1/enterprises/${ended.id}`)).statusCode, 404);
  });

  test('a cadre bound to no org lists only the paired enterprise, never the whole park, with 200', async () => {
    const res = await read(cadre.cookie, '/api/v1/enterprises?pageSize=200');
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().items.map((e: { id: number }) => e.id), [linked.id]);
    const links = await read(cadre.cookie, '/api/v1/contact-links?kind=cadre_enterprise');
    assert.deepEqual(links.json().items.map((l: { enterpriseId: number }) => l.enterpriseId), [linked.id]);
  });

  test('a cadre bound to an org reaches its subtree and their pairings elsewhere with 200', async () => {
    const bound = await get().userWith([{ role: 'cadre', orgId: tree.b.id }]);
    await link(get().system, { kind: 'cadre_enterprise', userId: bound.userId, enterpriseId: unlinked.id, validFrom: '2024-01-01' });
    assert.equal((await read(bound.cookie, `/api/v1/enterprises/${unlinked.id}`)).statusCode, 200);
    assert.equal((await read(bound.cookie, `/api/v1/enterprises/${ended.id}`)).statusCode, 200);
    assert.equal((await read(bound.cookie, `/api/v1/enterprises/${linked.id}`)).statusCode, 404);
  });
});
