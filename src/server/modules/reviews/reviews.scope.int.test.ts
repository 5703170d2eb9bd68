import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createTestOrg, createTestTree } from '../../../../test/factories.ts';
import { describeWithApp } from '../../../../test/helpers/test-app.ts';
import { createTestCampaign } from './reviews.fixtures.ts';

describeWithApp('reviews scope', (get) => {
  let tree: Awaited<ReturnType<typeof createTestTree>>;
  let campaignId: number;
  let cycleIds: Map<number, number>;
  let foreignCampaign: number;
  let secretaryA1: string;
  let secretaryB1: string;
  let leaderA: string;
  before(async () => {
    tree = await createTestTree(get().system);
    const made = await createTestCampaign(get().system, tree.root.id, [tree.a1.id, tree.b1.id, tree.a.id]);
    campaignId = made.campaign.id;
    cycleIds = made.cycleIds;
    const other = await get().otherPark();
    const foreignOrg = await createTestOrg(other.system);
    foreignCampaign = (await createTestCampaign(other.system, foreignOrg.id, [foreignOrg.id])).campaign.id;
    secretaryA1 = (await get().userWith([{ role: 'org_secretary', orgId: tree.a1.id }])).cookie;
    secretaryB1 = (await get().userWith([{ role: 'org_secretary', orgId: tree.b1.id }])).cookie;
    leaderA = (await get().userWith([{ role: 'leader', orgId: tree.a.id }])).cookie;
  });
  const get200 = async (cookie: string, url: string) => {
    const res = await get().app.inject({ url, headers: { cookie } });
    assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
    return res.json();
  };

  test('a participant\'s secretary sees the campaign run above it with 200, and only its own cycle in the ratings table', async () => {
    const list = await get200(secretaryA1, '/api/v1/review-campaigns');
    assert.deepEqual(list.items.map((c: { id: number }) => c.id), [campaignId]);
    const detail = await get200(secretaryA1, `/api/v1/review-campaigns/${campaignId}`);
    assert.deepEqual([detail.progress.cycles, detail.mayManage], [1, false]);
    const table = await get200(secretaryA1, `/api/v1/review-campaigns/${campaignId}/cycles`);
    assert.deepEqual(table.items.map((c: { orgId: number }) => c.orgId), [tree.a1.id]);
  });

  test('a superior sees its subtree\'s cycles (a and a1) but not the other branch\'s', async () => {
    const table = await get200(leaderA, `/api/v1/review-campaigns/${campaignId}/cycles`);
    assert.deepEqual(table.items.map((c: { orgId: number }) => c.orgId).sort(), [tree.a.id, tree.a1.id].sort());
    assert.equal(table.total, 2);
  });

  test('another branch\'s cycle, another park\'s campaign and a missing one are 404 saying nothing more', async () => {
    for (const url of [`/api/v1/review-cycles/${cycleIds.get(tree.a1.id)}`, `/api/v1/review-campaigns/${foreignCampaign}`, '/api/v1/review-campaigns/99999999']) {
      const res = await get().app.inject({ url, headers: { cookie: secretaryB1 } });
      assert.equal(res.statusCode, 404, url);
      assert.deepEqual(Object.keys(res.json()), ['error']);
      assert.deepEqual(res.json().error.details, []);
    }
    const filtered = await get().app.inject({ url: `/api/v1/review-campaigns?orgId=${tree.a1.id}`, headers: { cookie: secretaryB1 } });
    assert.equal(filtered.statusCode, 404);
  });
});
