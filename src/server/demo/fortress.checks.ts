import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type SQL, sql } from 'drizzle-orm';
import type { TestContext } from '../../../test/helpers/test-app.ts';
import { today } from '../platform/paging.ts';
import { isUsccProblem, parseUscc } from '../platform/uscc.ts';
import { foreignEnterprise } from './catalog.ts';
import { chainHonors, parkHonors } from './fortress-catalog.ts';
import type { DemoPark } from './demo-park.ts';
import { reportDate } from './people.ts';

/**
 * The Red Fortress figures F03–F14 of the demo park, each checked by independent SQL on the report date and
 * today, and through GET /api/v1/figures/<id>?asOf=2025-12-31 as a park leader. Registered inside the demo park's
 * suite (demo-park.int.test.ts) so that the park is loaded once.
 */
export function fortressChecks(get: () => TestContext, demo: () => DemoPark) {
  const rows = async <T>(query: SQL): Promise<T[]> => ((await get().database.db.execute(query)) as unknown as { rows: T[] }).rows;
  const count = async (query: SQL): Promise<number> => Number((await rows<{ n: string | number }>(query))[0].n);
  const tenant = () => get().park.id;
  const dates = () => [reportDate, today()];
  const live = (alias: string, d: string) => sql.raw(`${alias}.valid_from <= '${d}' AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > '${d}')`);
  let cookie = '';
  const figure = async (id: string) => {
    cookie ||= await get().login('leader', demo().password);
    const res = await get().app.inject({ url: `/api/v1/figures/${id}?asOf=${reportDate}`, headers: { cookie } });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { values: Record<string, number>; records: { total: number; items: { label: string }[] } };
  };

  test('about 600 enterprises and the 12 social organizations, every USCC valid under GB 32100 and unique', async () => {
    const units = await rows<{ uscc: string; unit_kind: string; status: string }>(sql`SELECT uscc, unit_kind, status FROM enterprises WHERE tenant_id = ${tenant()}`);
    assert.equal(units.filter((u) => u.unit_kind === 'enterprise').length, 600);
    assert.equal(units.filter((u) => u.unit_kind === 'social_org').length, 12);
    assert.ok(units.every((u) => !isUsccProblem(parseUscc(u.uscc))));
    assert.equal(new Set(units.map((u) => u.uscc)).size, units.length);
    assert.deepEqual([...new Set(units.map((u) => u.status))].sort(), ['active', 'closed', 'onboarding']);
  });

  test('F03: 119 orgs in force cover an enterprise or social organization, every hosted org by an own link', async () => {
    for (const d of dates()) {
      const n = await count(sql`SELECT count(DISTINCT oc.org_id) AS n FROM org_coverage oc JOIN org_versions v ON v.tenant_id = oc.tenant_id AND v.org_id = oc.org_id
        WHERE oc.tenant_id = ${tenant()} AND ${live('oc', d)} AND ${live('v', d)}`);
      assert.equal(n, 119, d);
    }
    assert.equal(await count(sql`SELECT count(*) AS n FROM orgs o WHERE o.tenant_id = ${tenant()} AND o.dissolved_on IS NULL AND o.host_unit_kind IN ('enterprise', 'social_org') AND NOT EXISTS (
      SELECT 1 FROM org_coverage oc WHERE oc.tenant_id = o.tenant_id AND oc.org_id = o.id AND oc.kind = CASE WHEN o.kind = 'joint_branch' THEN 'joint' ELSE 'own' END)`), 0);
    assert.equal((await figure('F03')).values.orgs, 119);
  });

  test('F04–F06: above-scale, 专精特新 and social organizations are 100% covered by an org or an instructor', async () => {
    const categories: Record<string, (d: string) => SQL> = {
      above_scale: (d) => sql`EXISTS (SELECT 1 FROM enterprise_designations x WHERE x.tenant_id = e.tenant_id AND x.enterprise_id = e.id AND x.designation = 'above_scale' AND ${live('x', d)})`,
      srdi: (d) => sql`EXISTS (SELECT 1 FROM enterprise_designations x WHERE x.tenant_id = e.tenant_id AND x.enterprise_id = e.id AND x.designation IN ('srdi_national', 'srdi_provincial') AND ${live('x', d)})`,
      social_org: () => sql`e.unit_kind = 'social_org' AND e.status <> 'closed'`,
    };
    const expected: Record<string, number> = { above_scale: 160, srdi: 36, social_org: 12 };
    for (const d of dates()) {
      for (const [cat, inCategory] of Object.entries(categories)) {
        const [r] = await rows<{ total: string | number; covered: string | number }>(sql`SELECT count(*) AS total, count(*) FILTER (WHERE
            EXISTS (SELECT 1 FROM org_coverage oc WHERE oc.tenant_id = e.tenant_id AND oc.enterprise_id = e.id AND ${live('oc', d)})
            OR EXISTS (SELECT 1 FROM instructor_assignments ia WHERE ia.tenant_id = e.tenant_id AND ia.enterprise_id = e.id AND ${live('ia', d)})) AS covered
          FROM enterprises e WHERE e.tenant_id = ${tenant()} AND ${inCategory(d)}`);
        assert.equal(Number(r.total), expected[cat], `${cat} ${d}`);
        assert.equal(Number(r.covered), Number(r.total), `${cat} ${d}`);
      }
    }
    for (const [id, total] of [['F04', 160], ['F05', 36], ['F06', 12]] as const) {
      const f = await figure(id);
      assert.deepEqual(f.values, { ratePercent: 100, covered: total, total }, id);
      assert.equal(f.records.total, total);
    }
  });

  test('F07: the foreign-funded enterprise hosts 2 orgs with at least 30 members, who work there', async () => {
    const [e] = await rows<{ id: number }>(sql`SELECT id FROM enterprises WHERE tenant_id = ${tenant()} AND name = ${foreignEnterprise.name}`);
    const orgs = await count(sql`SELECT count(*) AS n FROM org_coverage oc WHERE oc.tenant_id = ${tenant()} AND oc.enterprise_id = ${e.id} AND oc.kind = 'own' AND ${live('oc', reportDate)}`);
    assert.equal(orgs, 2);
    const employed = await count(sql`SELECT count(*) AS n FROM members x JOIN memberships m ON m.tenant_id = x.tenant_id AND m.member_id = x.id AND m.valid_to IS NULL
      JOIN org_coverage oc ON oc.tenant_id = m.tenant_id AND oc.org_id = m.org_id AND oc.enterprise_id = ${e.id} WHERE x.tenant_id = ${tenant()} AND x.employer_id = ${e.id}`);
    assert.ok(employed >= 30, `${employed}`);
    const f = await figure('F07');
    assert.equal(f.values.orgs, 2);
    assert.ok(f.values.members >= 30);
  });

  test('members work at the unit whose own org they belong to, or at one a joint branch of theirs covers', async () => {
    const wrong = await count(sql`SELECT count(*) AS n FROM members x JOIN memberships m ON m.tenant_id = x.tenant_id AND m.member_id = x.id AND m.valid_to IS NULL
      WHERE x.tenant_id = ${tenant()} AND x.employer_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM org_coverage oc WHERE oc.tenant_id = m.tenant_id AND oc.org_id = m.org_id AND oc.enterprise_id = x.employer_id)`);
    assert.equal(wrong, 0);
    assert.ok((await count(sql`SELECT count(*) AS n FROM members WHERE tenant_id = ${tenant()} AND employer_id IS NOT NULL`)) > 2000);
  });

  test('F08: 4 chain committees, each the committee of one chain with dated member enterprises', async () => {
    const chains = await rows<{ category: string; members: string | number }>(sql`SELECT o.category, (SELECT count(*) FROM chain_enterprises ce WHERE ce.tenant_id = c.tenant_id AND ce.chain_id = c.id AND ${live('ce', reportDate)}) AS members
      FROM chains c JOIN orgs o ON o.tenant_id = c.tenant_id AND o.id = c.committee_org_id WHERE c.tenant_id = ${tenant()}`);
    assert.equal(chains.length, 4);
    assert.ok(chains.every((c) => c.category === 'chain_committee' && Number(c.members) >= 10));
    assert.equal((await figure('F08')).values.orgs, 4);
  });

  test('F09–F11: 52 projects signed for at least 600 亿元, at least 40 in production, each with its officer', async () => {
    const reached = (stages: string[], d: string) => sql`SELECT DISTINCT project_id FROM project_stage_changes WHERE tenant_id = ${tenant()} AND changed_on <= ${d}
      AND to_stage IN (${sql.join(stages.map((s) => sql`${s}`), sql`, `)})`;
    for (const d of dates()) {
      const [s] = await rows<{ n: string | number; yuan: string | number }>(sql`SELECT count(*) AS n, sum(agreed_investment) AS yuan FROM projects WHERE tenant_id = ${tenant()} AND id IN (${reached(['signed', 'registered', 'started', 'in_production'], d)})`);
      assert.equal(Number(s.n), 52, d);
      assert.ok(Number(s.yuan) >= 60_000_000_000, `${s.yuan}`);
      assert.ok((await count(sql`SELECT count(*) AS n FROM (${reached(['in_production'], d)}) p`)) >= 40, d);
    }
    assert.equal(await count(sql`SELECT count(*) AS n FROM projects p WHERE p.tenant_id = ${tenant()} AND NOT EXISTS (
      SELECT 1 FROM project_officers po WHERE po.tenant_id = p.tenant_id AND po.project_id = p.id AND po.valid_to IS NULL)`), 0);
    assert.equal(await count(sql`SELECT count(*) AS n FROM projects WHERE tenant_id = ${tenant()} AND stage = 'negotiating'`), 4);
    assert.ok((await count(sql`SELECT count(*) AS n FROM project_stage_changes WHERE tenant_id = ${tenant()} AND reason IS NOT NULL`)) >= 1);
    assert.ok((await count(sql`SELECT count(*) AS n FROM project_notes WHERE tenant_id = ${tenant()} AND kind = 'blocker' AND status = 'open'`)) >= 1);
    assert.equal((await figure('F09')).values.projects, 52);
    assert.ok((await figure('F10')).values.yuan >= 60_000_000_000);
    assert.ok((await figure('F11')).values.projects >= 40);
  });

  test('F12: 230 enterprises have an instructor; each visited in 2025, every visit within its instructor\'s assignment', async () => {
    for (const d of dates()) {
      assert.equal(await count(sql`SELECT count(DISTINCT enterprise_id) AS n FROM instructor_assignments ia WHERE tenant_id = ${tenant()} AND ${live('ia', d)}`), 230, d);
    }
    assert.equal(await count(sql`SELECT count(DISTINCT ia.instructor_user_id) AS n FROM instructor_assignments ia WHERE ia.tenant_id = ${tenant()}`), 12);
    assert.ok((await count(sql`SELECT count(*) AS n FROM guidance_visits WHERE tenant_id = ${tenant()} AND visited_on <= ${reportDate}`)) >= 400);
    assert.equal(await count(sql`SELECT count(DISTINCT enterprise_id) AS n FROM guidance_visits WHERE tenant_id = ${tenant()} AND visited_on BETWEEN '2025-01-01' AND ${reportDate}`), 230);
    assert.equal(await count(sql`SELECT count(*) AS n FROM guidance_visits g WHERE g.tenant_id = ${tenant()} AND NOT EXISTS (SELECT 1 FROM instructor_assignments ia
      WHERE ia.tenant_id = g.tenant_id AND ia.enterprise_id = g.enterprise_id AND ia.instructor_user_id = g.instructor_user_id AND ${sql.raw("ia.valid_from <= g.visited_on AND (ia.valid_to IS NULL OR ia.valid_to > g.visited_on)")})`), 0);
    assert.equal((await figure('F12')).values.enterprises, 230);
  });

  test('F13, F14 and F22: the park\'s and the food and beverage chain\'s honors', async () => {
    const park = await rows<{ title: string }>(sql`SELECT title FROM honors WHERE tenant_id = ${tenant()} AND holder_kind = 'park' AND awarded_on <= ${reportDate}`);
    assert.deepEqual(park.map((h) => h.title).sort(), parkHonors.map((h) => h.title).sort());
    const chain = await rows<{ title: string; code: string }>(sql`SELECT h.title, c.code FROM honors h JOIN chains c ON c.tenant_id = h.tenant_id AND c.id = h.holder_id WHERE h.tenant_id = ${tenant()} AND h.holder_kind = 'chain'`);
    assert.deepEqual(chain.map((h) => [h.code, h.title]).sort(), chainHonors.map((h) => [h.chainCode, h.title]).sort());
    const f13 = await figure('F13');
    assert.deepEqual([f13.values.honors, f13.records.items.map((r) => r.label.replace(/（.*$/, ''))], [1, ['四川省两新组织党建示范园区']]);
    const f22 = await figure('F22');
    assert.deepEqual([f22.values.honors, f22.records.items.map((r) => r.label.replace(/（.*$/, ''))], [1, ['首批全省十大高质量发展激励政策园区']]);
    assert.equal((await figure('F14')).values.honors, 2);
  });

  test('onboarding: one case completed in 2025, two open with overdue steps for the enterprises still onboarding', async () => {
    const cases = await rows<{ status: string; completed_on: string | null; unit_status: string; overdue: string | number }>(sql`SELECT c.status, c.completed_on::text AS completed_on, e.status AS unit_status,
      (SELECT count(*) FROM onboarding_steps s WHERE s.tenant_id = c.tenant_id AND s.case_id = c.id AND s.status NOT IN ('done', 'skipped') AND s.due_on < ${reportDate}) AS overdue
      FROM onboarding_cases c JOIN enterprises e ON e.tenant_id = c.tenant_id AND e.id = c.enterprise_id WHERE c.tenant_id = ${tenant()} ORDER BY c.status`);
    assert.deepEqual(cases.map((c) => [c.status, c.unit_status]), [['completed', 'active'], ['open', 'onboarding'], ['open', 'onboarding']]);
    assert.ok(cases[0].completed_on?.startsWith('2025-'));
    assert.ok(cases.slice(1).every((c) => Number(c.overdue) > 0));
  });

  test('the contact account is bound to its enterprise, the instructor account to its assigned enterprises', async () => {
    const [contact] = await rows<{ enterprise_id: number | null; org_id: number }>(sql`SELECT ra.enterprise_id, ra.org_id FROM role_assignments ra JOIN users u ON u.tenant_id = ra.tenant_id AND u.id = ra.user_id
      WHERE ra.tenant_id = ${tenant()} AND u.username = 'contact'`);
    assert.ok(contact.enterprise_id);
    assert.equal(await count(sql`SELECT count(*) AS n FROM org_coverage WHERE tenant_id = ${tenant()} AND enterprise_id = ${contact.enterprise_id} AND org_id = ${contact.org_id} AND kind = 'own'`), 1);
    assert.ok((await count(sql`SELECT count(*) AS n FROM instructor_assignments ia JOIN users u ON u.tenant_id = ia.tenant_id AND u.id = ia.instructor_user_id
      WHERE ia.tenant_id = ${tenant()} AND u.username = 'instructor' AND ia.valid_to IS NULL`)) >= 10);
  });
}
