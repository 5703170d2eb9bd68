import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestTree } from '../../../../test/factories.ts';
import { buildMemberInput, createTestMember } from '../members/members.fixtures.ts';
import { endMembership } from '../members/memberships.service.ts';
import { buildEnterpriseInput, buildUscc, createTestEnterprise } from './enterprises.fixtures.ts';

describeWithApp('enterprises', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let admin: string;
  let auditor: string;
  before(async () => {
    tree = await createTestTree(get().system);
    admin = (await get().userWith([{ role: 'park_admin', orgId: null }])).cookie;
    auditor = (await get().userWith([{ role: 'audit_admin', orgId: null }])).cookie;
  });

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object, cookie = admin) =>
    get().app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  test('POST /enterprises registers a unit with its USCC in upper case and capital shown in 万元 (201); GET reads it back', async () => {
    const uscc = buildUscc();
    const res = await call('POST', '/api/v1/enterprises', { ...buildEnterpriseInput(tree.a1.id), uscc: uscc.toLowerCase(), name: '内江甜味食品有限公司', registeredCapital: 12_345_000, employees: 120, foundedOn: '2019-05-20', address: '内江经开区汉渝大道1号' });
    assert.equal(res.statusCode, 201, res.body);
    const created = res.json();
    assert.equal(created.uscc, uscc);
    assert.equal(created.status, 'active');
    assert.equal(created.registeredCapital, 12_345_000);
    assert.equal(created.registeredCapitalDisplay, '1234.5万元');
    assert.deepEqual(created.responsibleOrg, { id: tree.a1.id, name: tree.a1.name });
    assert.deepEqual([created.designations, created.coveringOrgs, created.contacts, created.employedMemberCount], [[], [], [], 0]);
    const read = await call('GET', `/api/v1/enterprises/${created.id}`);
    assert.equal(read.statusCode, 200);
    assert.deepEqual(read.json(), created);
  });

  test('a USCC with a wrong check character, a forbidden letter or the wrong length is 400 naming uscc, and nothing is written', async () => {
    const good = buildUscc();
    const wrongCheck = `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`;
    for (const uscc of [wrongCheck, `${good.slice(0, 10)}I${good.slice(11)}`, good.slice(0, 17)]) {
      const res = await call('POST', '/api/v1/enterprises', buildEnterpriseInput(tree.a1.id, { uscc, name: '校验失败有限公司' }));
      assert.equal(res.statusCode, 400, uscc);
      assert.equal(res.json().error.details[0].field, 'uscc');
    }
    const list = await call('GET', `/api/v1/enterprises?q=${encodeURIComponent('校验失败')}`);
    assert.equal(list.json().total, 0);
  });

  test('a USCC already registered in the park is 409 naming uscc, in any case; another park may hold it', async () => {
    const first = await createTestEnterprise(get().system, tree.a1.id);
    const dup = await call('POST', '/api/v1/enterprises', buildEnterpriseInput(tree.b1.id, { uscc: first.uscc.toLowerCase() }));
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json().error.details[0].field, 'uscc');
    const other = await get().otherPark();
    const { createTestOrg } = await import('../../../../test/factories.ts');
    const foreignOrg = await createTestOrg(other.system);
    const elsewhere = await createTestEnterprise(other.system, foreignOrg.id, { uscc: first.uscc });
    assert.equal(elsewhere.uscc, first.uscc);
    const second = await createTestEnterprise(get().system, tree.a1.id);
    const clash = await call('PATCH', `/api/v1/enterprises/${second.id}`, { uscc: first.uscc });
    assert.equal(clash.statusCode, 409);
    assert.equal(clash.json().error.details[0].field, 'uscc');
  });

  test('a responsible org outside the caller\'s enterprise write scope, or absent, is 404 naming responsibleOrgId', async () => {
    const secretary = (await get().userWith([{ role: 'org_secretary', orgId: tree.a1.id }])).cookie;
    for (const orgId of [tree.b1.id, tree.a.id, 99999999]) {
      const res = await call('POST', '/api/v1/enterprises', buildEnterpriseInput(orgId), secretary);
      assert.equal(res.statusCode, 404, String(orgId));
      assert.equal(res.json().error.details[0].field, 'responsibleOrgId');
    }
    const own = await call('POST', '/api/v1/enterprises', buildEnterpriseInput(tree.a1.id), secretary);
    assert.equal(own.statusCode, 201, own.body);
    const move = await call('PATCH', `/api/v1/enterprises/${own.json().id}`, { responsibleOrgId: tree.b1.id }, secretary);
    assert.equal(move.statusCode, 404);
    assert.equal(move.json().error.details[0].field, 'responsibleOrgId');
  });

  test('PATCH /enterprises/:id changes fields and is audited with what changed; an empty body changes nothing (200)', async () => {
    const unit = await createTestEnterprise(get().system, tree.a1.id);
    const res = await call('PATCH', `/api/v1/enterprises/${unit.id}`, { name: '内江新名有限公司', industry: null, registeredCapital: 8_000_000, responsibleOrgId: tree.b1.id });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().name, '内江新名有限公司');
    assert.equal(res.json().industry, null);
    assert.equal(res.json().registeredCapitalDisplay, '800万元');
    assert.equal(res.json().responsibleOrgId, tree.b1.id);
    const same = await call('PATCH', `/api/v1/enterprises/${unit.id}`, {});
    assert.equal(same.statusCode, 200);
    assert.deepEqual(same.json(), res.json());
    const log = await call('GET', `/api/v1/audit-log?objectType=enterprise&objectId=${unit.id}`, undefined, auditor);
    const actions = log.json().items.map((e: { action: string }) => e.action);
    assert.deepEqual(actions.sort(), ['enterprise.create', 'enterprise.update']);
    const update = log.json().items.find((e: { action: string }) => e.action === 'enterprise.update');
    assert.deepEqual(update.diff.before, { name: unit.name, industry: '食品制造业', registeredCapital: 50_000_000, responsibleOrgId: tree.a1.id });
  });

  test('status: a unit closes and reopens through PATCH; an onboarding unit cannot be made active there (422)', async () => {
    const unit = await createTestEnterprise(get().system, tree.a1.id, { status: 'onboarding' });
    assert.equal(unit.status, 'onboarding');
    const early = await call('PATCH', `/api/v1/enterprises/${unit.id}`, { status: 'active' });
    assert.equal(early.statusCode, 422);
    assert.equal(early.json().error.details[0].field, 'status');
    assert.equal((await call('PATCH', `/api/v1/enterprises/${unit.id}`, { status: 'closed' })).json().status, 'closed');
    assert.equal((await call('PATCH', `/api/v1/enterprises/${unit.id}`, { status: 'active' })).json().status, 'active');
    const closed = await call('GET', '/api/v1/enterprises?status=closed&pageSize=200');
    assert.ok(!closed.json().items.some((e: { id: number }) => e.id === unit.id));
  });

  test('contacts: phones are stored sealed and shown masked; a bad phone is 400 naming phone; a unit keeps its last contact (422)', async () => {
    const unit = await createTestEnterprise(get().system, tree.a1.id);
    const first = await call('POST', `/api/v1/enterprises/${unit.id}/contacts`, { name: '王经理', title: '党建联络员', phone: '+86 138-3201-5678' });
    assert.equal(first.statusCode, 201, first.body);
    assert.deepEqual(first.json(), { id: first.json().id, name: '王经理', title: '党建联络员', phoneMasked: '138****5678' });
    assert.ok(!first.body.includes('13832015678'));
    const bad = await call('POST', `/api/v1/enterprises/${unit.id}/contacts`, { name: '李四', phone: '0832-123' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.details[0].field, 'phone');
    const last = await call('DELETE', `/api/v1/enterprise-contacts/${first.json().id}`);
    assert.equal(last.statusCode, 422);
    const second = await call('POST', `/api/v1/enterprises/${unit.id}/contacts`, { name: '赵主任' });
    assert.equal(second.json().phoneMasked, null);
    assert.equal((await call('DELETE', `/api/v1/enterprise-contacts/${first.json().id}`)).statusCode, 204);
    assert.equal((await call('DELETE', `/api/v1/enterprise-contacts/${first.json().id}`)).statusCode, 404);
    const detail = await call('GET', `/api/v1/enterprises/${unit.id}`);
    assert.deepEqual(detail.json().contacts.map((c: { name: string }) => c.name), ['赵主任']);
    const log = await call('GET', `/api/v1/audit-log?action=enterprise.contact.&objectId=${unit.id}`, undefined, auditor);
    assert.ok(!log.body.includes('13832015678'), 'the full phone never reaches the audit log');
  });

  test('members name their employer: the detail counts members whose membership is current, and an employer out of sight is 404 naming employerId', async () => {
    const unit = await createTestEnterprise(get().system, tree.a1.id);
    const hidden = await createTestEnterprise(get().system, tree.b1.id);
    const res = await call('POST', '/api/v1/members', buildMemberInput(tree.a1.id, { employerId: unit.id }));
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().employerId, unit.id);
    const leaver = await createTestMember(get().system, tree.a1.id, { employerId: unit.id });
    await endMembership(get().system, leaver.id, { effectiveOn: '2024-01-01', reason: 'leave' });
    assert.equal((await call('GET', `/api/v1/enterprises/${unit.id}`)).json().employedMemberCount, 1);
    assert.equal((await call('GET', `/api/v1/enterprises/${unit.id}?asOf=2023-12-31`)).json().employedMemberCount, 2);
    const secretary = (await get().userWith([{ role: 'org_secretary', orgId: tree.a1.id }])).cookie;
    const out = await call('POST', '/api/v1/members', buildMemberInput(tree.a1.id, { employerId: hidden.id }), secretary);
    assert.equal(out.statusCode, 404);
    assert.equal(out.json().error.details[0].field, 'employerId');
    const change = await call('PATCH', `/api/v1/members/${res.json().id}`, { employerId: hidden.id }, secretary);
    assert.equal(change.statusCode, 404);
    assert.equal(change.json().error.details[0].field, 'employerId');
    const cleared = await call('PATCH', `/api/v1/members/${res.json().id}`, { employerId: null }, secretary);
    assert.equal(cleared.json().employerId, null);
  });

  test('role assignments bind an enterprise contact to a unit; enterpriseId on another role is 422, an unknown unit 404 naming the field', async () => {
    const security = (await get().userWith([{ role: 'security_admin', orgId: null }])).cookie;
    const unit = await createTestEnterprise(get().system, tree.b1.id);
    const user = await get().userWith([]);
    const put = (assignments: object[]) => call('PUT', `/api/v1/users/${user.userId}/role-assignments`, { assignments }, security);
    const ok = await put([{ role: 'enterprise_contact', orgId: null, enterpriseId: unit.id }]);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().assignments[0].enterpriseId, unit.id);
    assert.equal(ok.json().assignments[0].enterpriseName, unit.name, 'the security admin sees whose contact it is');
    const log = await call('GET', `/api/v1/audit-log?action=user.roles&objectId=${user.userId}`, undefined, auditor);
    assert.deepEqual(log.json().items[0].diff.after, [{ role: 'enterprise_contact', orgId: null, enterpriseId: unit.id, validFrom: null, validTo: null }]);
    const wrongRole = await put([{ role: 'leader', orgId: tree.a.id, enterpriseId: unit.id }]);
    assert.equal(wrongRole.statusCode, 422);
    assert.equal(wrongRole.json().error.details[0].field, 'assignments.0.enterpriseId');
    const neither = await put([{ role: 'enterprise_contact', orgId: null }]);
    assert.equal(neither.statusCode, 422);
    assert.equal(neither.json().error.details[0].field, 'assignments.0.enterpriseId');
    const unknown = await put([{ role: 'enterprise_contact', orgId: null, enterpriseId: 99999999 }]);
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().error.details[0].field, 'assignments.0.enterpriseId');
  });

  test('bad input is 400 naming the field: unknown fields, negative capital, a future founding date', async () => {
    const extra = await call('POST', '/api/v1/enterprises', { ...buildEnterpriseInput(tree.a1.id), chain: 'x' });
    assert.equal(extra.statusCode, 400);
    assert.equal(extra.json().error.details[0].field, 'chain');
    const negative = await call('POST', '/api/v1/enterprises', buildEnterpriseInput(tree.a1.id, { registeredCapital: -1 }));
    assert.equal(negative.json().error.details[0].field, 'registeredCapital');
    const future = await call('POST', '/api/v1/enterprises', buildEnterpriseInput(tree.a1.id, { foundedOn: '2999-01-01' }));
    assert.equal(future.statusCode, 400);
    assert.equal(future.json().error.details[0].field, 'foundedOn');
  });
});
