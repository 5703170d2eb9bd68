import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestTree } from '../../../../test/factories.ts';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { runParkJobs } from '../../platform/jobs.ts';
import { openOverdueAccountability } from './accountability.service.ts';
import './tasks.jobs.ts';
import { reportProgress, submitItem } from './task-progress.service.ts';
import { createTestItem, createTestList } from './tasks.fixtures.ts';

type AccRecord = { id: number; itemId: number; reason: string; status: string; mayDecide: boolean; level: { code: string; rank: number }; decision: string | null; escalatedFromId: number | null };

describeWithApp('accountability: overdue sweep, failed reviews, escalation and decisions', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let admin: string;
  let listId: number;
  const i: { [key: string]: number } = {};
  before(async () => {
    const ctx = get();
    tree = await createTestTree(ctx.system);
    listId = (await createTestList(ctx.system, tree.root.id, 2026)).id;
    const item = async (key: string, dueOn: string) => {
      i[key] = (await createTestItem(ctx.system, listId, tree.a1.id, { title: key, dueOn, createdOn: '2026-01-05' })).id;
    };
    await item('late', '2026-03-31');
    await item('lateButSubmitted', '2026-03-31');
    await item('onTime', '2026-09-30');
    await item('toFail', '2026-06-30');
    await reportProgress(ctx.system, i.lateButSubmitted, { progress: 100, reportedOn: '2026-04-10' });
    await submitItem(ctx.system, i.lateButSubmitted, { submittedOn: '2026-04-10' });
    await reportProgress(ctx.system, i.toFail, { progress: 100, reportedOn: '2026-02-10' });
    await submitItem(ctx.system, i.toFail, { submittedOn: '2026-02-10' });
    admin = (await ctx.userWith([{ role: 'park_admin', orgId: null }])).cookie;
  });

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, cookie = admin) =>
    get().app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const recordsOf = async (itemId: number): Promise<AccRecord[]> => {
    const res = await call('GET', `/api/v1/accountability-records?listId=${listId}&pageSize=200`);
    assert.equal(res.statusCode, 200, res.body);
    return (res.json().items as AccRecord[]).filter((r) => r.itemId === itemId);
  };

  test('the sweep opens a reminder for each item past due and not completed, once: a second sweep opens nothing', async () => {
    assert.deepEqual(await openOverdueAccountability(get().system, '2026-04-15'), { opened: 2 });
    assert.deepEqual(await openOverdueAccountability(get().system, '2026-04-15'), { opened: 0 });
    assert.deepEqual(await openOverdueAccountability(get().system, '2026-05-01'), { opened: 0 }, 'idempotent on later days too');
    const late = await recordsOf(i.late);
    assert.deepEqual(late.map((r) => [r.reason, r.level.code, r.status]), [['overdue', 'reminder', 'open']]);
    assert.equal((await recordsOf(i.lateButSubmitted)).length, 1, 'a submission not yet reviewed is still overdue');
    assert.equal((await recordsOf(i.onTime)).length, 0);
    assert.equal(late[0].mayDecide, true, 'the list org\'s admin decides');
  });

  test('the responsible org sees its records but may not decide them: mayDecide false, and deciding is 403', async () => {
    const secretary = (await get().userWith([{ role: 'org_secretary', orgId: tree.a1.id }])).cookie;
    const res = await call('GET', '/api/v1/accountability-records?pageSize=200', undefined, secretary);
    const mine = (res.json().items as AccRecord[]).filter((r) => r.itemId === i.late);
    assert.deepEqual(mine.map((r) => r.mayDecide), [false]);
    assert.equal((await call('POST', `/api/v1/accountability-records/${mine[0].id}/decide`, { decision: 'upheld', decidedOn: '2026-04-20' }, secretary)).statusCode, 403);
  });

  test('POST /api/v1/accountability-records/sweep judges today by default and 422 for a future day', async () => {
    const res = await call('POST', '/api/v1/accountability-records/sweep', {});
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().opened, 2, 'onTime and toFail are past due today');
    const future = await call('POST', '/api/v1/accountability-records/sweep', { on: '2999-01-01' });
    assert.equal(future.statusCode, 422);
    assert.equal(future.json().error.details[0].field, 'on');
  });

  test('a failed review opens a failure record in the same transaction; a failing review without a note is 400 and writes nothing', async () => {
    const noNote = await call('POST', `/api/v1/task-items/${i.toFail}/review`, { outcome: 'failed', reviewedOn: '2026-03-01' });
    assert.equal(noNote.statusCode, 400);
    assert.equal(noNote.json().error.details[0].field, 'note');
    assert.equal((await recordsOf(i.toFail)).filter((r) => r.reason === 'failed').length, 0);
    const failed = await call('POST', `/api/v1/task-items/${i.toFail}/review`, { outcome: 'failed', reviewedOn: '2026-03-01', note: '未达到预期目标' });
    assert.equal(failed.statusCode, 200, failed.body);
    assert.deepEqual(failed.json().accountability.filter((r: AccRecord) => r.reason === 'failed').map((r: AccRecord) => [r.level.code, r.status]), [['reminder', 'open']]);
  });

  test('escalation climbs the ladder, closing the lower record; at the top it is 422; a decision closes the record', async () => {
    const [reminder] = await recordsOf(i.late);
    const up = await call('POST', `/api/v1/accountability-records/${reminder.id}/escalate`, { escalatedOn: '2026-05-01', note: '提醒后仍未推进' });
    assert.equal(up.statusCode, 200, up.body);
    assert.deepEqual([up.json().level.code, up.json().escalatedFromId], ['interview', reminder.id]);
    const again = await call('POST', `/api/v1/accountability-records/${reminder.id}/escalate`, { escalatedOn: '2026-05-02' });
    assert.equal(again.statusCode, 422, 'an escalated record is closed');
    const top = await call('POST', `/api/v1/accountability-records/${up.json().id}/escalate`, { escalatedOn: '2026-06-01' });
    assert.equal(top.json().level.code, 'criticism');
    const beyond = await call('POST', `/api/v1/accountability-records/${top.json().id}/escalate`, { escalatedOn: '2026-06-02' });
    assert.equal(beyond.statusCode, 422);
    const waiveBare = await call('POST', `/api/v1/accountability-records/${top.json().id}/decide`, { decision: 'waived', decidedOn: '2026-06-05' });
    assert.equal(waiveBare.statusCode, 400, 'waiving needs a reason');
    const early = await call('POST', `/api/v1/accountability-records/${top.json().id}/decide`, { decision: 'upheld', decidedOn: '2026-05-01' });
    assert.equal(early.statusCode, 422, 'not before it was opened');
    const decided = await call('POST', `/api/v1/accountability-records/${top.json().id}/decide`, { decision: 'upheld', decidedOn: '2026-06-05', note: '全区通报' });
    assert.equal(decided.statusCode, 200, decided.body);
    assert.deepEqual([decided.json().status, decided.json().decision], ['decided', 'upheld']);
    assert.deepEqual((await recordsOf(i.late)).map((r) => r.status).sort(), ['decided', 'escalated', 'escalated']);
    const audited = (await get().database.db.execute(sql`SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = ${get().park.id} AND action IN ('accountability.escalate', 'accountability.decide')`)) as unknown as { rows: { n: number }[] };
    assert.equal(audited.rows[0].n, 3);
  });

  test('the ladder is configurable park-wide: duplicate codes are 400, a secretary is 403, new records open at the new first level', async () => {
    assert.equal((await call('GET', '/api/v1/accountability-levels')).json().isDefault, true);
    const dup = await call('PUT', '/api/v1/accountability-levels', { levels: [{ code: 'talk', name: '谈话' }, { code: 'talk', name: '再谈' }] });
    assert.equal(dup.statusCode, 400);
    const secretary = (await get().userWith([{ role: 'org_secretary', orgId: tree.a.id }])).cookie;
    assert.equal((await call('PUT', '/api/v1/accountability-levels', { levels: [{ code: 'talk', name: '谈话提醒' }] }, secretary)).statusCode, 403);
    const set = await call('PUT', '/api/v1/accountability-levels', { levels: [{ code: 'talk', name: '谈话提醒' }, { code: 'written', name: '书面检查' }] });
    assert.equal(set.statusCode, 200, set.body);
    assert.deepEqual(set.json().levels.map((l: { code: string; rank: number }) => [l.code, l.rank]), [['talk', 1], ['written', 2]]);
    const extra = await createTestItem(get().system, listId, tree.a1.id, { dueOn: '2026-02-01', createdOn: '2026-01-05' });
    await openOverdueAccountability(get().system, '2026-03-01');
    assert.deepEqual((await recordsOf(extra.id)).map((r) => r.level.code), ['talk']);
  });

  test('the periodic park job runs the same sweep on the park\'s day, idempotently', async () => {
    const extra = await createTestItem(get().system, listId, tree.a1.id, { dueOn: '2026-04-30', createdOn: '2026-01-05' });
    const run = async () => (await runParkJobs({ db: get().database.db, cipher: get().cipher }, new Date('2026-05-02T01:00:00+08:00'), [get().park.id])).find((o) => o.job === 'tasks.overdue-accountability');
    assert.deepEqual((await run())?.result, { opened: 1 });
    assert.deepEqual((await run())?.result, { opened: 0 });
    assert.equal((await recordsOf(extra.id)).length, 1);
  });
});
