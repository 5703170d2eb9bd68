import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestOrg, createTestTree } from '../../../../test/factories.ts';
import { auditLog } from '../../db/schema/index.ts';
import { coverByOrg, designate, insertAssignment, insertUnit, parkOf } from './coverage.fixtures.ts';

type Rate = { category: string; denominator: number; orgCovered: number; instructorCovered: number; covered: number; rate: number | null };
type Unit = { id: number; covered: boolean; orgCovered: boolean; instructorCovered: boolean; orgs: { orgId: number; kind: string }[]; instructors: { userId: number }[] };

describeWithApp('coverage rates, units, rules and figures', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let admin: string;
  let instructorId: number;

  const read = (cookie: string, url: string) => get().app.inject({ url, headers: { cookie } });
  const put = (cookie: string, category: string, payload: unknown) =>
    get().app.inject({ method: 'PUT', url: `/api/v1/coverage/rules/${category}`, headers: { cookie }, payload: payload as object });

  async function rates(cookie: string, query: string): Promise<Record<string, Rate>> {
    const res = await read(cookie, `/api/v1/coverage/rates?${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return Object.fromEntries(res.json().items.map((r: Rate) => [r.category, r]));
  }

  async function units(cookie: string, query: string): Promise<{ total: number; items: Unit[] }> {
    const res = await read(cookie, `/api/v1/coverage/units?pageSize=200&${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json();
  }

  /** A committee of its own under the root, so each test counts only its own units (responsibleOrgId). */
  const freshSubtree = () => createTestOrg(get().system, { parentId: tree.root.id, kind: 'committee', foundedOn: '2016-01-01' });

  before(async () => {
    tree = await createTestTree(get().system);
    admin = (await get().userWith([{ role: 'park_admin', orgId: null }])).cookie;
    instructorId = (await get().userWith([{ role: 'instructor', orgId: null }])).userId;
  });

  test('GET /api/v1/coverage/rates counts as of two dates around a designation change and a coverage link\'s start', async () => {
    const park = parkOf(get());
    const home = await freshSubtree();
    const ownOrg = await createTestOrg(get().system, { parentId: home.id, kind: 'branch', foundedOn: '2020-01-01' });
    const rising = await insertUnit(park, home.id);
    await designate(park, rising.id, 'above_scale', '2024-01-01');
    await coverByOrg(park, ownOrg.id, rising.id, 'own', '2024-06-01');
    const falling = await insertUnit(park, home.id);
    await designate(park, falling.id, 'above_scale', '2023-01-01', '2024-03-01');
    await insertAssignment(park, instructorId, falling.id, '2023-06-01');

    const q = (asOf: string) => `asOf=${asOf}&responsibleOrgId=${home.id}`;
    const late2023 = (await rates(admin, q('2023-12-31'))).above_scale;
    assert.deepEqual([late2023.denominator, late2023.orgCovered, late2023.instructorCovered, late2023.covered, late2023.rate], [1, 0, 1, 1, 1]);
    const spring2024 = (await rates(admin, q('2024-04-01'))).above_scale;
    assert.deepEqual([spring2024.denominator, spring2024.orgCovered, spring2024.instructorCovered, spring2024.covered, spring2024.rate], [1, 0, 0, 0, 0]);
    const june2024 = (await rates(admin, q('2024-06-01'))).above_scale;
    assert.deepEqual([june2024.denominator, june2024.orgCovered, june2024.covered], [1, 1, 1]);
    const before2023 = (await rates(admin, q('2022-12-31'))).above_scale;
    assert.deepEqual([before2023.denominator, before2023.covered, before2023.rate], [0, 0, null]);

    const listed = await units(admin, `category=above_scale&${q('2024-06-01')}`);
    assert.deepEqual(listed.items.map((u) => u.id), [rising.id]);
    assert.deepEqual(listed.items[0].orgs.map((o) => [o.orgId, o.kind]), [[ownOrg.id, 'own']]);
  });

  test('srdi counts either level; social organizations count when not closed and founded; a dissolved org no longer covers', async () => {
    const park = parkOf(get());
    const home = await freshSubtree();
    const joint = await createTestOrg(get().system, { parentId: home.id, kind: 'joint_branch', foundedOn: '2020-01-01' });
    const national = await insertUnit(park, home.id);
    await designate(park, national.id, 'srdi_national', '2022-01-01');
    const provincial = await insertUnit(park, home.id);
    await designate(park, provincial.id, 'srdi_provincial', '2022-01-01');
    await designate(park, provincial.id, 'high_tech', '2022-01-01');
    await coverByOrg(park, joint.id, national.id, 'joint', '2022-01-01');
    const society = await insertUnit(park, home.id, { unitKind: 'social_org', foundedOn: '2020-01-01' });
    await insertUnit(park, home.id, { unitKind: 'social_org', status: 'closed' });
    await insertUnit(park, home.id, { unitKind: 'social_org', foundedOn: '2024-05-01' });
    await coverByOrg(park, joint.id, society.id, 'joint', '2022-01-01');

    const q = `asOf=2024-01-01&responsibleOrgId=${home.id}`;
    const r = await rates(admin, q);
    assert.deepEqual([r.srdi.denominator, r.srdi.covered], [2, 1]);
    assert.deepEqual([r.social_org.denominator, r.social_org.covered], [1, 1]);
    assert.equal((await rates(admin, `asOf=2024-05-01&responsibleOrgId=${home.id}`)).social_org.denominator, 2);

    const dissolved = await get().app.inject({ method: 'POST', url: `/api/v1/orgs/${joint.id}/dissolve`, headers: { cookie: admin }, payload: { effectiveOn: '2024-02-01' } });
    assert.equal(dissolved.statusCode, 200, dissolved.body);
    const after = await rates(admin, `asOf=2024-02-01&responsibleOrgId=${home.id}`);
    assert.deepEqual([after.srdi.covered, after.social_org.covered], [0, 0]);
    assert.deepEqual([(await rates(admin, q)).srdi.covered], [1]);
  });

  test('PUT /api/v1/coverage/rules switches what counts: an instructor not counting changes the numbers, and it is audited', async () => {
    const park = parkOf(get());
    const home = await freshSubtree();
    const unit = await insertUnit(park, home.id);
    await designate(park, unit.id, 'above_scale', '2022-01-01');
    await insertAssignment(park, instructorId, unit.id, '2022-01-01');
    const q = `asOf=2024-01-01&responsibleOrgId=${home.id}`;
    assert.equal((await rates(admin, q)).above_scale.covered, 1);

    const res = await put(admin, 'above_scale', { countsOrg: true, countsInstructor: false, visitIntervalDays: 60 });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { category: 'above_scale', countsOrg: true, countsInstructor: false, visitIntervalDays: 60, isDefault: false });
    const switched = (await rates(admin, q)).above_scale;
    assert.deepEqual([switched.instructorCovered, switched.covered, switched.rate], [1, 0, 0]);
    assert.deepEqual((await units(admin, `category=above_scale&covered=false&${q}`)).items.map((u) => u.id), [unit.id]);
    const rules = (await read(admin, '/api/v1/coverage/rules')).json().items;
    assert.deepEqual(rules.map((r: { category: string; isDefault: boolean }) => [r.category, r.isDefault]), [['above_scale', false], ['srdi', true], ['social_org', true]]);

    const audited = await get().database.db.select().from(auditLog).where(and(eq(auditLog.tenantId, get().park.id), eq(auditLog.action, 'coverage_rule.update')));
    assert.equal(audited.length, 1);
    assert.equal(audited[0].objectId, 'above_scale');

    assert.equal((await put(admin, 'above_scale', { countsOrg: true, countsInstructor: true, visitIntervalDays: 90 })).statusCode, 200);
    assert.equal((await rates(admin, q)).above_scale.covered, 1);
  });

  test('PUT /api/v1/coverage/rules refuses bad input with 400/422 naming the field, and org-bound writers with 403', async () => {
    const both = await put(admin, 'srdi', { countsOrg: false, countsInstructor: false, visitIntervalDays: 90 });
    assert.equal(both.statusCode, 422);
    assert.equal(both.json().error.details[0].field, 'countsOrg');
    const days = await put(admin, 'srdi', { countsOrg: true, countsInstructor: true, visitIntervalDays: 0 });
    assert.equal(days.statusCode, 400);
    assert.match(days.json().error.details[0].field, /visitIntervalDays/);
    assert.equal((await put(admin, 'above_scale_plus', { countsOrg: true, countsInstructor: true, visitIntervalDays: 30 })).statusCode, 400);
    const secretary = (await get().userWith([{ role: 'park_admin', orgId: tree.a.id }])).cookie;
    assert.equal((await put(secretary, 'srdi', { countsOrg: true, countsInstructor: true, visitIntervalDays: 30 })).statusCode, 403);
    const cadre = (await get().userWith([{ role: 'cadre', orgId: null }])).cookie;
    assert.equal((await put(cadre, 'srdi', { countsOrg: true, countsInstructor: true, visitIntervalDays: 30 })).statusCode, 403);
  });

  test('rates equal their unit lists, for every category and both ways of being covered', async () => {
    const park = parkOf(get());
    const home = await freshSubtree();
    const own = await createTestOrg(get().system, { parentId: home.id, kind: 'branch', foundedOn: '2020-01-01' });
    const layout: [string, 'org' | 'instructor' | 'both' | 'none'][] = [
      ['above_scale', 'org'],
      ['above_scale', 'instructor'],
      ['above_scale', 'none'],
      ['srdi_national', 'both'],
      ['srdi_provincial', 'none'],
    ];
    for (const [designation, how] of layout) {
      const u = await insertUnit(park, home.id);
      await designate(park, u.id, designation, '2023-01-01');
      if (how === 'org' || how === 'both') await coverByOrg(park, own.id, u.id, 'own', '2023-01-01');
      if (how === 'instructor' || how === 'both') await insertAssignment(park, instructorId, u.id, '2023-01-01');
    }
    const society = await insertUnit(park, home.id, { unitKind: 'social_org' });
    await insertAssignment(park, instructorId, society.id, '2023-01-01');

    const q = `asOf=2024-01-01&responsibleOrgId=${home.id}`;
    const r = await rates(admin, q);
    for (const category of ['above_scale', 'srdi', 'social_org']) {
      const rate = r[category];
      const all = await units(admin, `category=${category}&${q}`);
      const covered = await units(admin, `category=${category}&covered=true&${q}`);
      const uncovered = await units(admin, `category=${category}&covered=false&${q}`);
      const byOrg = await units(admin, `category=${category}&orgCovered=true&${q}`);
      const byInstructor = await units(admin, `category=${category}&instructorCovered=true&${q}`);
      assert.equal(all.total, rate.denominator, category);
      assert.equal(all.items.length, rate.denominator, category);
      assert.equal(covered.total, rate.covered, category);
      assert.equal(uncovered.total, rate.denominator - rate.covered, category);
      assert.equal(byOrg.total, rate.orgCovered, category);
      assert.equal(byInstructor.total, rate.instructorCovered, category);
      assert.ok(covered.items.every((u) => u.covered && (u.orgs.length > 0 || u.instructors.length > 0)), category);
      assert.ok(uncovered.items.every((u) => !u.covered && u.orgs.length === 0 && u.instructors.length === 0), category);
    }
    assert.deepEqual([r.above_scale.denominator, r.above_scale.orgCovered, r.above_scale.instructorCovered, r.above_scale.covered], [3, 1, 1, 2]);
    assert.deepEqual([r.srdi.denominator, r.srdi.covered, r.social_org.covered], [2, 1, 1]);
    const paged = await read(admin, `/api/v1/coverage/units?category=above_scale&pageSize=2&page=2&${q}`);
    assert.deepEqual([paged.json().total, paged.json().items.length], [3, 1]);
  });

  test('F04–F06 and F12 values equal their records and the coverage lists', async () => {
    const park = parkOf(get());
    const home = await freshSubtree();
    const u = await insertUnit(park, home.id);
    await designate(park, u.id, 'above_scale', '2023-01-01');
    await insertAssignment(park, instructorId, u.id, '2023-01-01');
    const asOf = '2024-02-02';
    for (const [id, category] of [['F04', 'above_scale'], ['F05', 'srdi'], ['F06', 'social_org']] as const) {
      const res = await read(admin, `/api/v1/figures/${id}?asOf=${asOf}&pageSize=200`);
      assert.equal(res.statusCode, 200, res.body);
      const f = res.json();
      const listed = await units(admin, `category=${category}&covered=true&asOf=${asOf}`);
      const total = (await rates(admin, `asOf=${asOf}`))[category].denominator;
      assert.equal(f.values.covered, f.records.total, id);
      assert.equal(f.values.total, total, id);
      assert.deepEqual(f.records.items.map((x: { id: number }) => x.id).sort(), listed.items.map((x) => x.id).sort(), id);
      if (total > 0) assert.equal(f.values.ratePercent, Math.round((f.values.covered * 10000) / total) / 100, id);
    }
    const f12 = (await read(admin, `/api/v1/figures/F12?asOf=${asOf}&pageSize=200`)).json();
    assert.equal(f12.values.enterprises, f12.records.total);
    assert.ok(f12.records.items.some((x: { id: number }) => x.id === u.id));
    const assigned = (await read(admin, `/api/v1/instructor-assignments?asOf=${asOf}&pageSize=200`)).json();
    assert.equal(f12.values.enterprises, new Set(assigned.items.map((a: { enterpriseId: number }) => a.enterpriseId)).size);
  });

  test('rates stay in the caller\'s scope; an org outside it or in another park is 404; no enterprises.read is 403', async () => {
    const park = parkOf(get());
    const inA1 = await insertUnit(park, tree.a1.id);
    await designate(park, inA1.id, 'above_scale', '2023-01-01');
    const inB1 = await insertUnit(park, tree.b1.id);
    await designate(park, inB1.id, 'above_scale', '2023-01-01');
    const secretary = (await get().userWith([{ role: 'org_secretary', orgId: tree.a.id }])).cookie;
    const visible = await units(secretary, 'category=above_scale&asOf=2024-01-01');
    assert.ok(visible.items.some((u) => u.id === inA1.id));
    assert.ok(!visible.items.some((u) => u.id === inB1.id));
    assert.equal((await rates(secretary, 'asOf=2024-01-01')).above_scale.denominator, visible.total);
    assert.equal((await read(secretary, `/api/v1/coverage/rates?responsibleOrgId=${tree.b1.id}`)).statusCode, 404);
    assert.equal((await read(secretary, `/api/v1/coverage/rates?responsibleOrgId=${tree.root.id}`)).statusCode, 404);
    const other = await get().otherPark();
    const foreign = await createTestOrg(other.system);
    const res = await read(admin, `/api/v1/coverage/units?category=srdi&responsibleOrgId=${foreign.id}`);
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.details[0].field, 'responsibleOrgId');
    const grid = (await get().userWith([{ role: 'grid_worker', orgId: tree.a.id }])).cookie;
    for (const url of ['/api/v1/coverage/rates', '/api/v1/coverage/rules', '/api/v1/coverage/units?category=srdi', '/api/v1/coverage/alerts', '/api/v1/coverage/unvisited']) {
      assert.equal((await read(grid, url)).statusCode, 403, url);
    }
    assert.equal((await read(admin, '/api/v1/coverage/units?category=nope')).statusCode, 400);
    assert.equal((await read(admin, '/api/v1/coverage/units')).statusCode, 400);
  });
});
