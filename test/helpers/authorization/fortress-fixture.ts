import type { ServiceContext } from '../../../src/server/platform/context.ts';
import { createEnterprise } from '../../../src/server/modules/enterprises/enterprises.service.ts';
import { addDesignation } from '../../../src/server/modules/enterprises/designations.service.ts';
import { addCoverage } from '../../../src/server/modules/enterprises/coverage.service.ts';
import { addContact } from '../../../src/server/modules/enterprises/contacts.service.ts';
import { buildUscc } from '../../../src/server/modules/enterprises/enterprises.fixtures.ts';
import { assignInstructor } from '../../../src/server/modules/coverage/instructors.service.ts';
import { cancelCase, createCase } from '../../../src/server/modules/onboarding/onboarding.service.ts';
import { createChainMatrixTargets } from '../../../src/server/modules/chains/chains.fixtures.ts';
import { insertUser, replaceAssignments } from '../../../src/server/modules/users/users.repository.ts';
import { today } from '../../../src/server/platform/paging.ts';
import { type Targets, targetsFor } from './targets.ts';

/** The in-scope unit holds this USCC, so POST /enterprises repeating it is refused with 409. */
export const takenUscc = '91350100M000100Y43';

type Contexts = { park: ServiceContext; otherPark: ServiceContext };

/** The Red Fortress objects the matrix aims at, one per target, each attached to its target org. */
export async function createFortressTargets(contexts: Contexts, orgs: Targets) {
  let n = 0;
  const units = new Map<number, { designation: number; link: number; contact: number }>();
  const enterprises = await targetsFor(orgs, contexts, async (ctx, orgId, target) => {
    const unit = await createEnterprise(ctx, { uscc: target === 'inScope' ? takenUscc : buildUscc(), unitKind: 'enterprise', name: `矩阵企业${++n}有限公司`, responsibleOrgId: orgId });
    const designation = await addDesignation(ctx, unit.id, { designation: 'above_scale', validFrom: '2020-01-01' });
    const link = await addCoverage(ctx, unit.id, { orgId, kind: 'own', validFrom: '2020-01-01' });
    const contact = await addContact(ctx, unit.id, { name: '矩阵联系人' });
    units.set(unit.id, { designation: designation.id, link: link.id, contact: contact.id });
    return unit.id;
  });
  const pick = (key: 'designation' | 'link' | 'contact'): Targets => ({
    inScope: units.get(enterprises.inScope)?.[key] ?? 0,
    sibling: units.get(enterprises.sibling)?.[key] ?? 0,
    ancestor: units.get(enterprises.ancestor)?.[key] ?? 0,
    otherBranch: units.get(enterprises.otherBranch)?.[key] ?? 0,
    otherPark: units.get(enterprises.otherPark)?.[key] ?? 0,
    nonexistent: enterprises.nonexistent,
  });

  // A separate instructor (not the matrix's own) holds one assignment per unit.
  const instructors = new Map<number, number>();
  for (const ctx of [contexts.park, contexts.otherPark]) {
    const user = await insertUser(ctx.db, { tenantId: ctx.actor.tenantId, username: `mx-instructor-${ctx.actor.tenantId}`, displayName: '矩阵指导员', passwordHash: 'x' });
    await replaceAssignments(ctx.db, ctx.actor.tenantId, user.id, [{ role: 'instructor', orgId: null }]);
    instructors.set(ctx.actor.tenantId, user.id);
  }
  const unitOfOrg = new Map(Object.entries(orgs).map(([k, orgId]) => [orgId, enterprises[k as keyof Targets]]));
  const instructorAssignments = await targetsFor(orgs, contexts, async (ctx, orgId) => {
    const enterpriseId = unitOfOrg.get(orgId) ?? 0;
    return (await assignInstructor(ctx, { instructorUserId: instructors.get(ctx.actor.tenantId) ?? 0, enterpriseId, validFrom: '2020-01-01' })).id;
  });

  // An onboarding unit with an open case per target, and one whose case is cancelled.
  const cases = new Map<number, { caseId: number; stepId: number }>();
  const onboardingEnterprises = await targetsFor(orgs, contexts, async (ctx, orgId) => {
    const unit = await createEnterprise(ctx, { uscc: buildUscc(), unitKind: 'enterprise', name: `矩阵新入驻企业${++n}有限公司`, responsibleOrgId: orgId, status: 'onboarding' });
    const opened = await createCase(ctx, { enterpriseId: unit.id, openedOn: today() });
    cases.set(unit.id, { caseId: opened.id, stepId: opened.tracks[0].steps[0].id });
    return unit.id;
  });
  const caseTargets = (key: 'caseId' | 'stepId'): Targets => ({
    inScope: cases.get(onboardingEnterprises.inScope)?.[key] ?? 0,
    sibling: cases.get(onboardingEnterprises.sibling)?.[key] ?? 0,
    ancestor: cases.get(onboardingEnterprises.ancestor)?.[key] ?? 0,
    otherBranch: cases.get(onboardingEnterprises.otherBranch)?.[key] ?? 0,
    otherPark: cases.get(onboardingEnterprises.otherPark)?.[key] ?? 0,
    nonexistent: onboardingEnterprises.nonexistent,
  });
  const closedOnboardingCases = await targetsFor(orgs, contexts, async (ctx, orgId) => {
    const unit = await createEnterprise(ctx, { uscc: buildUscc(), unitKind: 'enterprise', name: `矩阵撤回企业${++n}有限公司`, responsibleOrgId: orgId, status: 'onboarding' });
    const opened = await createCase(ctx, { enterpriseId: unit.id, openedOn: today() });
    await cancelCase(ctx, opened.id, { note: '矩阵测试撤回' });
    return opened.id;
  });

  const chains = await createChainMatrixTargets(contexts.park, contexts.otherPark, orgs);
  return {
    targets: {
      enterprise: enterprises,
      designation: pick('designation'),
      coverageLink: pick('link'),
      enterpriseContact: pick('contact'),
      instructorAssignment: instructorAssignments,
      onboardingEnterprise: onboardingEnterprises,
      onboardingCase: caseTargets('caseId'),
      onboardingStep: caseTargets('stepId'),
      closedOnboardingCase: closedOnboardingCases,
      chain: chains.chains,
      chainEnterprise: chains.chainEnterprises,
      project: chains.projects,
      projectOfficer: chains.projectOfficers,
      projectNote: chains.projectNotes,
    },
    extra: {
      honorToPatch: chains.honorToPatch,
      honorToDelete: chains.honorToDelete,
      memberEnterpriseId: chains.memberEnterpriseId,
      spareUserId: chains.spareUserId,
    },
    projectCode: chains.projectCode,
  };
}
