import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createTestTree } from '../../../../test/factories.ts';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestEnterprise } from '../enterprises/enterprises.fixtures.ts';
import { createTestRequest, moveRequest } from './requests.fixtures.ts';

const requestFields = ['service_request_id', 'status', 'status_notes', 'service_name', 'service_code', 'description', 'agency_responsible', 'service_notice', 'requested_datetime', 'updated_datetime', 'expected_datetime'];
const zoned = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/;

describeWithApp('Open311 GeoReport v2 under /open311/v2', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let enterprise: { id: number; uscc: string };
  let outsider: { id: number; uscc: string };
  let handler: { cookie: string };
  let closedId: number;
  let openId: number;
  const inject = (cookie: string | undefined, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
    get().app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

  before(async () => {
    tree = await createTestTree(get().system);
    enterprise = await createTestEnterprise(get().system, tree.a1.id, { address: '内江市市中区汉安大道 88 号' });
    outsider = await createTestEnterprise(get().system, tree.b1.id);
    handler = await get().userWith([{ role: 'cadre', orgId: tree.a.id }]);
    openId = await createTestRequest(get().system, enterprise.id, { categoryCode: 'land' }, new Date('2025-05-10T02:00:00Z'));
    closedId = await createTestRequest(get().system, enterprise.id, { categoryCode: 'finance' }, new Date('2025-06-10T02:00:00Z'));
    await moveRequest(get().system, closedId, [['accept', {}], ['assign', { departmentOrgId: tree.a1.id }], ['start', {}], ['resolve', { note: '已对接银行授信' }]], new Date('2025-06-11T02:00:00Z'));
    await createTestRequest(get().system, outsider.id, { categoryCode: 'land' }, new Date('2025-05-10T02:00:00Z'));
  });

  test('services.json lists the categories with Open311\'s fields with 200', async () => {
    const res = await inject(handler.cookie, 'GET', '/open311/v2/services.json');
    assert.equal(res.statusCode, 200, res.body);
    const services = res.json();
    assert.deepEqual(services.map((s: { service_code: string }) => s.service_code), ['finance', 'land', 'energy', 'labour', 'orders', 'approvals', 'other']);
    assert.deepEqual(Object.keys(services[0]).sort(), ['description', 'group', 'keywords', 'metadata', 'service_code', 'service_name', 'type']);
    assert.equal(services[0].metadata, false);
    assert.equal(services[0].type, 'realtime');
  });

  test('requests/{id}.json gives one request with Open311\'s field names, zoned times, closed with the fine state in status_notes', async () => {
    const res = await inject(handler.cookie, 'GET', `/open311/v2/requests/${closedId}.json`);
    assert.equal(res.statusCode, 200, res.body);
    const [r] = res.json();
    assert.deepEqual(Object.keys(r).sort(), [...requestFields, 'address'].sort());
    assert.equal(r.service_request_id, String(closedId));
    assert.equal(r.status, 'closed');
    assert.match(r.status_notes, /resolved/);
    assert.match(r.status_notes, /已对接银行授信/);
    assert.equal(r.service_code, 'finance');
    assert.equal(r.agency_responsible, tree.a1.name);
    assert.equal(r.requested_datetime, '2025-06-10T10:00:00+08:00');
    assert.equal(r.expected_datetime, '2025-07-10T10:00:00+08:00');
    assert.match(r.updated_datetime, zoned);
    assert.equal(r.address, '内江市市中区汉安大道 88 号');
    assert.ok(!('lat' in r) && !('long' in r));
  });

  test('requests.json filters by service_code, status, start_date and end_date within the caller\'s reach', async () => {
    const ids = async (query: string) => (await inject(handler.cookie, 'GET', `/open311/v2/requests.json?${query}`)).json().map((r: { service_request_id: string }) => Number(r.service_request_id));
    const window = 'start_date=2025-01-01T00:00:00%2B08:00&end_date=2026-01-01T00:00:00%2B08:00';
    assert.deepEqual(await ids(window), [closedId, openId]);
    assert.deepEqual(await ids(`${window}&status=open`), [openId]);
    assert.deepEqual(await ids(`${window}&status=closed`), [closedId]);
    assert.deepEqual(await ids(`${window}&service_code=finance`), [closedId]);
    assert.deepEqual(await ids('start_date=2025-06-01T00:00:00Z'), [closedId]);
    assert.deepEqual(await ids('end_date=2025-06-01T00:00:00Z'), [openId]);
    assert.deepEqual(await ids(`service_request_id=${openId},${closedId}`), [closedId, openId]);
    assert.deepEqual(await ids(''), [], 'by default only the last 90 days');
  });

  test('POST requests.json creates a request for the enterprise named by attribute[uscc] with 201', async () => {
    const res = await inject(handler.cookie, 'POST', '/open311/v2/requests.json', { service_code: 'orders', description: '希望对接本地整车厂采购需求', 'attribute[uscc]': enterprise.uscc });
    assert.equal(res.statusCode, 201, res.body);
    const [created] = res.json();
    assert.deepEqual(Object.keys(created).sort(), ['account_id', 'service_notice', 'service_request_id']);
    const [r] = (await inject(handler.cookie, 'GET', `/open311/v2/requests/${created.service_request_id}.json`)).json();
    assert.equal(r.status, 'open');
    assert.match(r.status_notes, /submitted/);
    assert.equal(r.service_code, 'orders');
  });

  test('errors are Open311 arrays of { code, description } with the API\'s statuses: 400, 401, 404, 422', async () => {
    const bad = await inject(handler.cookie, 'POST', '/open311/v2/requests.json', { service_code: 'orders', 'attribute[uscc]': enterprise.uscc });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json()[0].code, 400);
    assert.match(bad.json()[0].description, /description/);
    const unknownService = await inject(handler.cookie, 'POST', '/open311/v2/requests.json', { service_code: 'weather', description: '天气不好', 'attribute[uscc]': enterprise.uscc });
    assert.equal(unknownService.statusCode, 422);
    assert.deepEqual(Object.keys(unknownService.json()[0]).sort(), ['code', 'description']);
    const outOfReach = await inject(handler.cookie, 'POST', '/open311/v2/requests.json', { service_code: 'land', description: '用地指标', 'attribute[uscc]': outsider.uscc });
    assert.equal(outOfReach.statusCode, 404);
    assert.deepEqual(outOfReach.json(), [{ code: 404, description: '未找到该记录' }]);
    const anonymous = await inject(undefined, 'GET', '/open311/v2/services.json');
    assert.equal(anonymous.statusCode, 401);
    assert.equal(anonymous.json()[0].code, 401);
    const badDate = await inject(handler.cookie, 'GET', '/open311/v2/requests.json?start_date=yesterday');
    assert.equal(badDate.statusCode, 400);
    const missing = await inject(handler.cookie, 'GET', '/open311/v2/requests/987654321.json');
    assert.deepEqual(missing.json(), [{ code: 404, description: '未找到该记录' }]);
  });
});
