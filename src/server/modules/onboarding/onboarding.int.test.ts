import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestTree } from '../../../../test/factories.ts';
import { today } from '../../platform/paging.ts';
import { addDays } from './onboarding.template.ts';
import { createTestEnterprise } from '../enterprises/enterprises.fixtures.ts';

type Step = { id: number; track: string; seq: number; title: string; ownerDepartment: string; ownerUserId: number | null; ownerUserName: string | null; dueOn: string; status: string; notes: string | null; doneOn: string | null; isOverdue: boolean; handoffs: { fromDepartment: string; toDepartment: string; note: string | null; byUserName: string | null }[] };
type Track = { track: string; name: string; total: number; done: number; skipped: number; steps: Step[] };

describeWithApp('onboarding cases API', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let admin: { cookie: string; userId: number; username: string };
  before(async () => {
    tree = await createTestTree(get().system);
    admin = await get().userWith([{ role: 'park_admin', orgId: null }]);
  });

  const send = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, cookie = admin.cookie) =>
    get().app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const newEnterprise = async (overrides: { status?: 'onboarding' | 'active' } = {}) => (await createTestEnterprise(get().system, tree.a1.id, { status: overrides.status ?? 'onboarding' })).id;
  const openCase = async (enterpriseId: number, openedOn = today(), extra: object = {}) => {
    const res = await send('POST', '/api/v1/onboarding-cases', { enterpriseId, openedOn, ...extra });
    assert.equal(res.statusCode, 201, res.body);
    return res.json() as { id: number; status: string; tracks: Track[]; overall: { status: string; nextSteps: { title: string }[]; overdueSteps: number } };
  };
  const stepsOf = (c: { tracks: Track[] }) => c.tracks.flatMap((t) => t.steps);
  async function actionsOn(objectType: string, id: number): Promise<string[]> {
    const res = await get().database.db.execute(sql`SELECT action FROM audit_log WHERE tenant_id = ${get().park.id} AND object_type = ${objectType} AND object_id = ${String(id)} ORDER BY seq`);
    return (res as unknown as { rows: { action: string }[] }).rows.map((r) => r.action);
  }

  test('POST /api/v1/onboarding-cases opens a case from the built-in template with 201: three tracks of steps due after the opening date', async () => {
    const enterpriseId = await newEnterprise();
    const opened = addDays(today(), -2);
    const c = await openCase(enterpriseId, opened);
    assert.equal(c.status, 'open');
    assert.deepEqual(c.tracks.map((t) => [t.track, t.total, t.done]), [['party_mass', 4, 0], ['planning_construction', 4, 0], ['admin_approval', 4, 0]]);
    const party = c.tracks[0].steps;
    assert.deepEqual(party.map((s) => [s.seq, s.title, s.ownerDepartment]), [[1, '党群服务专员对接', '园区党群服务中心'], [2, '党员组织关系摸排', '两新党委'], [3, '党组织组建指导', '两新党委'], [4, '党群阵地规划', '园区党群服务中心']]);
    assert.equal(party[0].dueOn, addDays(opened, 3));
    assert.ok(stepsOf(c).every((s) => s.status === 'pending' && !s.isOverdue));
    assert.equal(c.overall.status, 'not_started');
    assert.deepEqual(c.overall.nextSteps.map((s) => s.title), ['党群服务专员对接', '规划条件核实', '营业执照']);
    assert.deepEqual(await actionsOn('onboarding_case', c.id), ['onboarding_case.create']);
    const read = await send('GET', `/api/v1/onboarding-cases/${c.id}`);
    assert.equal(read.statusCode, 200);
    assert.deepEqual(read.json().tracks, c.tracks);
  });

  test('POST /api/v1/onboarding-cases takes explicit steps, numbered within each track in the order given, with 201', async () => {
    const official = await get().userWith([{ role: 'cadre', orgId: tree.a.id }]);
    const c = await openCase(await newEnterprise(), today(), {
      note: '重点招商项目',
      steps: [
        { track: 'admin_approval', title: '营业执照', ownerDepartment: '行政审批局', dueOn: addDays(today(), 5), ownerUserId: official.userId },
        { track: 'party_mass', title: '党群服务专员对接', ownerDepartment: '两新党委', dueOn: addDays(today(), 3) },
        { track: 'admin_approval', title: '消防验收', ownerDepartment: '消防救援大队', dueOn: addDays(today(), 30) },
      ],
    });
    assert.deepEqual(c.tracks.map((t) => t.total), [1, 0, 2]);
    assert.deepEqual(c.tracks[2].steps.map((s) => [s.seq, s.title, s.ownerUserName]), [[1, '营业执照', official.username], [2, '消防验收', null]]);
  });

  test('POST /api/v1/onboarding-cases refuses bad steps: a due date before opening 422, an unknown official 404, an unknown track 400, each naming the field', async () => {
    const enterpriseId = await newEnterprise();
    const step = { track: 'party_mass', title: '对接', ownerDepartment: '两新党委', dueOn: today() };
    const early = await send('POST', '/api/v1/onboarding-cases', { enterpriseId, openedOn: today(), steps: [step, { ...step, dueOn: addDays(today(), -1) }] });
    assert.equal(early.statusCode, 422, early.body);
    assert.equal(early.json().error.details[0].field, 'steps.1.dueOn');
    const nobody = await send('POST', '/api/v1/onboarding-cases', { enterpriseId, openedOn: today(), steps: [{ ...step, ownerUserId: 98765432 }] });
    assert.equal(nobody.statusCode, 404, nobody.body);
    assert.equal(nobody.json().error.details[0].field, 'steps.0.ownerUserId');
    const badTrack = await send('POST', '/api/v1/onboarding-cases', { enterpriseId, openedOn: today(), steps: [{ ...step, track: 'finance' }] });
    assert.equal(badTrack.statusCode, 400);
    assert.equal(badTrack.json().error.details[0].field, 'steps.0.track');
    const future = await send('POST', '/api/v1/onboarding-cases', { enterpriseId, openedOn: addDays(today(), 2) });
    assert.equal(future.statusCode, 400);
    assert.equal(future.json().error.details[0].field, 'openedOn');
    const none = (await send('GET', `/api/v1/onboarding-cases?enterpriseId=${enterpriseId}`)).json();
    assert.equal(none.total, 0, 'nothing half-written');
  });

  test('POST /api/v1/onboarding-cases refuses a second open case and an enterprise no longer onboarding with 409, an unknown enterprise with 404', async () => {
    const enterpriseId = await newEnterprise();
    await openCase(enterpriseId);
    const again = await send('POST', '/api/v1/onboarding-cases', { enterpriseId, openedOn: today() });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.details[0].field, 'enterpriseId');
    const active = await send('POST', '/api/v1/onboarding-cases', { enterpriseId: await newEnterprise({ status: 'active' }), openedOn: today() });
    assert.equal(active.statusCode, 409);
    const unknown = await send('POST', '/api/v1/onboarding-cases', { enterpriseId: 98765432, openedOn: today() });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().error.details[0].field, 'enterpriseId');
  });

  test('PATCH /api/v1/onboarding-steps/:id moves pending → in_progress → done (setting done_on) and refuses pending → done with 409', async () => {
    const c = await openCase(await newEnterprise());
    const step = stepsOf(c)[0];
    const jump = await send('PATCH', `/api/v1/onboarding-steps/${step.id}`, { status: 'done' });
    assert.equal(jump.statusCode, 409, jump.body);
    assert.equal(jump.json().error.details[0].field, 'status');
    const start = await send('PATCH', `/api/v1/onboarding-steps/${step.id}`, { status: 'in_progress', notes: '已电话联系企业' });
    assert.equal(start.statusCode, 200, start.body);
    assert.equal(start.json().status, 'in_progress');
    const done = await send('PATCH', `/api/v1/onboarding-steps/${step.id}`, { status: 'done' });
    assert.equal(done.statusCode, 200);
    assert.deepEqual([done.json().status, done.json().doneOn, done.json().notes], ['done', today(), '已电话联系企业']);
    const detail = (await send('GET', `/api/v1/onboarding-cases/${c.id}`)).json();
    assert.equal(detail.overall.status, 'in_progress');
    assert.deepEqual(detail.tracks[0].done, 1);
    assert.equal(detail.overall.nextSteps[0].title, '党员组织关系摸排');
    assert.deepEqual(await actionsOn('onboarding_step', step.id), ['onboarding_step.update', 'onboarding_step.update']);
  });

  test('PATCH /api/v1/onboarding-steps/:id needs notes to skip a step or reopen a done one (422 naming notes), and clears done_on when reopened', async () => {
    const c = await openCase(await newEnterprise());
    const [first, second] = stepsOf(c);
    const skip = await send('PATCH', `/api/v1/onboarding-steps/${first.id}`, { status: 'skipped' });
    assert.equal(skip.statusCode, 422);
    assert.equal(skip.json().error.details[0].field, 'notes');
    const skipped = await send('PATCH', `/api/v1/onboarding-steps/${first.id}`, { status: 'skipped', notes: '企业已有专员对接' });
    assert.equal(skipped.statusCode, 200);
    assert.equal(skipped.json().status, 'skipped');
    await send('PATCH', `/api/v1/onboarding-steps/${second.id}`, { status: 'in_progress' });
    await send('PATCH', `/api/v1/onboarding-steps/${second.id}`, { status: 'done' });
    const back = await send('PATCH', `/api/v1/onboarding-steps/${second.id}`, { status: 'in_progress' });
    assert.equal(back.statusCode, 422);
    assert.equal(back.json().error.details[0].field, 'notes');
    const reopened = await send('PATCH', `/api/v1/onboarding-steps/${second.id}`, { status: 'in_progress', notes: '摸排名单有遗漏，重新核对' });
    assert.equal(reopened.statusCode, 200);
    assert.deepEqual([reopened.json().status, reopened.json().doneOn], ['in_progress', null]);
    const doneToSkipped = await send('PATCH', `/api/v1/onboarding-steps/${first.id}`, { status: 'done' });
    assert.equal(doneToSkipped.statusCode, 409);
  });

  test('PATCH /api/v1/onboarding-steps/:id sets the official and the due date, refusing a due date before opening (422) and an unknown user (404)', async () => {
    const c = await openCase(await newEnterprise(), addDays(today(), -5));
    const step = stepsOf(c)[1];
    const set = await send('PATCH', `/api/v1/onboarding-steps/${step.id}`, { ownerUserId: admin.userId, dueOn: addDays(today(), 10) });
    assert.equal(set.statusCode, 200, set.body);
    assert.deepEqual([set.json().ownerUserName, set.json().dueOn], [admin.username, addDays(today(), 10)]);
    const early = await send('PATCH', `/api/v1/onboarding-steps/${step.id}`, { dueOn: addDays(today(), -6) });
    assert.equal(early.statusCode, 422);
    assert.equal(early.json().error.details[0].field, 'dueOn');
    const nobody = await send('PATCH', `/api/v1/onboarding-steps/${step.id}`, { ownerUserId: 98765432 });
    assert.equal(nobody.statusCode, 404);
    assert.equal(nobody.json().error.details[0].field, 'ownerUserId');
    const empty = await send('PATCH', `/api/v1/onboarding-steps/${step.id}`, {});
    assert.equal(empty.statusCode, 400);
    const unknownField = await send('PATCH', `/api/v1/onboarding-steps/${step.id}`, { doneOn: today() });
    assert.equal(unknownField.statusCode, 400);
    assert.equal(unknownField.json().error.details[0].field, 'doneOn');
  });

  test('POST /api/v1/onboarding-steps/:id/handoff records the hand-off, moves the step to the new department and shows the history', async () => {
    const c = await openCase(await newEnterprise());
    const step = c.tracks[1].steps[0];
    await send('PATCH', `/api/v1/onboarding-steps/${step.id}`, { ownerUserId: admin.userId });
    const res = await send('POST', `/api/v1/onboarding-steps/${step.id}/handoff`, { toDepartment: '自然资源和规划局', note: '用地红线需自规局复核' });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual([res.json().ownerDepartment, res.json().ownerUserId], ['自然资源和规划局', null]);
    assert.deepEqual(res.json().handoffs.map((h: Step['handoffs'][0]) => [h.fromDepartment, h.toDepartment, h.note, h.byUserName]), [['规划建设局', '自然资源和规划局', '用地红线需自规局复核', admin.username]]);
    await send('POST', `/api/v1/onboarding-steps/${step.id}/handoff`, { toDepartment: '规划建设局' });
    const detail = (await send('GET', `/api/v1/onboarding-cases/${c.id}`)).json();
    assert.deepEqual(detail.tracks[1].steps[0].handoffs.map((h: Step['handoffs'][0]) => h.toDepartment), ['自然资源和规划局', '规划建设局']);
    const same = await send('POST', `/api/v1/onboarding-steps/${step.id}/handoff`, { toDepartment: '规划建设局' });
    assert.equal(same.statusCode, 422);
    assert.equal(same.json().error.details[0].field, 'toDepartment');
    await send('PATCH', `/api/v1/onboarding-steps/${step.id}`, { status: 'skipped', notes: '不涉及' });
    const finished = await send('POST', `/api/v1/onboarding-steps/${step.id}/handoff`, { toDepartment: '行政审批局' });
    assert.equal(finished.statusCode, 409);
    assert.deepEqual(await actionsOn('onboarding_step', step.id), ['onboarding_step.update', 'onboarding_step.handoff', 'onboarding_step.handoff', 'onboarding_step.update']);
  });

  test('overdue steps show: flagged in the case, counted in the list, filtered with overdue=true and listed for the work bench as of a date', async () => {
    const late = await openCase(await newEnterprise(), '2024-03-01');
    const fresh = await openCase(await newEnterprise());
    const detail = (await send('GET', `/api/v1/onboarding-cases/${late.id}`)).json();
    assert.ok(stepsOf(detail).every((s) => s.isOverdue));
    assert.equal(detail.overall.overdueSteps, 12);
    assert.ok(detail.overall.nextSteps.every((s: { isOverdue: boolean }) => s.isOverdue));
    const firstStep = stepsOf(detail)[0];
    await send('PATCH', `/api/v1/onboarding-steps/${firstStep.id}`, { status: 'in_progress' });
    await send('PATCH', `/api/v1/onboarding-steps/${firstStep.id}`, { status: 'done' });
    const list = (await send('GET', '/api/v1/onboarding-cases?overdue=true&pageSize=200')).json();
    const item = list.items.find((i: { id: number }) => i.id === late.id);
    assert.equal(item.overdueSteps, 11);
    assert.deepEqual(item.progress[0], { track: 'party_mass', total: 4, done: 1, skipped: 0 });
    assert.ok(!list.items.some((i: { id: number }) => i.id === fresh.id));
    const bench = (await send('GET', '/api/v1/onboarding-steps/overdue?pageSize=200')).json();
    const mine = bench.items.filter((s: { caseId: number }) => s.caseId === late.id);
    assert.equal(mine.length, 11);
    assert.equal(bench.asOf, today());
    assert.ok(!bench.items.some((s: { caseId: number }) => s.caseId === fresh.id));
    const early = (await send('GET', '/api/v1/onboarding-steps/overdue?asOf=2024-03-08&pageSize=200')).json();
    const earlyMine = early.items.filter((s: { caseId: number }) => s.caseId === late.id);
    assert.deepEqual(earlyMine.map((s: { title: string; daysOverdue: number }) => [s.title, s.daysOverdue]), [['营业执照', 2]]);
    const byDept = (await send('GET', '/api/v1/onboarding-steps/overdue?ownerDepartment=%E8%A7%84%E5%88%92%E5%BB%BA%E8%AE%BE%E5%B1%80&pageSize=200')).json();
    assert.ok(byDept.items.length >= 4 && byDept.items.every((s: { ownerDepartment: string }) => s.ownerDepartment === '规划建设局'));
  });
});
