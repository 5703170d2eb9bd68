import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestTree } from '../../../../test/factories.ts';
import { auditLog } from '../../db/schema/index.ts';
import { createCommunity, createDepartmentOrg, createEnterpriseOrg, createRoleUser, createTestEnterprise } from './contacts.fixtures.ts';

describeWithApp('contact links', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let admin: string;
  let department: { id: number };
  let enterprise: { id: number };

  const post = (cookie: string, url: string, payload: unknown) => get().app.inject({ method: 'POST', url, headers: { cookie }, payload: payload as object });
  const read = (cookie: string, url: string) => get().app.inject({ url, headers: { cookie } });
  const fields = (res: { json(): { error: { details: { field?: string }[] } } }) => res.json().error.details.map((d) => d.field);
  const audited = async (action: string, objectId: number) =>
    (await get().database.db.select().from(auditLog).where(and(eq(auditLog.tenantId, get().park.id), eq(auditLog.action, action), eq(auditLog.objectId, String(objectId))))).length;

  before(async () => {
    tree = await createTestTree(get().system);
    admin = (await get().userWith([{ role: 'park_admin', orgId: null }])).cookie;
    department = await createDepartmentOrg(get().system, tree.root.id);
    enterprise = await createTestEnterprise(get().system, tree.a1.id, '联系测试企业');
  });

  test('POST /api/v1/contact-links makes a department contact with 201 and audits it; the same pair overlapping is 409', async () => {
    const res = await post(admin, '/api/v1/contact-links', { kind: 'department_enterprise', orgId: department.id, enterpriseId: enterprise.id, validFrom: '2024-03-01' });
    assert.equal(res.statusCode, 201, res.body);
    const created = res.json();
    assert.deepEqual([created.kind, created.orgId, created.enterpriseId, created.enterpriseName, created.validTo, created.isCurrent], ['department_enterprise', department.id, enterprise.id, '联系测试企业', null, true]);
    assert.equal(created.staleAfterDays, 180);
    assert.equal(await audited('contact_link.create', created.id), 1);
    const again = await post(admin, '/api/v1/contact-links', { kind: 'department_enterprise', orgId: department.id, enterpriseId: enterprise.id, validFrom: '2025-01-01' });
    assert.equal(again.statusCode, 409);
    assert.deepEqual(fields(again), ['validFrom']);
  });

  test('POST /api/v1/contact-links refuses missing and extraneous fields of the kind with 400 naming each', async () => {
    const res = await post(admin, '/api/v1/contact-links', { kind: 'cadre_enterprise', orgId: department.id, validFrom: '2024-03-01' });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(fields(res).sort(), ['enterpriseId', 'orgId', 'userId']);
    const future = await post(admin, '/api/v1/contact-links', { kind: 'department_enterprise', orgId: department.id, enterpriseId: enterprise.id, validFrom: '2999-01-01' });
    assert.equal(future.statusCode, 400);
    assert.deepEqual(fields(future), ['validFrom']);
  });

  test('POST /api/v1/contact-links refuses parties of the wrong sort with 422 naming the field', async () => {
    const notDepartment = await post(admin, '/api/v1/contact-links', { kind: 'department_enterprise', orgId: tree.a1.id, enterpriseId: enterprise.id, validFrom: '2024-03-01' });
    assert.equal(notDepartment.statusCode, 422);
    assert.deepEqual(fields(notDepartment), ['orgId']);
    const cadre = await createRoleUser(get().system, 'cadre', null);
    const notLeader = await post(admin, '/api/v1/contact-links', { kind: 'leader_org', userId: cadre.id, orgId: tree.a1.id, validFrom: '2024-03-01' });
    assert.equal(notLeader.statusCode, 422);
    assert.deepEqual(fields(notLeader), ['userId']);
    const { community, compound } = await createCommunity(get().system, tree.a1.id);
    const notEnterpriseOrg = await post(admin, '/api/v1/contact-links', { kind: 'org_place', orgId: department.id, placeId: community.id, validFrom: '2024-03-01' });
    assert.equal(notEnterpriseOrg.statusCode, 422);
    assert.deepEqual(fields(notEnterpriseOrg), ['orgId']);
    const enterpriseOrg = await createEnterpriseOrg(get().system, tree.a.id);
    const ok = await post(admin, '/api/v1/contact-links', { kind: 'org_place', orgId: enterpriseOrg.id, placeId: compound.id, validFrom: '2024-03-01' });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(ok.json().placeKind, 'compound');
    const beforeFounding = await post(admin, '/api/v1/contact-links', { kind: 'leader_org', userId: (await createRoleUser(get().system, 'leader', null)).id, orgId: department.id, validFrom: '2016-06-01' });
    assert.equal(beforeFounding.statusCode, 422);
    assert.deepEqual(fields(beforeFounding), ['validFrom']);
    const missingUser = await post(admin, '/api/v1/contact-links', { kind: 'cadre_enterprise', userId: 987654321, enterpriseId: enterprise.id, validFrom: '2024-03-01' });
    assert.equal(missingUser.statusCode, 404);
    assert.deepEqual(fields(missingUser), ['userId']);
  });

  test('POST /api/v1/contact-links records a secondment with 201; one without a direction is 400 and to a building 422', async () => {
    const res = await post(admin, '/api/v1/contact-links', { kind: 'secondment', orgId: department.id, enterpriseId: enterprise.id, personName: '赵挂职', direction: 'to_enterprise', validFrom: '2025-03-01' });
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual([res.json().personName, res.json().direction, res.json().staleAfterDays, res.json().isStale], ['赵挂职', 'to_enterprise', null, false]);
    const undirected = await post(admin, '/api/v1/contact-links', { kind: 'secondment', orgId: department.id, enterpriseId: enterprise.id, personName: '钱挂职', validFrom: '2025-03-01' });
    assert.equal(undirected.statusCode, 400);
    assert.deepEqual(fields(undirected), ['direction']);
    const { compound } = await createCommunity(get().system, tree.a1.id);
    const building = (await post(admin, '/api/v1/places', { parentId: compound.id, kind: 'building', code: `CT-B-${compound.id}`, name: '1 栋' })).json();
    const org = await createEnterpriseOrg(get().system, tree.a.id);
    const toBuilding = await post(admin, '/api/v1/contact-links', { kind: 'org_place', orgId: org.id, placeId: building.id, validFrom: '2024-03-01' });
    assert.equal(toBuilding.statusCode, 422);
    assert.deepEqual(fields(toBuilding), ['placeId']);
  });

  test('POST /api/v1/contact-links/:id/end ends a link with 200; before its start or a second time is 422', async () => {
    const leader = await createRoleUser(get().system, 'leader', null, '林领导');
    const made = (await post(admin, '/api/v1/contact-links', { kind: 'leader_org', userId: leader.id, orgId: tree.b1.id, validFrom: '2023-01-01' })).json();
    assert.equal((await post(admin, `/api/v1/contact-links/${made.id}/end`, { validTo: '2022-12-31' })).statusCode, 422);
    const ended = await post(admin, `/api/v1/contact-links/${made.id}/end`, { validTo: '2024-07-01' });
    assert.equal(ended.statusCode, 200, ended.body);
    assert.deepEqual([ended.json().validTo, ended.json().isCurrent], ['2024-07-01', false]);
    assert.equal(await audited('contact_link.end', made.id), 1);
    assert.equal((await post(admin, `/api/v1/contact-links/${made.id}/end`, { validTo: '2024-08-01' })).statusCode, 422);
    const current = await read(admin, `/api/v1/contact-links?kind=leader_org&userId=${leader.id}`);
    assert.equal(current.json().total, 0);
    const then = await read(admin, `/api/v1/contact-links?kind=leader_org&userId=${leader.id}&asOf=2024-01-01`);
    assert.equal(then.json().total, 1);
    assert.equal(then.json().items[0].isCurrent, true);
    assert.equal((await read(admin, `/api/v1/contact-links?kind=leader_org&userId=${leader.id}&includeEnded=true`)).json().total, 1);
  });

  test('GET /api/v1/contact-links/:id is 404 outside the scope and 200 inside; writing a seen link without write scope is 403', async () => {
    const made = (await post(admin, '/api/v1/contact-links', { kind: 'department_enterprise', orgId: department.id, enterpriseId: (await createTestEnterprise(get().system, tree.a1.id)).id, validFrom: '2024-03-01' })).json();
    const inside = (await get().userWith([{ role: 'org_secretary', orgId: tree.a.id }])).cookie;
    const sibling = (await get().userWith([{ role: 'org_secretary', orgId: tree.b.id }])).cookie;
    const reader = (await get().userWith([{ role: 'leader', orgId: tree.a.id }])).cookie;
    assert.equal((await read(inside, `/api/v1/contact-links/${made.id}`)).statusCode, 200);
    const hidden = await read(sibling, `/api/v1/contact-links/${made.id}`);
    assert.equal(hidden.statusCode, 404);
    assert.deepEqual(hidden.json(), { error: { code: 'NOT_FOUND', message: '未找到该记录', details: [] } });
    assert.equal((await post(sibling, `/api/v1/contact-links/${made.id}/end`, { validTo: '2025-01-01' })).statusCode, 404);
    assert.equal((await post(reader, `/api/v1/contact-links/${made.id}/end`, { validTo: '2025-01-01' })).statusCode, 403);
  });

  test('PUT /api/v1/contact-settings/:kind sets an interval with 200 park-wide; a subtree writer is 403; an unwatched kind is 422', async () => {
    const put = (cookie: string, kind: string, staleAfterDays: number | null) => get().app.inject({ method: 'PUT', url: `/api/v1/contact-settings/${kind}`, headers: { cookie }, payload: { staleAfterDays } });
    const res = await put(admin, 'cadre_enterprise', 60);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().items.find((s: { kind: string }) => s.kind === 'cadre_enterprise'), { kind: 'cadre_enterprise', staleAfterDays: 60, isDefault: false });
    const subtree = (await get().userWith([{ role: 'park_admin', orgId: tree.a.id }])).cookie;
    assert.equal((await put(subtree, 'cadre_enterprise', 30)).statusCode, 403);
    assert.equal((await put(admin, 'leader_org', 30)).statusCode, 422);
    assert.equal((await put(admin, 'cadre_enterprise', 0)).statusCode, 400);
    assert.equal((await put(admin, 'cadre_enterprise', 90)).statusCode, 200);
  });
});
