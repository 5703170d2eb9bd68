import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createTestOrg, createTestTree } from '../../../../test/factories.ts';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestChain, makeChainCommittee } from '../chains/chains.fixtures.ts';
import { assignOfficer, endOfficer } from './project-officers.service.ts';
import { buildProjectInput, createTestProject } from './projects.fixtures.ts';

const ids = (body: { items: { id: number }[] }) => body.items.map((i) => i.id).sort((x, y) => x - y);

describeWithApp('projects scope', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let chainA1: number;
  let chainB1: number;
  let ofA1: number;
  let alsoOfA1: number;
  let ofB1: number;
  let unchained: number;
  let foreign: number;
  let secretaryA1: string;
  let admin: string;
  before(async () => {
    const ctx = get();
    tree = await createTestTree(ctx.system);
    await makeChainCommittee(ctx.system, tree.a1.id);
    await makeChainCommittee(ctx.system, tree.b1.id);
    chainA1 = (await createTestChain(ctx.system, tree.a1.id)).id;
    chainB1 = (await createTestChain(ctx.system, tree.b1.id)).id;
    ofA1 = (await createTestProject(ctx.system, chainA1, { stage: 'signed', stageSince: '2023-01-01' })).id;
    alsoOfA1 = (await createTestProject(ctx.system, chainA1)).id;
    ofB1 = (await createTestProject(ctx.system, chainB1, { stage: 'signed', stageSince: '2023-01-01' })).id;
    unchained = (await createTestProject(ctx.system, null)).id;
    const other = await ctx.otherPark();
    const otherCommittee = await createTestOrg(other.system, { category: 'chain_committee' });
    foreign = (await createTestProject(other.system, (await createTestChain(other.system, otherCommittee.id)).id)).id;
    secretaryA1 = (await ctx.userWith([{ role: 'org_secretary', orgId: tree.a1.id }])).cookie;
    admin = (await ctx.userWith([{ role: 'park_admin', orgId: null }])).cookie;
  });

  const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    get().app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  test('a secretary of a1, whose chain committee is a1, sees that chain\'s projects and 404 for b1\'s, unchained, foreign and missing ones', async () => {
    assert.deepEqual(ids((await call(secretaryA1, 'GET', '/api/v1/projects')).json()), [ofA1, alsoOfA1].sort((x, y) => x - y));
    assert.equal((await call(secretaryA1, 'GET', `/api/v1/projects/${ofA1}`)).statusCode, 200);
    for (const id of [ofB1, unchained, foreign, 99999999]) {
      const res = await call(secretaryA1, 'GET', `/api/v1/projects/${id}`);
      assert.equal(res.statusCode, 404, `project ${id}`);
      assert.deepEqual(Object.keys(res.json()), ['error']);
    }
    const pipeline = (await call(secretaryA1, 'GET', '/api/v1/projects/pipeline')).json();
    assert.equal(pipeline.total.count, 2);
    const filtered = await call(secretaryA1, 'GET', `/api/v1/projects?chainId=${chainB1}`);
    assert.equal(filtered.statusCode, 404);
    assert.equal(filtered.json().error.details[0].field, 'chainId');
    const f09 = (await call(secretaryA1, 'GET', '/api/v1/figures/F09')).json();
    assert.deepEqual([f09.values.projects, f09.records.items.map((r: { id: number }) => r.id)], [1, [ofA1]], 'figures count the caller\'s projects only');
  });

  test('a park-wide admin sees every project of the park, and 404 for another park\'s', async () => {
    const list = (await call(admin, 'GET', '/api/v1/projects?pageSize=200')).json();
    assert.deepEqual(ids(list), [ofA1, alsoOfA1, ofB1, unchained].sort((x, y) => x - y));
    assert.equal((await call(admin, 'GET', `/api/v1/projects/${foreign}`)).statusCode, 404);
    assert.equal((await call(admin, 'POST', `/api/v1/projects/${foreign}/stage`, { toStage: 'signed', changedOn: '2024-01-01' })).statusCode, 404);
  });

  test('a cadre of a1 writes that chain\'s projects, 404 elsewhere; a project without a chain needs park-wide reach (403)', async () => {
    const cadre = (await get().userWith([{ role: 'cadre', orgId: tree.a1.id }])).cookie;
    const moved = await call(cadre, 'POST', `/api/v1/projects/${alsoOfA1}/stage`, { toStage: 'signed', changedOn: '2024-02-01' });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal((await call(cadre, 'POST', `/api/v1/projects/${ofB1}/stage`, { toStage: 'started', changedOn: '2024-02-01' })).statusCode, 404);
    const created = await call(cadre, 'POST', '/api/v1/projects', buildProjectInput(chainA1));
    assert.equal(created.statusCode, 201, created.body);
    const elsewhere = await call(cadre, 'POST', '/api/v1/projects', buildProjectInput(chainB1));
    assert.equal(elsewhere.statusCode, 404);
    assert.equal(elsewhere.json().error.details[0].field, 'chainId');
    assert.equal((await call(cadre, 'POST', '/api/v1/projects', buildProjectInput(null))).statusCode, 403);
  });

  test('a chief service officer sees and writes only their own project, cannot assign officers, and loses it when the assignment ends', async () => {
    const ctx = get();
    const elsewhere = await createTestOrg(ctx.system, { parentId: tree.root.id, kind: 'committee' });
    const officer = await ctx.userWith([{ role: 'cadre', orgId: elsewhere.id }]);
    const assignment = await assignOfficer(ctx.system, ofB1, { userId: officer.userId, validFrom: '2023-02-01' });
    assert.deepEqual(ids((await call(officer.cookie, 'GET', '/api/v1/projects')).json()), [ofB1]);
    assert.equal((await call(officer.cookie, 'GET', `/api/v1/projects/${ofB1}`)).statusCode, 200);
    assert.equal((await call(officer.cookie, 'GET', `/api/v1/projects/${ofA1}`)).statusCode, 404);
    const note = await call(officer.cookie, 'POST', `/api/v1/projects/${ofB1}/notes`, { kind: 'service_log', content: '协调水电接入', notedOn: '2024-01-05' });
    assert.equal(note.statusCode, 201, note.body);
    assert.equal(note.json().byUserId, officer.userId);
    assert.equal((await call(officer.cookie, 'POST', `/api/v1/projects/${ofB1}/stage`, { toStage: 'registered', changedOn: '2024-01-06' })).statusCode, 200);
    const reassign = await call(officer.cookie, 'POST', `/api/v1/projects/${ofB1}/officers`, { userId: officer.userId, validFrom: '2024-01-07' });
    assert.equal(reassign.statusCode, 403, 'assigning officers takes the chain\'s reach');
    await endOfficer(ctx.system, assignment.id, { validTo: '2024-01-08' });
    assert.equal((await call(officer.cookie, 'GET', `/api/v1/projects/${ofB1}`)).statusCode, 404);
    assert.equal((await call(officer.cookie, 'GET', '/api/v1/projects')).json().total, 0);
  });

  test('permissions: a leader reads but writing is 403; a grid worker cannot read (403); no session is 401', async () => {
    const ctx = get();
    const leader = (await ctx.userWith([{ role: 'leader', orgId: tree.a1.id }])).cookie;
    assert.equal((await call(leader, 'GET', `/api/v1/projects/${ofA1}`)).statusCode, 200);
    assert.equal((await call(leader, 'PATCH', `/api/v1/projects/${ofA1}`, { name: '不许改' })).statusCode, 403);
    const grid = (await ctx.userWith([{ role: 'grid_worker', orgId: tree.a1.id }])).cookie;
    assert.equal((await call(grid, 'GET', '/api/v1/projects/pipeline')).statusCode, 403);
    assert.equal((await ctx.app.inject({ url: `/api/v1/projects/${ofA1}` })).statusCode, 401);
  });
});
