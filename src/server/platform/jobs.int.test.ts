import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeWithApp } from '../../../test/helpers/test-app.ts';
import { registerParkJob, runParkJobs } from './jobs.ts';

describeWithApp('periodic park jobs', (get) => {
  test('every job runs once in every park as that park\'s system actor, and a failing job does not stop the others', async () => {
    const other = await get().otherPark();
    const seen: { job: string; tenantId: number; userId: number; at: string }[] = [];
    const now = new Date('2026-03-01T08:00:00+08:00');
    const suffix = `${get().kind}-${get().park.id}`;
    registerParkJob({ name: `failing-${suffix}`, run: async () => { throw new Error('boom'); } });
    registerParkJob({
      name: `recording-${suffix}`,
      run: async (ctx, at) => {
        seen.push({ job: 'recording', tenantId: ctx.actor.tenantId, userId: ctx.actor.userId, at: at.toISOString() });
        return { seen: 1 };
      },
    });
    // Only this file's parks: on the shared PostgreSQL test database other files' parks are busy with their own tests.
    const outcomes = await runParkJobs({ db: get().database.db, cipher: get().cipher }, now, [get().park.id, other.id]);
    assert.deepEqual(seen.map((s) => s.tenantId).sort(), [get().park.id, other.id].sort());
    assert.ok(seen.every((s) => s.userId === 0 && s.at === now.toISOString()));
    const failed = outcomes.filter((o) => o.job === `failing-${suffix}`);
    assert.equal(failed.length, 2);
    assert.ok(failed.every((o) => o.error === 'boom' && o.result === undefined));
    assert.ok(outcomes.some((o) => o.job === `recording-${suffix}` && o.tenantId === get().park.id && o.result?.seen === 1));
  });
});
