import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestOrg, createTestTree } from '../../../../test/factories.ts';
import { today } from '../../platform/paging.ts';
import { createTestMember } from './members.fixtures.ts';

describeWithApp('member transfers, leaving and counts', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let admin: string;
  before(async () => {
    tree = await createTestTree(get().system);
    admin = (await get().userWith([{ role: 'park_admin', orgId: null }])).cookie;
  });

  const post = (url: string, payload: object, cookie = admin) => get().app.inject({ method: 'POST', url, headers: { cookie }, payload });
  const read = (url: string, cookie = admin) => get().app.inject({ url, headers: { cookie } });
  const rosterIds = async (orgId: number, asOf: string) =>
    (await read(`/api/v1/members?orgId=${orgId}&asOf=${asOf}&pageSize=200`)).json().items.map((m: { id: number }) => m.id) as number[];
  const count = async (orgId: number, asOf: string) => (await read(`/api/v1/members-count?orgId=${orgId}&asOf=${asOf}`)).json().count as number;

  test('POST /api/v1/members/:id/transfer moves a member from a date: the roster the day before still has them in the old org', async () => {
    const member = await createTestMember(get().system, tree.a1.id, { joinedOn: '2019-04-01', convertedOn: '2020-04-01' });
    const res = await post(`/api/v1/members/${member.id}/transfer`, { toOrgId: tree.b1.id, effectiveOn: '2021-09-01', note: '工作调动' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().orgId, tree.b1.id);
    assert.deepEqual(
      res.json().memberships.map((m: { orgId: number; validFrom: string; validTo: string | null; startReason: string; endReason: string | null; note: string | null }) => [m.orgId, m.validFrom, m.validTo, m.startReason, m.endReason, m.note]),
      [
        [tree.a1.id, '2019-04-01', '2021-09-01', 'join', 'transfer_out', null],
        [tree.b1.id, '2021-09-01', null, 'transfer_in', null, '工作调动'],
      ],
    );
    assert.ok((await rosterIds(tree.a1.id, '2021-08-31')).includes(member.id));
    assert.ok(!(await rosterIds(tree.b1.id, '2021-08-31')).includes(member.id));
    assert.ok(!(await rosterIds(tree.a1.id, '2021-09-01')).includes(member.id));
    assert.ok((await rosterIds(tree.b1.id, '2021-09-01')).includes(member.id));
    const before = (await read(`/api/v1/members?orgId=${tree.root.id}&asOf=2021-08-31&pageSize=200`)).json();
    assert.equal(before.items.find((m: { id: number }) => m.id === member.id).orgId, tree.a1.id, 'the list shows the org in force on the date read');
  });

  test('POST /api/v1/members/:id/transfer refuses a date before the current period with 422, a future date with 400 and the same org with 422', async () => {
    const member = await createTestMember(get().system, tree.a1.id, { joinedOn: '2020-01-01', convertedOn: '2021-01-01' });
    const early = await post(`/api/v1/members/${member.id}/transfer`, { toOrgId: tree.b1.id, effectiveOn: '2019-12-31' });
    assert.equal(early.statusCode, 422);
    assert.equal(early.json().error.details[0].field, 'effectiveOn');
    const future = await post(`/api/v1/members/${member.id}/transfer`, { toOrgId: tree.b1.id, effectiveOn: '2999-01-01' });
    assert.equal(future.statusCode, 400);
    assert.equal(future.json().error.details[0].field, 'effectiveOn');
    const same = await post(`/api/v1/members/${member.id}/transfer`, { toOrgId: tree.a1.id, effectiveOn: '2022-01-01' });
    assert.equal(same.statusCode, 422);
    assert.equal(same.json().error.details[0].field, 'toOrgId');
  });

  test('POST /api/v1/members/:id/transfer refuses a dissolved target with 422 and one outside the caller\'s orgs with 404', async () => {
    const member = await createTestMember(get().system, tree.a1.id);
    const gone = await createTestOrg(get().system, { parentId: tree.a.id, kind: 'branch', foundedOn: '2017-01-01' });
    assert.equal((await post(`/api/v1/orgs/${gone.id}/dissolve`, { effectiveOn: '2020-01-01' })).statusCode, 200);
    const dissolved = await post(`/api/v1/members/${member.id}/transfer`, { toOrgId: gone.id, effectiveOn: '2022-01-01' });
    assert.equal(dissolved.statusCode, 422);
    assert.equal(dissolved.json().error.details[0].field, 'toOrgId');
    const secretary = (await get().userWith([{ role: 'org_secretary', orgId: tree.a1.id }])).cookie;
    const outside = await post(`/api/v1/members/${member.id}/transfer`, { toOrgId: tree.b1.id, effectiveOn: '2022-01-01' }, secretary);
    assert.equal(outside.statusCode, 404);
    assert.equal(outside.json().error.details[0].field, 'toOrgId');
  });

  test('POST /api/v1/members/:id/leave ends the membership: off the roster from that day, still readable, no further transfer (422)', async () => {
    const member = await createTestMember(get().system, tree.a1.id, { joinedOn: '2018-05-01', convertedOn: '2019-05-01' });
    const res = await post(`/api/v1/members/${member.id}/leave`, { effectiveOn: '2022-03-15', reason: 'death', note: '病故' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().isCurrent, false);
    assert.equal(res.json().orgId, tree.a1.id);
    assert.deepEqual([res.json().memberships[0].validTo, res.json().memberships[0].endReason, res.json().memberships[0].note], ['2022-03-15', 'death', '病故']);
    assert.ok((await rosterIds(tree.a1.id, '2022-03-14')).includes(member.id));
    assert.ok(!(await rosterIds(tree.a1.id, '2022-03-15')).includes(member.id));
    assert.equal((await read(`/api/v1/members/${member.id}`)).statusCode, 200);
    const again = await post(`/api/v1/members/${member.id}/transfer`, { toOrgId: tree.b1.id, effectiveOn: today() });
    assert.equal(again.statusCode, 422);
    const twice = await post(`/api/v1/members/${member.id}/leave`, { effectiveOn: today(), reason: 'leave' });
    assert.equal(twice.statusCode, 422);
  });

  test('GET /api/v1/members-count counts members in force on each date within a subtree', async () => {
    const org = await createTestOrg(get().system, { parentId: tree.b.id, kind: 'branch', foundedOn: '2017-01-01' });
    await createTestMember(get().system, org.id, { joinedOn: '2019-01-01', convertedOn: '2020-01-01' });
    const leaves = await createTestMember(get().system, org.id, { joinedOn: '2020-06-01', convertedOn: '2021-06-01' });
    const moves = await createTestMember(get().system, org.id, { joinedOn: '2019-01-01', convertedOn: '2020-01-01' });
    assert.equal((await post(`/api/v1/members/${leaves.id}/leave`, { effectiveOn: '2023-01-01', reason: 'leave' })).statusCode, 200);
    assert.equal((await post(`/api/v1/members/${moves.id}/transfer`, { toOrgId: tree.a1.id, effectiveOn: '2022-01-01' })).statusCode, 200);
    assert.equal(await count(org.id, '2018-12-31'), 0);
    assert.equal(await count(org.id, '2019-01-01'), 2);
    assert.equal(await count(org.id, '2021-12-31'), 3);
    assert.equal(await count(org.id, '2022-01-01'), 2);
    assert.equal(await count(org.id, '2023-01-01'), 1);
    const wholePark = await read('/api/v1/members-count?asOf=2021-12-31');
    assert.equal(wholePark.statusCode, 200);
    assert.equal(wholePark.json().asOf, '2021-12-31');
    assert.ok(wholePark.json().count >= 3);
    assert.equal(await count(tree.b.id, '2021-12-31') - await count(tree.b.id, '2022-01-01'), 1, 'the transfer leaves b\'s subtree');
  });

  test('POST /api/v1/orgs/:id/dissolve refuses an org with current members with 422 until they are transferred', async () => {
    const org = await createTestOrg(get().system, { parentId: tree.b.id, kind: 'branch', foundedOn: '2017-01-01' });
    const member = await createTestMember(get().system, org.id);
    const refused = await post(`/api/v1/orgs/${org.id}/dissolve`, { effectiveOn: today() });
    assert.equal(refused.statusCode, 422);
    assert.equal(refused.json().error.code, 'RULE_VIOLATION');
    assert.match(refused.json().error.details[0].message, /请先转移党员/);
    assert.equal((await post(`/api/v1/members/${member.id}/transfer`, { toOrgId: tree.b1.id, effectiveOn: '2022-01-01' })).statusCode, 200);
    const early = await post(`/api/v1/orgs/${org.id}/dissolve`, { effectiveOn: '2021-12-31' });
    assert.equal(early.statusCode, 422, 'the member still belonged to it on that date');
    const done = await post(`/api/v1/orgs/${org.id}/dissolve`, { effectiveOn: '2022-01-01' });
    assert.equal(done.statusCode, 200, done.body);
  });
});
