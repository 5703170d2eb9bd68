import type { OrgEvent, PlannedOrg } from './org-plan.ts';
import { liangxinCode } from './org-plan.ts';
import type { Rng } from './random.ts';

/**
 * The demo park's review campaigns (联诺联述联评) as data: 区两新党委 reviews 48 of the two-new orgs under it — 36
 * enterprise orgs and the 12 social-organization branches — in 2025 (commitments by February, reports by mid
 * December, scored, rated over one to five stars, and the 2,200,000 元 special fund allocated on 2025-12-28: F20)
 * and in 2026, still running on 2026-12-01 (commitments and most reports filed, scoring open).
 */
export const reviewIndicators = [
  { name: '政治建设', weight: 20, children: [{ name: '理论学习', weight: 50, maxScore: 10 }, { name: '政治引领', weight: 50, maxScore: 10 }] },
  { name: '组织建设', weight: 30, children: [{ name: '班子建设', weight: 40, maxScore: 10 }, { name: '组织生活', weight: 30, maxScore: 10 }, { name: '党员管理', weight: 30, maxScore: 10 }] },
  { name: '作用发挥', weight: 35, children: [{ name: '服务发展', weight: 50, maxScore: 20 }, { name: '承诺践诺', weight: 50, maxScore: 20 }] },
  { name: '基础保障', weight: 15, children: [{ name: '阵地建设', weight: 60, maxScore: 10 }, { name: '台账资料', weight: 40, maxScore: 10 }] },
];

/** Commitment items a two-new org files, each answering to a scored indicator, with the result it reports. */
const commitmentCatalogue = [
  { indicator: '理论学习', content: '落实“第一议题”制度，组织党员开展专题学习', target: '全年集中学习不少于 12 次', result: '全年开展集中学习 14 次，撰写心得体会 46 篇' },
  { indicator: '政治引领', content: '把党的建设写入企业章程，重大事项党组织前置研究', target: '前置研究重大事项不少于 4 项', result: '前置研究重大事项 6 项，章程修订完成' },
  { indicator: '班子建设', content: '配齐配强支部委员会，书记参加集中轮训', target: '支委会每月召开 1 次，书记轮训 1 次', result: '召开支委会 12 次，书记参加区两新党委轮训' },
  { indicator: '组织生活', content: '规范落实“三会一课”和主题党日', target: '主题党日 12 次，党课 4 次', result: '开展主题党日 12 次，书记讲党课 4 次' },
  { indicator: '党员管理', content: '做好发展党员和流动党员管理', target: '培养入党积极分子 2 名，党费按月收缴', result: '培养入党积极分子 3 名，党费收缴率 100%' },
  { indicator: '服务发展', content: '开展党员先锋岗、技术攻关活动，助力企业生产经营', target: '设立党员先锋岗 3 个，完成攻关项目 1 项', result: '设立先锋岗 4 个，完成工艺改进 2 项，降本约 30 万元' },
  { indicator: '承诺践诺', content: '党员公开承诺并结对帮扶困难职工', target: '党员承诺践诺率 100%，帮扶困难职工 5 名', result: '党员全部公开承诺并兑现，结对帮扶困难职工 7 名' },
  { indicator: '阵地建设', content: '建好党员活动室，规范设置党建宣传阵地', target: '活动室面积不少于 30 平方米，标识规范', result: '建成党员活动室 45 平方米，更新宣传栏 2 处' },
  { indicator: '台账资料', content: '规范党建工作台账，按时录入党建信息平台', target: '台账齐全，信息按月更新', result: '台账 8 类齐全，信息平台按月更新' },
  { indicator: '服务发展', content: '参与“我为企业找订单”和产业链协作对接', target: '参加对接活动 2 次', result: '参加产业链对接 3 次，新增合作订单 2 笔' },
] as const;

export type PlannedCommitment = { content: string; target: string; indicator: string; result: string; evidence: string };
/** One org's cycle: its commitments, when each stage closed (null: still open), and the scores given, by leaf name. */
export type PlannedCycle = {
  orgCode: string;
  commitments: PlannedCommitment[];
  commitmentsFiledOn: string;
  reportFiledOn: string | null;
  selfScores: Record<string, number> | null;
  superiorScores: Record<string, number> | null;
  scoringClosedOn: string | null;
};
export type PlannedCampaign = {
  code: string;
  name: string;
  year: number;
  commitmentsDue: string;
  reportsDue: string;
  scoringDue: string;
  fundYuan: number;
  starShares: number[];
  starThresholds: number[];
  selfWeight: number;
  cycles: PlannedCycle[];
  /** Day the fund is allocated; null while the campaign is running. */
  allocatedOn: string | null;
};

