import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type SQL, sql } from 'drizzle-orm';
import type { TestContext } from '../../../test/helpers/test-app.ts';
import { actorOfUser } from '../modules/users/users.service.ts';
import { resolvedRequestsInYear } from '../modules/requests/requests.service.ts';
import { systemActor } from '../platform/system-actor.ts';
import type { DemoPark } from './demo-park.ts';
import { reportDate } from './people.ts';
import { requestTargets } from './request-plan.ts';

/**
 * The demo park's requests (诉求): the enterprise problems resolved in 2025 (the requests half of F19) by
 * independent SQL and through the export the lead combines into F19, the lifecycle's history, the 2026 inbox in
 * every state with escalations, and the demo accounts' inboxes. Registered inside the demo park's suite.
 */
export function requestsChecks(get: () => TestContext, demo: () => DemoPark) {
  const rows = async <T>(query: SQL): Promise<T[]> => ((await get().database.db.execute(query)) as unknown as { rows: T[] }).rows;
  const count = async (query: SQL): Promise<number> => Number((await rows<{ n: string | number }>(query))[0].n);
  const tenant = () => get().park.id;
  const endOf2025 = '2026-01-01T00:00:00+08:00';
  const resolvedIn2025 = () => sql`SELECT r.id FROM requests r WHERE r.tenant_id = ${tenant()}
    AND (SELECT min(e.at) FROM request_events e WHERE e.tenant_id = r.tenant_id AND e.request_id = r.id AND e.kind = 'transition' AND e.to_status = 'resolved') >= '2025-01-01T00:00:00+08:00'
    AND (SELECT min(e.at) FROM request_events e WHERE e.tenant_id = r.tenant_id AND e.request_id = r.id AND e.kind = 'transition' AND e.to_status = 'resolved') < ${endOf2025}
    AND (SELECT e.to_status FROM request_events e WHERE e.tenant_id = r.tenant_id AND e.request_id = r.id AND e.at < ${endOf2025} ORDER BY e.at DESC, e.id DESC LIMIT 1) IN ('resolved', 'confirmed')
    ORDER BY r.id`;

  test('F19 (requests): at least 1,000 enterprise problems resolved in 2025, by SQL and by the export as the leader', async () => {
    const expected = (await rows<{ id: number }>(resolvedIn2025())).map((r) => Number(r.id));
    assert.ok(expected.length >= 1000, `${expected.length}`);
    const leader = demo().accounts.find((a) => a.username === 'leader');
    assert.ok(leader);
    const system = { db: get().database.db, cipher: get().cipher, actor: systemActor(tenant()), ip: '127.0.0.1' };
    const asLeader = { ...system, actor: await actorOfUser(system, leader.userId) };
    const exported = await resolvedRequestsInYear(asLeader, reportDate);
    assert.deepEqual(exported.map((r) => r.id), expected);
    assert.match(exported[0].label, /^SQ2025-\d{6} /);
    const contact = demo().accounts.find((a) => a.username === 'contact');
    assert.ok(contact);
    const own = await resolvedRequestsInYear({ ...system, actor: await actorOfUser(system, contact.userId) }, reportDate);
    assert.ok(own.length > 0 && own.length < 100, `${own.length}`);
  });

  test('F19 through GET /api/v1/figures/F19 as the leader: at least 200 cadres visiting enterprises and 1,000 problems resolved in 2025', async () => {
    const cookie = await get().login('leader', demo().password);
    const res = await get().app.inject({ url: `/api/v1/figures/F19?asOf=${reportDate}&pageSize=200`, headers: { cookie } });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json() as { values: { cadres: number; problems: number }; records: { total: number } };
    assert.equal(body.values.problems, (await rows(resolvedIn2025())).length);
    const cadres = await count(sql`SELECT count(DISTINCT v.visitor_user_id) AS n FROM contact_visits v WHERE v.tenant_id = ${tenant()} AND v.enterprise_id IS NOT NULL AND v.visited_on BETWEEN '2025-01-01' AND ${reportDate}`);
    assert.equal(body.values.cadres, cadres);
    assert.ok(body.values.cadres >= 200 && body.values.problems >= 1000, JSON.stringify(body.values));
    assert.equal(body.records.total, body.values.cadres + body.values.problems);
  });

  test('cadres raise what they find on their visits: their requests name their own earlier visit to the same enterprise', async () => {
    const onVisits = await rows<{ ok: boolean }>(sql`SELECT v.visitor_user_id = r.raised_by_user_id AND v.enterprise_id = r.enterprise_id AND v.visited_on <= (r.submitted_at AT TIME ZONE 'Asia/Shanghai')::date AS ok
      FROM requests r JOIN contact_visits v ON v.tenant_id = r.tenant_id AND v.id = r.visit_id WHERE r.tenant_id = ${tenant()}`);
    assert.ok(onVisits.length >= 50, `${onVisits.length}`);
    assert.ok(onVisits.every((r) => r.ok));
    assert.equal(await count(sql`SELECT count(*) AS n FROM requests WHERE tenant_id = ${tenant()} AND visit_id IS NOT NULL AND source <> 'cadre_visit'`), 0);
  });

  test('about 1,050 requests were raised in 2025 across the seven categories; most confirmed with a satisfaction, some rejected with a reason, some reopened and resolved again', async () => {
    const in2025 = sql`r.submitted_at >= '2025-01-01T00:00:00+08:00' AND r.submitted_at < ${endOf2025}`;
    assert.equal(await count(sql`SELECT count(*) AS n FROM requests r WHERE r.tenant_id = ${tenant()} AND ${in2025}`), requestTargets.raised2025);
    const categories = await rows<{ code: string }>(sql`SELECT DISTINCT c.code FROM requests r JOIN request_categories c ON c.tenant_id = r.tenant_id AND c.id = r.category_id WHERE r.tenant_id = ${tenant()} AND ${in2025}`);
    assert.equal(categories.length, 7);
    assert.ok((await count(sql`SELECT count(DISTINCT r.enterprise_id) AS n FROM requests r WHERE r.tenant_id = ${tenant()} AND ${in2025}`)) >= 300);
    const confirmed = await count(sql`SELECT count(*) AS n FROM requests r WHERE r.tenant_id = ${tenant()} AND ${in2025} AND r.status = 'confirmed' AND r.satisfaction BETWEEN 1 AND 5`);
    assert.ok(confirmed >= 950, `${confirmed}`);
    assert.equal(await count(sql`SELECT count(*) AS n FROM requests r WHERE r.tenant_id = ${tenant()} AND ${in2025} AND r.status = 'rejected' AND r.rejection_reason IS NOT NULL`), requestTargets.rejected2025);
    assert.equal(await count(sql`SELECT count(DISTINCT e.request_id) AS n FROM request_events e JOIN requests r ON r.tenant_id = e.tenant_id AND r.id = e.request_id WHERE e.tenant_id = ${tenant()} AND e.to_status = 'reopened' AND ${in2025}`), requestTargets.reopened2025);
    assert.equal(await count(sql`SELECT count(*) AS n FROM requests r WHERE r.tenant_id = ${tenant()} AND ${in2025} AND r.status = 'reopened'`), 0);
  });

  test('every request\'s state is its latest event\'s, every transition is audited, and events run forward in time', async () => {
    assert.equal(await count(sql`SELECT count(*) AS n FROM requests r WHERE r.tenant_id = ${tenant()} AND r.status <> (SELECT e.to_status FROM request_events e WHERE e.tenant_id = r.tenant_id AND e.request_id = r.id ORDER BY e.at DESC, e.id DESC LIMIT 1)`), 0);
    assert.equal(await count(sql`SELECT count(*) AS n FROM request_events a JOIN request_events b ON b.tenant_id = a.tenant_id AND b.request_id = a.request_id AND b.id > a.id AND b.at < a.at WHERE a.tenant_id = ${tenant()}`), 0);
    const events = await count(sql`SELECT count(*) AS n FROM request_events WHERE tenant_id = ${tenant()}`);
    assert.equal(await count(sql`SELECT count(*) AS n FROM audit_log WHERE tenant_id = ${tenant()} AND action LIKE 'request.%'`), events);
  });

  test('2026 holds open requests in every state, and the sweep escalated the overdue ones one or two levels up', async () => {
    const in2026 = sql`r.submitted_at >= ${endOf2025}`;
    const states = await rows<{ status: string }>(sql`SELECT DISTINCT r.status FROM requests r WHERE r.tenant_id = ${tenant()} AND ${in2026} ORDER BY r.status`);
    assert.deepEqual(states.map((s) => s.status), ['accepted', 'assigned', 'confirmed', 'in_progress', 'rejected', 'reopened', 'resolved', 'submitted']);
    const escalated = await count(sql`SELECT count(*) AS n FROM requests r WHERE r.tenant_id = ${tenant()} AND ${in2026} AND r.escalation_level > 0 AND r.escalated_to_org_id IS NOT NULL`);
    assert.ok(escalated >= 5, `${escalated}`);
    assert.ok((await count(sql`SELECT count(*) AS n FROM requests r WHERE r.tenant_id = ${tenant()} AND r.status IN ('submitted', 'accepted', 'assigned', 'in_progress', 'reopened') AND r.escalation_level = 0`)) > 0, 'some open requests are still within their deadlines');
    const parents = await count(sql`SELECT count(*) AS n FROM requests r JOIN orgs d ON d.tenant_id = r.tenant_id AND d.id = r.department_org_id
      WHERE r.tenant_id = ${tenant()} AND r.escalation_level = 1 AND r.escalated_to_org_id <> d.parent_id`);
    assert.equal(parents, 0, 'an assigned request escalates to its department\'s parent');
  });

  test('the contact, grid and cadre accounts and the paired cadres raised requests; the contact\'s inbox and the department handler\'s answer 200', async () => {
    const by = await rows<{ username: string; source: string; n: string | number }>(sql`SELECT u.username, r.source, count(*) AS n FROM requests r JOIN users u ON u.tenant_id = r.tenant_id AND u.id = r.raised_by_user_id
      WHERE r.tenant_id = ${tenant()} GROUP BY u.username, r.source ORDER BY u.username`);
    const n = (username: string, source: string) => Number(by.find((b) => b.username === username && b.source === source)?.n ?? 0);
    assert.ok(n('contact', 'enterprise_contact') >= 5, JSON.stringify(by));
    assert.ok(n('grid', 'grid_worker') >= 5, JSON.stringify(by));
    assert.ok(n('cadre', 'staff') >= 20, JSON.stringify(by));
    const onVisits = by.filter((b) => b.username.startsWith('ganbu') && b.source === 'cadre_visit');
    assert.ok(onVisits.length >= 50 && onVisits.reduce((sum, b) => sum + Number(b.n), 0) >= 60, JSON.stringify(by));
    assert.ok(n('sqdesk', 'staff') >= 500, JSON.stringify(by));
    const contact = await get().login('contact', demo().password);
    const mine = await get().app.inject({ url: '/api/v1/requests?view=mine', headers: { cookie: contact } });
    assert.equal(mine.statusCode, 200, mine.body);
    const contactId = demo().accounts.find((a) => a.username === 'contact')?.userId ?? 0;
    const own = await count(sql`SELECT count(*) AS n FROM requests r WHERE r.tenant_id = ${tenant()} AND (r.raised_by_user_id = ${contactId}
      OR r.enterprise_id IN (SELECT ra.enterprise_id FROM role_assignments ra WHERE ra.tenant_id = r.tenant_id AND ra.user_id = ${contactId}))`);
    assert.equal(mine.json().total, own, 'raised by the contact or concerning their enterprise');
    const handler = await get().login('sq02', demo().password);
    const inbox = await get().app.inject({ url: '/api/v1/requests?view=handle', headers: { cookie: handler } });
    assert.equal(inbox.statusCode, 200, inbox.body);
    assert.ok(inbox.json().total > 0);
    const services = await get().app.inject({ url: '/open311/v2/services.json', headers: { cookie: contact } });
    assert.equal(services.statusCode, 200);
    assert.equal(services.json().length, 7);
  });
}
