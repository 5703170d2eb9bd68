import type { ServiceContext } from '../platform/context.ts';
import { addProjectNote, assignOfficer, resolveProjectNote } from '../modules/projects/project-officers.service.ts';
import { changeProjectStage } from '../modules/projects/project-stages.service.ts';
import { createProject, updateProject } from '../modules/projects/projects.service.ts';
import { chains } from './catalog.ts';
import type { FortressPlan } from './fortress-plan.ts';
import { type Ids, idOf } from './load-tree.ts';

/**
 * The project pipeline through the projects service: each project recorded as negotiating on the day talks
 * began, its chief service officers from then (a successor ends the predecessor's service), its dated stage
 * changes (the enterprise it founded becomes its investor enterprise on registration), and its service log,
 * blockers and factor needs, resolved where the plan says so.
 */
export async function createProjects(ctx: ServiceContext, plan: FortressPlan, unitIds: Ids, chainIds: Ids, officerIds: number[]): Promise<Ids> {
  const ids: Ids = new Map();
  for (const p of plan.projects) {
    const chain = chains.find((c) => c.industry === p.industry);
    const created = await createProject(ctx, {
      code: p.code,
      name: p.name,
      investorName: p.investorName,
      chainId: chain ? idOf(chainIds, chain.code) : null,
      agreedInvestment: p.investment,
      stage: 'negotiating',
      stageSince: p.openedOn,
      description: p.description,
    });
    ids.set(p.code, created.id);
    for (const o of p.officers) await assignOfficer(ctx, created.id, { userId: officerIds[o.officer], validFrom: o.from });
    let linked = false;
    for (const c of p.changes) {
      await changeProjectStage(ctx, created.id, { toStage: c.to, changedOn: c.on, ...(c.reason ? { reason: c.reason } : {}) });
      if (c.to === 'registered' && p.unitKey && !linked) {
        await updateProject(ctx, created.id, { investorEnterpriseId: idOf(unitIds, p.unitKey) });
        linked = true;
      }
    }
    for (const n of p.notes) {
      const note = await addProjectNote(ctx, created.id, { kind: n.kind, ...(n.category ? { category: n.category } : {}), content: n.content, notedOn: n.on });
      if (n.resolvedOn) await resolveProjectNote(ctx, note.id, { resolvedOn: n.resolvedOn });
    }
  }
  return ids;
}
