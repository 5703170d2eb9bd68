/**
 * The review cycle's pure rules (联诺联述联评): the indicator tree's weights, weighted scores, star thresholds and
 * the fund's allocation by the largest-remainder method. No I/O; every number is an integer so results reproduce
 * exactly from the records.
 */
export const reviewStages = ['commitments', 'report', 'scoring'] as const;
export type ReviewStage = (typeof reviewStages)[number];
/** The stages an org files itself; scoring is closed by its superior (or the manager). */
export const fileableStages = ['commitments', 'report'] as const;
export const scoreKinds = ['self', 'superior'] as const;
export type ScoreKind = (typeof scoreKinds)[number];

export const stageNames: Record<ReviewStage, { zh: string; en: string }> = {
  commitments: { zh: '承诺', en: 'commitments' },
  report: { zh: '述职', en: 'report' },
  scoring: { zh: '测评', en: 'scoring' },
};

/** Stars run 0 (below the one-star threshold: not rated a star) to 5. */
export const starLevels = [0, 1, 2, 3, 4, 5] as const;

export type IndicatorTreeInput = { name: string; weight: number; children: { name: string; weight: number; maxScore: number }[] }[];
export type Problem = { field: string; zh: string; en: string };

/** Parents' weights sum to 100; each parent has leaves whose weights sum to 100. */
export function indicatorTreeProblems(tree: IndicatorTreeInput): Problem[] {
  const problems: Problem[] = [];
  if (tree.length === 0) problems.push({ field: 'indicators', zh: '至少需要一个一级指标', en: 'At least one top-level indicator is needed' });
  const top = tree.reduce((s, p) => s + p.weight, 0);
  if (tree.length > 0 && top !== 100) problems.push({ field: 'indicators', zh: `一级指标权重之和须为 100（现为 ${top}）`, en: `Top-level weights must sum to 100 (they sum to ${top})` });
  tree.forEach((p, i) => {
    const field = `indicators.${i}.children`;
    if (p.children.length === 0) problems.push({ field, zh: `“${p.name}”至少需要一个评分指标`, en: `"${p.name}" needs at least one scored indicator` });
    const sum = p.children.reduce((s, c) => s + c.weight, 0);
    if (p.children.length > 0 && sum !== 100) problems.push({ field, zh: `“${p.name}”下各指标权重之和须为 100（现为 ${sum}）`, en: `The weights under "${p.name}" must sum to 100 (they sum to ${sum})` });
  });
  return problems;
}

/** Five minimum totals, for one to five stars, strictly increasing within 0…100. */
export function thresholdProblems(mins: readonly number[]): Problem[] {
  if (mins.length !== 5) return [{ field: 'starThresholds', zh: '须给出一至五星的五个分数线', en: 'Give five thresholds, for one to five stars' }];
  for (let i = 1; i < 5; i++) {
    if (mins[i] <= mins[i - 1]) return [{ field: 'starThresholds', zh: '星级分数线须逐级递增', en: 'Star thresholds must increase with the stars' }];
  }
  if (mins[0] < 0 || mins[4] > 100) return [{ field: 'starThresholds', zh: '分数线须在 0 至 100 之间', en: 'Thresholds lie between 0 and 100' }];
  return [];
}

/** The stars a total (in hundredths of a point) earns: the highest level whose minimum it reaches; 0 below one star. */
export function starsFor(totalHundredths: number, mins: readonly number[]): number {
  let stars = 0;
  for (let i = 0; i < mins.length; i++) if (totalHundredths >= mins[i] * 100) stars = i + 1;
  return stars;
}

export type Leaf = { id: number; parentWeight: number; weight: number; maxScore: number };

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

/**
 * The weighted total out of 100, in hundredths of a point, rounded half up: each leaf gives
 * parentWeight% × weight% × score / maxScore of 100 points. Scores are in tenths; computed as an exact fraction.
 * A leaf without a score counts as 0.
 */
export function weightedTotal(leaves: readonly Leaf[], scoreTenths: ReadonlyMap<number, number>): number {
  // hundredths = Σ pw·w·s / (10·max): add the fractions over their least common denominator.
  let num = 0n;
  let den = 1n;
  for (const leaf of leaves) {
    const n = BigInt(leaf.parentWeight * leaf.weight * (scoreTenths.get(leaf.id) ?? 0));
    const d = BigInt(10 * leaf.maxScore);
    const l = (den / gcd(den, d)) * d;
    num = num * (l / den) + n * (l / d);
    den = l;
  }
  return Number((2n * num + den) / (2n * den));
}

/** The final total: selfWeight% of the self total and the rest of the superior total, in hundredths, rounded half up. */
export function combinedTotal(selfHundredths: number, superiorHundredths: number, selfWeight: number): number {
  const n = selfWeight * selfHundredths + (100 - selfWeight) * superiorHundredths;
  return Math.floor((2 * n + 100) / 200);
}

