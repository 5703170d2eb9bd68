import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestTree } from '../../../../test/factories.ts';
import { auditLog } from '../../db/schema/index.ts';
import { today } from '../../platform/paging.ts';
import { cadresWithEnterpriseVisits } from './contact-visits.service.ts';
import { daysBefore } from './contacts.rules.ts';
import { createCommunity, createDepartmentOrg, createTestEnterprise, link } from './contacts.fixtures.ts';

describeWithApp('contact visits', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let admin: string;
  let paired: { id: number };
  let other: { id: number };
  let cadre: { userId: number; cookie: string };
  let colleague: { userId: number; cookie: string };
  let pairing: { id: number };
  let colleaguePairing: { id: number };
  const day = today();

  const post = (cookie: string, payload: unknown) => get().app.inject({ method: 'POST', url: '/api/v1/contact-visits', headers: { cookie }, payload: payload as object });
  const read = (cookie: string, url: string) => get().app.inject({ url, headers: { cookie } });
  const fields = (res: { json(): { error: { details: { field?: string }[] } } }) => res.json().error.details.map((d) => d.field);
  const visit = (extra: Record<string, unknown>) => ({ visitedOn: day, peopleMet: '企业负责人', findings: '用工需求', ...extra });

  before(async () => {
    tree = await createTestTree(get().system);
    admin = (await get().userWith([{ role: 'park_admin', orgId: null }])).cookie;
    paired = await createTestEnterprise(get().system, tree.a1.id, '走访企业');
    other = await createTestEnterprise(get().system, tree.b1.id, '他处企业');
    cadre = await get().userWith([{ role: 'cadre', orgId: null }]);
    colleague = await get().userWith([{ role: 'cadre', orgId: null }]);
    pairing = await link(get().system, { kind: 'cadre_enterprise', userId: cadre.userId, enterpriseId: paired.id, validFrom: '2024-01-01' });
    colleaguePairing = await link(get().system, { kind: 'cadre_enterprise', userId: colleague.userId, enterpriseId: paired.id, validFrom: '2024-01-01' });
  });

  test('POST /api/v1/contact-visits logs the caller\'s visit to a paired enterprise with 201 and audits it', async () => {
    const res = await post(cadre.cookie, visit({ enterpriseId: paired.id, linkId: pairing.id, visitedOn: '2025-05-01' }));
    assert.equal(res.statusCode, 201, res.body);
    const created = res.json();
    assert.deepEqual([created.visitorUserId, created.enterpriseName, created.linkId, created.placeId], [cadre.userId, '走访企业', pairing.id, null]);
    const entries = await get().database.db.select().from(auditLog).where(and(eq(auditLog.tenantId, get().park.id), eq(auditLog.action, 'contact_visit.create'), eq(auditLog.objectId, String(created.id))));
    assert.equal(entries.length, 1);
  });

  test('POST /api/v1/contact-visits is 404 naming enterpriseId for an enterprise outside the cadre\'s pairings', async () => {
    const res = await post(cadre.cookie, visit({ enterpriseId: other.id }));
    assert.equal(res.statusCode, 404);
    assert.deepEqual(fields(res), ['enterpriseId']);
  });

  test('POST /api/v1/contact-visits refuses a future date and two targets with 400 naming the field', async () => {
    const future = await post(cadre.cookie, visit({ enterpriseId: paired.id, visitedOn: '2999-01-01' }));
    assert.equal(future.statusCode, 400);
    assert.deepEqual(fields(future), ['visitedOn']);
    const both = await post(admin, visit({ enterpriseId: paired.id, placeId: 1 }));
    assert.equal(both.statusCode, 400);
    assert.deepEqual(fields(both), ['enterpriseId']);
  });

  test('POST /api/v1/contact-visits refuses another cadre\'s pairing, a link to elsewhere and a date outside the link with 422', async () => {
    const others = await post(cadre.cookie, visit({ enterpriseId: paired.id, linkId: colleaguePairing.id }));
    assert.equal(others.statusCode, 422);
    assert.deepEqual(fields(others), ['linkId']);
    const department = await createDepartmentOrg(get().system, tree.root.id);
    const elsewhere = await link(get().system, { kind: 'department_enterprise', orgId: department.id, enterpriseId: other.id, validFrom: '2024-01-01' });
    const mismatch = await post(admin, visit({ enterpriseId: paired.id, linkId: elsewhere.id }));
    assert.equal(mismatch.statusCode, 422);
    assert.deepEqual(fields(mismatch), ['linkId']);
    const before = await post(cadre.cookie, visit({ enterpriseId: paired.id, linkId: pairing.id, visitedOn: '2023-06-01' }));
    assert.equal(before.statusCode, 422);
    assert.deepEqual(fields(before), ['visitedOn']);
  });

  test('POST /api/v1/contact-visits logs a park admin\'s visit to a community with 201; a cadre bound to no org gets 404', async () => {
    const { community } = await createCommunity(get().system, tree.a1.id);
    const res = await post(admin, visit({ placeId: community.id }));
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().placeName, community.name);
    assert.equal((await post(cadre.cookie, visit({ placeId: community.id }))).statusCode, 404);
  });

  test('GET /api/v1/contact-visits lists visits in scope and the caller\'s own with 200; a sibling secretary sees none', async () => {
    const mine = await read(cadre.cookie, `/api/v1/contact-visits?visitorUserId=${cadre.userId}`);
    assert.equal(mine.statusCode, 200, mine.body);
    assert.equal(mine.json().total, 1);
    const sibling = (await get().userWith([{ role: 'org_secretary', orgId: tree.b.id }])).cookie;
    assert.equal((await read(sibling, `/api/v1/contact-visits?visitorUserId=${cadre.userId}`)).json().total, 0);
    assert.equal((await read(sibling, `/api/v1/contact-visits?enterpriseId=${paired.id}`)).statusCode, 404);
    assert.equal((await read(admin, '/api/v1/contact-visits?from=2025-02-01&to=2025-01-01')).statusCode, 400);
  });

  test('a pairing without a visit within its interval is stale, and a visit clears the flag', async () => {
    const fresh = await createTestEnterprise(get().system, tree.a1.id, '久未走访企业');
    const stale = await link(get().system, { kind: 'cadre_enterprise', userId: colleague.userId, enterpriseId: fresh.id, validFrom: daysBefore(day, 200) });
    const listed = async () => (await read(admin, '/api/v1/contact-links/stale?kind=cadre_enterprise&pageSize=200')).json().items.map((l: { id: number }) => l.id);
    assert.ok((await listed()).includes(stale.id));
    assert.equal((await post(colleague.cookie, visit({ enterpriseId: fresh.id, visitedOn: daysBefore(day, 10) }))).statusCode, 201);
    assert.ok(!(await listed()).includes(stale.id));
    const detail = (await read(admin, `/api/v1/contact-links/${stale.id}`)).json();
    assert.deepEqual([detail.lastVisitedOn, detail.isStale], [daysBefore(day, 10), false]);
    const then = (await read(admin, `/api/v1/contact-links/${stale.id}?asOf=${daysBefore(day, 11)}`)).json();
    assert.equal(then.isStale, true);
  });

  test('cadresWithEnterpriseVisits counts distinct visitors of enterprise visits in the date\'s year up to the date', async () => {
    const rows = await cadresWithEnterpriseVisits(get().system, '2025-12-31');
    assert.deepEqual(rows.map((r) => [r.userId, r.visits]), [[cadre.userId, 1]]);
    assert.deepEqual(await cadresWithEnterpriseVisits(get().system, '2025-04-30'), []);
  });
});
