import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createTestTree } from '../../../../test/factories.ts';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestEnterprise } from '../enterprises/enterprises.fixtures.ts';
import { escalateOverdueRequests } from './request-escalation.service.ts';
import { createTestRequest, moveRequest } from './requests.fixtures.ts';

const hour = 3_600_000;
const day = 24 * hour;

describeWithApp('requests: SLA deadlines and escalation', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let enterpriseId: number;
  let upHandler: { cookie: string };
  let sibling: { cookie: string };
  let desk: { cookie: string };
  // energy: accept within 24 hours, resolve within 15 days. A fixed clock in the past, so the API's "now" sees them overdue too.
  const t0 = new Date('2025-03-03T01:00:00Z');
  const inject = (cookie: string, url: string, method: 'GET' | 'POST' = 'GET') => get().app.inject({ method, url, headers: { cookie }, ...(method === 'POST' ? { payload: {} } : {}) });
  const detail = async (id: number) => (await inject(desk.cookie, `/api/v1/requests/${id}`)).json();

  before(async () => {
    tree = await createTestTree(get().system);
    enterpriseId = (await createTestEnterprise(get().system, tree.a1.id)).id;
    upHandler = await get().userWith([{ role: 'cadre', orgId: tree.a.id }]);
    sibling = await get().userWith([{ role: 'cadre', orgId: tree.b.id }]);
    desk = await get().userWith([{ role: 'park_admin', orgId: null }]);
  });

  test('a request not accepted within the response hours escalates once to the parent of the enterprise\'s org; a repeated sweep does nothing', async () => {
    const id = await createTestRequest(get().system, enterpriseId, { categoryCode: 'energy' }, t0);
    assert.deepEqual(await escalateOverdueRequests(get().system, new Date(t0.getTime() + 23 * hour)), { escalated: 0 });
    assert.deepEqual(await escalateOverdueRequests(get().system, new Date(t0.getTime() + 25 * hour)), { escalated: 1 });
    assert.deepEqual(await escalateOverdueRequests(get().system, new Date(t0.getTime() + 25 * hour)), { escalated: 0 });
    assert.deepEqual(await escalateOverdueRequests(get().system, new Date(t0.getTime() + 48 * hour)), { escalated: 0 });
    const r = await detail(id);
    assert.equal(r.escalationLevel, 1);
    assert.equal(r.escalatedToOrgId, tree.a.id);
    assert.equal(r.status, 'submitted');
    const escalation = r.events.find((e: { kind: string }) => e.kind === 'escalation');
    assert.equal(escalation.escalatedToOrgId, tree.a.id);
    assert.equal(escalation.at, '2025-03-04T10:00:00+08:00');
    const seen = (await inject(upHandler.cookie, '/api/v1/requests?view=handle&escalated=true')).json();
    assert.ok(seen.items.some((x: { id: number }) => x.id === id));
    assert.equal((await inject(sibling.cookie, `/api/v1/requests/${id}`)).statusCode, 404);
  });

  test('past the resolution days it escalates a second level, to the parent of the org escalated to; a resolved request no longer escalates', async () => {
    const id = await createTestRequest(get().system, enterpriseId, { categoryCode: 'energy' }, t0);
    await escalateOverdueRequests(get().system, new Date(t0.getTime() + 30 * hour));
    await moveRequest(get().system, id, [['accept', {}]], new Date(t0.getTime() + 31 * hour));
    // Sweeps cover the whole park (earlier tests' requests too): judge this request by its own record.
    await escalateOverdueRequests(get().system, new Date(t0.getTime() + 14 * day));
    assert.equal((await detail(id)).escalationLevel, 1);
    await escalateOverdueRequests(get().system, new Date(t0.getTime() + 16 * day));
    const r = await detail(id);
    assert.equal(r.escalationLevel, 2);
    assert.equal(r.escalatedToOrgId, tree.root.id);
    assert.equal(r.isResolutionOverdue, true);
    const resolvedOnTime = await createTestRequest(get().system, enterpriseId, { categoryCode: 'energy' }, t0);
    await moveRequest(get().system, resolvedOnTime, [['accept', {}], ['assign', { departmentOrgId: tree.b1.id }], ['start', {}], ['resolve', { note: '已办结' }]], new Date(t0.getTime() + hour));
    await escalateOverdueRequests(get().system, new Date(t0.getTime() + 60 * day));
    assert.equal((await detail(resolvedOnTime)).escalationLevel, 0);
  });

  test('an assigned request escalates from its department: to the department\'s parent', async () => {
    const id = await createTestRequest(get().system, enterpriseId, { categoryCode: 'energy' }, t0);
    await moveRequest(get().system, id, [['accept', {}], ['assign', { departmentOrgId: tree.b1.id }]], new Date(t0.getTime() + hour));
    await escalateOverdueRequests(get().system, new Date(t0.getTime() + 20 * day));
    const r = await detail(id);
    assert.equal(r.escalationLevel, 1);
    assert.equal(r.escalatedToOrgId, tree.b.id);
    const seen = (await inject(sibling.cookie, `/api/v1/requests/${id}`)).json();
    assert.equal(seen.escalatedToName, tree.b.name);
  });

  test('a request submitted at once is overdue for both at a late sweep: two escalations in one sweep, level 2', async () => {
    const id = await createTestRequest(get().system, enterpriseId, { categoryCode: 'energy' }, t0);
    await escalateOverdueRequests(get().system, new Date(t0.getTime() + 40 * day));
    const r = await detail(id);
    assert.deepEqual(r.events.map((e: { kind: string }) => e.kind), ['transition', 'escalation', 'escalation']);
    assert.equal(r.escalationLevel, 2);
    assert.equal(r.escalatedToOrgId, tree.root.id);
    assert.equal(r.isResponseOverdue, true);
  });

  test('the overdue filter lists requests overdue now with 200; the on-demand sweep answers 200 with what it escalated', async () => {
    const id = await createTestRequest(get().system, enterpriseId, { categoryCode: 'approvals' }, t0);
    const fresh = await createTestRequest(get().system, enterpriseId, { categoryCode: 'approvals' });
    const overdue = (await inject(desk.cookie, '/api/v1/requests?overdue=true&pageSize=200')).json();
    const ids = overdue.items.map((x: { id: number }) => x.id);
    assert.ok(ids.includes(id));
    assert.ok(!ids.includes(fresh));
    // Everything earlier is escalated for all it owes; only this request's two escalations are left.
    const swept = await inject(desk.cookie, '/api/v1/requests/escalations', 'POST');
    assert.equal(swept.statusCode, 200, swept.body);
    assert.equal(swept.json().escalated, 2);
    assert.equal((await detail(id)).escalationLevel, 2);
    // An org-bound handler sweeps only what it handles: here nothing is left.
    assert.deepEqual((await inject(upHandler.cookie, '/api/v1/requests/escalations', 'POST')).json(), { escalated: 0 });
  });
});
