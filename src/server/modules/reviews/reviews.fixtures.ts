import crypto from 'node:crypto';
import type { ServiceContext } from '../../platform/context.ts';
import { today } from '../../platform/paging.ts';
import { addDays } from '../../demo/random.ts';
import * as cycles from './review-cycles.repository.ts';
import { addCommitment, fileStage, getCycle, reportCommitment } from './review-cycles.service.ts';
import { closeScoring, recordScores } from './review-scoring.service.ts';
import { createCampaign } from './review-campaigns.service.ts';
import type { CreateCampaignInput } from './reviews.schemas.ts';

/** Test data for reviews: a valid campaign with a small tree (two parents, three leaves); override what the test is about. */
export function buildCampaignInput(runByOrgId: number, participantOrgIds: number[], overrides: Partial<CreateCampaignInput> = {}): CreateCampaignInput {
  const code = `RV-${crypto.randomBytes(4).toString('hex')}`;
  const day = today();
  return {
    code,
    name: `测试考评${code}`,
    year: Number(day.slice(0, 4)),
    runByOrgId,
    participantOrgIds,
    selfWeight: 30,
    starThresholds: [60, 70, 80, 85, 90],
    fundYuan: 100_000,
    starShares: [0, 0, 0, 1, 3, 5],
    commitmentsDue: addDays(day, 30),
    reportsDue: addDays(day, 60),
    scoringDue: addDays(day, 90),
    indicators: [
      { name: '基础建设', weight: 60, children: [{ name: '组织生活', weight: 50, maxScore: 10 }, { name: '阵地建设', weight: 50, maxScore: 10 }] },
      { name: '发展成效', weight: 40, children: [{ name: '服务发展', weight: 100, maxScore: 20 }] },
    ],
    ...overrides,
  };
}

export async function createTestCampaign(ctx: ServiceContext, runByOrgId: number, participantOrgIds: number[], overrides: Partial<CreateCampaignInput> = {}) {
  const campaign = await createCampaign(ctx, buildCampaignInput(runByOrgId, participantOrgIds, overrides));
  const { rows } = await cycles.listCycles(ctx.db, ctx.actor.tenantId, campaign.id, { all: true });
  const leafIds = campaign.indicators.flatMap((p) => p.children.map((l) => l.id));
  return { campaign, cycleIds: new Map(rows.map((r) => [r.orgId, r.id])), leafIds };
}

/**
 * Walks a cycle forward as the manager would allow: one commitment filed, then (to 'report') reported and filed,
 * then (to 'rated') every leaf scored by both sides at the given fractions of its max and scoring closed.
 */
export async function advanceCycle(ctx: ServiceContext, cycleId: number, to: 'commitments' | 'report' | 'rated', fractions: { self: number; superior: number } = { self: 0.9, superior: 0.8 }) {
  const commitment = await addCommitment(ctx, cycleId, { content: '全年按期开展组织生活', target: '主题党日 12 次' });
  await fileStage(ctx, cycleId, { stage: 'commitments' });
  if (to === 'commitments') return getCycle(ctx, cycleId);
  await reportCommitment(ctx, commitment.id, { result: '开展主题党日 12 次', evidence: '会议记录' });
  await fileStage(ctx, cycleId, { stage: 'report' });
  if (to === 'report') return getCycle(ctx, cycleId);
  const detail = await getCycle(ctx, cycleId);
  const leaves = detail.indicators.flatMap((p) => p.children);
  const at = (f: number, max: number) => Math.round(f * max * 10) / 10;
  await recordScores(ctx, cycleId, 'self', { scores: leaves.map((l) => ({ indicatorId: l.id, score: at(fractions.self, l.maxScore) })) });
  await recordScores(ctx, cycleId, 'superior', { scores: leaves.map((l) => ({ indicatorId: l.id, score: at(fractions.superior, l.maxScore) })) });
  return closeScoring(ctx, cycleId, {});
}
