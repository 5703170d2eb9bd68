import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { buildIdNumber, createTestTree } from '../../../../test/factories.ts';
import { createMember } from '../members/members.service.ts';
import { endMembership } from '../members/memberships.service.ts';

describeWithApp('figures API', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let leader: string;
  let secretary: string;
  before(async () => {
    const ctx = get();
    tree = await createTestTree(ctx.system);
    const join = async (orgId: number, seq: number) =>
      createMember(ctx.system, { name: `党员${seq}`, idNumber: buildIdNumber('1985-05-05', 'female', seq), joinedOn: '2018-03-01', status: 'full', convertedOn: '2019-03-01', orgId });
    await join(tree.a1.id, 1);
    await join(tree.a1.id, 2);
    const leaving = await join(tree.b1.id, 3);
    await endMembership(ctx.system, leaving.id, { effectiveOn: '2024-06-30', reason: 'leave' });
    leader = (await ctx.userWith([{ role: 'leader', orgId: null }])).cookie;
    secretary = (await ctx.userWith([{ role: 'org_secretary', orgId: tree.a.id }])).cookie;
  });

  test('GET /api/v1/figures gives F01 and F02 from records as of a date', async () => {
    const now = await get().app.inject({ url: '/api/v1/figures', headers: { cookie: leader } });
    assert.equal(now.statusCode, 200);
    const byId = Object.fromEntries(now.json().items.map((f: { id: string; values: Record<string, number> }) => [f.id, f.values]));
    assert.deepEqual(byId.F01, { orgs: 5 });
    assert.deepEqual(byId.F02, { members: 2 });
    const before = await get().app.inject({ url: '/api/v1/figures?asOf=2024-06-29', headers: { cookie: leader } });
    const earlier = Object.fromEntries(before.json().items.map((f: { id: string; values: Record<string, number> }) => [f.id, f.values]));
    assert.deepEqual(earlier.F02, { members: 3 }, 'the member who left on 2024-06-30 still counts the day before');
    assert.deepEqual(earlier.F01, { orgs: 5 });
  });

  test('GET /api/v1/figures/F02 lists exactly the records behind the value', async () => {
    const res = await get().app.inject({ url: '/api/v1/figures/F02?asOf=2024-06-29', headers: { cookie: leader } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().records.total, res.json().values.members);
    assert.deepEqual(res.json().records.items.map((r: { label: string }) => r.label).sort(), ['党员1', '党员2', '党员3']);
  });

  test('figures follow the caller\'s scope: a secretary of a counts a\'s subtree only', async () => {
    const res = await get().app.inject({ url: '/api/v1/figures/F01', headers: { cookie: secretary } });
    assert.equal(res.json().values.orgs, 2);
    assert.deepEqual(res.json().records.items.map((r: { id: number }) => r.id).sort(), [tree.a.id, tree.a1.id].sort());
    const members = await get().app.inject({ url: '/api/v1/figures/F02', headers: { cookie: secretary } });
    assert.equal(members.json().values.members, 2);
  });

  test('GET /api/v1/figures leaves out the figures a role may not read; asking for one directly is 403', async () => {
    const audit = (await get().userWith([{ role: 'audit_admin', orgId: null }])).cookie;
    const list = await get().app.inject({ url: '/api/v1/figures', headers: { cookie: audit } });
    assert.equal(list.statusCode, 200);
    assert.deepEqual(list.json().items, []);
    assert.equal((await get().app.inject({ url: '/api/v1/figures/F02', headers: { cookie: audit } })).statusCode, 403);
  });

  test('a figure the platform keeps no records for yet is 404 and says so', async () => {
    const res = await get().app.inject({ url: '/api/v1/figures/F59', headers: { cookie: leader } });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.details[0].field, 'id');
  });

  test('a malformed figure id is 400 naming id; no session is 401', async () => {
    assert.equal((await get().app.inject({ url: '/api/v1/figures/XYZ', headers: { cookie: leader } })).statusCode, 400);
    assert.equal((await get().app.inject({ url: '/api/v1/figures' })).statusCode, 401);
  });
});
