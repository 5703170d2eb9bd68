import { createTestOrg } from '../../../../test/factories.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { createEnterprise } from '../enterprises/enterprises.service.ts';
import { buildEnterpriseInput } from '../enterprises/enterprises.fixtures.ts';
import { createPlace } from '../places/places.service.ts';
import { insertUser, replaceAssignments } from '../users/users.repository.ts';
import { createLink } from './contact-links.service.ts';
import type { CreateLinkInput } from './contacts.schemas.ts';

/** Test data for the contacts module, made through the services (acting as the platform itself). */

let seq = 0;

/** A department's organ branch (hosted by the government) under a parent org. */
export async function createDepartmentOrg(ctx: ServiceContext, parentId: number) {
  return createTestOrg(ctx, { parentId, kind: 'branch', hostUnitKind: 'government', hostUnitName: `测试部门${++seq}`, foundedOn: '2017-01-01' });
}

/** An enterprise's own party branch under a parent org. */
export async function createEnterpriseOrg(ctx: ServiceContext, parentId: number) {
  return createTestOrg(ctx, { parentId, kind: 'branch', hostUnitKind: 'enterprise', hostUnitName: `测试企业${++seq}`, foundedOn: '2017-01-01' });
}

export async function createTestEnterprise(ctx: ServiceContext, responsibleOrgId: number, name?: string) {
  return createEnterprise(ctx, buildEnterpriseInput(responsibleOrgId, name ? { name } : {}));
}

/** A community with a compound under it, both answerable to `orgId`. */
export async function createCommunity(ctx: ServiceContext, orgId: number) {
  const n = ++seq;
  const community = await createPlace(ctx, { parentId: null, kind: 'community', code: `CT-C${n}-${ctx.actor.tenantId}`, name: `联系社区${n}`, orgId });
  const compound = await createPlace(ctx, { parentId: community.id, kind: 'compound', code: `CT-P${n}-${ctx.actor.tenantId}`, name: `联系小区${n}` });
  return { community, compound };
}

/** A user holding one role (bound to an org, or to none), without a login. */
export async function createRoleUser(ctx: ServiceContext, role: 'leader' | 'cadre', orgId: number | null, displayName = role === 'leader' ? '测试领导' : '测试干部') {
  const user = await insertUser(ctx.db, { tenantId: ctx.actor.tenantId, username: `ct-${role}-${++seq}-${ctx.actor.tenantId}`, displayName, passwordHash: 'x' });
  await replaceAssignments(ctx.db, ctx.actor.tenantId, user.id, [{ role, orgId }]);
  return user;
}

export async function link(ctx: ServiceContext, input: CreateLinkInput) {
  return createLink(ctx, input);
}
