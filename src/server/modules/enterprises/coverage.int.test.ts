import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestOrg, createTestTree } from '../../../../test/factories.ts';
import { today } from '../../platform/paging.ts';
import { createTestEnterprise } from './enterprises.fixtures.ts';

describeWithApp('enterprise designations and coverage', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let admin: string;
  before(async () => {
    tree = await createTestTree(get().system);
    admin = (await get().userWith([{ role: 'park_admin', orgId: null }])).cookie;
  });

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, cookie = admin) =>
    get().app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const designationsOn = async (id: number, asOf: string) => (await call('GET', `/api/v1/enterprises/${id}?asOf=${asOf}`)).json().designations;
  const listed = async (query: string) => (await call('GET', `/api/v1/enterprises?pageSize=200&${query}`)).json().items.map((e: { id: number }) => e.id);

  test('a designation reads as held from its first day and not from the day it ends, in the detail and the list filter', async () => {
    const unit = await createTestEnterprise(get().system, tree.a1.id);
    const added = await call('POST', `/api/v1/enterprises/${unit.id}/designations`, { designation: 'srdi_provincial', validFrom: '2022-03-01', note: '川经信〔2022〕12号' });
    assert.equal(added.statusCode, 201, added.body);
    const ended = await call('POST', `/api/v1/enterprise-designations/${added.json().id}/end`, { validTo: '2024-07-01' });
    assert.equal(ended.statusCode, 200, ended.body);
    assert.equal(ended.json().validTo, '2024-07-01');
    await call('POST', `/api/v1/enterprises/${unit.id}/designations`, { designation: 'srdi_national', validFrom: '2024-07-01' });
    assert.deepEqual(await designationsOn(unit.id, '2022-02-28'), []);
    assert.deepEqual(await designationsOn(unit.id, '2022-03-01'), ['srdi_provincial']);
    assert.deepEqual(await designationsOn(unit.id, '2024-06-30'), ['srdi_provincial']);
    assert.deepEqual(await designationsOn(unit.id, '2024-07-01'), ['srdi_national']);
    assert.ok((await listed('designation=srdi_provincial&asOf=2024-06-30')).includes(unit.id));
    assert.ok(!(await listed('designation=srdi_provincial&asOf=2024-07-01')).includes(unit.id));
    assert.ok((await listed('designation=srdi_national')).includes(unit.id));
    const history = (await call('GET', `/api/v1/enterprises/${unit.id}`)).json().designationHistory;
    assert.deepEqual(history.map((d: { designation: string; validFrom: string; validTo: string | null }) => [d.designation, d.validFrom, d.validTo]), [
      ['srdi_provincial', '2022-03-01', '2024-07-01'],
      ['srdi_national', '2024-07-01', null],
    ]);
  });

  test('an overlapping period of the same designation is 409; another designation or a later period is fine', async () => {
    const unit = await createTestEnterprise(get().system, tree.a1.id);
    const first = await call('POST', `/api/v1/enterprises/${unit.id}/designations`, { designation: 'high_tech', validFrom: '2020-01-01', validTo: '2023-01-01' });
    assert.equal(first.statusCode, 201);
    const overlap = await call('POST', `/api/v1/enterprises/${unit.id}/designations`, { designation: 'high_tech', validFrom: '2022-12-31' });
    assert.equal(overlap.statusCode, 409);
    const before = await call('POST', `/api/v1/enterprises/${unit.id}/designations`, { designation: 'high_tech', validFrom: '2019-01-01', validTo: '2020-01-02' });
    assert.equal(before.statusCode, 409);
    assert.equal((await call('POST', `/api/v1/enterprises/${unit.id}/designations`, { designation: 'high_tech', validFrom: '2023-01-01' })).statusCode, 201);
    assert.equal((await call('POST', `/api/v1/enterprises/${unit.id}/designations`, { designation: 'above_scale', validFrom: '2021-01-01' })).statusCode, 201);
  });

  test('designation dates: an end not after the start, a longer end, or a future start are refused naming the field', async () => {
    const unit = await createTestEnterprise(get().system, tree.a1.id);
    const empty = await call('POST', `/api/v1/enterprises/${unit.id}/designations`, { designation: 'listed', validFrom: '2021-01-01', validTo: '2021-01-01' });
    assert.equal(empty.statusCode, 422);
    assert.equal(empty.json().error.details[0].field, 'validTo');
    const future = await call('POST', `/api/v1/enterprises/${unit.id}/designations`, { designation: 'listed', validFrom: '2999-01-01' });
    assert.equal(future.statusCode, 400);
    assert.equal(future.json().error.details[0].field, 'validFrom');
    const dated = (await call('POST', `/api/v1/enterprises/${unit.id}/designations`, { designation: 'listed', validFrom: '2021-01-01', validTo: '2026-01-01' })).json();
    const longer = await call('POST', `/api/v1/enterprise-designations/${dated.id}/end`, { validTo: '2027-01-01' });
    assert.equal(longer.statusCode, 422);
    assert.equal((await call('POST', `/api/v1/enterprise-designations/${dated.id}/end`, { validTo: '2020-12-31' })).statusCode, 422);
    assert.equal((await call('POST', `/api/v1/enterprise-designations/${dated.id}/end`, { validTo: '2025-01-01' })).statusCode, 200);
    assert.equal((await call('POST', '/api/v1/enterprise-designations/99999999/end', { validTo: '2025-01-01' })).statusCode, 404);
  });

  test('own coverage makes the org hosted by the unit, and the org follows a rename of the unit', async () => {
    const org = await createTestOrg(get().system, { parentId: tree.a.id, kind: 'branch', foundedOn: '2018-01-01' });
    const unit = await createTestEnterprise(get().system, tree.a.id, { name: '内江天丝食品有限公司', unitKind: 'enterprise' });
    const res = await call('POST', `/api/v1/enterprises/${unit.id}/coverage`, { orgId: org.id, kind: 'own', validFrom: '2019-01-01' });
    assert.equal(res.statusCode, 201, res.body);
    const link = res.json();
    assert.deepEqual(link, { id: link.id, enterpriseId: unit.id, orgId: org.id, orgName: org.name, kind: 'own', validFrom: '2019-01-01', validTo: null });
    const hosted = (await call('GET', `/api/v1/orgs/${org.id}`)).json();
    assert.deepEqual([hosted.hostUnitKind, hosted.hostUnitName], ['enterprise', '内江天丝食品有限公司']);
    await call('PATCH', `/api/v1/enterprises/${unit.id}`, { name: '内江天丝红牛饮料有限公司' });
    assert.equal((await call('GET', `/api/v1/orgs/${org.id}`)).json().hostUnitName, '内江天丝红牛饮料有限公司');
    const detail = (await call('GET', `/api/v1/enterprises/${unit.id}`)).json();
    assert.deepEqual(detail.coveringOrgs, [{ id: org.id, name: org.name, kind: 'own' }]);
    assert.deepEqual((await call('GET', `/api/v1/enterprises/${unit.id}?asOf=2018-12-31`)).json().coveringOrgs, []);
  });

  test('an org is own for one unit at a time (409); after its link ends it may host another unit', async () => {
    const org = await createTestOrg(get().system, { parentId: tree.a.id, kind: 'branch', foundedOn: '2018-01-01' });
    const first = await createTestEnterprise(get().system, tree.a.id);
    const second = await createTestEnterprise(get().system, tree.a.id, { unitKind: 'social_org', name: '内江经开区食品行业协会' });
    const link = (await call('POST', `/api/v1/enterprises/${first.id}/coverage`, { orgId: org.id, kind: 'own', validFrom: '2019-01-01' })).json();
    const clash = await call('POST', `/api/v1/enterprises/${second.id}/coverage`, { orgId: org.id, kind: 'own', validFrom: '2020-01-01' });
    assert.equal(clash.statusCode, 409);
    assert.equal(clash.json().error.details[0].field, 'orgId');
    const twice = await call('POST', `/api/v1/enterprises/${first.id}/coverage`, { orgId: org.id, kind: 'own', validFrom: '2021-01-01' });
    assert.equal(twice.statusCode, 409);
    const ended = await call('POST', `/api/v1/org-coverage/${link.id}/end`, { validTo: '2021-01-01' });
    assert.equal(ended.statusCode, 200, ended.body);
    assert.equal(ended.json().validTo, '2021-01-01');
    assert.equal((await call('POST', `/api/v1/org-coverage/${link.id}/end`, { validTo: '2022-01-01' })).statusCode, 422);
    const early = await call('POST', `/api/v1/enterprises/${second.id}/coverage`, { orgId: org.id, kind: 'own', validFrom: '2020-12-31' });
    assert.equal(early.statusCode, 409, 'still overlaps the first link\'s last day');
    const moved = await call('POST', `/api/v1/enterprises/${second.id}/coverage`, { orgId: org.id, kind: 'own', validFrom: '2021-01-01' });
    assert.equal(moved.statusCode, 201, moved.body);
    const hosted = (await call('GET', `/api/v1/orgs/${org.id}`)).json();
    assert.deepEqual([hosted.hostUnitKind, hosted.hostUnitName], ['social_org', '内江经开区食品行业协会']);
    assert.deepEqual((await call('GET', `/api/v1/enterprises/${first.id}?asOf=2020-06-01`)).json().coveringOrgs.map((c: { id: number }) => c.id), [org.id]);
    assert.deepEqual((await call('GET', `/api/v1/enterprises/${first.id}`)).json().coveringOrgs, []);
  });

  test('joint coverage needs a joint branch (422 otherwise), and a joint branch covers several units at once but not as own', async () => {
    const joint = await createTestOrg(get().system, { parentId: tree.a.id, kind: 'joint_branch', foundedOn: '2018-01-01' });
    const units = [await createTestEnterprise(get().system, tree.a.id), await createTestEnterprise(get().system, tree.a.id)];
    for (const unit of units) {
      const res = await call('POST', `/api/v1/enterprises/${unit.id}/coverage`, { orgId: joint.id, kind: 'joint', validFrom: '2019-01-01' });
      assert.equal(res.statusCode, 201, res.body);
    }
    const notJoint = await call('POST', `/api/v1/enterprises/${units[0].id}/coverage`, { orgId: tree.a1.id, kind: 'joint', validFrom: '2019-01-01' });
    assert.equal(notJoint.statusCode, 422);
    assert.equal(notJoint.json().error.details[0].field, 'kind');
    const asOwn = await call('POST', `/api/v1/enterprises/${units[0].id}/coverage`, { orgId: joint.id, kind: 'own', validFrom: '2019-01-01' });
    assert.equal(asOwn.statusCode, 422);
    assert.equal((await call('GET', `/api/v1/orgs/${joint.id}`)).json().hostUnitName, null, 'joint coverage hosts nothing');
    assert.deepEqual((await call('GET', `/api/v1/enterprises/${units[1].id}`)).json().coveringOrgs, [{ id: joint.id, name: joint.name, kind: 'joint' }]);
  });

  test('coverage dates: before the org was founded, after it was dissolved, or in the future are refused; an unknown org is 404 naming orgId', async () => {
    const org = await createTestOrg(get().system, { parentId: tree.a.id, kind: 'branch', foundedOn: '2018-01-01' });
    const unit = await createTestEnterprise(get().system, tree.a.id);
    const early = await call('POST', `/api/v1/enterprises/${unit.id}/coverage`, { orgId: org.id, kind: 'own', validFrom: '2017-12-31' });
    assert.equal(early.statusCode, 422);
    assert.equal(early.json().error.details[0].field, 'validFrom');
    const future = await call('POST', `/api/v1/enterprises/${unit.id}/coverage`, { orgId: org.id, kind: 'own', validFrom: '2999-01-01' });
    assert.equal(future.statusCode, 400);
    const unknown = await call('POST', `/api/v1/enterprises/${unit.id}/coverage`, { orgId: 99999999, kind: 'own', validFrom: '2019-01-01' });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().error.details[0].field, 'orgId');
    const gone = await createTestOrg(get().system, { parentId: tree.a.id, kind: 'branch', foundedOn: '2018-01-01' });
    await call('POST', `/api/v1/orgs/${gone.id}/dissolve`, { effectiveOn: '2020-01-01' });
    const dissolved = await call('POST', `/api/v1/enterprises/${unit.id}/coverage`, { orgId: gone.id, kind: 'own', validFrom: today() });
    assert.equal(dissolved.statusCode, 422);
    assert.equal(dissolved.json().error.details[0].field, 'orgId');
    assert.deepEqual((await call('GET', `/api/v1/enterprises/${unit.id}`)).json().coverageHistory, [], 'nothing was written');
  });
});
