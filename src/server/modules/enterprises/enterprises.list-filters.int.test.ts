import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestOrg, createTestTree } from '../../../../test/factories.ts';
import { addChainEnterprise, endChainEnterprise } from '../chains/chain-enterprises.service.ts';
import { createTestChain } from '../chains/chains.fixtures.ts';
import { dissolveOrg } from '../orgs/orgs.service.ts';
import { addCoverage } from './coverage.service.ts';
import { createTestEnterprise } from './enterprises.fixtures.ts';

type Item = { id: number; chains: { id: number; name: string | null }[]; coveringOrgs: { id: number }[] };

describeWithApp('GET /enterprises: chain and coverage filters', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let admin: string;
  let chain: { id: number; name: string };
  before(async () => {
    const { system } = get();
    tree = await createTestTree(system);
    admin = (await get().userWith([{ role: 'park_admin', orgId: null }])).cookie;
    const committee = await createTestOrg(system, { parentId: tree.root.id, kind: 'committee', category: 'chain_committee', foundedOn: '2016-01-01' });
    chain = await createTestChain(system, committee.id);
  });

  const list = (query: string, cookie = admin) => get().app.inject({ method: 'GET', url: `/api/v1/enterprises?pageSize=200&${query}`, headers: { cookie } });
  const items = async (query: string, cookie = admin): Promise<Item[]> => {
    const res = await list(query, cookie);
    assert.equal(res.statusCode, 200, res.body);
    return res.json().items;
  };
  const ids = async (query: string) => (await items(query)).map((e) => e.id).sort((x, y) => x - y);
  const sorted = (...values: number[]) => [...values].sort((x, y) => x - y);

  test('chainId lists the chain\'s members on the date read: from the first day of membership, not from the day it ends', async () => {
    const { system } = get();
    const member = await createTestEnterprise(system, tree.a1.id);
    await createTestEnterprise(system, tree.a1.id);
    const period = await addChainEnterprise(system, chain.id, { enterpriseId: member.id, validFrom: '2023-03-01' });
    await endChainEnterprise(system, period.id, { validTo: '2024-07-01' });
    assert.deepEqual(await ids(`chainId=${chain.id}&asOf=2023-02-28`), []);
    assert.deepEqual(await ids(`chainId=${chain.id}&asOf=2023-03-01`), [member.id]);
    assert.deepEqual(await ids(`chainId=${chain.id}&asOf=2024-06-30`), [member.id]);
    assert.deepEqual(await ids(`chainId=${chain.id}&asOf=2024-07-01`), []);
    const listed = (await items(`asOf=2023-03-01&responsibleOrgId=${tree.a1.id}`)).find((e) => e.id === member.id);
    assert.deepEqual(listed?.chains, [{ id: chain.id, name: chain.name }]);
    assert.deepEqual((await items(`responsibleOrgId=${tree.a1.id}`)).find((e) => e.id === member.id)?.chains, [], 'no longer a member today');
  });

  test('coverage=org|none splits units by whether an org in force covers them: from a link\'s first day, until the org is dissolved', async () => {
    const { system } = get();
    const home = await createTestOrg(system, { parentId: tree.b.id, kind: 'branch', foundedOn: '2017-01-01' });
    const joint = await createTestOrg(system, { parentId: tree.b.id, kind: 'joint_branch', foundedOn: '2018-01-01' });
    const own = await createTestOrg(system, { parentId: tree.b.id, kind: 'branch', foundedOn: '2018-01-01' });
    const ownUnit = await createTestEnterprise(system, home.id);
    const jointUnit = await createTestEnterprise(system, home.id);
    const bare = await createTestEnterprise(system, home.id);
    await addCoverage(system, ownUnit.id, { orgId: own.id, kind: 'own', validFrom: '2020-01-01' });
    await addCoverage(system, jointUnit.id, { orgId: joint.id, kind: 'joint', validFrom: '2022-01-01' });
    await dissolveOrg(system, joint.id, { effectiveOn: '2024-02-01' });
    const on = (asOf: string, coverage: 'org' | 'none') => ids(`responsibleOrgId=${home.id}&asOf=${asOf}&coverage=${coverage}`);

    assert.deepEqual(await on('2021-12-31', 'org'), [ownUnit.id]);
    assert.deepEqual(await on('2021-12-31', 'none'), sorted(jointUnit.id, bare.id));
    assert.deepEqual(await on('2022-01-01', 'org'), sorted(ownUnit.id, jointUnit.id));
    assert.deepEqual(await on('2022-01-01', 'none'), [bare.id]);
    assert.deepEqual(await on('2024-01-31', 'org'), sorted(ownUnit.id, jointUnit.id));
    assert.deepEqual(await on('2024-02-01', 'org'), [ownUnit.id]);
    assert.deepEqual(await on('2024-02-01', 'none'), sorted(jointUnit.id, bare.id));
    const shown = async (asOf: string) => (await items(`responsibleOrgId=${home.id}&asOf=${asOf}`)).find((e) => e.id === jointUnit.id)?.coveringOrgs.map((o) => o.id);
    assert.deepEqual(await shown('2024-01-31'), [joint.id]);
    assert.deepEqual(await shown('2024-02-01'), [], 'a dissolved org is not shown as covering, as the filter says');
  });

  test('a chain the caller cannot read, or none, is 404 naming chainId; a member chain outside the caller\'s reach is listed without its name', async () => {
    const { system } = get();
    const member = await createTestEnterprise(system, tree.a1.id);
    await addChainEnterprise(system, chain.id, { enterpriseId: member.id, validFrom: '2023-01-01' });
    const secretary = (await get().userWith([{ role: 'org_secretary', orgId: tree.a1.id }])).cookie;
    for (const chainId of [chain.id, 99999999]) {
      const res = await list(`chainId=${chainId}`, secretary);
      assert.equal(res.statusCode, 404, String(chainId));
      assert.equal(res.json().error.details[0].field, 'chainId');
    }
    const seen = (await items(`responsibleOrgId=${tree.a1.id}`, secretary)).find((e) => e.id === member.id);
    assert.deepEqual(seen?.chains, [{ id: chain.id, name: null }]);
  });

  test('bad chainId or coverage values are 400 naming the field', async () => {
    for (const [query, field] of [
      ['chainId=abc', 'chainId'],
      ['chainId=0', 'chainId'],
      ['chainId=1.5', 'chainId'],
      ['coverage=maybe', 'coverage'],
      ['coverage=ORG', 'coverage'],
    ]) {
      const res = await list(query);
      assert.equal(res.statusCode, 400, query);
      assert.equal(res.json().error.details[0].field, field, query);
    }
  });
});
