import crypto from 'node:crypto';
import type { ServiceContext } from '../../platform/context.ts';
import { createTestEnterprise } from '../enterprises/enterprises.fixtures.ts';
import { updateOrg } from '../orgs/orgs.service.ts';
import { assignOfficer, addProjectNote } from '../projects/project-officers.service.ts';
import { createTestProject } from '../projects/projects.fixtures.ts';
import { createHonor } from '../recognition/recognition.service.ts';
import { insertUser } from '../users/users.repository.ts';
import { addChainEnterprise } from './chain-enterprises.service.ts';
import { insertChain } from './chains.repository.ts';
import type { CreateChainInput } from './chains.schemas.ts';
import { createChain } from './chains.service.ts';

/** Test data for chains, and the chain/project targets of the authorization matrix. */

/** Gives an existing org the chain_committee category, so it may head a chain. */
export async function makeChainCommittee(ctx: ServiceContext, orgId: number): Promise<void> {
  await updateOrg(ctx, orgId, { category: 'chain_committee' });
}

export async function createTestChain(ctx: ServiceContext, committeeOrgId: number, overrides: Partial<CreateChainInput> = {}) {
  const code = `CH-${crypto.randomBytes(4).toString('hex')}`;
  return createChain(ctx, { code, name: `测试产业链${code}`, committeeOrgId, ...overrides });
}

type Targets = { inScope: number; sibling: number; ancestor: number; otherBranch: number; otherPark: number; nonexistent: number };

/** What the matrix aims chain, project and honor routes at. */
export type ChainMatrixTargets = {
  chains: Targets;
  chainEnterprises: Targets;
  projects: Targets;
  projectOfficers: Targets;
  projectNotes: Targets;
  /** An honor of the in-scope chain, for PATCH; another for DELETE (removed by the one role that may). */
  honorToPatch: number;
  honorToDelete: number;
  /** An enterprise already in the in-scope chain since 2020-01-01 (adding it again is 409). */
  memberEnterpriseId: number;
  /** The in-scope project's code (creating another with it is 409). */
  projectCode: string;
  /** A user of the park who is not the in-scope project's officer (assigning them from 2000-01-01 is 422). */
  spareUserId: number;
};

const unique = () => crypto.randomBytes(3).toString('hex');

/**
 * One target: a chain whose committee is `orgId`, a member enterprise since 2020-01-01, and a project of the chain
 * (negotiating since 2020-01-01) with a chief service officer and an open blocker. The chain is inserted directly
 * so the shared tree keeps its categories (the service would require chain_committee); the rest goes through the
 * services.
 */
async function makeTarget(ctx: ServiceContext, label: string, orgId: number, officerUserId: number) {
  const chain = await insertChain(ctx.db, { tenantId: ctx.actor.tenantId, code: `MX-${label}`, name: `矩阵产业链${label}`, committeeOrgId: orgId });
  const enterprise = await createTestEnterprise(ctx, orgId);
  const period = await addChainEnterprise(ctx, chain.id, { enterpriseId: enterprise.id, validFrom: '2020-01-01' });
  const project = await createTestProject(ctx, chain.id, { code: `MX-P-${label}`, stage: 'negotiating', stageSince: '2020-01-01' });
  const officer = await assignOfficer(ctx, project.id, { userId: officerUserId, validFrom: '2020-01-01' });
  const note = await addProjectNote(ctx, project.id, { kind: 'blocker', category: 'land', content: '矩阵堵点', notedOn: '2020-02-01' });
  return { chain: chain.id, period: period.id, project: project.id, projectCode: project.code, officer: officer.id, note: note.id, enterprise: enterprise.id };
}

/**
 * The chain and project targets of the authorization matrix, one per target org: a1 (in scope), b (sibling), root
 * (ancestor), b1 (other branch) and an org of another park.
 */
export async function createChainMatrixTargets(
  system: ServiceContext,
  otherSystem: ServiceContext,
  orgs: { inScope: number; sibling: number; ancestor: number; otherBranch: number; otherPark: number },
): Promise<ChainMatrixTargets> {
  const user = async (ctx: ServiceContext, name: string) =>
    (await insertUser(ctx.db, { tenantId: ctx.actor.tenantId, username: `mx-${unique()}`, displayName: name, passwordHash: 'x' })).id;
  const officer = await user(system, '矩阵首席服务官');
  const inScope = await makeTarget(system, 'in', orgs.inScope, officer);
  const sibling = await makeTarget(system, 'sibling', orgs.sibling, officer);
  const ancestor = await makeTarget(system, 'ancestor', orgs.ancestor, officer);
  const otherBranch = await makeTarget(system, 'branch', orgs.otherBranch, officer);
  const otherPark = await makeTarget(otherSystem, 'foreign', orgs.otherPark, await user(otherSystem, '外园区首席服务官'));
  const targets = (key: 'chain' | 'period' | 'project' | 'officer' | 'note'): Targets => ({
    inScope: inScope[key],
    sibling: sibling[key],
    ancestor: ancestor[key],
    otherBranch: otherBranch[key],
    otherPark: otherPark[key],
    nonexistent: 987654321,
  });
  const honor = async (title: string) => (await createHonor(system, { holderKind: 'chain', holderId: inScope.chain, title, level: 'provincial', awardedOn: '2024-01-01' })).id;
  return {
    chains: targets('chain'),
    chainEnterprises: targets('period'),
    projects: targets('project'),
    projectOfficers: targets('officer'),
    projectNotes: targets('note'),
    honorToPatch: await honor('矩阵荣誉（修改）'),
    honorToDelete: await honor('矩阵荣誉（删除）'),
    memberEnterpriseId: inScope.enterprise,
    projectCode: inScope.projectCode,
    spareUserId: await user(system, '矩阵备用用户'),
  };
}
