import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createTestTree } from '../../../../test/factories.ts';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestChain, makeChainCommittee } from '../chains/chains.fixtures.ts';
import { changeProjectStage } from './project-stages.service.ts';
import { createTestProject } from './projects.fixtures.ts';

type Summary = { stage: string; count: number; agreedInvestment: number };
type ChainRow = { chainId: number | null; count: number; agreedInvestment: number; stages: Summary[] };

/**
 * One park's pipeline, read only by every test below:
 *   P1 chain A  20亿  signed 2022-03-01 → started 2023-02-01 → in production 2024-01-10
 *   P2 chain A   5亿  negotiating 2022-05-01 → signed 2023-06-01
 *   P3 chain A 8000万 negotiating 2023-01-01
 *   P4 chain B 12.5亿 signed 2021-09-01 → back to negotiating 2022-12-01
 *   P5 no chain  3亿  signed 2023-03-01
 */
describeWithApp('projects list, pipeline and figures', (get) => {
  let admin: string;
  let chainA: number;
  let chainB: number;
  const p: Record<string, number> = {};
  before(async () => {
    const ctx = get();
    const tree = await createTestTree(ctx.system);
    await makeChainCommittee(ctx.system, tree.a1.id);
    await makeChainCommittee(ctx.system, tree.b1.id);
    chainA = (await createTestChain(ctx.system, tree.a1.id, { name: '软饮料及果蔬产业链' })).id;
    chainB = (await createTestChain(ctx.system, tree.b1.id, { name: '新材料产业链' })).id;
    const make = async (key: string, chainId: number | null, agreedInvestment: number, stage: 'negotiating' | 'signed', stageSince: string) => {
      p[key] = (await createTestProject(ctx.system, chainId, { code: `PL-${key}`, investorName: `投资方${key}`, agreedInvestment, stage, stageSince })).id;
    };
    await make('P1', chainA, 2_000_000_000, 'signed', '2022-03-01');
    await make('P2', chainA, 500_000_000, 'negotiating', '2022-05-01');
    await make('P3', chainA, 80_000_000, 'negotiating', '2023-01-01');
    await make('P4', chainB, 1_250_000_000, 'signed', '2021-09-01');
    await make('P5', null, 300_000_000, 'signed', '2023-03-01');
    await changeProjectStage(ctx.system, p.P1, { toStage: 'started', changedOn: '2023-02-01' });
    await changeProjectStage(ctx.system, p.P1, { toStage: 'in_production', changedOn: '2024-01-10' });
    await changeProjectStage(ctx.system, p.P2, { toStage: 'signed', changedOn: '2023-06-01' });
    await changeProjectStage(ctx.system, p.P4, { toStage: 'negotiating', changedOn: '2022-12-01', reason: '投资方暂缓' });
    admin = (await ctx.userWith([{ role: 'park_admin', orgId: null }])).cookie;
  });

  const read = async (url: string) => {
    const res = await get().app.inject({ url, headers: { cookie: admin } });
    assert.equal(res.statusCode, 200, res.body);
    return res.json();
  };

  test('GET /api/v1/projects lists in 元 with a 万元/亿元 display string, filtered and paged', async () => {
    const all = await read('/api/v1/projects?asOf=2023-12-31&q=PL-');
    assert.equal(all.total, 5);
    const p3 = all.items.find((i: { id: number }) => i.id === p.P3);
    assert.deepEqual([p3.agreedInvestment, p3.agreedInvestmentText, p3.stage], [80_000_000, '8000万元', 'negotiating']);
    const p4 = all.items.find((i: { id: number }) => i.id === p.P4);
    assert.deepEqual([p4.agreedInvestmentText, p4.chainName], ['12.5亿元', '新材料产业链']);
    assert.equal((await read(`/api/v1/projects?chainId=${chainA}`)).total, 3);
    assert.deepEqual((await read('/api/v1/projects?q=投资方P2')).items.map((i: { id: number }) => i.id), [p.P2]);
    const page = await read('/api/v1/projects?q=PL-&page=2&pageSize=2');
    assert.deepEqual([page.total, page.items.length, page.items[0].code], [5, 2, 'PL-P3']);
  });

  test('GET /api/v1/projects/pipeline counts and sums by stage and by chain × stage on a date', async () => {
    const now = await read('/api/v1/projects/pipeline?asOf=2023-12-31');
    assert.deepEqual(now.total, { count: 5, agreedInvestment: 4_130_000_000, agreedInvestmentText: '41.3亿元' });
    assert.deepEqual(now.byStage.map((s: Summary) => [s.stage, s.count, s.agreedInvestment]), [
      ['negotiating', 2, 1_330_000_000],
      ['signed', 2, 800_000_000],
      ['registered', 0, 0],
      ['started', 1, 2_000_000_000],
      ['in_production', 0, 0],
    ]);
    const byChain = new Map(now.byChain.map((c: ChainRow) => [c.chainId, c]));
    const a = byChain.get(chainA) as ChainRow;
    assert.deepEqual([a.count, a.agreedInvestment], [3, 2_580_000_000]);
    assert.deepEqual(a.stages.filter((s) => s.count > 0).map((s) => [s.stage, s.count]), [['negotiating', 1], ['signed', 1], ['started', 1]]);
    assert.deepEqual((byChain.get(chainB) as ChainRow).stages.filter((s) => s.count > 0).map((s) => s.stage), ['negotiating']);
    assert.equal((byChain.get(null) as ChainRow).count, 1);
    assert.equal(now.byChain.at(-1).chainId, null, 'projects without a chain come last');

    const earlier = await read('/api/v1/projects/pipeline?asOf=2022-06-30');
    assert.equal(earlier.total.count, 3, 'P3 and P5 were not yet recorded');
    assert.deepEqual(earlier.byStage.map((s: Summary) => s.count), [1, 2, 0, 0, 0]);
    const onlyA = await read(`/api/v1/projects/pipeline?asOf=2023-12-31&chainId=${chainA}`);
    assert.deepEqual([onlyA.total.count, onlyA.byChain.length], [3, 1]);
  });

  test('chains show their projects: count and signed investment in the list, stages in the detail', async () => {
    const list = await read('/api/v1/chains?asOf=2023-12-31');
    const a = list.items.find((c: { id: number }) => c.id === chainA);
    assert.deepEqual([a.projectCount, a.signedInvestment, a.signedInvestmentText], [3, 2_500_000_000, '25亿元']);
    const b = list.items.find((c: { id: number }) => c.id === chainB);
    assert.deepEqual([b.projectCount, b.signedInvestment], [1, 1_250_000_000], 'a project once signed keeps counting, as in F10');
    const detail = await read(`/api/v1/chains/${chainA}?asOf=2024-06-30`);
    assert.deepEqual(detail.projectsByStage.map((s: Summary) => s.count), [1, 1, 0, 0, 1]);
  });

  test('F09, F10 and F11 count projects that had reached signed (or production) by the date; values equal their records', async () => {
    const figure = async (id: string, asOf: string) => read(`/api/v1/figures/${id}?asOf=${asOf}&pageSize=200`);
    const f09 = await figure('F09', '2023-12-31');
    assert.deepEqual(f09.values, { projects: 4 });
    assert.equal(f09.records.total, 4);
    assert.deepEqual(f09.records.items.map((r: { id: number }) => r.id).sort(), [p.P1, p.P2, p.P4, p.P5].sort(), 'P4 moved back but had been signed');
    const f10 = await figure('F10', '2023-12-31');
    assert.deepEqual(f10.values, { yuan: 4_050_000_000, yi: 40.5 });
    assert.equal(f10.records.total, f09.records.total);
    assert.deepEqual((await figure('F09', '2022-06-30')).values, { projects: 2 });
    assert.deepEqual((await figure('F11', '2023-12-31')).values, { projects: 0 });
    const f11 = await figure('F11', '2024-06-30');
    assert.deepEqual(f11.values, { projects: 1 });
    assert.deepEqual(f11.records.items.map((r: { id: number }) => r.id), [p.P1]);
  });
});
