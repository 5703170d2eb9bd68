import type { ServiceContext } from '../../platform/context.ts';
import { applyTransition } from './request-transitions.service.ts';
import type { RequestAction } from './requests.rules.ts';
import type { SubmitRequestInput, TransitionInput } from './requests.schemas.ts';
import { recordRequest } from './requests.service.ts';

/** Test data for requests: valid input with sensible defaults; override what the test is about. */

export function buildRequestInput(enterpriseId: number, overrides: Partial<SubmitRequestInput> = {}): SubmitRequestInput {
  return {
    enterpriseId,
    categoryCode: 'energy',
    title: '蒸汽管网压力不足',
    description: '二号车间蒸汽供应压力长期偏低，影响生产，请协调供热单位。',
    ...overrides,
  };
}

export async function createTestRequest(ctx: ServiceContext, enterpriseId: number, overrides: Partial<SubmitRequestInput> = {}, at?: Date): Promise<number> {
  return recordRequest(ctx, buildRequestInput(enterpriseId, overrides), at);
}

/** Moves a request through actions in order, as the given actor, `stepMs` apart from `at` (now by default). */
export async function moveRequest(ctx: ServiceContext, id: number, steps: [RequestAction, TransitionInput][], at = new Date(), stepMs = 1000): Promise<void> {
  let t = at.getTime();
  for (const [action, input] of steps) {
    t += stepMs;
    await applyTransition(ctx, id, action, input, new Date(t));
  }
}
