import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createTestOrg, createTestTree } from '../../../../test/factories.ts';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { today } from '../../platform/paging.ts';
import { dissolveOrg } from '../orgs/orgs.service.ts';
import { setRoleAssignments } from './users.service.ts';

type Assignment = { role: string; orgId: number | null; validFrom?: string | null; validTo?: string | null };

describeWithApp('PUT /api/v1/users/:id/role-assignments', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let security: { userId: number; cookie: string };
  let auditor: string;
  const put = (userId: number, assignments: Assignment[], cookie = security.cookie) =>
    get().app.inject({ method: 'PUT', url: `/api/v1/users/${userId}/role-assignments`, headers: { cookie }, payload: { assignments } });
  const rolesOf = async (userId: number) => {
    const res = await get().app.inject({ url: `/api/v1/users/${userId}`, headers: { cookie: security.cookie } });
    return (res.json().assignments as Assignment[]).map((a) => ({ role: a.role, orgId: a.orgId }));
  };
  const expectRefusal = async (assignments: Assignment[], status: number, code: string, field: string) => {
    const user = await get().userWith([{ role: 'leader', orgId: tree.b.id }]);
    const res = await put(user.userId, assignments);
    assert.equal(res.statusCode, status, res.body);
    assert.equal(res.json().error.code, code);
    assert.ok(res.json().error.details.some((d: { field: string }) => d.field === field), res.body);
    assert.deepEqual(await rolesOf(user.userId), [{ role: 'leader', orgId: tree.b.id }], 'the old list stands');
  };

  before(async () => {
    tree = await createTestTree(get().system);
    security = await get().userWith([{ role: 'security_admin', orgId: null }]);
    auditor = (await get().userWith([{ role: 'audit_admin', orgId: null }])).cookie;
  });

  test('replaces the list with 200 and audits user.roles with the before and after lists', async () => {
    const user = await get().userWith([{ role: 'leader', orgId: tree.b.id }]);
    const res = await put(user.userId, [
      { role: 'org_secretary', orgId: tree.a1.id, validFrom: '2024-01-01' },
      { role: 'instructor', orgId: tree.b.id, validFrom: '2024-01-01', validTo: '2030-01-01' },
    ]);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(
      res.json().assignments.map((a: Assignment & { orgName: string }) => [a.role, a.orgId, a.orgName, a.validFrom, a.validTo]),
      [
        ['org_secretary', tree.a1.id, tree.a1.name, '2024-01-01', null],
        ['instructor', tree.b.id, tree.b.name, '2024-01-01', '2030-01-01'],
      ],
    );
    const audit = await get().app.inject({ url: `/api/v1/audit-log?action=user.roles&objectId=${user.userId}`, headers: { cookie: auditor } });
    const [entry] = audit.json().items;
    assert.equal(entry.actorUserId, security.userId);
    assert.deepEqual(entry.diff.before, [{ role: 'leader', orgId: tree.b.id, validFrom: null, validTo: null }]);
    assert.deepEqual(entry.diff.after.map((a: Assignment) => a.role), ['org_secretary', 'instructor']);
  });

  test('a role change applies on the user\'s next request with the same session', async () => {
    const user = await get().userWith([{ role: 'org_secretary', orgId: tree.a1.id }]);
    const read = () => get().app.inject({ url: `/api/v1/orgs/${tree.b1.id}`, headers: { cookie: user.cookie } });
    assert.equal((await read()).statusCode, 404);
    assert.equal((await put(user.userId, [{ role: 'park_admin', orgId: null }])).statusCode, 200);
    assert.equal((await read()).statusCode, 200);
    assert.equal((await put(user.userId, [])).statusCode, 200);
    assert.equal((await read()).statusCode, 403);
  });

  test('an assignment that starts in the future or has ended grants nothing today', async () => {
    const user = await get().userWith([]);
    const res = await put(user.userId, [
      { role: 'park_admin', orgId: null, validFrom: '2999-01-01' },
      { role: 'leader', orgId: null, validFrom: '2000-01-01', validTo: '2001-01-01' },
    ]);
    assert.equal(res.statusCode, 200, res.body);
    const me = await get().app.inject({ url: '/api/v1/auth/me', headers: { cookie: user.cookie } });
    assert.deepEqual(me.json().assignments, []);
    assert.equal((await get().app.inject({ url: '/api/v1/orgs', headers: { cookie: user.cookie } })).statusCode, 403);
  });

  test('assignment dates are park days (UTC+8): one starting today holds now, one ending today no longer does', async () => {
    const user = await get().userWith([]);
    const res = await put(user.userId, [
      { role: 'leader', orgId: null, validFrom: today() },
      { role: 'park_admin', orgId: null, validFrom: '2000-01-01', validTo: today() },
    ]);
    assert.equal(res.statusCode, 200, res.body);
    const me = await get().app.inject({ url: '/api/v1/auth/me', headers: { cookie: user.cookie } });
    assert.deepEqual(me.json().assignments.map((a: Assignment) => a.role), ['leader']);
  });

  test('refuses an admin role bound to an org with 422 naming assignments.N.orgId', async () => {
    await expectRefusal([{ role: 'leader', orgId: null }, { role: 'audit_admin', orgId: tree.a.id }], 422, 'RULE_VIOLATION', 'assignments.1.orgId');
  });

  test('refuses two of the three admin roles on one account (三员分立) with 422 naming the role', async () => {
    await expectRefusal([{ role: 'system_admin', orgId: null }, { role: 'audit_admin', orgId: null }], 422, 'RULE_VIOLATION', 'assignments.1.role');
    await expectRefusal([{ role: 'security_admin', orgId: null }, { role: 'park_admin', orgId: null }, { role: 'system_admin', orgId: null }], 422, 'RULE_VIOLATION', 'assignments.2.role');
  });

  test('refuses an end before the start and an overlapping repeat with 422 naming the field', async () => {
    await expectRefusal([{ role: 'leader', orgId: null, validFrom: '2024-05-01', validTo: '2024-05-01' }], 422, 'RULE_VIOLATION', 'assignments.0.validTo');
    await expectRefusal([{ role: 'cadre', orgId: tree.a.id, validFrom: '2020-01-01' }, { role: 'cadre', orgId: tree.a.id, validFrom: '2022-01-01' }], 422, 'RULE_VIOLATION', 'assignments.1');
  });

  test('accepts the same role on the same org in periods that do not overlap', async () => {
    const user = await get().userWith([]);
    const res = await put(user.userId, [
      { role: 'cadre', orgId: tree.a.id, validFrom: '2020-01-01', validTo: '2021-01-01' },
      { role: 'cadre', orgId: tree.a.id, validFrom: '2021-01-01' },
    ]);
    assert.equal(res.statusCode, 200, res.body);
  });

  test('refuses an org that does not exist or belongs to another park with 404 naming the field', async () => {
    await expectRefusal([{ role: 'leader', orgId: null }, { role: 'cadre', orgId: 987654321 }], 404, 'NOT_FOUND', 'assignments.1.orgId');
    const other = await get().otherPark();
    const foreign = await createTestOrg(other.system);
    await expectRefusal([{ role: 'cadre', orgId: foreign.id }], 404, 'NOT_FOUND', 'assignments.0.orgId');
  });

  test('refuses an org dissolved before the assignment ends with 422, accepts one that ended in time', async () => {
    const gone = await createTestOrg(get().system, { parentId: tree.b.id, kind: 'branch', foundedOn: '2018-01-01' });
    await dissolveOrg(get().system, gone.id, { effectiveOn: '2020-01-01' });
    await expectRefusal([{ role: 'org_secretary', orgId: gone.id }], 422, 'RULE_VIOLATION', 'assignments.0.orgId');
    const user = await get().userWith([]);
    const res = await put(user.userId, [{ role: 'org_secretary', orgId: gone.id, validFrom: '2018-01-01', validTo: '2019-12-01' }]);
    assert.equal(res.statusCode, 200, res.body);
  });

  test('refuses an unknown role and a malformed date with 400 naming the field', async () => {
    const user = await get().userWith([]);
    const unknown = await put(user.userId, [{ role: 'superuser', orgId: null }]);
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().error.details[0].field, 'assignments.0.role');
    const badDate = await put(user.userId, [{ role: 'leader', orgId: null, validFrom: '2024-13-01' }]);
    assert.equal(badDate.statusCode, 400);
    assert.equal(badDate.json().error.details[0].field, 'assignments.0.validFrom');
  });

  test('a security admin changing their own assignments gets 403 and keeps them', async () => {
    const res = await put(security.userId, [{ role: 'security_admin', orgId: null }, { role: 'park_admin', orgId: null }]);
    assert.equal(res.statusCode, 403);
    assert.deepEqual(await rolesOf(security.userId), [{ role: 'security_admin', orgId: null }]);
  });

  test('setRoleAssignments as the system actor (demo park) binds roles without an HTTP session', async () => {
    const user = await get().userWith([]);
    const view = await setRoleAssignments(get().system, user.userId, [{ role: 'grid_worker', orgId: tree.b1.id }]);
    assert.deepEqual(view.assignments.map((a) => [a.role, a.orgId]), [['grid_worker', tree.b1.id]]);
  });
});
