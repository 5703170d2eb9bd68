import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createTestTree } from '../../../../test/factories.ts';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestChain, makeChainCommittee } from '../chains/chains.fixtures.ts';
import { createTestEnterprise } from '../enterprises/enterprises.fixtures.ts';
import { buildProjectInput, createTestProject } from './projects.fixtures.ts';

type Change = { fromStage: string | null; toStage: string; changedOn: string; reason: string | null };

describeWithApp('project stages', (get) => {
  let chainId: number;
  let admin: string;
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  before(async () => {
    const ctx = get();
    tree = await createTestTree(ctx.system);
    await makeChainCommittee(ctx.system, tree.a1.id);
    chainId = (await createTestChain(ctx.system, tree.a1.id)).id;
    admin = (await ctx.userWith([{ role: 'park_admin', orgId: null }])).cookie;
  });

  const post = (url: string, payload: object) => get().app.inject({ method: 'POST', url, payload, headers: { cookie: admin } });
  const stage = (id: number, payload: object) => post(`/api/v1/projects/${id}/stage`, payload);
  const detail = async (id: number, asOf?: string) => (await get().app.inject({ url: `/api/v1/projects/${id}${asOf ? `?asOf=${asOf}` : ''}`, headers: { cookie: admin } })).json();

  test('POST /api/v1/projects records a project with its first stage as its first change, 201, audited', async () => {
    const res = await post('/api/v1/projects', buildProjectInput(chainId, { code: 'PJ-NEW', agreedInvestment: 3_500_000_000, stage: 'signed', stageSince: '2023-04-01' }));
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    assert.equal(body.stage, 'signed');
    assert.equal(body.stageSince, '2023-04-01');
    assert.equal(body.agreedInvestment, 3_500_000_000);
    assert.equal(body.agreedInvestmentText, '35亿元');
    assert.deepEqual(body.stageHistory.map((c: Change) => [c.fromStage, c.toStage, c.changedOn]), [[null, 'signed', '2023-04-01']]);
    const audit = await get().database.db.execute(`SELECT action FROM audit_log WHERE tenant_id = ${get().park.id} AND object_type = 'project' AND object_id = '${body.id}'`);
    assert.deepEqual((audit as unknown as { rows: { action: string }[] }).rows.map((r) => r.action), ['project.create']);
  });

  test('POST /api/v1/projects refuses bad input: 400 naming agreedInvestment and stage, 409 for a taken code, 422 for a future date', async () => {
    const zero = await post('/api/v1/projects', buildProjectInput(chainId, { agreedInvestment: 0 }));
    assert.equal(zero.statusCode, 400);
    assert.equal(zero.json().error.details[0].field, 'agreedInvestment');
    const started = await post('/api/v1/projects', { ...buildProjectInput(chainId), stage: 'started' });
    assert.equal(started.statusCode, 400);
    assert.equal(started.json().error.details[0].field, 'stage');
    await createTestProject(get().system, chainId, { code: 'PJ-TAKEN' });
    const taken = await post('/api/v1/projects', buildProjectInput(chainId, { code: 'PJ-TAKEN' }));
    assert.equal(taken.statusCode, 409);
    assert.equal(taken.json().error.details[0].field, 'code');
    const future = await post('/api/v1/projects', buildProjectInput(chainId, { stageSince: '2999-01-01' }));
    assert.equal(future.statusCode, 422);
    assert.equal(future.json().error.details[0].field, 'stageSince');
    const anonymous = await post('/api/v1/projects', buildProjectInput(chainId, { investorName: undefined }));
    assert.equal(anonymous.statusCode, 400);
    assert.equal(anonymous.json().error.details[0].field, 'investorName');
  });

  test('POST /api/v1/projects takes the investor\'s name from the investing enterprise when omitted', async () => {
    const enterprise = await createTestEnterprise(get().system, tree.a1.id, { name: '内江投资实业有限公司' });
    const res = await post('/api/v1/projects', buildProjectInput(chainId, { investorName: undefined, investorEnterpriseId: enterprise.id }));
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().investorName, '内江投资实业有限公司');
    const missing = await post('/api/v1/projects', buildProjectInput(chainId, { investorEnterpriseId: 99999999 }));
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error.details[0].field, 'investorEnterpriseId');
  });

  test('forward moves and jumps are one dated change each; every change is audited', async () => {
    const project = await createTestProject(get().system, chainId, { stageSince: '2023-01-10' });
    assert.equal((await stage(project.id, { toStage: 'signed', changedOn: '2023-05-01' })).statusCode, 200);
    const jump = await stage(project.id, { toStage: 'started', changedOn: '2023-09-01' });
    assert.equal(jump.statusCode, 200, jump.body);
    assert.equal(jump.json().stage, 'started');
    assert.deepEqual(jump.json().stageHistory.map((c: Change) => [c.fromStage, c.toStage]), [[null, 'negotiating'], ['negotiating', 'signed'], ['signed', 'started']]);
    const sameDay = await stage(project.id, { toStage: 'in_production', changedOn: '2023-09-01' });
    assert.equal(sameDay.statusCode, 200, 'a change on the same day as the last one is allowed');
    const audit = await get().database.db.execute(`SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = ${get().park.id} AND action = 'project.stage_change' AND object_id = '${project.id}'`);
    assert.equal((audit as unknown as { rows: { n: number }[] }).rows[0].n, 3);
  });

  test('illegal changes: the same stage 409, a date before the last change or in the future 422, each naming its field', async () => {
    const project = await createTestProject(get().system, chainId, { stage: 'signed', stageSince: '2023-03-01' });
    const same = await stage(project.id, { toStage: 'signed', changedOn: '2023-04-01' });
    assert.equal(same.statusCode, 409);
    assert.equal(same.json().error.details[0].field, 'toStage');
    const earlier = await stage(project.id, { toStage: 'registered', changedOn: '2023-02-28' });
    assert.equal(earlier.statusCode, 422);
    assert.equal(earlier.json().error.details[0].field, 'changedOn');
    const future = await stage(project.id, { toStage: 'registered', changedOn: '2999-01-01' });
    assert.equal(future.statusCode, 422);
    assert.equal(future.json().error.details[0].field, 'changedOn');
    const unknown = await stage(project.id, { toStage: 'finished', changedOn: '2023-04-01' });
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().error.details[0].field, 'toStage');
    assert.equal((await detail(project.id)).stageHistory.length, 1, 'refused changes leave no trace');
  });

  test('moving back needs a reason: 422 naming reason without one, 200 with one, the reason kept in the history', async () => {
    const project = await createTestProject(get().system, chainId, { stage: 'signed', stageSince: '2023-03-01' });
    await stage(project.id, { toStage: 'registered', changedOn: '2023-06-01' });
    const bare = await stage(project.id, { toStage: 'negotiating', changedOn: '2023-07-01' });
    assert.equal(bare.statusCode, 422);
    assert.equal(bare.json().error.details[0].field, 'reason');
    const blank = await stage(project.id, { toStage: 'negotiating', changedOn: '2023-07-01', reason: '   ' });
    assert.equal(blank.statusCode, 400, 'a blank reason is no reason');
    const explained = await stage(project.id, { toStage: 'negotiating', changedOn: '2023-07-01', reason: '投资方调整投资计划，重新洽谈' });
    assert.equal(explained.statusCode, 200, explained.body);
    const last = explained.json().stageHistory.at(-1);
    assert.deepEqual([last.fromStage, last.toStage, last.reason], ['registered', 'negotiating', '投资方调整投资计划，重新洽谈']);
  });

  test('the stage as of a past date comes from the history; before the project was recorded it is 404 naming asOf', async () => {
    const project = await createTestProject(get().system, chainId, { code: 'PJ-ASOF', stageSince: '2022-02-01' });
    await stage(project.id, { toStage: 'signed', changedOn: '2022-08-01' });
    await stage(project.id, { toStage: 'started', changedOn: '2023-08-01' });
    assert.equal((await detail(project.id, '2022-07-31')).stage, 'negotiating');
    assert.equal((await detail(project.id, '2022-08-01')).stage, 'signed');
    const mid = await detail(project.id, '2023-01-01');
    assert.deepEqual([mid.stage, mid.stageSince, mid.currentStage], ['signed', '2022-08-01', 'started']);
    const list = async (query: string) => (await get().app.inject({ url: `/api/v1/projects?q=PJ-ASOF&${query}`, headers: { cookie: admin } })).json();
    assert.deepEqual((await list('asOf=2023-01-01&stage=signed')).items.map((p: { id: number }) => p.id), [project.id]);
    assert.equal((await list('asOf=2023-01-01&stage=started')).total, 0);
    assert.equal((await list('asOf=2022-01-31')).total, 0, 'not yet recorded');
    const tooEarly = await get().app.inject({ url: `/api/v1/projects/${project.id}?asOf=2022-01-31`, headers: { cookie: admin } });
    assert.equal(tooEarly.statusCode, 404);
    assert.equal(tooEarly.json().error.details[0].field, 'asOf');
  });

  test('PATCH /api/v1/projects/:id changes undated fields, never the stage', async () => {
    const project = await createTestProject(get().system, chainId);
    const ok = await get().app.inject({ method: 'PATCH', url: `/api/v1/projects/${project.id}`, payload: { name: '年产十万吨果汁饮料项目', agreedInvestment: 125_000_000 }, headers: { cookie: admin } });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().agreedInvestmentText, '1.25亿元');
    const stageField = await get().app.inject({ method: 'PATCH', url: `/api/v1/projects/${project.id}`, payload: { stage: 'signed' }, headers: { cookie: admin } });
    assert.equal(stageField.statusCode, 400);
    assert.equal(stageField.json().error.details[0].field, 'stage');
  });
});
