import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTestOrg, createTestTree } from '../../../../test/factories.ts';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { runParkJobs } from '../../platform/jobs.ts';
import { today } from '../../platform/paging.ts';
import { addDays } from '../../demo/random.ts';
import { addCommitment, getCycle } from './review-cycles.service.ts';
import { createTestCampaign } from './reviews.fixtures.ts';

describeWithApp('reviews sweep of overdue stages', (get) => {
  test('closes commitments and then reports left open past their deadline, dated to it, once; scoring stays open', async () => {
    const tree = await createTestTree(get().system);
    const [withItem, empty] = [await createTestOrg(get().system, { parentId: tree.a.id, kind: 'branch' }), await createTestOrg(get().system, { parentId: tree.a.id, kind: 'branch' })];
    const day = today();
    const { cycleIds } = await createTestCampaign(get().system, tree.a.id, [withItem.id, empty.id], { commitmentsDue: addDays(day, -10), reportsDue: addDays(day, -5), scoringDue: addDays(day, 10) });
    await addCommitment(get().system, cycleIds.get(withItem.id) ?? 0, { content: '按期开展组织生活', target: '12 次' });
    const run = async () => {
      const outcomes = await runParkJobs({ db: get().database.db, cipher: get().cipher }, new Date(), [get().park.id]);
      const mine = outcomes.find((o) => o.job === 'reviews.close-overdue-stages');
      assert.equal(mine?.error, undefined);
      return mine?.result;
    };
    assert.deepEqual(await run(), { closedCommitments: 2, closedReports: 0 });
    const afterFirst = await getCycle(get().system, cycleIds.get(withItem.id) ?? 0);
    assert.deepEqual([afterFirst.stages.commitments.closedOn, afterFirst.stages.report.status], [addDays(day, -10), 'overdue']);
    assert.deepEqual(await run(), { closedCommitments: 0, closedReports: 2 });
    assert.deepEqual(await run(), { closedCommitments: 0, closedReports: 0 }, 'nothing more on a second pass');
    const cycle = await getCycle(get().system, cycleIds.get(empty.id) ?? 0);
    assert.deepEqual([cycle.stages.report.closedOn, cycle.stages.scoring.status], [addDays(day, -5), 'open']);
    assert.deepEqual(cycle.events.map((e) => [e.stage, e.action, e.byUserName]), [['commitments', 'close', null], ['report', 'close', null]]);
  });
});
