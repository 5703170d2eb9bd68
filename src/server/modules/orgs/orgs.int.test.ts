import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestTree } from '../../../../test/factories.ts';

describeWithApp('orgs API', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let admin: string;
  before(async () => {
    tree = await createTestTree(get().system);
    admin = (await get().userWith([{ role: 'park_admin', orgId: null }])).cookie;
  });

  test('GET /api/v1/orgs lists the children of an org with total', async () => {
    const res = await get().app.inject({ url: `/api/v1/orgs?parentId=${tree.root.id}`, headers: { cookie: admin } });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.total, 2);
    assert.deepEqual(body.items.map((o: { id: number }) => o.id).sort(), [tree.a.id, tree.b.id].sort());
    assert.equal(body.items[0].childCount, 1);
  });

  test('POST /api/v1/orgs founds a branch under a committee with 201 and audits it', async () => {
    const res = await get().app.inject({
      method: 'POST',
      url: '/api/v1/orgs',
      headers: { cookie: admin },
      payload: { parentId: tree.a.id, code: 'NEW-1', kind: 'branch', name: '中共测试新支部委员会', foundedOn: '2020-05-01' },
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().parentId, tree.a.id);
    const audit = await get().database.db.execute(`SELECT action FROM audit_log WHERE tenant_id = ${get().park.id} AND object_id = '${res.json().id}'`);
    assert.deepEqual((audit as unknown as { rows: { action: string }[] }).rows.map((r) => r.action), ['org.create']);
  });

  test('POST /api/v1/orgs refuses a committee under a branch with 422 naming the field', async () => {
    const res = await get().app.inject({
      method: 'POST',
      url: '/api/v1/orgs',
      headers: { cookie: admin },
      payload: { parentId: tree.a1.id, code: 'BAD-1', kind: 'committee', name: '中共错误委员会', foundedOn: '2020-05-01' },
    });
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().error.code, 'RULE_VIOLATION');
    assert.equal(res.json().error.details[0].field, 'kind');
  });

  test('POST /api/v1/orgs refuses unknown fields and wrong types with 400 naming them', async () => {
    const res = await get().app.inject({
      method: 'POST',
      url: '/api/v1/orgs',
      headers: { cookie: admin },
      payload: { parentId: 'x', code: 'BAD-2', kind: 'branch', name: '中共错误支部', foundedOn: '2020-05-01', extra: 1 },
    });
    assert.equal(res.statusCode, 400);
    const fields = res.json().error.details.map((d: { field: string }) => d.field);
    assert.ok(fields.includes('parentId'), JSON.stringify(fields));
    assert.ok(fields.includes('extra'), JSON.stringify(fields));
  });

  test('POST /api/v1/orgs answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const res = await get().app.inject({ method: 'POST', url: '/api/v1/orgs', headers: { cookie: admin, 'content-type': 'application/json' }, payload: '{"parentId":' });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'MALFORMED_JSON');
  });

  test('a move is dated: the tree as of the day before still shows the old parent', async () => {
    const ctx = get();
    const created = await ctx.app.inject({ method: 'POST', url: '/api/v1/orgs', headers: { cookie: admin }, payload: { parentId: tree.a.id, code: 'MOVE-1', kind: 'branch', name: '中共迁移支部', foundedOn: '2019-01-01' } });
    const id = created.json().id;
    const moved = await ctx.app.inject({ method: 'POST', url: `/api/v1/orgs/${id}/move`, headers: { cookie: admin }, payload: { parentId: tree.b.id, effectiveOn: '2021-06-01', note: '调整隶属关系' } });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().parentId, tree.b.id);
    const before = await ctx.app.inject({ url: `/api/v1/orgs/${id}?asOf=2021-05-31`, headers: { cookie: admin } });
    assert.equal(before.json().parentId, tree.a.id);
    const childrenOfA = await ctx.app.inject({ url: `/api/v1/orgs?parentId=${tree.a.id}&asOf=2020-01-01`, headers: { cookie: admin } });
    assert.ok(childrenOfA.json().items.some((o: { id: number }) => o.id === id));
    assert.equal(moved.json().history.length, 2);
  });

  test('a rename keeps the old name in force before its date', async () => {
    const ctx = get();
    const res = await ctx.app.inject({ method: 'POST', url: `/api/v1/orgs/${tree.b1.id}/rename`, headers: { cookie: admin }, payload: { name: '中共改名后支部委员会', effectiveOn: '2022-01-01' } });
    assert.equal(res.statusCode, 200, res.body);
    const old = await ctx.app.inject({ url: `/api/v1/orgs/${tree.b1.id}?asOf=2021-12-31`, headers: { cookie: admin } });
    assert.notEqual(old.json().name, '中共改名后支部委员会');
    assert.equal(res.json().name, '中共改名后支部委员会');
  });

  test('a secretary of branch a1 gets 404 for sibling b1, ancestor a and a nonexistent org', async () => {
    const ctx = get();
    const secretary = (await ctx.userWith([{ role: 'org_secretary', orgId: tree.a1.id }])).cookie;
    assert.equal((await ctx.app.inject({ url: `/api/v1/orgs/${tree.a1.id}`, headers: { cookie: secretary } })).statusCode, 200);
    for (const id of [tree.b1.id, tree.a.id, tree.root.id, 99999999]) {
      const res = await ctx.app.inject({ url: `/api/v1/orgs/${id}`, headers: { cookie: secretary } });
      assert.equal(res.statusCode, 404, `org ${id}`);
      assert.equal(res.json().error.code, 'NOT_FOUND');
    }
    const list = await ctx.app.inject({ url: '/api/v1/orgs?roots=true', headers: { cookie: secretary } });
    assert.deepEqual(list.json().items.map((o: { id: number }) => o.id), [tree.a1.id]);
  });

  test('an org of another park is 404 even to a park-wide admin', async () => {
    const ctx = get();
    const other = await ctx.otherPark();
    const { createTestOrg } = await import('../../../../test/factories.ts');
    const foreign = await createTestOrg(other.system);
    const res = await ctx.app.inject({ url: `/api/v1/orgs/${foreign.id}`, headers: { cookie: admin } });
    assert.equal(res.statusCode, 404);
  });

  test('GET /api/v1/orgs without a session is 401', async () => {
    const res = await get().app.inject({ url: '/api/v1/orgs' });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().error.code, 'UNAUTHENTICATED');
  });
});
