import crypto from 'node:crypto';
import type { ServiceContext } from '../../platform/context.ts';
import type { CreateTaskItemInput } from './tasks.schemas.ts';
import { createTaskItem, createTaskList } from './tasks.service.ts';

/** Test data for task lists: valid input with sensible defaults; override what the test is about. */

export async function createTestList(ctx: ServiceContext, orgId: number, year = 2026, title?: string) {
  return createTaskList(ctx, { orgId, year, title: title ?? `${year}年度党建工作任务清单${crypto.randomBytes(2).toString('hex')}` });
}

export function buildItemInput(responsibleOrgId: number, overrides: Partial<CreateTaskItemInput> = {}): CreateTaskItemInput {
  return {
    title: `测试任务${crypto.randomBytes(3).toString('hex')}`,
    redAction: 'leadGeese',
    responsibleOrgId,
    dueOn: '2099-12-31',
    weight: 1,
    createdOn: '2026-01-05',
    ...overrides,
  };
}

export async function createTestItem(ctx: ServiceContext, listId: number, responsibleOrgId: number, overrides: Partial<CreateTaskItemInput> = {}) {
  return createTaskItem(ctx, listId, buildItemInput(responsibleOrgId, overrides));
}
