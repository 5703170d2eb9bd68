import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestOrg, createTestTree } from '../../../../test/factories.ts';
import { coverByOrg, designate, insertAssignment, insertEmployedMember, insertUnit, parkOf } from './coverage.fixtures.ts';

type Alert = {
  unit: { id: number; name: string };
  reason: string;
  categories: string[];
  fullMembers: number;
  recipients: { instructors: { userId: number }[]; committees: { orgId: number }[] };
};
type Flag = { unit: { id: number }; intervalDays: number; lastVisitOn: string | null; daysSinceLastVisit: number | null; categories: string[]; instructors: { userId: number }[] };

describeWithApp('coverage alerts and unvisited flags', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let admin: string;
  let committee: { id: number };
  let instructor: { userId: number; cookie: string };

  const read = (cookie: string, url: string) => get().app.inject({ url, headers: { cookie } });
  const setRule = async (category: string, rule: { countsOrg: boolean; countsInstructor: boolean; visitIntervalDays: number }) => {
    const res = await get().app.inject({ method: 'PUT', url: `/api/v1/coverage/rules/${category}`, headers: { cookie: admin }, payload: rule });
    assert.equal(res.statusCode, 200, res.body);
  };
  const defaults = { countsOrg: true, countsInstructor: true, visitIntervalDays: 90 };

  async function alerts(cookie: string, query: string): Promise<Alert[]> {
    const res = await read(cookie, `/api/v1/coverage/alerts?pageSize=200&${query}`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().total, res.json().items.length);
    // By unit, then reason: the API orders by name, whose order depends on the database's collation.
    return res.json().items.sort((x: Alert, y: Alert) => x.unit.id - y.unit.id || x.reason.localeCompare(y.reason));
  }

  async function unvisited(query: string): Promise<Flag[]> {
    const res = await read(admin, `/api/v1/coverage/unvisited?pageSize=200&${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json().items;
  }

  const freshSubtree = () => createTestOrg(get().system, { parentId: tree.root.id, kind: 'committee', foundedOn: '2016-01-01' });

  before(async () => {
    tree = await createTestTree(get().system);
    committee = await createTestOrg(get().system, { parentId: tree.root.id, kind: 'committee', category: 'liangxin_committee', name: '中共测试区两新组织委员会', foundedOn: '2016-01-01' });
    admin = (await get().userWith([{ role: 'park_admin', orgId: null }])).cookie;
    instructor = await get().userWith([{ role: 'instructor', orgId: null }]);
  });

  test('GET /api/v1/coverage/alerts raises an uncovered unit to its instructors and the two-new committee, per the rule', async () => {
    const park = parkOf(get());
    const home = await freshSubtree();
    const bare = await insertUnit(park, home.id, { name: '甲-未覆盖企业' });
    await designate(park, bare.id, 'above_scale', '2023-01-01');
    const guided = await insertUnit(park, home.id, { name: '乙-指导员企业' });
    await designate(park, guided.id, 'above_scale', '2023-01-01');
    await designate(park, guided.id, 'srdi_national', '2023-01-01');
    await insertAssignment(park, instructor.userId, guided.id, '2023-01-01');
    const q = `asOf=2024-01-01&responsibleOrgId=${home.id}`;

    const first = await alerts(admin, q);
    assert.deepEqual(first.map((a) => [a.unit.id, a.reason, a.categories]), [[bare.id, 'uncovered', ['above_scale']]]);
    assert.deepEqual(first[0].recipients, { instructors: [], committees: [{ orgId: committee.id, name: '中共测试区两新组织委员会' }] });

    await setRule('srdi', { ...defaults, countsInstructor: false });
    try {
      const second = await alerts(admin, q);
      assert.deepEqual(second.map((a) => [a.unit.id, a.categories]), [[bare.id, ['above_scale']], [guided.id, ['srdi']]]);
      assert.deepEqual(second[1].recipients.instructors.map((i) => i.userId), [instructor.userId]);
      assert.deepEqual(second[1].recipients.committees.map((c) => c.orgId), [committee.id]);
    } finally {
      await setRule('srdi', defaults);
    }
    assert.deepEqual((await alerts(admin, `asOf=2022-06-01&responsibleOrgId=${home.id}`)), []);
  });

  test('GET /api/v1/coverage/alerts flags three or more full members and no own org, counting status and membership on the date', async () => {
    const park = parkOf(get());
    const home = await freshSubtree();
    const branch = await createTestOrg(get().system, { parentId: home.id, kind: 'branch', foundedOn: '2020-01-01' });
    const employ = async (employerId: number, n: number, extra: { convertedOn?: string; validTo?: string } = {}) => {
      for (let i = 0; i < n; i++) await insertEmployedMember(park, { orgId: branch.id, employerId, ...extra });
    };
    const three = await insertUnit(park, home.id, { name: '丙-三名党员' });
    await employ(three.id, 3);
    const converting = await insertUnit(park, home.id, { name: '丁-转正中' });
    await employ(converting.id, 2);
    await employ(converting.id, 1, { convertedOn: '2024-06-01' });
    const leaving = await insertUnit(park, home.id, { name: '戊-有人转出' });
    await employ(leaving.id, 2);
    await employ(leaving.id, 1, { validTo: '2023-06-01' });
    const jointOnly = await insertUnit(park, home.id, { name: '己-仅联合' });
    await employ(jointOnly.id, 4);
    await coverByOrg(park, branch.id, jointOnly.id, 'joint', '2022-01-01');
    const owning = await insertUnit(park, home.id, { name: '庚-有自己的支部' });
    await employ(owning.id, 3);
    await coverByOrg(park, branch.id, owning.id, 'own', '2022-01-01');
    const closed = await insertUnit(park, home.id, { name: '辛-已注销', status: 'closed' });
    await employ(closed.id, 3);
    await insertAssignment(park, instructor.userId, three.id, '2023-01-01');

    const on = async (asOf: string) => (await alerts(admin, `asOf=${asOf}&reason=members_without_own_org&responsibleOrgId=${home.id}`)).map((a) => [a.unit.id, a.fullMembers]);
    assert.deepEqual(await on('2024-01-01'), [[three.id, 3], [jointOnly.id, 4]]);
    assert.deepEqual(await on('2024-07-01'), [[three.id, 3], [converting.id, 3], [jointOnly.id, 4]]);
    assert.deepEqual(await on('2023-05-31'), [[three.id, 3], [leaving.id, 3], [jointOnly.id, 4]]);
    const full = await alerts(admin, `asOf=2024-01-01&reason=members_without_own_org&responsibleOrgId=${home.id}`);
    assert.deepEqual(full[0].recipients.instructors.map((i) => i.userId), [instructor.userId]);
    assert.deepEqual(full[0].recipients.committees.map((c) => c.orgId), [committee.id]);
    assert.deepEqual(full[0].categories, []);
  });

  test('alerts stay in the caller\'s scope; the instructor sees those of the units assigned to them', async () => {
    const park = parkOf(get());
    const inA1 = await insertUnit(park, tree.a1.id);
    await designate(park, inA1.id, 'srdi_provincial', '2023-01-01');
    const inB1 = await insertUnit(park, tree.b1.id);
    await designate(park, inB1.id, 'srdi_provincial', '2023-01-01');
    const secretary = (await get().userWith([{ role: 'org_secretary', orgId: tree.a.id }])).cookie;
    const seen = (await alerts(secretary, 'asOf=2024-01-01')).map((a) => a.unit.id);
    assert.ok(seen.includes(inA1.id));
    assert.ok(!seen.includes(inB1.id));
    await setRule('srdi', { ...defaults, countsInstructor: false });
    try {
      await insertAssignment(park, instructor.userId, inB1.id, '2023-01-01');
      const own = (await alerts(instructor.cookie, 'asOf=2024-01-01')).map((a) => a.unit.id);
      assert.ok(own.includes(inB1.id));
      assert.ok(!own.includes(inA1.id));
    } finally {
      await setRule('srdi', defaults);
    }
    assert.equal((await read(secretary, `/api/v1/coverage/alerts?responsibleOrgId=${tree.b.id}`)).statusCode, 404);
  });

  test('GET /api/v1/coverage/unvisited flags enterprises with an instructor and no visit within the smallest interval of their categories', async () => {
    const park = parkOf(get());
    const home = await freshSubtree();
    const visitor = await get().userWith([{ role: 'instructor', orgId: null }]);
    const unit = async (name: string, assignedFrom: string | null) => {
      const u = await insertUnit(park, home.id, { name });
      if (assignedFrom) await insertAssignment(park, visitor.userId, u.id, assignedFrom);
      return u;
    };
    const visit = async (enterpriseId: number, visitedOn: string) => {
      const res = await get().app.inject({ method: 'POST', url: '/api/v1/guidance-visits', headers: { cookie: visitor.cookie }, payload: { enterpriseId, visitedOn, topics: '三会一课' } });
      assert.equal(res.statusCode, 201, res.body);
    };
    const strict = await unit('A-规上', '2023-01-01');
    await designate(park, strict.id, 'above_scale', '2023-01-01');
    await designate(park, strict.id, 'srdi_national', '2023-01-01');
    await visit(strict.id, '2023-12-15');
    const never = await unit('B-从未走访', '2023-01-01');
    const stale = await unit('C-92天', '2023-01-01');
    await visit(stale.id, '2023-10-01');
    const edge = await unit('D-90天', '2023-01-01');
    await visit(edge.id, '2023-10-03');
    await visit(edge.id, '2024-02-01');
    await unit('E-无指导员', null);

    const q = `asOf=2024-01-01&responsibleOrgId=${home.id}`;
    const flags = await unvisited(q);
    assert.deepEqual(flags.map((f) => [f.unit.id, f.lastVisitOn, f.daysSinceLastVisit, f.intervalDays]), [
      [never.id, null, null, 90],
      [stale.id, '2023-10-01', 92, 90],
    ]);
    assert.deepEqual(flags[0].instructors.map((i) => i.userId), [visitor.userId]);

    await setRule('above_scale', { ...defaults, visitIntervalDays: 10 });
    try {
      const tighter = await unvisited(q);
      const row = tighter.find((f) => f.unit.id === strict.id);
      assert.ok(row);
      assert.deepEqual([row.intervalDays, row.daysSinceLastVisit, row.categories], [10, 17, ['above_scale', 'srdi']]);
    } finally {
      await setRule('above_scale', defaults);
    }
    assert.deepEqual((await unvisited(`asOf=2022-06-01&responsibleOrgId=${home.id}`)), []);
  });
});
