import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type SQL, sql } from 'drizzle-orm';
import type { TestContext } from '../../../test/helpers/test-app.ts';
import type { DemoPark } from './demo-park.ts';
import { reportDate } from './people.ts';
import { rootCode } from './org-plan.ts';
import { meetingCatalog, tasks2025, tasks2026 } from './tasks-catalog.ts';

/**
 * The task lists of the demo park: F15 checked by independent SQL on the report date and through
 * GET /api/v1/figures/F15?asOf=2025-12-31 as the park leader; the 2026 list's accountability and the joint
 * meetings' decisions. Registered inside the demo park's suite (demo-park.int.test.ts).
 */
export function tasksChecks(get: () => TestContext, demo: () => DemoPark) {
  const rows = async <T>(query: SQL): Promise<T[]> => ((await get().database.db.execute(query)) as unknown as { rows: T[] }).rows;
  const count = async (query: SQL): Promise<number> => Number((await rows<{ n: string | number }>(query))[0].n);
  const tenant = () => get().park.id;
  const statusOn = (d: string) => sql.raw(`(SELECT s.to_status FROM task_status_changes s WHERE s.tenant_id = i.tenant_id AND s.item_id = i.id AND s.changed_on <= '${d}' ORDER BY s.changed_on DESC, s.id DESC LIMIT 1)`);

  test('F15: the 2025 list of 区党工委 holds 40 top-level tasks, all completed and reviewed by 2025-12-31 (100%)', async () => {
    const list = sql`SELECT l.id FROM task_lists l JOIN orgs o ON o.tenant_id = l.tenant_id AND o.id = l.org_id WHERE l.tenant_id = ${tenant()} AND l.year = 2025 AND o.code = ${rootCode}`;
    const top = await count(sql`SELECT count(*) AS n FROM task_items i WHERE i.tenant_id = ${tenant()} AND i.parent_id IS NULL AND i.list_id IN (${list})`);
    const completed = await count(sql`SELECT count(*) AS n FROM task_items i WHERE i.tenant_id = ${tenant()} AND i.parent_id IS NULL AND i.list_id IN (${list}) AND ${statusOn(reportDate)} = 'completed'`);
    assert.deepEqual([top, completed], [40, 40]);
    assert.equal(tasks2025.length, 40);
    const subtasks = await count(sql`SELECT count(*) AS n FROM task_items i WHERE i.tenant_id = ${tenant()} AND i.parent_id IS NOT NULL AND i.list_id IN (${list}) AND ${statusOn(reportDate)} = 'completed'`);
    assert.equal(subtasks, tasks2025.reduce((n, t) => n + (t.children?.length ?? 0), 0));
    const leavesShort = await count(sql`SELECT count(*) AS n FROM task_items i WHERE i.tenant_id = ${tenant()} AND i.list_id IN (${list})
      AND NOT EXISTS (SELECT 1 FROM task_items c WHERE c.tenant_id = i.tenant_id AND c.parent_id = i.id)
      AND coalesce((SELECT r.progress FROM task_progress_reports r WHERE r.tenant_id = i.tenant_id AND r.item_id = i.id AND r.reported_on <= ${reportDate} ORDER BY r.reported_on DESC, r.id DESC LIMIT 1), 0) < 100`);
    assert.equal(leavesShort, 0, 'every leaf reported at 100%');
    const cookie = await get().login('leader', demo().password);
    const res = await get().app.inject({ url: `/api/v1/figures/F15?asOf=${reportDate}&pageSize=100`, headers: { cookie } });
    assert.equal(res.statusCode, 200, res.body);
    const f15 = res.json();
    assert.deepEqual(f15.values, { tasks: 40, completed: 40, rate: 100 });
    assert.equal(f15.records.total, 40);
  });

  test('the 2026 list is under way: overdue tasks carry accountability at 提醒, 约谈 and 通报批评, the failed one waived', async () => {
    const items = await count(sql`SELECT count(*) AS n FROM task_items i JOIN task_lists l ON l.tenant_id = i.tenant_id AND l.id = i.list_id WHERE i.tenant_id = ${tenant()} AND l.year = 2026`);
    assert.equal(items, tasks2026.length);
    const levels = await rows<{ level_code: string; status: string; decision: string | null; reason: string }>(sql`SELECT level_code, status, decision, reason FROM accountability_records WHERE tenant_id = ${tenant()} ORDER BY id`);
    const open = levels.filter((r) => r.status === 'open').map((r) => r.level_code).sort();
    assert.deepEqual(open, ['interview', 'reminder']);
    assert.deepEqual(levels.filter((r) => r.status === 'decided').map((r) => [r.reason, r.level_code, r.decision]).sort(), [['failed', 'reminder', 'waived'], ['overdue', 'criticism', 'upheld']]);
    const cookie = await get().login('parkadmin', demo().password);
    const res = await get().app.inject({ url: '/api/v1/accountability-records?year=2026&pageSize=50', headers: { cookie } });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().total, levels.length);
  });

  test('the joint meetings\' decisions became tasks that remember them', async () => {
    assert.equal(await count(sql`SELECT count(*) AS n FROM joint_meetings WHERE tenant_id = ${tenant()}`), meetingCatalog.length);
    const fromDecisions = await count(sql`SELECT count(*) AS n FROM task_items WHERE tenant_id = ${tenant()} AND decision_id IS NOT NULL`);
    assert.equal(fromDecisions, [...tasks2025, ...tasks2026].filter((t) => t.meeting !== undefined).length);
    assert.ok((await count(sql`SELECT count(*) AS n FROM joint_meeting_attendees WHERE tenant_id = ${tenant()} AND member_id IS NOT NULL`)) >= meetingCatalog.length * 3);
  });
}
