import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { before, test } from 'node:test';
import { type SQL, sql } from 'drizzle-orm';
import { describeWithApp } from '../../../test/helpers/test-app.ts';
import { isIdNumberProblem, parseIdNumber } from '../platform/id-number.ts';
import { today } from '../platform/paging.ts';
import { verifyAuditChain } from '../modules/audit/audit.service.ts';
import { foreignEnterprise } from './catalog.ts';
import { type DemoPark, loadDemoPark } from './demo-park.ts';
import { fortressChecks } from './fortress.checks.ts';
import { tasksChecks } from './tasks.checks.ts';
import { reviewChecks } from './reviews.checks.ts';
import { requestsChecks } from './requests.checks.ts';
import { departmentHandlers, requestDesk } from './request-catalog.ts';
import { policiesChecks } from './policies.checks.ts';
import { contactsChecks } from './contacts.checks.ts';
import { contactsTargets } from './contacts-plan.ts';
import { instructorStaff, officerStaff } from './fortress-catalog.ts';
import { neijiangAreaCodes, reportDate } from './people.ts';
import { planDemoPark } from './plan.ts';

/** Fingerprints of each database's load, to compare the PGlite and PostgreSQL loads when both run. */
const fingerprints = new Map<string, string>();

/** What the plan says the load must hold, in creation (id) order: org codes, place codes, member names and birth dates, each member's org now. */
function planFingerprint(): string {
  const plan = planDemoPark();
  return hashOf([
    plan.orgs.map((o) => o.code),
    plan.places.map((p) => p.code),
    plan.members.map((m) => `${m.person.name}|${m.person.birthDate}|${m.person.idNumber.slice(-4)}|${m.leave ? '-' : (m.transfer?.toOrgCode ?? m.orgCode)}`),
  ]);
}

