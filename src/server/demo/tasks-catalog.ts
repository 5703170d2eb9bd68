import type { RedAction } from '../modules/tasks/tasks.rules.ts';

/**
 * The demo park's task lists (党建任务清单), written by hand after the report: the 2025 list of 区党工委 holds 40
 * top-level tasks across the five Red Actions (F15: 40, all completed), some broken down into weighted subtasks;
 * the 2026 list is under way. `meeting` names the joint meeting whose decision the task was made from.
 */
export type CatalogTask = {
  title: string;
  redAction: RedAction;
  orgCode: string;
  coOwners?: string[];
  children?: { title: string; orgCode: string; weight: number }[];
  meeting?: number;
};

const JG = (n: string) => `NJJK-JG-${n}`;

export const tasks2025: readonly CatalogTask[] = [
  { title: '两新组织党组织覆盖攻坚', redAction: 'fortress', orgCode: 'NJJK-LX', meeting: 0, children: [
    { title: '规上工业企业党组织动态覆盖', orgCode: 'NJJK-LX', weight: 3 },
    { title: '专精特新企业党组织覆盖', orgCode: 'NJJK-LX', weight: 2 },
    { title: '社会组织党组织覆盖', orgCode: 'NJJK-LX', weight: 1 },
  ] },
  { title: '产业链党委规范化建设', redAction: 'fortress', orgCode: JG('01'), children: [
    { title: '食品饮料产业链党委“一核多点”运行', orgCode: 'NJJK-CL-SP', weight: 2 },
    { title: '装备制造产业链党委联建共建', orgCode: 'NJJK-CL-ZB', weight: 1 },
    { title: '电子信息产业链党委联建共建', orgCode: 'NJJK-CL-DZ', weight: 1 },
    { title: '现代物流产业链党委联建共建', orgCode: 'NJJK-CL-WL', weight: 1 },
  ] },
  { title: '外资企业党组织建设', redAction: 'fortress', orgCode: 'NJJK-LX', meeting: 0 },
  { title: '党建指导员选派与管理', redAction: 'fortress', orgCode: 'NJJK-LX' },
  { title: '新入驻企业“三合一”一站到家服务', redAction: 'fortress', orgCode: JG('03'), coOwners: ['NJJK-LX'] },
  { title: '基层党组织书记集中轮训', redAction: 'fortress', orgCode: JG('01') },
  { title: '发展党员工作规范化', redAction: 'fortress', orgCode: 'NJJK-LX' },
  { title: '后进党组织整顿提升', redAction: 'fortress', orgCode: JG('01') },
  { title: '区领导党建联系点全覆盖', redAction: 'leadGeese', orgCode: JG('01') },
  { title: '区级部门联系企业“双联系”', redAction: 'leadGeese', orgCode: JG('02') },
  { title: '“百名干部进千企”走访解难', redAction: 'leadGeese', orgCode: JG('02'), coOwners: ['NJJK-LX'], children: [
    { title: '上半年走访企业', orgCode: JG('02'), weight: 1 },
    { title: '下半年走访企业', orgCode: JG('02'), weight: 1 },
    { title: '企业困难问题办结销号', orgCode: JG('03'), weight: 2 },
  ] },
  { title: '党建联席会议制度运行', redAction: 'leadGeese', orgCode: JG('01') },
  { title: '年初承诺年终述职测评', redAction: 'leadGeese', orgCode: JG('01') },
  { title: '星级考评与企业党建专项资金分配', redAction: 'leadGeese', orgCode: JG('02') },
  { title: '双向挂职干部选派', redAction: 'leadGeese', orgCode: JG('01') },
  { title: '企业党组织对点联系社区小区', redAction: 'leadGeese', orgCode: 'NJJK-LX', coOwners: ['NJJK-SL'] },
  { title: '两新业主培训班', redAction: 'navigation', orgCode: 'NJJK-LX' },
  { title: '党员教育培训', redAction: 'navigation', orgCode: JG('01'), children: [
    { title: '春季党员集中培训', orgCode: JG('01'), weight: 1 },
    { title: '秋季党员集中培训', orgCode: JG('01'), weight: 1 },
  ] },
  { title: '“经彩开讲”专题宣讲', redAction: 'navigation', orgCode: JG('05') },
  { title: '学习书目发放', redAction: 'navigation', orgCode: JG('05') },
  { title: '企业党建品牌培育', redAction: 'navigation', orgCode: 'NJJK-LX' },
  { title: '两新党建示范点及党群驿站建设', redAction: 'navigation', orgCode: 'NJJK-LX', children: [
    { title: '两新党建示范点创建', orgCode: 'NJJK-LX', weight: 2 },
    { title: '党群驿站提档升级', orgCode: 'NJJK-LX', weight: 1 },
  ] },
  { title: '社区基层党建品牌示范点', redAction: 'navigation', orgCode: 'NJJK-SL' },
  { title: '“甜味+”党建引领招商', redAction: 'navigation', orgCode: 'NJJK-CL-SP', meeting: 1 },
  { title: '盘活闲置低效用地', redAction: 'enterpriseAid', orgCode: JG('04') },
  { title: '蒸汽集中供应降低企业用能成本', redAction: 'enterpriseAid', orgCode: JG('02'), meeting: 1 },
  { title: '协调金融机构助企融资', redAction: 'enterpriseAid', orgCode: JG('02') },
  { title: '争取智改数转等项目资金', redAction: 'enterpriseAid', orgCode: JG('02'), children: [
    { title: '智改数转专项资金申报', orgCode: JG('02'), weight: 1 },
    { title: '超长期特别国债项目申报', orgCode: JG('02'), weight: 2 },
  ] },
  { title: '涉企检查安静期制度落实', redAction: 'enterpriseAid', orgCode: JG('01') },
  { title: '“我为企业找订单”供需对接', redAction: 'enterpriseAid', orgCode: JG('03'), meeting: 1 },
  { title: '《打造唯美营商环境十二条》落实', redAction: 'enterpriseAid', orgCode: JG('01') },
  { title: '物流主体培育', redAction: 'enterpriseAid', orgCode: 'NJJK-CL-WL' },
  { title: '引进产业人才', redAction: 'momentum', orgCode: JG('05') },
  { title: '技能人才培养与产教融合', redAction: 'momentum', orgCode: JG('05'), children: [
    { title: '校企合作共建', orgCode: JG('05'), weight: 1 },
    { title: '技能人才培训', orgCode: JG('05'), weight: 2 },
  ] },
  { title: '重点实验室等创新平台建设', redAction: 'momentum', orgCode: JG('02') },
  { title: '老旧小区改造', redAction: 'momentum', orgCode: JG('04'), children: [
    { title: '白马镇老旧小区改造', orgCode: 'NJJK-BM', weight: 1 },
    { title: '胜利街道老旧小区改造', orgCode: 'NJJK-SL', weight: 2 },
  ] },
  { title: '智慧小区建设', redAction: 'momentum', orgCode: 'NJJK-SL' },
  { title: '“党建联户员+公安网格员”平安建设', redAction: 'momentum', orgCode: 'NJJK-LXJ', coOwners: ['NJJK-SL'] },
  { title: '红色物业试点', redAction: 'momentum', orgCode: 'NJJK-SH' },
  { title: '红色政务服务大厅提质', redAction: 'momentum', orgCode: JG('01') },
];

