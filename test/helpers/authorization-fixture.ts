import type { Permission } from '../../src/server/platform/roles.ts';
import { today } from '../../src/server/platform/paging.ts';
import { createTestOrg, createTestTree } from '../factories.ts';
import type { TestContext } from './test-app.ts';

export type Family = 'org' | 'member' | 'place' | 'user' | 'none';
type Targets = { inScope: number; sibling: number; ancestor: number; otherBranch: number; otherPark: number; nonexistent: number };

/**
 * The objects the matrix aims at. Org-bound roles are bound to org "a" (scopeRoot); in scope is its child a1.
 * Sibling = b, ancestor = root, other branch = b1 (under b).
 */
export type Fixture = { scopeRoot: number; orgs: Targets; members: Targets; places: Targets; users: Targets; tree: Awaited<ReturnType<typeof createTestTree>> };

const nonexistent = 987654321;

export async function createFixture(ctx: TestContext): Promise<Fixture> {
  const tree = await createTestTree(ctx.system);
  const other = await ctx.otherPark();
  const foreignOrg = await createTestOrg(other.system);
  const plain = await ctx.userWith([]);
  const orgs = { inScope: tree.a1.id, sibling: tree.b.id, ancestor: tree.root.id, otherBranch: tree.b1.id, otherPark: foreignOrg.id, nonexistent };
  return {
    scopeRoot: tree.a.id,
    tree,
    orgs,
    // Filled in as the members, places and users modules arrive.
    members: { ...orgs },
    places: { ...orgs },
    users: { inScope: plain.userId, sibling: plain.userId, ancestor: plain.userId, otherBranch: plain.userId, otherPark: nonexistent - 1, nonexistent },
  };
}

export type RouteSpec = {
  access: Permission | 'session';
  family: Family;
  /** Statuses that mean "the caller was let through" (a business-rule refusal counts). */
  ok: number[];
  url?: (fx: Fixture, id: number) => string;
  body?: (fx: Fixture, id: number) => Record<string, unknown>;
  /** The call ends the caller's session: log in again afterwards. */
  endsSession?: boolean;
  /** Reachable without a session. */
  isPublic?: boolean;
};

const day = today();

/** Bodies are valid but refused by business rules where a success would change the fixture. */
export const routeSpecs: Record<string, RouteSpec> = {
  'POST /api/v1/auth/logout': { access: 'session', family: 'none', ok: [200], endsSession: true },
  'POST /api/v1/auth/login': { access: 'session', isPublic: true, family: 'none', ok: [401], body: () => ({ username: 'nobody', password: 'Wrong-Passw0rd' }) },
  'GET /api/v1/auth/me': { access: 'session', family: 'none', ok: [200] },
  'POST /api/v1/auth/password': { access: 'session', family: 'none', ok: [400], body: () => ({ currentPassword: 'wrong-Password-1', newPassword: 'Another-Passw0rd' }) },
  'GET /api/v1/audit-log': { access: 'audit.read', family: 'none', ok: [200] },
  'GET /api/v1/audit-log/verify': { access: 'audit.read', family: 'none', ok: [200] },
  'GET /api/v1/orgs': { access: 'orgs.read', family: 'org', ok: [200], url: (_fx, id) => `/api/v1/orgs?parentId=${id}` },
  'GET /api/v1/orgs/:id': { access: 'orgs.read', family: 'org', ok: [200] },
  'POST /api/v1/orgs': { access: 'orgs.write', family: 'org', ok: [422], body: (_fx, id) => ({ parentId: id, code: 'MATRIX', kind: 'working_committee', name: '中共矩阵测试委员会', foundedOn: '2020-01-01' }) },
  'PATCH /api/v1/orgs/:id': { access: 'orgs.write', family: 'org', ok: [200], body: () => ({}) },
  'POST /api/v1/orgs/:id/rename': { access: 'orgs.write', family: 'org', ok: [422], body: () => ({ name: '中共矩阵改名支部', effectiveOn: '2000-01-01' }) },
  'POST /api/v1/orgs/:id/move': { access: 'orgs.write', family: 'org', ok: [422], body: (fx, id) => ({ parentId: id, effectiveOn: day }) },
  'POST /api/v1/orgs/:id/change-kind': { access: 'orgs.write', family: 'org', ok: [422], body: () => ({ kind: 'working_committee', effectiveOn: day }) },
  'POST /api/v1/orgs/:id/dissolve': { access: 'orgs.write', family: 'org', ok: [422], body: () => ({ effectiveOn: '2000-01-01' }) },
  'GET /api/v1/orgs-count': { access: 'orgs.read', family: 'none', ok: [200] },
};