function hashOf(value: unknown): string {
  return crypto.createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

describeWithApp('demo park 内江经开区', (get) => {
  let demo: DemoPark;
  const rows = async <T>(query: SQL): Promise<T[]> => ((await get().database.db.execute(query)) as unknown as { rows: T[] }).rows;
  const count = async (query: SQL): Promise<number> => Number((await rows<{ n: string | number }>(query))[0].n);
  const tenant = () => get().park.id;
  const inForce = (d: string) => sql`valid_from <= ${d} AND (valid_to IS NULL OR valid_to > ${d})`;

  before(async () => {
    demo = await loadDemoPark({ db: get().database.db, cipher: get().cipher, tenantId: tenant() });
  });

  test('250 orgs are in force today and on the report date (F01)', async () => {
    for (const d of [today(), reportDate]) {
      assert.equal(await count(sql`SELECT count(*) AS n FROM org_versions WHERE tenant_id = ${tenant()} AND ${inForce(d)}`), 250, d);
    }
    assert.equal(await count(sql`SELECT count(*) AS n FROM orgs WHERE tenant_id = ${tenant()} AND dissolved_on IS NULL`), 250);
    assert.equal(await count(sql`SELECT count(*) AS n FROM orgs WHERE tenant_id = ${tenant()} AND dissolved_on IS NOT NULL`), 3);
  });

  test('4,371 members are current today and on the report date, each in one org (F02)', async () => {
    for (const d of [today(), reportDate]) {
      assert.equal(await count(sql`SELECT count(*) AS n FROM memberships WHERE tenant_id = ${tenant()} AND ${inForce(d)}`), 4371, d);
      assert.equal(await count(sql`SELECT count(DISTINCT member_id) AS n FROM memberships WHERE tenant_id = ${tenant()} AND ${inForce(d)}`), 4371, d);
    }
    const left = await count(sql`SELECT count(*) AS n FROM memberships WHERE tenant_id = ${tenant()} AND end_reason IN ('leave', 'death', 'expelled', 'other')`);
    assert.equal(left, 150);
    assert.ok((await count(sql`SELECT count(*) AS n FROM memberships WHERE tenant_id = ${tenant()} AND end_reason = 'transfer_out'`)) >= 150);
  });

  test('119 orgs in force are hosted by enterprises or social organizations (F03), 4 are chain committees (F08)', async () => {
    assert.equal(await count(sql`SELECT count(*) AS n FROM orgs WHERE tenant_id = ${tenant()} AND dissolved_on IS NULL AND host_unit_kind IN ('enterprise', 'social_org')`), 119);
    const chains = await rows<{ kind: string; root: boolean }>(sql`SELECT c.kind, p.parent_id IS NULL AS root FROM orgs c JOIN orgs p ON p.tenant_id = c.tenant_id AND p.id = c.parent_id
      WHERE c.tenant_id = ${tenant()} AND c.category = 'chain_committee' AND c.dissolved_on IS NULL`);
    assert.equal(chains.length, 4);
    assert.ok(chains.every((c) => c.kind === 'committee' && c.root));
    assert.ok((await count(sql`SELECT count(*) AS n FROM orgs c JOIN orgs p ON p.tenant_id = c.tenant_id AND p.id = c.parent_id WHERE c.tenant_id = ${tenant()} AND p.category = 'chain_committee'`)) >= 4);
  });

  test('the foreign-funded enterprise hosts 2 orgs with at least 30 current members (F07)', async () => {
    const orgs = await count(sql`SELECT count(*) AS n FROM orgs WHERE tenant_id = ${tenant()} AND dissolved_on IS NULL AND host_unit_name = ${foreignEnterprise.name}`);
    assert.equal(orgs, 2);
    const members = await count(sql`SELECT count(*) AS n FROM memberships m JOIN orgs o ON o.tenant_id = m.tenant_id AND o.id = m.org_id
      WHERE m.tenant_id = ${tenant()} AND o.host_unit_name = ${foreignEnterprise.name} AND m.valid_to IS NULL`);
    assert.ok(members >= 30, `${members}`);
  });

  test('every org in force has a secretary who currently belongs to it', async () => {
    const without = await count(sql`SELECT count(*) AS n FROM orgs o WHERE o.tenant_id = ${tenant()} AND o.dissolved_on IS NULL AND NOT EXISTS (
      SELECT 1 FROM memberships m WHERE m.tenant_id = o.tenant_id AND m.member_id = o.secretary_member_id AND m.org_id = o.id AND m.valid_to IS NULL)`);
    assert.equal(without, 0);
  });

  test('every ID number is valid, unique, from a Neijiang area and agrees with sex and birth date', async () => {
    const members = await rows<{ id_number_enc: string; sex: string; birth_date: string; id_number_hash: string }>(sql`SELECT id_number_enc, sex, birth_date::text AS birth_date, id_number_hash FROM members WHERE tenant_id = ${tenant()}`);
    assert.equal(members.length, 4521);
    const areas = new Set(neijiangAreaCodes.map(([a]) => a));
    for (const m of members) {
      const info = parseIdNumber(get().cipher.decrypt(m.id_number_enc));
      assert.ok(!isIdNumberProblem(info));
      assert.equal(info.sex, m.sex);
      assert.equal(info.birthDate, m.birth_date);
      assert.ok(areas.has(info.normalized.slice(0, 6)));
    }
    assert.equal(new Set(members.map((m) => m.id_number_hash)).size, members.length);
  });

  test('about 8% of current members are probationary, without conversion date', async () => {
    const probationary = await count(sql`SELECT count(*) AS n FROM members x JOIN memberships m ON m.tenant_id = x.tenant_id AND m.member_id = x.id AND m.valid_to IS NULL
      WHERE x.tenant_id = ${tenant()} AND x.status = 'probationary' AND x.converted_on IS NULL`);
    assert.ok(probationary > 0.06 * 4371 && probationary < 0.1 * 4371, `${probationary}`);
    assert.equal(await count(sql`SELECT count(*) AS n FROM members WHERE tenant_id = ${tenant()} AND status = 'full' AND converted_on IS NULL`), 0);
  });

  test('the history holds renames, moves and dissolutions, and dissolved orgs are empty', async () => {
    const changes = await rows<{ change: string; n: string | number }>(sql`SELECT change, count(*) AS n FROM org_versions WHERE tenant_id = ${tenant()} GROUP BY change`);
    const n = (c: string) => Number(changes.find((x) => x.change === c)?.n ?? 0);
    assert.ok(n('rename') >= 2 && n('move') >= 2, JSON.stringify(changes));
    assert.equal(await count(sql`SELECT count(*) AS n FROM memberships m JOIN orgs o ON o.tenant_id = m.tenant_id AND o.id = m.org_id
      WHERE m.tenant_id = ${tenant()} AND o.dissolved_on IS NOT NULL AND (m.valid_to IS NULL OR m.valid_to > o.dissolved_on)`), 0);
    assert.equal(await count(sql`SELECT count(*) AS n FROM org_versions WHERE tenant_id = ${tenant()} AND valid_from > ${reportDate}`), 0);
  });

  test('communities, compounds and buildings are attached to their orgs both ways; center households are members\' homes', async () => {
    const pairs = await rows<{ kind: string; org_kind: string; n: string | number }>(sql`SELECT p.kind, o.kind AS org_kind, count(*) AS n FROM places p JOIN orgs o ON o.tenant_id = p.tenant_id AND o.place_id = p.id AND o.id = p.org_id
      WHERE p.tenant_id = ${tenant()} GROUP BY p.kind, o.kind ORDER BY p.kind`);
    assert.deepEqual(pairs.map((p) => [p.kind, p.org_kind, Number(p.n)]), [['building', 'group', 68], ['community', 'general_branch', 12], ['compound', 'branch', 31]]);
    const centers = await rows<{ ok: boolean }>(sql`SELECT x.household_id = p.id AS ok FROM places p JOIN members x ON x.tenant_id = p.tenant_id AND x.id = p.center_member_id WHERE p.tenant_id = ${tenant()}`);
    assert.ok(centers.length >= 10 && centers.every((c) => c.ok));
  });

  test('every write went through the services: audited, with an intact hash chain', async () => {
    const actions = await rows<{ action: string; n: string | number }>(sql`SELECT action, count(*) AS n FROM audit_log WHERE tenant_id = ${tenant()} GROUP BY action`);
    const n = (a: string) => Number(actions.find((x) => x.action === a)?.n ?? 0);
    assert.equal(n('org.create'), 253);
    assert.equal(n('member.create'), 4521);
    assert.equal(n('member.leave'), 150);
    assert.equal(n('user.create'), 10 + instructorStaff.length + officerStaff.length + contactsTargets.leaders + contactsTargets.cadres + [requestDesk, ...departmentHandlers].length);
    assert.equal(n('enterprise.create'), 612);
    const chain = await verifyAuditChain(get().database.db, tenant());
    assert.ok(chain.ok, chain.reason ?? '');
  });

  test('the load matches its deterministic plan, and loads on both databases are the same', async () => {
    const orgs = await rows<{ code: string }>(sql`SELECT code FROM orgs WHERE tenant_id = ${tenant()} ORDER BY id`);
    const places = await rows<{ code: string }>(sql`SELECT code FROM places WHERE tenant_id = ${tenant()} ORDER BY id`);
    const members = await rows<{ name: string; birth_date: string; masked: string; org: string | null }>(sql`SELECT x.name, x.birth_date::text AS birth_date, x.id_number_masked AS masked, o.code AS org
      FROM members x LEFT JOIN memberships m ON m.tenant_id = x.tenant_id AND m.member_id = x.id AND m.valid_to IS NULL
      LEFT JOIN orgs o ON o.tenant_id = m.tenant_id AND o.id = m.org_id WHERE x.tenant_id = ${tenant()} ORDER BY x.id`);
    const loaded = hashOf([orgs.map((o) => o.code), places.map((p) => p.code), members.map((m) => `${m.name}|${m.birth_date}|${m.masked.slice(-4)}|${m.org ?? '-'}`)]);
    assert.equal(loaded, planFingerprint());
    const versions = await rows<{ v: string }>(sql`SELECT o.code || '|' || v.name || '|' || v.valid_from::text || '|' || coalesce(v.valid_to::text, '') || '|' || v.change AS v
      FROM org_versions v JOIN orgs o ON o.tenant_id = v.tenant_id AND o.id = v.org_id WHERE v.tenant_id = ${tenant()} ORDER BY o.code, v.valid_from, v.change`);
    const history = hashOf(versions.map((v) => v.v));
    for (const other of fingerprints.values()) assert.equal(history, other);
    fingerprints.set(get().kind, history);
  });

  test('each demo account logs in with the shared password and GET /api/v1/auth/me shows its role with 200', async () => {
    assert.deepEqual(demo.accounts.map((a) => a.username), ['sysadmin', 'auditor', 'parkadmin', 'liangxin', 'secretary', 'instructor', 'cadre', 'grid', 'contact', 'leader']);
    for (const account of demo.accounts) {
      assert.ok(account.description.length > 5);
      const cookie = await get().login(account.username, demo.password);
      const me = await get().app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
      assert.equal(me.statusCode, 200, me.body);
      const body = me.json();
      assert.equal(body.mustChangePassword, false);
      assert.deepEqual(body.assignments.map((a: { role: string; orgId: number | null }) => [a.role, a.orgId]), [[account.role, account.orgId]]);
    }
  });

  test('the secretary of an enterprise branch counts only that branch\'s members with 200', async () => {
    const secretary = demo.accounts.find((a) => a.username === 'secretary');
    assert.ok(secretary?.orgId);
    const cookie = await get().login('secretary', demo.password);
    const res = await get().app.inject({ url: `/api/v1/members-count?asOf=${reportDate}`, headers: { cookie } });
    assert.equal(res.statusCode, 200, res.body);
    const expected = await count(sql`SELECT count(*) AS n FROM memberships WHERE tenant_id = ${tenant()} AND org_id = ${secretary.orgId} AND ${inForce(reportDate)}`);
    assert.equal(res.json().count, expected);
    assert.ok(expected > 0 && expected < 4371);
  });

  fortressChecks(get, () => demo);
  tasksChecks(get, () => demo);
  reviewChecks(get, () => demo);
  requestsChecks(get, () => demo);
  policiesChecks(get, () => demo);
  contactsChecks(get, () => demo);
});
