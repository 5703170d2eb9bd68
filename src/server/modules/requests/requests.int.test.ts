import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestTree } from '../../../../test/factories.ts';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { replaceAssignments } from '../users/users.repository.ts';
import { createTestEnterprise } from '../enterprises/enterprises.fixtures.ts';
import { createPlace } from '../places/places.service.ts';
import { buildRequestInput, createTestRequest, moveRequest } from './requests.fixtures.ts';

describeWithApp('requests: submission and the lifecycle', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let enterpriseId: number;
  let otherEnterpriseId: number;
  let contact: { userId: number; cookie: string };
  let otherContact: { cookie: string };
  let desk: { userId: number; cookie: string };
  let handler: { userId: number; cookie: string };
  let bystander: { userId: number; cookie: string };
  const inject = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: Record<string, unknown>) =>
    get().app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  before(async () => {
    const t = get();
    tree = await createTestTree(t.system);
    enterpriseId = (await createTestEnterprise(t.system, tree.a1.id)).id;
    otherEnterpriseId = (await createTestEnterprise(t.system, tree.a1.id)).id;
    const bind = async (id: number) => {
      const u = await t.userWith([]);
      await replaceAssignments(t.database.db, t.park.id, u.userId, [{ role: 'enterprise_contact', orgId: null, enterpriseId: id }]);
      return u;
    };
    contact = await bind(enterpriseId);
    otherContact = await bind(otherEnterpriseId);
    desk = await t.userWith([{ role: 'park_admin', orgId: null }]);
    // The department is org b1; its handler is a cadre bound to it, with no reach over the enterprise (under a1).
    handler = await t.userWith([{ role: 'cadre', orgId: tree.b1.id }]);
    bystander = await t.userWith([{ role: 'cadre', orgId: tree.b.id }]);
  });

  test('an enterprise contact submits a request for their own enterprise with 201, timed and with deadlines', async () => {
    const res = await inject(contact.cookie, 'POST', '/api/v1/requests', buildRequestInput(enterpriseId, { categoryCode: 'finance' }));
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    assert.equal(body.status, 'submitted');
    assert.equal(body.source, 'enterprise_contact');
    assert.equal(body.raisedByUserId, contact.userId);
    assert.match(body.submittedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
    assert.equal(Date.parse(body.responseDueAt) - Date.parse(body.submittedAt), 24 * 3_600_000);
    assert.equal(Date.parse(body.resolutionDueAt) - Date.parse(body.submittedAt), 30 * 86_400_000);
    assert.deepEqual(body.events.map((e: { toStatus: string }) => e.toStatus), ['submitted']);
    assert.deepEqual(body.allowedActions, []);
    const mine = (await inject(contact.cookie, 'GET', '/api/v1/requests?view=mine')).json();
    assert.ok(mine.items.some((r: { id: number }) => r.id === body.id));
  });

  test('a contact cannot submit for another enterprise (404 naming enterpriseId) nor see its requests (404)', async () => {
    const res = await inject(otherContact.cookie, 'POST', '/api/v1/requests', buildRequestInput(enterpriseId));
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.details[0].field, 'enterpriseId');
    const id = await createTestRequest(get().system, enterpriseId);
    const seen = await inject(otherContact.cookie, 'GET', `/api/v1/requests/${id}`);
    assert.equal(seen.statusCode, 404);
    assert.deepEqual(Object.keys(seen.json()), ['error']);
  });

  test('an unknown category is refused with 422 naming categoryCode, and nothing is written', async () => {
    const count = async () => Number(((await get().database.db.execute(sql`SELECT count(*) AS n FROM requests WHERE tenant_id = ${get().park.id}`)) as unknown as { rows: { n: string }[] }).rows[0].n);
    const n = await count();
    const res = await inject(contact.cookie, 'POST', '/api/v1/requests', buildRequestInput(enterpriseId, { categoryCode: 'weather' }));
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().error.details[0].field, 'categoryCode');
    assert.equal(await count(), n);
  });

  test('a request goes from submission through acceptance, assignment, work and resolution to confirmation with 200s', async () => {
    const res = await inject(contact.cookie, 'POST', '/api/v1/requests', buildRequestInput(enterpriseId));
    const id = res.json().id;
    assert.equal((await inject(handler.cookie, 'GET', `/api/v1/requests/${id}`)).statusCode, 404, 'the department sees it only once assigned');
    assert.deepEqual((await inject(desk.cookie, 'GET', `/api/v1/requests/${id}`)).json().allowedActions, ['accept', 'reject']);
    assert.equal((await inject(desk.cookie, 'POST', `/api/v1/requests/${id}/accept`, {})).statusCode, 200);
    const assigned = await inject(desk.cookie, 'POST', `/api/v1/requests/${id}/assign`, { departmentOrgId: tree.b1.id, assigneeUserId: handler.userId, note: '请经科局牵头' });
    assert.equal(assigned.statusCode, 200, assigned.body);
    assert.equal(assigned.json().departmentOrgId, tree.b1.id);
    assert.equal(assigned.json().assigneeUserId, handler.userId);
    const inbox = (await inject(handler.cookie, 'GET', '/api/v1/requests?view=handle')).json();
    assert.deepEqual(inbox.items.map((r: { id: number }) => r.id), [id]);
    assert.equal((await inject(handler.cookie, 'POST', `/api/v1/requests/${id}/start`, {})).statusCode, 200);
    const resolved = await inject(handler.cookie, 'POST', `/api/v1/requests/${id}/resolve`, { note: '已协调供热公司调压' });
    assert.equal(resolved.statusCode, 200, resolved.body);
    assert.equal(resolved.json().resolution, '已协调供热公司调压');
    assert.deepEqual((await inject(contact.cookie, 'GET', `/api/v1/requests/${id}`)).json().allowedActions, ['confirm', 'reopen']);
    const confirmed = await inject(contact.cookie, 'POST', `/api/v1/requests/${id}/confirm`, { satisfaction: 4 });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    const body = confirmed.json();
    assert.equal(body.status, 'confirmed');
    assert.equal(body.satisfaction, 4);
    assert.deepEqual(body.events.map((e: { toStatus: string }) => e.toStatus), ['submitted', 'accepted', 'assigned', 'in_progress', 'resolved', 'confirmed']);
    assert.deepEqual(body.events.map((e: { actorUserId: number }) => e.actorUserId), [contact.userId, desk.userId, desk.userId, handler.userId, handler.userId, contact.userId]);
    const audited = ((await get().database.db.execute(sql`SELECT action FROM audit_log WHERE tenant_id = ${get().park.id} AND object_type = 'request' AND object_id = ${String(id)} ORDER BY seq`)) as unknown as { rows: { action: string }[] }).rows;
    assert.deepEqual(audited.map((r) => r.action), ['request.submit', 'request.accept', 'request.assign', 'request.start', 'request.resolve', 'request.confirm']);
  });

  test('illegal transitions are refused with 409 naming status, and the state is unchanged', async () => {
    const id = await createTestRequest(get().system, enterpriseId);
    for (const [action, body] of [['resolve', { note: 'x' }], ['start', {}], ['confirm', { satisfaction: 5 }], ['reopen', { reason: 'x' }]] as const) {
      const cookie = action === 'confirm' || action === 'reopen' ? contact.cookie : desk.cookie;
      const res = await inject(cookie, 'POST', `/api/v1/requests/${id}/${action}`, body);
      assert.equal(res.statusCode, 409, `${action}: ${res.body}`);
      assert.equal(res.json().error.details[0].field, 'status');
    }
    await moveRequest(get().system, id, [['reject', { reason: '不属于园区职能范围' }]]);
    assert.equal((await inject(desk.cookie, 'POST', `/api/v1/requests/${id}/accept`, {})).statusCode, 409);
    assert.equal((await inject(desk.cookie, 'GET', `/api/v1/requests/${id}`)).json().status, 'rejected');
  });

  test('a missing reason, resolution note, department or a satisfaction outside 1–5 is refused with 422 naming it', async () => {
    const id = await createTestRequest(get().system, enterpriseId);
    const expect422 = async (cookie: string, action: string, body: Record<string, unknown>, field: string) => {
      const res = await inject(cookie, 'POST', `/api/v1/requests/${id}/${action}`, body);
      assert.equal(res.statusCode, 422, `${action}: ${res.body}`);
      assert.equal(res.json().error.details[0].field, field);
    };
    await expect422(desk.cookie, 'reject', {}, 'reason');
    await expect422(desk.cookie, 'reject', { reason: '   ' }, 'reason');
    await moveRequest(get().system, id, [['accept', {}]]);
    await expect422(desk.cookie, 'assign', {}, 'departmentOrgId');
    await moveRequest(get().system, id, [['assign', { departmentOrgId: tree.b1.id }], ['start', {}]]);
    await expect422(desk.cookie, 'resolve', {}, 'note');
    await moveRequest(get().system, id, [['resolve', { note: '已办结' }]]);
    await expect422(contact.cookie, 'confirm', {}, 'satisfaction');
    await expect422(contact.cookie, 'confirm', { satisfaction: 6 }, 'satisfaction');
    await expect422(contact.cookie, 'confirm', { satisfaction: 0 }, 'satisfaction');
    await expect422(contact.cookie, 'reopen', {}, 'reason');
    assert.equal((await inject(desk.cookie, 'GET', `/api/v1/requests/${id}`)).json().status, 'resolved');
  });

  test('a reopened request is taken back into work and resolved again', async () => {
    const id = await createTestRequest(get().system, enterpriseId);
    await moveRequest(get().system, id, [['accept', {}], ['assign', { departmentOrgId: tree.b1.id, assigneeUserId: handler.userId }], ['start', {}], ['resolve', { note: '第一次办结' }]]);
    const reopened = await inject(contact.cookie, 'POST', `/api/v1/requests/${id}/reopen`, { reason: '压力仍然不足' });
    assert.equal(reopened.statusCode, 200);
    assert.equal(reopened.json().status, 'reopened');
    assert.equal(reopened.json().resolvedAt, null);
    assert.equal((await inject(handler.cookie, 'POST', `/api/v1/requests/${id}/start`, {})).statusCode, 200);
    assert.equal((await inject(handler.cookie, 'POST', `/api/v1/requests/${id}/resolve`, { note: '更换减压阀' })).json().status, 'resolved');
  });

  test('handler actions need requests.handle (403 for a contact) and the request in reach (404 for another department)', async () => {
    const id = await createTestRequest(get().system, enterpriseId);
    assert.equal((await inject(contact.cookie, 'POST', `/api/v1/requests/${id}/accept`, {})).statusCode, 403);
    assert.equal((await inject(handler.cookie, 'POST', `/api/v1/requests/${id}/accept`, {})).statusCode, 404);
    assert.equal((await inject(bystander.cookie, 'GET', `/api/v1/requests/${id}`)).statusCode, 404);
    // Nor may another department's handler respond to it: it is out of their reach.
    assert.equal((await inject(handler.cookie, 'POST', `/api/v1/requests/${id}/confirm`, { satisfaction: 5 })).statusCode, 404);
  });

  test('an assignee must handle requests of the department (422 naming assigneeUserId); an unknown department is 404 naming departmentOrgId', async () => {
    const id = await createTestRequest(get().system, enterpriseId);
    await moveRequest(get().system, id, [['accept', {}]]);
    const wrong = await inject(desk.cookie, 'POST', `/api/v1/requests/${id}/assign`, { departmentOrgId: tree.a1.id, assigneeUserId: handler.userId });
    assert.equal(wrong.statusCode, 422);
    assert.equal(wrong.json().error.details[0].field, 'assigneeUserId');
    const unknown = await inject(desk.cookie, 'POST', `/api/v1/requests/${id}/assign`, { departmentOrgId: 987654321 });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().error.details[0].field, 'departmentOrgId');
    assert.equal((await inject(desk.cookie, 'GET', `/api/v1/requests/${id}`)).json().status, 'accepted');
  });

  test('attachments are stored with their checksum and downloaded byte for byte with 200; bad base64 is 400 naming the field', async () => {
    const content = Buffer.from('发票扫描件 %PDF-1.4 test');
    const res = await inject(contact.cookie, 'POST', '/api/v1/requests', buildRequestInput(enterpriseId, { attachments: [{ fileName: '说明.pdf', mimeType: 'application/pdf', contentBase64: content.toString('base64') }] }));
    assert.equal(res.statusCode, 201, res.body);
    const [file] = res.json().attachments;
    assert.equal(file.sizeBytes, content.length);
    const download = await inject(contact.cookie, 'GET', `/api/v1/request-attachments/${file.id}`);
    assert.equal(download.statusCode, 200);
    assert.equal(download.headers['content-type'], 'application/pdf');
    assert.deepEqual(download.rawPayload, content);
    assert.equal(download.headers['x-content-sha256'], file.sha256);
    assert.equal((await inject(otherContact.cookie, 'GET', `/api/v1/request-attachments/${file.id}`)).statusCode, 404);
    const bad = await inject(contact.cookie, 'POST', '/api/v1/requests', buildRequestInput(enterpriseId, { attachments: [{ fileName: 'x.txt', mimeType: 'text/plain', contentBase64: '@@@' }] }));
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.details[0].field, 'attachments.0.contentBase64');
    const big = await inject(contact.cookie, 'POST', `/api/v1/requests/${res.json().id}/attachments`, { fileName: 'big.txt', mimeType: 'text/plain', contentBase64: Buffer.alloc(600 * 1024).toString('base64').slice(0, 699_996) });
    assert.equal(big.statusCode, 400);
  });

  test('categories: the seven defaults are seeded with 200; a park-wide handler changes deadlines; others get 403; a resolution shorter than the response is 422', async () => {
    const list = (await inject(contact.cookie, 'GET', '/api/v1/request-categories')).json();
    assert.deepEqual(list.items.map((c: { code: string }) => c.code), ['finance', 'land', 'energy', 'labour', 'orders', 'approvals', 'other']);
    const put = await inject(desk.cookie, 'PUT', '/api/v1/request-categories/labour', { nameZh: '用工招聘', nameEn: 'Labour', responseHours: 12, resolutionDays: 10 });
    assert.equal(put.statusCode, 200, put.body);
    assert.equal(put.json().responseHours, 12);
    assert.equal((await inject(handler.cookie, 'PUT', '/api/v1/request-categories/labour', { nameZh: '用工', nameEn: 'Labour', responseHours: 12, resolutionDays: 10 })).statusCode, 403);
    const short = await inject(desk.cookie, 'PUT', '/api/v1/request-categories/labour', { nameZh: '用工', nameEn: 'Labour', responseHours: 72, resolutionDays: 2 });
    assert.equal(short.statusCode, 422);
    assert.equal(short.json().error.details[0].field, 'resolutionDays');
    const created = await inject(contact.cookie, 'POST', '/api/v1/requests', buildRequestInput(enterpriseId, { categoryCode: 'labour' }));
    assert.equal(Date.parse(created.json().responseDueAt) - Date.parse(created.json().submittedAt), 12 * 3_600_000);
  });

  test('a grid worker raises a request for an enterprise outside their reach when it is seen on a place of their grid (201), not without one (404)', async () => {
    const community = await createPlace(get().system, { parentId: null, kind: 'community', code: `RQ-C${Date.now()}`, name: '诉求测试社区', orgId: tree.b1.id });
    const grid = await get().userWith([{ role: 'grid_worker', orgId: tree.b1.id }]);
    const without = await inject(grid.cookie, 'POST', '/api/v1/requests', buildRequestInput(enterpriseId));
    assert.equal(without.statusCode, 404);
    assert.equal(without.json().error.details[0].field, 'enterpriseId');
    const seen = await inject(grid.cookie, 'POST', '/api/v1/requests', buildRequestInput(enterpriseId, { placeId: community.id }));
    assert.equal(seen.statusCode, 201, seen.body);
    assert.equal(seen.json().source, 'grid_worker');
    assert.equal(seen.json().placeId, community.id);
    assert.equal((await inject(grid.cookie, 'GET', `/api/v1/requests/${seen.json().id}`)).statusCode, 200, 'the raiser follows it');
    assert.equal((await inject(grid.cookie, 'POST', '/api/v1/requests', buildRequestInput(987654321, { placeId: community.id }))).statusCode, 404);
  });
});
