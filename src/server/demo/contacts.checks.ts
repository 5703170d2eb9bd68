import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type SQL, sql } from 'drizzle-orm';
import type { TestContext } from '../../../test/helpers/test-app.ts';
import { cadresWithEnterpriseVisits } from '../modules/contacts/contact-visits.service.ts';
import { today } from '../platform/paging.ts';
import { contactsTargets, departmentCodes } from './contacts-plan.ts';
import type { DemoPark } from './demo-park.ts';
import { reportDate } from './people.ts';

/**
 * The dual-contact figures F16–F18 and the cadre half of F19 of the demo park, each checked by independent SQL
 * on the report date (and today where the figure is a stock) and through GET /api/v1/figures/<id>?asOf=2025-12-31
 * as a park leader. Registered inside the demo park's suite (demo-park.int.test.ts) so the park is loaded once.
 */
export function contactsChecks(get: () => TestContext, demo: () => DemoPark) {
  const rows = async <T>(query: SQL): Promise<T[]> => ((await get().database.db.execute(query)) as unknown as { rows: T[] }).rows;
  const count = async (query: SQL): Promise<number> => Number((await rows<{ n: string | number }>(query))[0].n);
  const tenant = () => get().park.id;
  const live = (d: string) => sql.raw(`cl.valid_from <= '${d}' AND (cl.valid_to IS NULL OR cl.valid_to > '${d}')`);
  let cookie = '';
  const figure = async (id: string) => {
    cookie ||= await get().login('leader', demo().password);
    const res = await get().app.inject({ url: `/api/v1/figures/${id}?asOf=${reportDate}`, headers: { cookie } });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { values: Record<string, number>; records: { total: number } };
  };

  test('F16: each of the 8 park leaders has 2–3 contact points in force; one past point has ended', async () => {
    for (const d of [reportDate, today()]) {
      const perLeader = await rows<{ n: string | number }>(sql`SELECT count(*) AS n FROM contact_links cl JOIN users u ON u.tenant_id = cl.tenant_id AND u.id = cl.user_id
        WHERE cl.tenant_id = ${tenant()} AND cl.kind = 'leader_org' AND ${live(d)} GROUP BY cl.user_id`);
      assert.equal(perLeader.length, contactsTargets.leaders, d);
      assert.deepEqual([Math.min(...perLeader.map((r) => Number(r.n))), Math.max(...perLeader.map((r) => Number(r.n)))], [2, 3], d);
    }
    assert.equal(await count(sql`SELECT count(*) AS n FROM contact_links WHERE tenant_id = ${tenant()} AND kind = 'leader_org' AND valid_to IS NOT NULL`), 1);
    assert.deepEqual((await figure('F16')).values, { min: 2, max: 3, leaders: 8, points: 19 });
  });

  test('F17: 41 enterprises have a department contact from the 5 department branches; one past contact has ended', async () => {
    for (const d of [reportDate, today()]) {
      const n = await count(sql`SELECT count(DISTINCT cl.enterprise_id) AS n FROM contact_links cl JOIN orgs o ON o.tenant_id = cl.tenant_id AND o.id = cl.org_id
        WHERE cl.tenant_id = ${tenant()} AND cl.kind = 'department_enterprise' AND ${live(d)} AND o.code IN (${sql.join(departmentCodes.map((c) => sql`${c}`), sql`, `)})`);
      assert.equal(n, 41, d);
    }
    assert.equal(await count(sql`SELECT count(*) AS n FROM contact_links WHERE tenant_id = ${tenant()} AND kind = 'department_enterprise' AND valid_to IS NOT NULL`), 1);
    const f = await figure('F17');
    assert.equal(f.values.enterprises, 41);
    assert.equal(f.records.total, 41);
  });

  test('F18: 19 enterprise party orgs are linked to all 12 communities and all 31 compounds', async () => {
    for (const d of [reportDate, today()]) {
      const [r] = await rows<{ orgs: string | number; communities: string | number; compounds: string | number }>(sql`SELECT count(DISTINCT cl.org_id) AS orgs,
          count(DISTINCT cl.place_id) FILTER (WHERE p.kind = 'community') AS communities, count(DISTINCT cl.place_id) FILTER (WHERE p.kind = 'compound') AS compounds
        FROM contact_links cl JOIN places p ON p.tenant_id = cl.tenant_id AND p.id = cl.place_id JOIN orgs o ON o.tenant_id = cl.tenant_id AND o.id = cl.org_id
        WHERE cl.tenant_id = ${tenant()} AND cl.kind = 'org_place' AND ${live(d)} AND o.host_unit_kind = 'enterprise'`);
      assert.deepEqual([Number(r.orgs), Number(r.communities), Number(r.compounds)], [19, 12, 31], d);
    }
    assert.deepEqual((await figure('F18')).values, { orgs: 19, communities: 12, compounds: 31 });
  });

  test('F19 (cadres): at least 200 cadres logged enterprise visits in 2025, as cadresWithEnterpriseVisits says', async () => {
    const visitors = await count(sql`SELECT count(DISTINCT v.visitor_user_id) AS n FROM contact_visits v JOIN role_assignments ra ON ra.tenant_id = v.tenant_id AND ra.user_id = v.visitor_user_id AND ra.role = 'cadre'
      WHERE v.tenant_id = ${tenant()} AND v.enterprise_id IS NOT NULL AND v.visited_on BETWEEN '2025-01-01' AND ${reportDate}`);
    assert.ok(visitors >= 200, `${visitors}`);
    const exported = await cadresWithEnterpriseVisits(get().system, reportDate);
    assert.equal(exported.length, visitors);
    assert.ok((await count(sql`SELECT count(*) AS n FROM contact_visits WHERE tenant_id = ${tenant()} AND visited_on > ${reportDate}`)) > 0);
    assert.equal(
      await count(sql`SELECT count(*) AS n FROM audit_log a JOIN contact_visits v ON v.tenant_id = a.tenant_id AND a.object_id = v.id::text AND a.actor_user_id = v.visitor_user_id
        WHERE a.tenant_id = ${tenant()} AND a.action = 'contact_visit.create'`),
      await count(sql`SELECT count(*) AS n FROM contact_visits WHERE tenant_id = ${tenant()}`),
    );
  });

  test('a demo cadre reads a paired enterprise with 200, and never-visited pairings are flagged stale on the report date', async () => {
    const [pair] = await rows<{ username: string; enterprise_id: string | number }>(sql`SELECT u.username, cl.enterprise_id FROM contact_links cl JOIN users u ON u.tenant_id = cl.tenant_id AND u.id = cl.user_id
      WHERE cl.tenant_id = ${tenant()} AND cl.kind = 'cadre_enterprise' ORDER BY u.username LIMIT 1`);
    const cadre = await get().login(pair.username, demo().password);
    assert.equal((await get().app.inject({ url: `/api/v1/enterprises/${pair.enterprise_id}`, headers: { cookie: cadre } })).statusCode, 200);
    const never = await count(sql`SELECT count(*) AS n FROM contact_links cl WHERE cl.tenant_id = ${tenant()} AND cl.kind = 'cadre_enterprise'
      AND NOT EXISTS (SELECT 1 FROM contact_visits v WHERE v.tenant_id = cl.tenant_id AND v.link_id = cl.id)`);
    assert.ok(never > 0);
    cookie ||= await get().login('leader', demo().password);
    const stale = await get().app.inject({ url: `/api/v1/contact-links/stale?kind=cadre_enterprise&asOf=${reportDate}&pageSize=200`, headers: { cookie } });
    assert.equal(stale.statusCode, 200, stale.body);
    assert.ok(stale.json().total >= never, `${stale.json().total} < ${never}`);
  });
}
