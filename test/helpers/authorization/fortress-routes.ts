import { today } from '../../../src/server/platform/paging.ts';
import { takenUscc } from './fortress-fixture.ts';
import type { RouteSpec } from './route-spec.ts';

const day = today();

/** The Red Fortress routes: enterprises, coverage and instructors, onboarding, chains, honors, projects. */
export const fortressRoutes: Record<string, RouteSpec> = {
  'GET /api/v1/enterprises': { access: 'enterprises.read', family: 'org', ok: [200], url: (_fx, id) => `/api/v1/enterprises?responsibleOrgId=${id}` },
  'GET /api/v1/enterprises/:id': { access: 'enterprises.read', family: 'enterprise', ok: [200] },
  'POST /api/v1/enterprises': { access: 'enterprises.write', family: 'org', ok: [409], body: (_fx, id) => ({ uscc: takenUscc, unitKind: 'enterprise', name: '矩阵重复企业', responsibleOrgId: id }) },
  'PATCH /api/v1/enterprises/:id': { access: 'enterprises.write', family: 'enterprise', ok: [200], body: () => ({}) },
  'POST /api/v1/enterprises/:id/designations': { access: 'enterprises.write', family: 'enterprise', ok: [422], body: () => ({ designation: 'high_tech', validFrom: '2020-01-01', validTo: '2019-01-01' }) },
  'POST /api/v1/enterprise-designations/:id/end': { access: 'enterprises.write', family: 'designation', ok: [422], body: () => ({ validTo: '2000-01-01' }) },
  'POST /api/v1/enterprises/:id/coverage': { access: 'enterprises.write', family: 'enterprise', ok: [422], body: (fx) => ({ orgId: fx.tree.a1.id, kind: 'joint', validFrom: '2020-01-01' }) },
  'POST /api/v1/org-coverage/:id/end': { access: 'enterprises.write', family: 'coverageLink', ok: [422], body: () => ({ validTo: '2000-01-01' }) },
  'POST /api/v1/enterprises/:id/contacts': { access: 'enterprises.write', family: 'enterprise', ok: [400], body: () => ({ name: '矩阵联系人', phone: '12345' }) },
  'DELETE /api/v1/enterprise-contacts/:id': { access: 'enterprises.write', family: 'enterpriseContact', ok: [422] },

  'GET /api/v1/coverage/rules': { access: 'enterprises.read', family: 'none', ok: [200] },
  'PUT /api/v1/coverage/rules/:category': { access: 'enterprises.write', family: 'none', ok: [422], url: () => '/api/v1/coverage/rules/above_scale', body: () => ({ countsOrg: false, countsInstructor: false, visitIntervalDays: 90 }) },
  'GET /api/v1/coverage/rates': { access: 'enterprises.read', family: 'org', ok: [200], url: (_fx, id) => `/api/v1/coverage/rates?responsibleOrgId=${id}` },
  'GET /api/v1/coverage/units': { access: 'enterprises.read', family: 'org', ok: [200], url: (_fx, id) => `/api/v1/coverage/units?category=above_scale&responsibleOrgId=${id}` },
  'GET /api/v1/coverage/alerts': { access: 'enterprises.read', family: 'org', ok: [200], url: (_fx, id) => `/api/v1/coverage/alerts?responsibleOrgId=${id}` },
  'GET /api/v1/coverage/unvisited': { access: 'enterprises.read', family: 'org', ok: [200], url: (_fx, id) => `/api/v1/coverage/unvisited?responsibleOrgId=${id}` },
  'GET /api/v1/instructor-assignments': { access: 'enterprises.read', family: 'enterprise', ok: [200], url: (_fx, id) => `/api/v1/instructor-assignments?enterpriseId=${id}` },
  'POST /api/v1/instructor-assignments': { access: 'enterprises.write', family: 'enterprise', ok: [422], body: (fx, id) => ({ instructorUserId: fx.targets.user.inScope, enterpriseId: id, validFrom: '2020-01-01' }) },
  'POST /api/v1/instructor-assignments/:id/end': { access: 'enterprises.write', family: 'instructorAssignment', ok: [422], body: () => ({ validTo: '2000-01-01' }) },
  'POST /api/v1/guidance-visits': { access: 'guidance.write', family: 'enterprise', ok: [422], body: (_fx, id) => ({ enterpriseId: id, visitedOn: day, topics: '矩阵' }) },
  'GET /api/v1/guidance-visits': { access: 'enterprises.read', family: 'enterprise', ok: [200], url: (_fx, id) => `/api/v1/guidance-visits?enterpriseId=${id}` },

  'GET /api/v1/onboarding-cases': { access: 'onboarding.read', family: 'onboardingEnterprise', ok: [200], url: (_fx, id) => `/api/v1/onboarding-cases?enterpriseId=${id}` },
  'GET /api/v1/onboarding-cases/:id': { access: 'onboarding.read', family: 'onboardingCase', ok: [200] },
  'POST /api/v1/onboarding-cases': { access: 'onboarding.write', family: 'onboardingEnterprise', ok: [409], body: (_fx, id) => ({ enterpriseId: id, openedOn: day }) },
  'POST /api/v1/onboarding-cases/:id/complete': { access: 'onboarding.write', family: 'onboardingCase', ok: [422], body: () => ({ completedOn: day }) },
  'POST /api/v1/onboarding-cases/:id/cancel': { access: 'onboarding.write', family: 'closedOnboardingCase', ok: [409], body: () => ({ note: '矩阵测试' }) },
  'PATCH /api/v1/onboarding-steps/:id': { access: 'onboarding.write', family: 'onboardingStep', ok: [409], body: () => ({ status: 'done' }) },
  'POST /api/v1/onboarding-steps/:id/handoff': { access: 'onboarding.write', family: 'onboardingStep', ok: [422], body: () => ({ toDepartment: '园区党群服务中心' }) },
  'GET /api/v1/onboarding-steps/overdue': { access: 'onboarding.read', family: 'none', ok: [200] },

  'GET /api/v1/chains': { access: 'chains.read', family: 'none', ok: [200] },
  'GET /api/v1/chains/:id': { access: 'chains.read', family: 'chain', ok: [200] },
  'POST /api/v1/chains': { access: 'chains.write', family: 'org', ok: [422], body: (_fx, id) => ({ code: 'MATRIX-CHAIN', name: '矩阵产业链', committeeOrgId: id }) },
  'PATCH /api/v1/chains/:id': { access: 'chains.write', family: 'chain', ok: [200], body: () => ({}) },
  'POST /api/v1/chains/:id/enterprises': { access: 'chains.write', family: 'chain', ok: [409], body: (fx) => ({ enterpriseId: fx.extra.memberEnterpriseId, validFrom: '2020-01-01' }) },
  'POST /api/v1/chain-enterprises/:id/end': { access: 'chains.write', family: 'chainEnterprise', ok: [422], body: () => ({ validTo: '2000-01-01' }) },
  'GET /api/v1/honors': { access: 'chains.read', family: 'none', ok: [200] },
  'POST /api/v1/honors': { access: 'chains.write', family: 'chain', ok: [422], body: (_fx, id) => ({ holderKind: 'chain', holderId: id, title: '矩阵荣誉', level: 'city', awardedOn: '2999-01-01' }) },
  'PATCH /api/v1/honors/:id': { access: 'chains.write', family: 'none', ok: [200], url: (fx) => `/api/v1/honors/${fx.extra.honorToPatch}`, body: () => ({}) },
  'DELETE /api/v1/honors/:id': { access: 'chains.write', family: 'none', ok: [204], url: (fx) => `/api/v1/honors/${fx.extra.honorToDelete}` },
  'GET /api/v1/projects': { access: 'projects.read', family: 'chain', ok: [200], url: (_fx, id) => `/api/v1/projects?chainId=${id}` },
  'GET /api/v1/projects/pipeline': { access: 'projects.read', family: 'chain', ok: [200], url: (_fx, id) => `/api/v1/projects/pipeline?chainId=${id}` },
  'GET /api/v1/projects/:id': { access: 'projects.read', family: 'project', ok: [200] },
  'POST /api/v1/projects': { access: 'projects.write', family: 'chain', ok: [409], body: (fx, id) => ({ code: fx.projectCode, name: '矩阵项目', investorName: '矩阵投资方', chainId: id, agreedInvestment: 1, stage: 'negotiating', stageSince: '2020-01-01' }) },
  'PATCH /api/v1/projects/:id': { access: 'projects.write', family: 'project', ok: [200], body: () => ({}) },
  'POST /api/v1/projects/:id/stage': { access: 'projects.write', family: 'project', ok: [409], body: () => ({ toStage: 'negotiating', changedOn: '2020-01-01' }) },
  'POST /api/v1/projects/:id/officers': { access: 'projects.write', family: 'project', ok: [422], body: (fx) => ({ userId: fx.extra.spareUserId, validFrom: '2000-01-01' }) },
  'POST /api/v1/project-officers/:id/end': { access: 'projects.write', family: 'projectOfficer', ok: [422], body: () => ({ validTo: '2000-01-01' }) },
  'POST /api/v1/projects/:id/notes': { access: 'projects.write', family: 'project', ok: [422], body: () => ({ kind: 'service_log', content: '矩阵', notedOn: '2999-01-01' }) },
  'POST /api/v1/project-notes/:id/resolve': { access: 'projects.write', family: 'projectNote', ok: [422], body: () => ({ resolvedOn: '2000-01-01' }) },
};
