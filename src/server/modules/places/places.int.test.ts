import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { buildIdNumber, createTestOrg, createTestTree } from '../../../../test/factories.ts';
import { auditLog, members } from '../../db/schema/index.ts';

describeWithApp('places API', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let admin: string;
  let memberSeq = 0;

  const post = (cookie: string, payload: unknown) => get().app.inject({ method: 'POST', url: '/api/v1/places', headers: { cookie }, payload: payload as object });
  const patch = (cookie: string, id: number, payload: unknown) => get().app.inject({ method: 'PATCH', url: `/api/v1/places/${id}`, headers: { cookie }, payload: payload as object });
  const read = (cookie: string, url: string) => get().app.inject({ url, headers: { cookie } });
  const fields = (body: { error: { details: { field?: string }[] } }) => body.error.details.map((d) => d.field);

  async function created(payload: Record<string, unknown>): Promise<{ id: number; orgId: number | null; orgName: string | null; depth: number }> {
    const res = await post(admin, payload);
    assert.equal(res.statusCode, 201, res.body);
    return res.json();
  }

  /** A member row written directly: the members module is not this module's to call; only the row is needed. */
  async function insertMember(name: string, householdId: number | null = null): Promise<number> {
    const { cipher, database, park } = get();
    const idNumber = buildIdNumber('1980-01-01', 'male', ++memberSeq);
    const [row] = await database.db
      .insert(members)
      .values({ tenantId: park.id, name, namePinyin: 'ceshi', nameInitials: 'cs', sex: 'male', birthDate: '1980-01-01', idNumberEnc: cipher.encrypt(idNumber), idNumberHash: cipher.hash(idNumber), idNumberMasked: `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`, joinedOn: '2005-07-01', status: 'full', householdId })
      .returning({ id: members.id });
    return row.id;
  }

  async function auditActions(objectId: number): Promise<string[]> {
    const rows = await get().database.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.tenantId, get().park.id), eq(auditLog.objectType, 'place'), eq(auditLog.objectId, String(objectId)))).orderBy(auditLog.seq);
    return rows.map((r) => r.action);
  }

  /** community → compound → building → household, each the next one's parent. */
  async function createChain(prefix: string) {
    const community = await created({ parentId: null, kind: 'community', code: `${prefix}-C`, name: `${prefix}社区`, orgId: tree.a.id });
    const compound = await created({ parentId: community.id, kind: 'compound', code: `${prefix}-P`, name: `${prefix}小区`, orgId: tree.a1.id });
    const building = await created({ parentId: compound.id, kind: 'building', code: `${prefix}-B`, name: '1 栋', address: '幸福路 1 号' });
    const household = await created({ parentId: building.id, kind: 'household', code: `${prefix}-H`, name: '1-101' });
    return { community, compound, building, household };
  }

  before(async () => {
    tree = await createTestTree(get().system);
    admin = (await get().userWith([{ role: 'park_admin', orgId: null }])).cookie;
  });

  test('POST /api/v1/places creates the four levels with 201, depth from the path, and audits each', async () => {
    const chain = await createChain('LVL');
    assert.deepEqual([chain.community.depth, chain.compound.depth, chain.building.depth, chain.household.depth], [0, 1, 2, 3]);
    const detail = await read(admin, `/api/v1/places/${chain.household.id}`);
    assert.equal(detail.statusCode, 200);
    assert.deepEqual(detail.json().ancestors.map((a: { id: number }) => a.id), [chain.community.id, chain.compound.id, chain.building.id]);
    assert.deepEqual(detail.json().ancestors.map((a: { kind: string }) => a.kind), ['community', 'compound', 'building']);
    assert.deepEqual(await auditActions(chain.household.id), ['place.create']);
  });

  test('a place without an org inherits its parent\'s on create; a given org wins', async () => {
    const chain = await createChain('INH');
    assert.equal(chain.building.orgId, tree.a1.id);
    assert.equal(chain.household.orgId, tree.a1.id);
    assert.equal(chain.household.orgName, chain.compound.orgName);
    const own = await created({ parentId: chain.compound.id, kind: 'building', code: 'INH-B2', name: '2 栋', orgId: tree.b1.id });
    assert.equal(own.orgId, tree.b1.id);
  });

  test('POST /api/v1/places refuses a wrong parent kind with 422 naming kind or parentId', async () => {
    const chain = await createChain('KIND');
    const cases: [Record<string, unknown>, string][] = [
      [{ parentId: null, kind: 'compound', code: 'K1', name: '无社区小区' }, 'parentId'],
      [{ parentId: chain.community.id, kind: 'community', code: 'K2', name: '子社区' }, 'parentId'],
      [{ parentId: chain.compound.id, kind: 'household', code: 'K3', name: '跳级户' }, 'kind'],
      [{ parentId: chain.community.id, kind: 'building', code: 'K4', name: '跳级楼' }, 'kind'],
      [{ parentId: chain.household.id, kind: 'household', code: 'K5', name: '户下户' }, 'kind'],
    ];
    for (const [payload, field] of cases) {
      const res = await post(admin, payload);
      assert.equal(res.statusCode, 422, `${payload.code}: ${res.body}`);
      assert.equal(res.json().error.code, 'RULE_VIOLATION');
      assert.deepEqual(fields(res.json()), [field], String(payload.code));
    }
  });

  test('a code taken in the park is refused with 409 naming code, on create and on update', async () => {
    const chain = await createChain('DUP');
    const res = await post(admin, { parentId: null, kind: 'community', code: 'DUP-C', name: '重复社区' });
    assert.equal(res.statusCode, 409);
    assert.deepEqual(fields(res.json()), ['code']);
    const renamed = await patch(admin, chain.household.id, { code: 'DUP-B' });
    assert.equal(renamed.statusCode, 409);
    assert.deepEqual(fields(renamed.json()), ['code']);
  });

  test('bad input is refused with 400 naming the field: unknown fields, wrong types, bad kinds and queries', async () => {
    const res = await post(admin, { parentId: 'x', kind: 'village', code: 'BAD 1', name: '', extra: 1 });
    assert.equal(res.statusCode, 400);
    const named = fields(res.json());
    for (const f of ['parentId', 'kind', 'code', 'name', 'extra']) assert.ok(named.includes(f), `${f} in ${JSON.stringify(named)}`);
    const badPatch = await patch(admin, tree.a.id, { kind: 'community', orgId: 'a1' });
    assert.equal(badPatch.statusCode, 400);
    assert.ok(fields(badPatch.json()).includes('kind'));
    assert.ok(fields(badPatch.json()).includes('orgId'));
    const badQuery = await read(admin, '/api/v1/places?pageSize=0&colour=red');
    assert.equal(badQuery.statusCode, 400);
    assert.ok(fields(badQuery.json()).includes('colour'));
    assert.ok(fields(badQuery.json()).includes('pageSize'));
    assert.equal((await read(admin, '/api/v1/places/abc')).statusCode, 400);
  });

  test('malformed JSON is answered with 400 MALFORMED_JSON', async () => {
    const res = await get().app.inject({ method: 'POST', url: '/api/v1/places', headers: { cookie: admin, 'content-type': 'application/json' }, payload: '{"parentId":' });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'MALFORMED_JSON');
  });

  test('an org that does not exist is 404 naming orgId; a dissolved one is 422', async () => {
    const missing = await post(admin, { parentId: null, kind: 'community', code: 'NOORG', name: '无组织社区', orgId: 987654321 });
    assert.equal(missing.statusCode, 404);
    assert.deepEqual(fields(missing.json()), ['orgId']);
    const gone = await createTestOrg(get().system, { parentId: tree.a.id, kind: 'branch', foundedOn: '2018-01-01' });
    const { dissolveOrg } = await import('../orgs/orgs.service.ts');
    await dissolveOrg(get().system, gone.id, { effectiveOn: '2019-01-01' });
    const dissolved = await post(admin, { parentId: null, kind: 'community', code: 'GONEORG', name: '撤销组织社区', orgId: gone.id });
    assert.equal(dissolved.statusCode, 422);
    assert.deepEqual(fields(dissolved.json()), ['orgId']);
  });

  test('PATCH /api/v1/places/:id changes name, address and org with 200 and audits before and after', async () => {
    const chain = await createChain('UPD');
    const res = await patch(admin, chain.building.id, { name: '1 号楼', address: '幸福路 3 号', orgId: tree.b1.id });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().name, '1 号楼');
    assert.equal(res.json().orgId, tree.b1.id);
    assert.equal(res.json().orgName, tree.b1.name);
    assert.equal(res.json().childCount, 1);
    const [entry] = await get().database.db.select({ action: auditLog.action, diff: auditLog.diff }).from(auditLog).where(and(eq(auditLog.tenantId, get().park.id), eq(auditLog.objectId, String(chain.building.id)), eq(auditLog.action, 'place.update')));
    assert.deepEqual(entry.diff, { name: { before: '1 栋', after: '1 号楼' }, address: { before: '幸福路 1 号', after: '幸福路 3 号' }, orgId: { before: tree.a1.id, after: tree.b1.id } });
  });

  test('a household names its 党员中心户 member and its detail shows the name', async () => {
    const chain = await createChain('CTR');
    const memberId = await insertMember('张红');
    const res = await patch(admin, chain.household.id, { centerMemberId: memberId });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().centerMemberId, memberId);
    const detail = await read(admin, `/api/v1/places/${chain.household.id}`);
    assert.equal(detail.json().centerMemberName, '张红');
    const other = await created({ parentId: chain.building.id, kind: 'household', code: 'CTR-H2', name: '1-102' });
    const twice = await patch(admin, other.id, { centerMemberId: memberId });
    assert.equal(twice.statusCode, 409);
    assert.deepEqual(fields(twice.json()), ['centerMemberId']);
    const cleared = await patch(admin, chain.household.id, { centerMemberId: null });
    assert.equal(cleared.json().centerMemberId, null);
  });

  test('a 党员中心户 on anything but a household is 422; an unknown member is 404 naming centerMemberId', async () => {
    const chain = await createChain('CTX');
    const memberId = await insertMember('李明');
    const onBuilding = await patch(admin, chain.building.id, { centerMemberId: memberId });
    assert.equal(onBuilding.statusCode, 422);
    assert.deepEqual(fields(onBuilding.json()), ['centerMemberId']);
    const onCreate = await post(admin, { parentId: chain.compound.id, kind: 'building', code: 'CTX-B2', name: '2 栋', centerMemberId: memberId });
    assert.equal(onCreate.statusCode, 422);
    const unknown = await patch(admin, chain.household.id, { centerMemberId: 987654321 });
    assert.equal(unknown.statusCode, 404);
    assert.deepEqual(fields(unknown.json()), ['centerMemberId']);
  });

  test('GET /api/v1/places lists children, roots, kinds and searches with total and childCount', async () => {
    const chain = await createChain('LST');
    await created({ parentId: chain.building.id, kind: 'household', code: 'LST-H2', name: '1-102' });
    const children = await read(admin, `/api/v1/places?parentId=${chain.building.id}`);
    assert.equal(children.statusCode, 200);
    assert.equal(children.json().total, 2);
    const byParent = await read(admin, `/api/v1/places?parentId=${chain.compound.id}`);
    assert.deepEqual(byParent.json().items.map((p: { id: number; childCount: number }) => [p.id, p.childCount]), [[chain.building.id, 2]]);
    const roots = await read(admin, '/api/v1/places?roots=true&pageSize=200');
    assert.ok(roots.json().items.every((p: { kind: string; parentId: number | null }) => p.kind === 'community' && p.parentId === null));
    assert.ok(roots.json().items.some((p: { id: number }) => p.id === chain.community.id));
    const search = await read(admin, `/api/v1/places?q=${encodeURIComponent('LST-H')}&kind=household`);
    assert.equal(search.json().total, 2);
    const paged = await read(admin, `/api/v1/places?q=LST-H&pageSize=1&page=2`);
    assert.equal(paged.json().items.length, 1);
    assert.equal(paged.json().total, 2);
    const wildcard = await read(admin, `/api/v1/places?q=${encodeURIComponent('%')}`);
    assert.equal(wildcard.json().total, 0);
  });

  test('GET /api/v1/places/:id lists the orgs attached to the place', async () => {
    const chain = await createChain('ATT');
    const attached = await createTestOrg(get().system, { parentId: tree.a.id, kind: 'branch', placeId: chain.compound.id, foundedOn: '2020-01-01' });
    const detail = await read(admin, `/api/v1/places/${chain.compound.id}`);
    assert.deepEqual(detail.json().orgs, [{ id: attached.id, name: attached.name }]);
  });

  test('DELETE /api/v1/places/:id refuses a place with children, attached orgs or residents with 422', async () => {
    const chain = await createChain('DEL');
    const withChildren = await get().app.inject({ method: 'DELETE', url: `/api/v1/places/${chain.building.id}`, headers: { cookie: admin } });
    assert.equal(withChildren.statusCode, 422);
    await createTestOrg(get().system, { parentId: tree.a.id, kind: 'branch', placeId: chain.household.id, foundedOn: '2020-01-01' });
    const withOrg = await get().app.inject({ method: 'DELETE', url: `/api/v1/places/${chain.household.id}`, headers: { cookie: admin } });
    assert.equal(withOrg.statusCode, 422);
    const home = await created({ parentId: chain.building.id, kind: 'household', code: 'DEL-H2', name: '1-102' });
    await insertMember('王芳', home.id);
    const withResident = await get().app.inject({ method: 'DELETE', url: `/api/v1/places/${home.id}`, headers: { cookie: admin } });
    assert.equal(withResident.statusCode, 422);
    assert.equal(withResident.json().error.code, 'RULE_VIOLATION');
  });

  test('DELETE /api/v1/places/:id deletes an empty place with 204 and audits it', async () => {
    const chain = await createChain('RM');
    const res = await get().app.inject({ method: 'DELETE', url: `/api/v1/places/${chain.household.id}`, headers: { cookie: admin } });
    assert.equal(res.statusCode, 204, res.body);
    assert.equal(res.body, '');
    assert.equal((await read(admin, `/api/v1/places/${chain.household.id}`)).statusCode, 404);
    assert.deepEqual(await auditActions(chain.household.id), ['place.create', 'place.delete']);
    assert.equal((await read(admin, `/api/v1/places/${chain.building.id}`)).json().childCount, 0);
  });

  test('a write refused midway leaves nothing behind: no place and no audit entry', async () => {
    const chain = await createChain('RB');
    const creates = async () => (await get().database.db.select({ seq: auditLog.seq }).from(auditLog).where(and(eq(auditLog.tenantId, get().park.id), eq(auditLog.action, 'place.create')))).length;
    const auditedBefore = await creates();
    // The parent checks pass and the member check fails last, after the org has been resolved.
    const res = await post(admin, { parentId: chain.building.id, kind: 'household', code: 'RB-H2', name: '1-102', orgId: tree.a1.id, centerMemberId: 987654321 });
    assert.equal(res.statusCode, 404);
    assert.equal((await read(admin, '/api/v1/places?q=RB-H2')).json().total, 0);
    assert.equal(await creates(), auditedBefore);
  });

  test('GET /api/v1/places without a session is 401', async () => {
    const res = await get().app.inject({ url: '/api/v1/places' });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().error.code, 'UNAUTHENTICATED');
  });
});
