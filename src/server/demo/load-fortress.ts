import type { ServiceContext } from '../platform/context.ts';
import type { Actor } from '../platform/scope.ts';
import { addChainEnterprise } from '../modules/chains/chain-enterprises.service.ts';
import { createChain } from '../modules/chains/chains.service.ts';
import { logGuidanceVisit } from '../modules/coverage/guidance-visits.service.ts';
import { assignInstructor, endInstructorAssignment } from '../modules/coverage/instructors.service.ts';
import { completeCase, createCase } from '../modules/onboarding/onboarding.service.ts';
import { updateStep } from '../modules/onboarding/onboarding-steps.service.ts';
import { createHonor } from '../modules/recognition/recognition.service.ts';
import { createUser, setRoleAssignments } from '../modules/users/users.service.ts';
import { chains } from './catalog.ts';
import { chainHonors, instructorStaff, officerStaff, parkHonors } from './fortress-catalog.ts';
import { type FortressPlan, stepDoneOn } from './fortress-plan.ts';
import { type Ids, idOf } from './load-tree.ts';
import { chainCode } from './org-plan.ts';
import { reportDate } from './people.ts';

export type StaffAccount = { username: string; displayName: string; userId: number; role: 'instructor' | 'cadre' };

/** The organ branch of the 投资促进局: the chief service officers' org. */
const investmentBureauCode = 'NJJK-JG-03';

/**
 * Opens the staff accounts beside the demo accounts, with the same password: eleven more 党建指导员, bound to no
 * org (their reach is their assigned enterprises), and seven 首席服务官 (cadres of the 投资促进局).
 */
export async function createStaff(ctx: ServiceContext, orgIds: Ids, password: string): Promise<StaffAccount[]> {
  const staff: StaffAccount[] = [];
  const open = async (s: { username: string; displayName: string }, role: 'instructor' | 'cadre', orgId: number | null) => {
    const user = await createUser(ctx, { username: s.username, displayName: s.displayName, password }, { mustChangePassword: false });
    await setRoleAssignments(ctx, user.id, [{ role, orgId }]);
    staff.push({ ...s, userId: user.id, role });
  };
  for (const s of instructorStaff) await open(s, 'instructor', null);
  for (const s of officerStaff) await open(s, 'cadre', idOf(orgIds, investmentBureauCode));
  return staff;
}

/** The four chains, each under its chain committee, with their dated member enterprises and their honors. */
export async function createChains(ctx: ServiceContext, plan: FortressPlan, orgIds: Ids, unitIds: Ids): Promise<Ids> {
  const ids: Ids = new Map();
  for (const c of chains) {
    const chain = await createChain(ctx, { code: c.code, name: `${c.name}产业链`, committeeOrgId: idOf(orgIds, chainCode(c.code)), description: `一核多点：${c.name}产业链党委联系链上企业，推动延链补链强链` });
    ids.set(c.code, chain.id);
  }
  for (const u of plan.units) {
    if (u.chain) await addChainEnterprise(ctx, idOf(ids, u.chain.code), { enterpriseId: idOf(unitIds, u.key), validFrom: u.chain.validFrom });
  }
  for (const h of chainHonors) await createHonor(ctx, { holderKind: 'chain', holderId: idOf(ids, h.chainCode), title: h.title, level: h.level, issuer: h.issuer, awardedOn: h.awardedOn, redAction: 'fortress' });
  for (const h of parkHonors) await createHonor(ctx, { holderKind: 'park', holderId: null, title: h.title, level: h.level, issuer: h.issuer, awardedOn: h.awardedOn, redAction: h.redAction, note: `报告指标 ${h.figure}` });
  return ids;
}

/** The instructor as the actor of their own visits: the visit service records the caller as the visitor. */
function instructorActor(ctx: ServiceContext, userId: number, username: string, enterpriseId: number): Actor {
  return { tenantId: ctx.actor.tenantId, userId, username, displayName: username, mustChangePassword: false, assignments: [{ id: 0, role: 'instructor', orgId: null, orgPath: null, relationEnterpriseIds: [enterpriseId], relationPaths: [] }] };
}

/**
 * Assigns the instructors and logs their visits in date order per enterprise: an assignment that was handed over
 * gets its visits before it is ended (the service accepts visits only while the instructor is assigned), then the
 * successor's assignment and visits.
 */
export async function createGuidance(ctx: ServiceContext, plan: FortressPlan, unitIds: Ids, instructorIds: number[]): Promise<void> {
  const byUnit = new Map<string, FortressPlan['assignments']>();
  for (const a of plan.assignments) byUnit.set(a.unitKey, [...(byUnit.get(a.unitKey) ?? []), a]);
  for (const [key, periods] of byUnit) {
    const enterpriseId = idOf(unitIds, key);
    for (const p of periods) {
      const userId = instructorIds[p.instructor];
      const assignment = await assignInstructor(ctx, { instructorUserId: userId, enterpriseId, validFrom: p.validFrom });
      const as = { ...ctx, actor: instructorActor(ctx, userId, plan.instructorUsernames[p.instructor], enterpriseId) };
      for (const v of plan.visits) {
        if (v.unitKey !== key || v.instructor !== p.instructor || v.on < p.validFrom || (p.validTo !== null && v.on >= p.validTo)) continue;
        await logGuidanceVisit(as, { enterpriseId, visitedOn: v.on, topics: v.topics, findings: v.findings, followUps: v.followUps });
      }
      if (p.validTo) await endInstructorAssignment(ctx, assignment.id, { validTo: p.validTo });
    }
  }
}

/** The 三合一 cases: the template's steps, those done marked done (with their date in the notes), then completion. */
export async function createCases(ctx: ServiceContext, plan: FortressPlan, unitIds: Ids): Promise<void> {
  for (const c of plan.cases) {
    const created = await createCase(ctx, { enterpriseId: idOf(unitIds, c.unitKey), openedOn: c.openedOn, note: c.note });
    for (const track of created.tracks) {
      for (const s of track.steps) {
        const doneOn = stepDoneOn(c, s.dueOn, s.seq);
        if (!doneOn) {
          if (s.seq === 1 || s.dueOn > reportDate) continue;
          await updateStep(ctx, s.id, { status: 'in_progress', notes: '材料已受理，正在办理' });
          continue;
        }
        await updateStep(ctx, s.id, { status: 'in_progress' });
        await updateStep(ctx, s.id, { status: 'done', notes: `${doneOn} 办结` });
      }
    }
    if (c.completedOn) await completeCase(ctx, created.id, { completedOn: c.completedOn });
  }
}
