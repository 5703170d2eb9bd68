import type { DbOrTx } from '../../db/connection.ts';
import type { ServiceContext } from '../../platform/context.ts';
import { ruleViolation } from '../../platform/errors.ts';
import { today } from '../../platform/paging.ts';
import * as records from './project-records.repository.ts';
import { assertMayManageOfficers, assertMayWriteProject, assertProjectVisible } from './projects.policy.ts';
import * as repo from './projects.repository.ts';

/** read: see it; write: change it; officers: assign or end its chief service officers. */
export type ProjectAction = 'read' | 'write' | 'officers';

/**
 * Loads a project for an action, checking the caller's reach (404 / 403). `lock` takes the row lock, so stage
 * changes and officer assignments of one project are serialized.
 */
export async function loadProject(ctx: ServiceContext, db: DbOrTx, id: number, action: ProjectAction, lock = false): Promise<repo.ProjectWithChain> {
  const tenantId = ctx.actor.tenantId;
  const project = await repo.findProject(db, tenantId, id, lock);
  const isOfficer = project !== null && (await records.isOfficerOn(db, tenantId, id, ctx.actor.userId, today()));
  if (action === 'read') assertProjectVisible(ctx.actor, project, isOfficer);
  else if (action === 'write') assertMayWriteProject(ctx.actor, project, isOfficer);
  else assertMayManageOfficers(ctx.actor, project, isOfficer);
  return project;
}

/** Dates recorded for what has happened cannot lie ahead (422 naming the field). */
export function assertNotFuture(field: string, date: string): void {
  if (date > today()) throw ruleViolation(field, '日期不能晚于今天', 'The date cannot be in the future');
}