/** The two-new orgs under 区两新党委 today (after the plan's moves), in force: whom the campaigns may review. */
export function eligibleOrgs(orgs: readonly PlannedOrg[], events: readonly OrgEvent[]): PlannedOrg[] {
  const parent = new Map(orgs.map((o) => [o.code, o.parentCode]));
  for (const e of events) if (e.type === 'move') parent.set(e.code, e.parentCode);
  const dissolved = new Set(events.filter((e) => e.type === 'dissolve').map((e) => e.code));
  const underLiangxin = (code: string) => {
    for (let c = parent.get(code); c; c = parent.get(c)) if (c === liangxinCode) return true;
    return false;
  };
  return orgs.filter((o) => o.role === 'two_new' && !o.dissolution && !dissolved.has(o.code) && o.foundedOn < '2025-01-01' && underLiangxin(o.code));
}

/** The orgs reviewed: the social-organization branches and 36 enterprise orgs (the given one always among them). */
export function pickParticipants(rng: Rng, eligible: readonly PlannedOrg[], mustInclude: string | null): string[] {
  const social = eligible.filter((o) => o.hostUnitKind === 'social_org').map((o) => o.code);
  const enterprise = eligible.filter((o) => o.hostUnitKind !== 'social_org').map((o) => o.code).sort();
  const chosen = rng.shuffle(enterprise.filter((c) => c !== mustInclude)).slice(0, mustInclude ? 35 : 36);
  return [...(mustInclude ? [mustInclude] : []), ...chosen, ...social].sort();
}

const leafNames = reviewIndicators.flatMap((p) => p.children.map((c) => ({ name: c.name, max: c.maxScore })));
const clampScore = (v: number, max: number) => Math.max(0, Math.min(max, Math.round(v * 10) / 10));

/** Scores around a quality (a fraction of the max), per leaf; the org rates itself a little higher than its superior. */
function scoresAround(rng: Rng, quality: number, lift: number): Record<string, number> {
  return Object.fromEntries(leafNames.map((l) => [l.name, clampScore((quality + lift + (rng.next() - 0.5) * 0.08) * l.max, l.max)]));
}

/** A quality per org drawn so the ratings spread over every star level (0 stars rarely). */
function drawQuality(rng: Rng): number {
  return rng.weighted([
    [0.93 + rng.next() * 0.05, 15],
    [0.86 + rng.next() * 0.04, 25],
    [0.8 + rng.next() * 0.05, 28],
    [0.71 + rng.next() * 0.06, 17],
    [0.62 + rng.next() * 0.06, 11],
    [0.5 + rng.next() * 0.08, 4],
  ]);
}

function commitmentsFor(rng: Rng): PlannedCommitment[] {
  return rng.shuffle(commitmentCatalogue).slice(0, rng.int(2, 3)).map((c) => ({ ...c, evidence: rng.pick(['会议记录、签到表', '活动照片、工作台账', '学习笔记、心得体会', '项目报告、企业证明']) }));
}

export function planReviews(rng: Rng, participantCodes: readonly string[]): PlannedCampaign[] {
  const common = { starShares: [0, 0, 0, 1, 3, 5], starThresholds: [60, 70, 80, 85, 90], selfWeight: 30, fundYuan: 2_200_000 };
  const r25 = rng.fork('2025');
  const cycles2025 = participantCodes.map((orgCode) => {
    const quality = drawQuality(r25);
    const scoringClosedOn = r25.date('2025-12-18', '2025-12-26');
    return {
      orgCode,
      commitments: commitmentsFor(r25),
      commitmentsFiledOn: r25.date('2025-01-10', '2025-02-27'),
      reportFiledOn: r25.date('2025-11-20', '2025-12-14'),
      selfScores: scoresAround(r25, quality, 0.04),
      superiorScores: scoresAround(r25, quality, 0),
      scoringClosedOn,
    };
  });
  const r26 = rng.fork('2026');
  const cycles2026 = participantCodes.map((orgCode) => {
    const quality = drawQuality(r26);
    const reported = r26.chance(0.85);
    const selfScored = reported && r26.chance(0.6);
    return {
      orgCode,
      commitments: commitmentsFor(r26),
      commitmentsFiledOn: r26.date('2026-01-08', '2026-02-26'),
      reportFiledOn: reported ? r26.date('2026-11-02', '2026-11-28') : null,
      selfScores: selfScored ? scoresAround(r26, quality, 0.04) : null,
      superiorScores: selfScored && r26.chance(0.4) ? scoresAround(r26, quality, 0) : null,
      scoringClosedOn: null,
    };
  });
  return [
    { code: 'NJJK-LX-XJKP-2025', name: '2025年度两新组织党组织星级考评', year: 2025, commitmentsDue: '2025-02-28', reportsDue: '2025-12-15', scoringDue: '2025-12-26', ...common, cycles: cycles2025, allocatedOn: '2025-12-28' },
    { code: 'NJJK-LX-XJKP-2026', name: '2026年度两新组织党组织星级考评', year: 2026, commitmentsDue: '2026-02-28', reportsDue: '2026-12-10', scoringDue: '2026-12-31', ...common, cycles: cycles2026, allocatedOn: null },
  ];
}