/** How each 2026 task stands on the demo's last day: done, under way, overdue (with accountability), or failed. */
export type Task2026 = CatalogTask & { fate: 'completed' | 'underway' | 'overdue' | 'failed' };

export const tasks2026: readonly Task2026[] = [
  { title: '两新组织党组织“两个覆盖”巩固提升', redAction: 'fortress', orgCode: 'NJJK-LX', fate: 'completed' },
  { title: '产业链党委年度联建项目', redAction: 'fortress', orgCode: 'NJJK-CL-ZB', fate: 'overdue' },
  { title: '党建指导员履职考核', redAction: 'fortress', orgCode: 'NJJK-LX', fate: 'underway' },
  { title: '区领导联系点调研', redAction: 'leadGeese', orgCode: JG('01'), fate: 'completed' },
  { title: '“百名干部进千企”春季走访', redAction: 'leadGeese', orgCode: JG('02'), fate: 'completed' },
  { title: '企业党建专项资金绩效评价', redAction: 'leadGeese', orgCode: JG('02'), fate: 'failed' },
  { title: '两新业主培训班（2026）', redAction: 'navigation', orgCode: 'NJJK-LX', fate: 'completed' },
  { title: '“经彩开讲”进企业', redAction: 'navigation', orgCode: JG('05'), fate: 'overdue' },
  { title: '闲置厂房盘活专项行动', redAction: 'enterpriseAid', orgCode: JG('04'), fate: 'overdue' },
  { title: '“我为企业找订单”年度对接会', redAction: 'enterpriseAid', orgCode: JG('03'), fate: 'underway', meeting: 2 },
  { title: '人才公寓提质扩容', redAction: 'momentum', orgCode: JG('05'), fate: 'completed' },
  { title: '平安指数季度监测', redAction: 'momentum', orgCode: 'NJJK-LXJ', fate: 'underway' },
];

/** The joint meetings (党建联席会议) of 区党工委; each decision with a task above was turned into that task. */
export const meetingCatalog = [
  { heldOn: '2025-03-05', title: '2025年第一次党建联席会议', location: '区党群服务中心', agenda: ['通报2024年党建工作及2025年任务清单', '研究两新组织党组织覆盖攻坚', '研究外资企业党组织建设'], decisions: ['开展两新组织党组织覆盖攻坚，规上工业企业年内动态覆盖100%', '推动外资企业建立党组织', '每季度召开一次党建联席会议'] },
  { heldOn: '2025-08-20', title: '2025年第三次党建联席会议', location: '区管委会第一会议室', agenda: ['通报上半年任务清单推进情况', '研究党建引领助企纾困措施'], decisions: ['以“甜味+”党建引领产业链招商', '推行蒸汽集中供应降低企业用能成本', '开展“我为企业找订单”供需对接'] },
  { heldOn: '2026-02-26', title: '2026年第一次党建联席会议', location: '区党群服务中心', agenda: ['部署2026年党建任务清单', '研究订单对接常态化'], decisions: ['举办“我为企业找订单”年度对接会', '对逾期任务严格落实反向问责'] },
] as const;

/** Units that attend the joint meetings besides the park's own members. */
export const meetingUnits = ['区委组织部', '区经济和科技局', '区投资促进局', '区工商联', '区总工会'];
