/**
 * Red Fortress records for the browser tests, made through the services on top of the web park: enterprises
 * with designations and covering orgs (one left uncovered), an instructor with an assignment, a chain under its
 * chain committee with members and an honor, and projects at several stages.
 */
import type { ServiceContext } from '../../src/server/platform/context.ts';
import { computeUsccCheckChar } from '../../src/server/platform/uscc.ts';
import { createOrg } from '../../src/server/modules/orgs/orgs.service.ts';
import { createEnterprise } from '../../src/server/modules/enterprises/enterprises.service.ts';
import { addDesignation } from '../../src/server/modules/enterprises/designations.service.ts';
import { addCoverage } from '../../src/server/modules/enterprises/coverage.service.ts';
import { addContact } from '../../src/server/modules/enterprises/contacts.service.ts';
import { assignInstructor } from '../../src/server/modules/coverage/instructors.service.ts';
import { createChain } from '../../src/server/modules/chains/chains.service.ts';
import { addChainEnterprise } from '../../src/server/modules/chains/chain-enterprises.service.ts';
import { createHonor } from '../../src/server/modules/recognition/recognition.service.ts';
import { createProject } from '../../src/server/modules/projects/projects.service.ts';
import { changeProjectStage } from '../../src/server/modules/projects/project-stages.service.ts';
import { createUser, setRoleAssignments } from '../../src/server/modules/users/users.service.ts';
import { createCase } from '../../src/server/modules/onboarding/onboarding.service.ts';
import type { seedWebPark } from './web-park.ts';
import { webPassword } from './web-park.ts';

/** A valid 统一社会信用代码 from its first 17 characters. */
export function uscc(first17: string): string {
  return `${first17}${computeUsccCheckChar(first17)}`;
}

export async function seedWebFortress(system: ServiceContext, park: Awaited<ReturnType<typeof seedWebPark>>) {
  const { orgs } = park;
  const unit = (name: string, first17: string, industry: string) =>
    createEnterprise(system, { uscc: uscc(first17), unitKind: 'enterprise', name, industry, registeredCapital: 50_000_000, employees: 320, foundedOn: '2016-04-12', responsibleOrgId: orgs.liangxin.id });
  const smart = await unit('四川川南智造科技有限公司', '91511000MA62A1B2C', '智能制造');
  const drinks = await unit('内江甜城饮品有限公司', '91511000MA62D3E4F', '软饮料');
  const fruit = await unit('内江沱江果蔬食品有限公司', '91511000MA62G5H6J', '果蔬加工');
  const society = await createEnterprise(system, { uscc: uscc('51511000MJ6K7L8M9'), unitKind: 'social_org', name: '内江经开区电子信息行业协会', responsibleOrgId: orgs.liangxin.id });

  for (const e of [smart, drinks, fruit]) await addDesignation(system, e.id, { designation: 'above_scale', validFrom: '2022-01-01' });
  await addDesignation(system, smart.id, { designation: 'srdi_provincial', validFrom: '2023-06-01', note: '川经信〔2023〕12号' });
  await addCoverage(system, smart.id, { orgId: orgs.enterprise.id, kind: 'own', validFrom: '2018-06-20' });
  await addCoverage(system, drinks.id, { orgId: orgs.chain.id, kind: 'joint', validFrom: '2021-01-01' });
  await addCoverage(system, society.id, { orgId: orgs.chain.id, kind: 'joint', validFrom: '2021-01-01' });
  await addContact(system, smart.id, { name: '赵立新', title: '行政总监', phone: '13881230001' });

  const instructor = await createUser(system, { username: 'instructor', displayName: '孙指导', password: webPassword }, { mustChangePassword: false });
  await setRoleAssignments(system, instructor.id, [{ role: 'instructor', orgId: null }]);
  await assignInstructor(system, { instructorUserId: instructor.id, enterpriseId: drinks.id, validFrom: '2024-01-01' });

  // A cadre of the organs, to be picked as a chief service officer in the project drawer.
  const officer = await createUser(system, { username: 'officer', displayName: '赵服务', password: webPassword }, { mustChangePassword: false });
  await setRoleAssignments(system, officer.id, [{ role: 'cadre', orgId: orgs.organs.id }]);

  const committee = await createOrg(system, { parentId: orgs.root.id, code: 'JKQ-CY1', kind: 'committee', category: 'chain_committee', name: '中共内江经开区软饮料及果蔬产业链委员会', shortName: '软饮料产业链党委', foundedOn: '2022-05-01' });
  const chain = await createChain(system, { code: 'CHAIN-YL', name: '软饮料及果蔬产业链', committeeOrgId: committee.id, description: '一核多点：饮料、果蔬加工及配套包装' });
  await addChainEnterprise(system, chain.id, { enterpriseId: drinks.id, validFrom: '2022-06-01' });
  await addChainEnterprise(system, chain.id, { enterpriseId: fruit.id, validFrom: '2023-03-01' });
  await createHonor(system, { holderKind: 'chain', holderId: chain.id, title: '四川省重点优势产业链', level: 'provincial', issuer: '四川省经济和信息化厅', awardedOn: '2025-03-18' });

  const signed = await createProject(system, { code: 'PJ-2024-001', name: '甜城饮品二期灌装线项目', investorEnterpriseId: drinks.id, chainId: chain.id, agreedInvestment: 1_200_000_000, stage: 'signed', stageSince: '2024-02-01' });
  await changeProjectStage(system, signed.id, { toStage: 'started', changedOn: '2024-09-01' });
  await createProject(system, { code: 'PJ-2025-002', name: '沱江果蔬冷链物流中心', investorName: '四川沱江冷链物流有限公司', chainId: chain.id, agreedInvestment: 350_000_000, stage: 'negotiating', stageSince: '2025-04-01' });

  // A new enterprise going through its onboarding case, and its contact's account.
  const newcomer = await createEnterprise(system, { uscc: uscc('91511000MA62N9P0Q'), unitKind: 'enterprise', name: '内江锂电新能源科技有限公司', status: 'onboarding', responsibleOrgId: orgs.liangxin.id });
  const onboardingCase = await createCase(system, { enterpriseId: newcomer.id, openedOn: '2026-01-05' });
  const contact = await createUser(system, { username: 'contact', displayName: '钱联络', password: webPassword }, { mustChangePassword: false });
  await setRoleAssignments(system, contact.id, [{ role: 'enterprise_contact', orgId: null, enterpriseId: newcomer.id }]);
  return {
    enterprises: { smart, drinks, fruit, society, newcomer },
    chain,
    committee,
    signedProjectId: signed.id,
    onboardingCaseId: onboardingCase.id,
    accounts: { contact: { username: 'contact', password: webPassword }, instructor: { username: 'instructor', password: webPassword } },
  };
}
