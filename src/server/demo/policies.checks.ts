import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { TestContext } from '../../../test/helpers/test-app.ts';
import type { DemoPark } from './demo-park.ts';
import { reportDate } from './people.ts';
import { businessEnvironmentPolicy, demonstrationParkPolicy } from './policy-catalog.ts';

/** F21 and F40 of the demo park: the measures of its two policy documents, by SQL and through the figures API. */
export function policiesChecks(get: () => TestContext, demo: () => DemoPark) {
  test('F21: 20 measures for the demonstration park, F40: 12 for the business environment, as of the report date', async () => {
    const measures = async (topic: string) => {
      const result = (await get().database.db.execute(sql`SELECT count(*) AS n FROM policy_measures m JOIN policies p ON p.tenant_id = m.tenant_id AND p.id = m.policy_id
        WHERE p.tenant_id = ${get().park.id} AND p.topic = ${topic} AND p.issued_on <= ${reportDate} AND (p.repealed_on IS NULL OR p.repealed_on > ${reportDate})`)) as unknown as { rows: { n: string | number }[] };
      return Number(result.rows[0].n);
    };
    assert.equal(await measures('demonstration_park'), 20);
    assert.equal(await measures('business_environment'), 12);
    const cookie = await get().login('leader', demo().password);
    for (const [id, policy] of [['F21', demonstrationParkPolicy], ['F40', businessEnvironmentPolicy]] as const) {
      const res = await get().app.inject({ url: `/api/v1/figures/${id}?asOf=${reportDate}&pageSize=50`, headers: { cookie } });
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json() as { values: { measures: number }; records: { total: number; items: { label: string }[] } };
      assert.equal(body.values.measures, policy.measures.length, id);
      assert.equal(body.records.total, policy.measures.length, id);
      assert.ok(body.records.items.every((r) => r.label.startsWith(`《${policy.title}》`)), id);
    }
  });
}
