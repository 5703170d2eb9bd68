import type { DbOrTx } from '../../db/connection.ts';
import { AppError } from '../../platform/errors.ts';
import * as repo from './reviews.repository.ts';
import { type IndicatorTreeInput, indicatorTreeProblems } from './reviews.rules.ts';

/** Checks an indicator tree's weights (422 naming indicators / indicators.N.children). */
export function assertIndicatorTree(tree: IndicatorTreeInput): void {
  const problems = indicatorTreeProblems(tree);
  if (problems.length) throw new AppError('RULE_VIOLATION', problems.map((p) => ({ field: p.field, message: p.zh, messageEn: p.en })));
}

/** Writes a campaign's indicator tree in order: each top-level indicator followed by its scored indicators. */
export async function insertIndicatorTree(tx: DbOrTx, tenantId: number, campaignId: number, tree: IndicatorTreeInput): Promise<void> {
  let position = 0;
  for (const p of tree) {
    const parent = await repo.insertIndicator(tx, { tenantId, campaignId, parentId: null, name: p.name, weight: p.weight, position: position++ });
    for (const l of p.children) await repo.insertIndicator(tx, { tenantId, campaignId, parentId: parent.id, name: l.name, weight: l.weight, maxScore: l.maxScore, position: position++ });
  }
}
