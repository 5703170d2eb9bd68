import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { buildIdNumber, createTestTree } from '../../../../test/factories.ts';
import { buildMemberInput, createTestHousehold, createTestMember, nextIdNumber } from './members.fixtures.ts';

type AuditRow = { action: string; result: string; diff: unknown };

describeWithApp('members API', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let admin: string;
  before(async () => {
    tree = await createTestTree(get().system);
    admin = (await get().userWith([{ role: 'park_admin', orgId: null }])).cookie;
  });

  const post = (url: string, payload: object, cookie = admin) => get().app.inject({ method: 'POST', url, headers: { cookie }, payload });
  const patch = (url: string, payload: object, cookie = admin) => get().app.inject({ method: 'PATCH', url, headers: { cookie }, payload });
  const read = (url: string, cookie = admin) => get().app.inject({ url, headers: { cookie } });
  async function auditOf(memberId: number): Promise<AuditRow[]> {
    const res = await get().database.db.execute(sql`SELECT action, result, diff FROM audit_log WHERE tenant_id = ${get().park.id} AND object_type = 'member' AND object_id = ${String(memberId)} ORDER BY seq`);
    return (res as unknown as { rows: AuditRow[] }).rows;
  }

  test('POST /api/v1/members registers a member with derived birth date and sex, masked data and a join period with 201', async () => {
    const idNumber = buildIdNumber('1988-11-23', 'female', 7);
    const res = await post('/api/v1/members', { ...buildMemberInput(tree.a1.id, { name: '王芳', idNumber, phone: '+86 139-1234-5678', ethnicity: '汉族', education: '本科', post: '组织委员' }) });
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    assert.equal(body.birthDate, '1988-11-23');
    assert.equal(body.sex, 'female');
    assert.equal(body.namePinyin, 'wangfang');
    assert.equal(body.idNumberMasked, `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
    assert.equal(body.phoneMasked, '139****5678');
    assert.ok(!res.body.includes(idNumber) && !res.body.includes('13912345678'), 'no full value in the response');
    assert.equal(body.orgId, tree.a1.id);
    assert.equal(body.isCurrent, true);
    assert.deepEqual(
      body.memberships.map((m: { orgId: number; startReason: string; validFrom: string; validTo: string | null }) => [m.orgId, m.startReason, m.validFrom, m.validTo]),
      [[tree.a1.id, 'join', '2018-07-01', null]],
    );
    assert.deepEqual((await auditOf(body.id)).map((a) => a.action), ['member.create']);
  });

  test('POST /api/v1/members dates the first period from the org\'s founding when the member joined the Party earlier', async () => {
    const res = await post('/api/v1/members', buildMemberInput(tree.a1.id, { joinedOn: '2001-07-01', convertedOn: '2002-07-01' }));
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().memberships[0].validFrom, tree.a1.foundedOn);
  });

  test('GET /api/v1/members/:id returns the member with history, org names and household id', async () => {
    const { householdId } = await createTestHousehold(get().system, tree.a1.id);
    const created = await post('/api/v1/members', buildMemberInput(tree.a1.id, { householdId }));
    assert.equal(created.statusCode, 201, created.body);
    const res = await read(`/api/v1/members/${created.json().id}`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().householdId, householdId);
    assert.equal(res.json().orgName, tree.a1.name);
    assert.equal(res.json().memberships[0].orgName, tree.a1.name);
  });

  test('POST /api/v1/members refuses a place that is not a household with 422 and an unknown one with 404, naming householdId', async () => {
    const { buildingId } = await createTestHousehold(get().system, tree.a1.id);
    const notHousehold = await post('/api/v1/members', buildMemberInput(tree.a1.id, { householdId: buildingId }));
    assert.equal(notHousehold.statusCode, 422, notHousehold.body);
    assert.equal(notHousehold.json().error.details[0].field, 'householdId');
    const unknown = await post('/api/v1/members', buildMemberInput(tree.a1.id, { householdId: 99999999 }));
    assert.equal(unknown.statusCode, 404, unknown.body);
    assert.equal(unknown.json().error.details[0].field, 'householdId');
  });

  test('POST /api/v1/members rejects an ID number with a bad checksum with 400 naming idNumber in Chinese', async () => {
    const good = nextIdNumber().idNumber;
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const res = await post('/api/v1/members', buildMemberInput(tree.a1.id, { idNumber: bad }));
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'VALIDATION_FAILED');
    assert.deepEqual(res.json().error.details.map((d: { field: string; message: string }) => [d.field, d.message]), [['idNumber', '身份证号校验位错误']]);
  });

  test('POST /api/v1/members rejects a malformed phone number with 400 naming phone', async () => {
    const res = await post('/api/v1/members', buildMemberInput(tree.a1.id, { phone: '12345' }));
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.details[0].field, 'phone');
  });

  test('POST /api/v1/members refuses a sex or birth date that disagrees with the ID number with 422 naming the field', async () => {
    const { idNumber, birthDate } = nextIdNumber('male');
    const sex = await post('/api/v1/members', buildMemberInput(tree.a1.id, { idNumber, sex: 'female' }));
    assert.equal(sex.statusCode, 422);
    assert.equal(sex.json().error.details[0].field, 'sex');
    const birth = await post('/api/v1/members', buildMemberInput(tree.a1.id, { idNumber, birthDate: '1999-01-01' }));
    assert.equal(birth.statusCode, 422);
    assert.equal(birth.json().error.details[0].field, 'birthDate');
    const agreeing = await post('/api/v1/members', buildMemberInput(tree.a1.id, { idNumber, sex: 'male', birthDate }));
    assert.equal(agreeing.statusCode, 201, agreeing.body);
  });

  test('POST /api/v1/members refuses a duplicate ID number in the park with 409 naming idNumber', async () => {
    const idNumber = buildIdNumber('1979-05-05', 'female', 3);
    assert.equal((await post('/api/v1/members', buildMemberInput(tree.a1.id, { idNumber }))).statusCode, 201);
    const res = await post('/api/v1/members', buildMemberInput(tree.b1.id, { idNumber: idNumber.toLowerCase() }));
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.details[0].field, 'idNumber');
  });

  test('POST /api/v1/members refuses a conversion date on a probationary member and one before joining with 422', async () => {
    const probationary = await post('/api/v1/members', buildMemberInput(tree.a1.id, { status: 'probationary', convertedOn: '2019-07-01' }));
    assert.equal(probationary.statusCode, 422);
    assert.equal(probationary.json().error.details[0].field, 'convertedOn');
    const early = await post('/api/v1/members', buildMemberInput(tree.a1.id, { convertedOn: '2017-01-01' }));
    assert.equal(early.statusCode, 422);
    assert.equal(early.json().error.details[0].field, 'convertedOn');
  });

  test('POST /api/v1/members refuses a join before eighteen with 422 and a future join date with 400, naming joinedOn', async () => {
    const young = await post('/api/v1/members', buildMemberInput(tree.a1.id, { idNumber: buildIdNumber('2001-06-01', 'male', 1), joinedOn: '2019-05-31', convertedOn: undefined }));
    assert.equal(young.statusCode, 422);
    assert.equal(young.json().error.details[0].field, 'joinedOn');
    const future = await post('/api/v1/members', buildMemberInput(tree.a1.id, { joinedOn: '2999-01-01', convertedOn: undefined }));
    assert.equal(future.statusCode, 400);
    assert.equal(future.json().error.details[0].field, 'joinedOn');
  });

  test('GET /api/v1/members lists masked values only', async () => {
    const idNumber = nextIdNumber().idNumber;
    await createTestMember(get().system, tree.b1.id, { name: '列表甲', idNumber, phone: '13800001111' });
    const res = await read(`/api/v1/members?orgId=${tree.b1.id}&q=列表甲`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().total, 1);
    const item = res.json().items[0];
    assert.equal(item.idNumberMasked, `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
    assert.equal(item.phoneMasked, '138****1111');
    assert.equal(item.orgName, tree.b1.name);
    assert.ok(!res.body.includes(idNumber) && !res.body.includes('13800001111'));
  });

  test('GET /api/v1/members finds 张三 by "zs", "zhangsan", "张", the full ID number and its last four characters', async () => {
    const idNumber = nextIdNumber().idNumber;
    const zhang = await createTestMember(get().system, tree.b1.id, { name: '张三', idNumber });
    await createTestMember(get().system, tree.b1.id, { name: '李四' });
    for (const q of ['zs', 'zhangsan', 'ZhangS', '张', idNumber, idNumber.slice(-4)]) {
      const res = await read(`/api/v1/members?orgId=${tree.b1.id}&q=${encodeURIComponent(q)}`);
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json().items.map((m: { id: number }) => m.id), [zhang.id], `q=${q}`);
    }
    const partial = await read(`/api/v1/members?orgId=${tree.b1.id}&q=${idNumber.slice(0, 9)}`);
    assert.equal(partial.json().total, 0, 'a partial ID number matches nothing');
    const wildcard = await read(`/api/v1/members?orgId=${tree.b1.id}&q=${encodeURIComponent('%')}`);
    assert.equal(wildcard.json().total, 0, 'LIKE wildcards are matched literally');
  });

  test('PATCH /api/v1/members/:id changes personal fields, recomputes pinyin on a rename and audits the change', async () => {
    const member = await createTestMember(get().system, tree.b1.id, { name: '赵六', phone: '13700002222' });
    const res = await patch(`/api/v1/members/${member.id}`, { name: '单雄信', phone: null, education: '硕士研究生', post: '书记' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().namePinyin, 'shanxiongxin');
    assert.equal(res.json().phoneMasked, null);
    assert.equal(res.json().education, '硕士研究生');
    const found = await read(`/api/v1/members?orgId=${tree.b1.id}&q=sxx`);
    assert.deepEqual(found.json().items.map((m: { id: number }) => m.id), [member.id]);
    const audit = await auditOf(member.id);
    assert.deepEqual(audit.map((a) => a.action), ['member.create', 'member.update']);
    assert.deepEqual(Object.keys((audit[1].diff as { after: object }).after).sort(), ['education', 'name', 'phone', 'post']);
  });

  test('PATCH /api/v1/members/:id converts a probationary member with a conversion date, and refuses without one or going back with 422', async () => {
    const member = await createTestMember(get().system, tree.b1.id, { status: 'probationary', convertedOn: undefined, joinedOn: '2023-03-01' });
    const missing = await patch(`/api/v1/members/${member.id}`, { status: 'full' });
    assert.equal(missing.statusCode, 422);
    assert.equal(missing.json().error.details[0].field, 'convertedOn');
    const early = await patch(`/api/v1/members/${member.id}`, { status: 'full', convertedOn: '2023-02-28' });
    assert.equal(early.statusCode, 422);
    const converted = await patch(`/api/v1/members/${member.id}`, { status: 'full', convertedOn: '2024-03-01' });
    assert.equal(converted.statusCode, 200, converted.body);
    assert.equal(converted.json().status, 'full');
    const back = await patch(`/api/v1/members/${member.id}`, { status: 'probationary' });
    assert.equal(back.statusCode, 422);
    assert.equal(back.json().error.details[0].field, 'status');
    const before = await read(`/api/v1/members?orgId=${tree.b1.id}&asOf=2024-02-29&status=probationary`);
    assert.ok(before.json().items.some((m: { id: number }) => m.id === member.id), 'probationary on a date before conversion');
  });

  test('PATCH /api/v1/members/:id with a corrected ID number re-derives birth date and sex, and refuses a taken one with 409', async () => {
    const member = await createTestMember(get().system, tree.b1.id);
    const other = await createTestMember(get().system, tree.b1.id);
    const corrected = buildIdNumber('1970-02-03', 'female', 11);
    const res = await patch(`/api/v1/members/${member.id}`, { idNumber: corrected });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().birthDate, '1970-02-03');
    assert.equal(res.json().sex, 'female');
    const taken = await patch(`/api/v1/members/${other.id}`, { idNumber: corrected });
    assert.equal(taken.statusCode, 409);
    assert.equal(taken.json().error.details[0].field, 'idNumber');
  });

  test('POST /api/v1/members/:id/reveal shows the full values to a secretary in scope and audits the field name only', async () => {
    const idNumber = nextIdNumber().idNumber;
    const member = await createTestMember(get().system, tree.a1.id, { idNumber, phone: '13655556666' });
    const secretary = (await get().userWith([{ role: 'org_secretary', orgId: tree.a1.id }])).cookie;
    const id = await post(`/api/v1/members/${member.id}/reveal`, { field: 'idNumber' }, secretary);
    assert.equal(id.statusCode, 200, id.body);
    assert.deepEqual(id.json(), { field: 'idNumber', value: idNumber });
    const phone = await post(`/api/v1/members/${member.id}/reveal`, { field: 'phone' }, secretary);
    assert.equal(phone.json().value, '13655556666');
    const reveals = (await auditOf(member.id)).filter((a) => a.action === 'member.reveal');
    assert.deepEqual(reveals.map((a) => [a.result, a.diff]), [['success', { field: 'idNumber' }], ['success', { field: 'phone' }]]);
  });

  test('POST /api/v1/members/:id/reveal is 403 to a role without members.reveal', async () => {
    const member = await createTestMember(get().system, tree.a1.id);
    const leader = (await get().userWith([{ role: 'leader', orgId: tree.a1.id }])).cookie;
    assert.equal((await read(`/api/v1/members/${member.id}`, leader)).statusCode, 200);
    const res = await post(`/api/v1/members/${member.id}/reveal`, { field: 'idNumber' }, leader);
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'FORBIDDEN');
  });

  test('POST /api/v1/members/:id/reveal is 403 on a member readable but outside the reveal scope, and the attempt is audited', async () => {
    const member = await createTestMember(get().system, tree.b1.id);
    const user = (await get().userWith([{ role: 'leader', orgId: null }, { role: 'org_secretary', orgId: tree.a1.id }])).cookie;
    assert.equal((await read(`/api/v1/members/${member.id}`, user)).statusCode, 200);
    const res = await post(`/api/v1/members/${member.id}/reveal`, { field: 'phone' }, user);
    assert.equal(res.statusCode, 403);
    assert.deepEqual((await auditOf(member.id)).filter((a) => a.action === 'member.reveal').map((a) => [a.result, a.diff]), [['failure', { field: 'phone' }]]);
  });

  test('POST /api/v1/members/:id/reveal of a phone never recorded is 422', async () => {
    const member = await createTestMember(get().system, tree.a1.id);
    const res = await post(`/api/v1/members/${member.id}/reveal`, { field: 'phone' });
    assert.equal(res.statusCode, 422);
  });

  test('no full ID number or phone number ever lands in audit_log', async () => {
    const first = buildIdNumber('1966-06-16', 'male', 21);
    const second = buildIdNumber('1966-06-17', 'male', 21);
    const created = await post('/api/v1/members', buildMemberInput(tree.a1.id, { idNumber: first, phone: '13511112222' }));
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().id;
    assert.equal((await patch(`/api/v1/members/${id}`, { idNumber: second, phone: '13533334444' })).statusCode, 200);
    assert.equal((await post(`/api/v1/members/${id}/reveal`, { field: 'idNumber' })).statusCode, 200);
    assert.equal((await post(`/api/v1/members/${id}/reveal`, { field: 'phone' })).statusCode, 200);
    const res = await get().database.db.execute(sql`SELECT diff::text AS diff FROM audit_log WHERE tenant_id = ${get().park.id}`);
    const all = (res as unknown as { rows: { diff: string | null }[] }).rows.map((r) => r.diff ?? '').join('\n');
    assert.ok(all.length > 0);
    for (const secret of [first, second, '13511112222', '13533334444', first.slice(6, 18), second.slice(0, 14)]) {
      assert.ok(!all.includes(secret), `audit_log holds ${secret}`);
    }
    assert.ok((await auditOf(id)).length >= 4);
  });
});
