import type { ServiceContext } from '../../src/server/platform/context.ts';
import { createMember } from '../../src/server/modules/members/members.service.ts';
import { createPlace } from '../../src/server/modules/places/places.service.ts';
import { insertUser } from '../../src/server/modules/users/users.repository.ts';
import { buildIdNumber, createTestOrg, createTestTree } from '../factories.ts';
import { createFortressTargets } from './authorization/fortress-fixture.ts';
import { createTaskTargets } from './authorization/tasks-fixture.ts';
import { createReviewTargets } from './authorization/reviews-fixture.ts';
import { createRequestTargets } from './authorization/requests-fixture.ts';
import { createPolicyTargets } from './authorization/policy-routes.ts';
import { createContactsTargets } from './authorization/contacts-fixture.ts';
import { type Targets, nonexistent, targetsFor } from './authorization/targets.ts';
import type { TestContext } from './test-app.ts';

export type { Targets };

/**
 * The objects the matrix aims at, by family. Org-bound roles are bound to org "a" (scopeRoot); in scope is
 * attached to its child a1. Sibling = b, ancestor = root, other branch = b1 (under b), plus another park's
 * object and a nonexistent id.
 */
export type Fixture = {
  scopeRoot: number;
  tree: Awaited<ReturnType<typeof createTestTree>>;
  plainUsername: string;
  projectCode: string;
  targets: Record<string, Targets>;
  extra: Record<string, number>;
};

export async function createFixture(ctx: TestContext): Promise<Fixture> {
  const tree = await createTestTree(ctx.system);
  const other = await ctx.otherPark();
  const foreignOrg = await createTestOrg(other.system);
  const plain = await ctx.userWith([]);
  const foreignUser = await insertUser(ctx.database.db, { tenantId: other.id, username: `foreign-${plain.username}`, displayName: 'x', passwordHash: 'x' });
  const orgs: Targets = { inScope: tree.a1.id, sibling: tree.b.id, ancestor: tree.root.id, otherBranch: tree.b1.id, otherPark: foreignOrg.id, nonexistent };
  const contexts = { park: ctx.system, otherPark: other.system };

  let n = 0;
  const members = await targetsFor(orgs, contexts, async (system: ServiceContext, orgId) =>
    (await createMember(system, { name: '矩阵党员', idNumber: buildIdNumber('1980-01-01', 'male', ++n), joinedOn: '2018-01-01', status: 'full', convertedOn: '2019-01-01', orgId })).id,
  );
  // Each place is a community with a compound under it, so DELETE is refused and the fixture stays whole.
  const places = await targetsFor(orgs, contexts, async (system: ServiceContext, orgId) => {
    const community = await createPlace(system, { parentId: null, kind: 'community', code: `MX-C${++n}`, name: `矩阵社区${n}`, orgId });
    await createPlace(system, { parentId: community.id, kind: 'compound', code: `MX-P${n}`, name: `矩阵小区${n}` });
    return community.id;
  });
  const users = { inScope: plain.userId, sibling: plain.userId, ancestor: plain.userId, otherBranch: plain.userId, otherPark: foreignUser.id, nonexistent };
  const fortress = await createFortressTargets(contexts, orgs);
  const tasks = await createTaskTargets(contexts, orgs);
  const reviews = await createReviewTargets(contexts, orgs);
  const requests = await createRequestTargets(contexts, orgs);
  const policies = await createPolicyTargets(contexts, orgs);
  const contacts = await createContactsTargets(contexts, orgs, fortress.targets.enterprise);
  return {
    scopeRoot: tree.a.id,
    tree,
    plainUsername: plain.username,
    projectCode: fortress.projectCode,
    targets: { org: orgs, member: members, place: places, user: users, ...fortress.targets, policy: policies, ...contacts.targets, ...tasks, ...reviews, ...requests },
    extra: { ...fortress.extra, taskListInScope: tasks.taskList.inScope },
  };
}