/** A score is given in points with at most one decimal, within 0…max; returns tenths, or null when it is not such a number. */
export function toTenths(score: number, maxScore: number): number | null {
  const tenths = Math.round(score * 10);
  if (Math.abs(score * 10 - tenths) > 1e-6 || tenths < 0 || tenths > maxScore * 10) return null;
  return tenths;
}

export type AllocationEntry = { key: number; stars: number; total: number; orgCode: string };
export type AllocationRule = { fundYuan: number; starBaseYuan: readonly number[]; starShares: readonly number[] };
export type AllocationResult = { ok: true; amounts: Map<number, number> } | { ok: false; problem: Problem };

/**
 * Splits the fund in whole 元 so that it sums exactly to the fund: every org first gets its rating's base amount;
 * what is left is split in proportion to the rating's shares by the largest-remainder method (everyone gets the
 * floor of their quota; the 元 left over go one each to the largest fractional parts, ties broken by the higher
 * total, then the lower org code). Refused when the bases exceed the fund, or when something is left and no org
 * holds a share.
 */
export function allocateFund(rule: AllocationRule, entries: readonly AllocationEntry[]): AllocationResult {
  const base = (e: AllocationEntry) => rule.starBaseYuan[e.stars] ?? 0;
  const share = (e: AllocationEntry) => BigInt(rule.starShares[e.stars] ?? 0);
  const baseSum = entries.reduce((s, e) => s + base(e), 0);
  const rest = rule.fundYuan - baseSum;
  if (rest < 0) return { ok: false, problem: { field: 'starBaseYuan', zh: `各星级基础金额合计 ${baseSum} 元，超过专项资金`, en: `The base amounts come to ${baseSum} 元, more than the fund` } };
  const shareSum = entries.reduce((s, e) => s + share(e), 0n);
  const amounts = new Map(entries.map((e) => [e.key, base(e)]));
  if (rest === 0) return { ok: true, amounts };
  if (shareSum === 0n) return { ok: false, problem: { field: 'starShares', zh: '没有任何组织享有份额，余额无法分配', en: 'No org holds a share, so the remainder cannot be allocated' } };
  const R = BigInt(rest);
  const quotas = entries.map((e) => ({ e, floor: (R * share(e)) / shareSum, remainder: (R * share(e)) % shareSum }));
  let leftover = R - quotas.reduce((s, q) => s + q.floor, 0n);
  const order = [...quotas].sort((a, b) =>
    a.remainder !== b.remainder ? (a.remainder > b.remainder ? -1 : 1) : b.e.total !== a.e.total ? b.e.total - a.e.total : a.e.orgCode < b.e.orgCode ? -1 : a.e.orgCode > b.e.orgCode ? 1 : 0,
  );
  for (const q of order) {
    const extra = leftover > 0n && share(q.e) > 0n ? 1n : 0n;
    leftover -= extra;
    amounts.set(q.e.key, base(q.e) + Number(q.floor + extra));
  }
  return { ok: true, amounts };
}

/** Hundredths of a point shown as points with two decimals. */
export function pointsOf(hundredths: number): number {
  return hundredths / 100;
}

export type Rating = { selfTotal: number; superiorTotal: number; total: number; stars: number };

/** A cycle's rating from its scores (tenths, by leaf id): self and superior totals, their weighted total, the stars. */
export function rate(leaves: readonly Leaf[], scores: { self: ReadonlyMap<number, number>; superior: ReadonlyMap<number, number> }, selfWeight: number, mins: readonly number[]): Rating {
  const selfTotal = weightedTotal(leaves, scores.self);
  const superiorTotal = weightedTotal(leaves, scores.superior);
  const total = combinedTotal(selfTotal, superiorTotal, selfWeight);
  return { selfTotal, superiorTotal, total, stars: starsFor(total, mins) };
}

/** The leaves lacking a score of a kind; the self-score is not needed when it weighs nothing. */
export function missingScores(leaves: readonly Leaf[], scores: { self: ReadonlyMap<number, number>; superior: ReadonlyMap<number, number> }, selfWeight: number): { self: number[]; superior: number[] } {
  return {
    self: selfWeight === 0 ? [] : leaves.filter((l) => !scores.self.has(l.id)).map((l) => l.id),
    superior: selfWeight === 100 ? [] : leaves.filter((l) => !scores.superior.has(l.id)).map((l) => l.id),
  };
}

export type StageStatus = 'pending' | 'open' | 'overdue' | 'closed';
export type StageDates = { dueOn: string; closedOn: string | null };

/** A stage's state on a day: closed once closed; pending while the stage before it is open; overdue past its deadline. */
export function stageStatus(stage: StageDates, previous: StageDates | null, today: string): StageStatus {
  if (stage.closedOn) return 'closed';
  if (previous && !previous.closedOn) return 'pending';
  return today > stage.dueOn ? 'overdue' : 'open';
}
