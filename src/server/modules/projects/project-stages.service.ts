import { recordAudit } from '../../platform/audit.ts';
import { type ServiceContext, auditActor } from '../../platform/context.ts';
import { conflict, ruleViolation } from '../../platform/errors.ts';
import * as records from './project-records.repository.ts';
import { assertNotFuture, loadProject } from './projects.lookup.ts';
import * as repo from './projects.repository.ts';
import { type ProjectStage, isMovingBack, projectStageNames } from './projects.rules.ts';
import type { ChangeStageInput } from './projects.schemas.ts';
import { getProject } from './projects.service.ts';

/**
 * Moves a project to another stage on a date, as one dated change in its history. Forward jumps are one change;
 * moving back needs a reason (422 without); the same stage is 409; the date may not precede the last change nor
 * lie in the future (422). The project row is locked, so two changes of one project cannot interleave.
 */
export async function changeProjectStage(ctx: ServiceContext, id: number, input: ChangeStageInput) {
  await ctx.db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const project = await loadProject(ctx, tx, id, 'write', true);
    const from = project.stage as ProjectStage;
    if (input.toStage === from) throw conflict('toStage', `项目已处于“${projectStageNames[from]}”阶段`, `The project is already ${from}`);
    assertNotFuture('changedOn', input.changedOn);
    const last = await records.lastStageChange(tx, tenantId, id);
    if (last && input.changedOn < last.changedOn) {
      throw ruleViolation('changedOn', `变更日期不能早于上一次阶段变更（${last.changedOn}）`, `The change cannot precede the last one (${last.changedOn})`);
    }
    if (isMovingBack(from, input.toStage) && !input.reason) {
      throw ruleViolation('reason', `从“${projectStageNames[from]}”退回“${projectStageNames[input.toStage]}”须说明原因`, 'Moving back to an earlier stage needs a reason');
    }
    await records.insertStageChange(tx, { tenantId, projectId: id, fromStage: from, toStage: input.toStage, changedOn: input.changedOn, reason: input.reason ?? null, byUserId: ctx.actor.userId || null });
    await repo.updateProject(tx, tenantId, id, { stage: input.toStage, stageSince: input.changedOn });
    await recordAudit(tx, auditActor(ctx), {
      action: 'project.stage_change',
      objectType: 'project',
      objectId: id,
      result: 'success',
      diff: { before: { stage: from, stageSince: project.stageSince }, after: { stage: input.toStage, stageSince: input.changedOn }, reason: input.reason ?? null },
    });
  });
  return getProject(ctx, id);
}
