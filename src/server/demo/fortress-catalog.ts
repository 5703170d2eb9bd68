import type { Industry } from './catalog.ts';

/**
 * The Red Fortress (红色堡垒) part of the demo park as constants: the report's target figures, places for
 * addresses, the park's staff accounts, the projects' investors and products, and the honors the report names.
 * Every enterprise, investor and person is fictional.
 */
export const fortressTargets = {
  /** Enterprises (unit kind enterprise), social organizations coming on top. */
  enterprises: 600,
  aboveScale: 160,
  /** Distinct enterprises holding a national or provincial 专精特新 designation (F50). */
  srdi: 36,
  srdiNational: 6,
  highTech: 68,
  innovativeSme: 44,
  /** Enterprises with an assigned instructor (F12). */
  instructed: 230,
  /** Signed projects (F09), of which in production (F11), started, registered, signed only. */
  signed: 52,
  inProduction: 42,
  started: 5,
  registered: 2,
  signedOnly: 3,
  negotiating: 4,
  /** Agreed investment of the signed projects in 元: 612.8 亿元 (F10: over 600 亿元). */
  signedInvestment: 61_280_000_000,
  closed: 8,
} as const;

/** The date the chains and their committees were founded and enterprises first joined. */
export const chainsJoinedOn = '2023-07-15';

export const industryNames: Record<Industry, string> = {
  food_beverage: '食品饮料', equipment: '装备制造', electronics: '电子信息', logistics: '现代物流', medicine: '生物医药', materials: '新材料',
};

/** Addresses: the park's roads, and each township's industrial area. */
export const parkRoads = ['汉渝大道', '汉安大道西段', '城西大道', '经开大道', '创新路', '科技路', '甜城大道', '沱江路', '兴业路', '富民路'];
export const townshipAreas: Record<string, string> = {
  BM: '白马镇白马工业集中区', SH: '四合镇四合工业集中区', LXJ: '乐贤街道乐贤商圈', SL: '胜利街道交通路',
};

/** Joint branches (by their catalog name) and the industries of the small enterprises they gather. */
export const jointIndustries: Record<string, readonly Industry[]> = {
  电子信息产业园: ['electronics'],
  小微企业孵化园: ['electronics', 'materials', 'medicine'],
  现代物流港: ['logistics'],
  食品产业园: ['food_beverage'],
  汽配产业园: ['equipment'],
  楼宇经济: ['logistics', 'electronics'],
  白马工业集中区: ['equipment', 'materials'],
  四合工业集中区: ['food_beverage', 'materials'],
  乐贤商圈: ['food_beverage', 'logistics'],
  胜利商贸: ['logistics'],
};

export const contactTitles = ['总经理', '行政主管', '人力资源经理', '综合部部长', '党建联络员', '办公室主任'];
export const socialContactTitles = ['秘书长', '办公室主任', '负责人'];

/** Staff accounts beside the demo accounts: instructors (党建指导员) and chief service officers (首席服务官). */
export const instructorStaff: readonly { username: string; displayName: string }[] = [
  { username: 'zhidao01', displayName: '陈晓梅' }, { username: 'zhidao02', displayName: '刘建国' },
  { username: 'zhidao03', displayName: '王丽娟' }, { username: 'zhidao04', displayName: '张志强' },
  { username: 'zhidao05', displayName: '李春燕' }, { username: 'zhidao06', displayName: '罗文华' },
  { username: 'zhidao07', displayName: '曾德明' }, { username: 'zhidao08', displayName: '邓秀英' },
  { username: 'zhidao09', displayName: '廖海涛' }, { username: 'zhidao10', displayName: '谢玉兰' },
  { username: 'zhidao11', displayName: '黄永川' },
];
export const officerStaff: readonly { username: string; displayName: string }[] = [
  { username: 'fuwu01', displayName: '杨宏伟' }, { username: 'fuwu02', displayName: '周静' },
  { username: 'fuwu03', displayName: '吴俊杰' }, { username: 'fuwu04', displayName: '何丽萍' },
  { username: 'fuwu05', displayName: '唐建军' }, { username: 'fuwu06', displayName: '彭雪' },
  { username: 'fuwu07', displayName: '钟明亮' },
];

export const visitTopics = [
  '三会一课落实情况', '党员发展和教育管理', '党组织书记述职准备', '党建阵地建设', '党建与生产经营融合', '主题党日活动策划',
  '党费收缴使用', '流动党员摸排', '党建品牌创建', '职工之家和群团组织建设', '党组织组建可行性', '党员先锋岗设置',
];
export const visitFindings = [
  '组织生活记录完整，按期召开', '党员台账需补充更新', '阵地设施基本齐全', '企业负责人支持党建工作', '党员流动性较大，需加强联系',
  '党建活动与生产安排存在冲突', '暂无问题', '青年职工入党积极性较高',
];
export const visitFollowUps = ['下次走访复核台账', '协助制定年度党建计划', '推荐参加两新业主培训班', '对接区两新党委开展培训', '无'];

/** Investor groups of the projects: where they come from and their brand. */
export const investorOrigins = ['浙江', '江苏', '广东', '山东', '上海', '重庆', '福建', '北京', '湖北', '四川'];
export const investorBrands = ['蓝峰', '华拓', '中科瑞', '鼎盛', '恒邦', '金禾', '宏图', '优材', '云帆', '卓远', '信诚', '宝川', '嘉泰', '博瑞', '新锐', '天禧', '立达', '安远', '聚源', '广汇'];
export const industryGroupWords: Record<Industry, string> = {
  food_beverage: '食品', equipment: '智能装备', electronics: '光电', logistics: '供应链', medicine: '医药', materials: '新材料',
};
export const projectProducts: Record<Industry, readonly string[]> = {
  food_beverage: ['年产30万吨果蔬饮料生产线', '乳制品智能工厂', '食品包装材料生产基地', '果蔬加工冷链产业园', '功能饮料灌装基地', '调味品智能制造基地'],
  equipment: ['汽车零部件智能制造', '精密曲轴生产线', '新能源汽车电机壳体生产基地', '智能装备产业园', '液压件生产线'],
  electronics: ['光电显示模组生产基地', '高端电路板产业园', '智能终端制造基地', '半导体材料生产线', 'LED 封装生产线'],
  logistics: ['智慧冷链物流园', '公铁联运物流基地', '电商分拨中心', '大宗物资仓储基地'],
  medicine: ['生物制药产业化基地', '动物疫苗生产线', '医疗器械产业园'],
  materials: ['新型建材生产基地', '锂电材料生产线', '环保新材料产业园'],
};

export const projectLogTexts = [
  '上门对接项目推进计划，梳理审批事项清单', '协调供电公司落实临时用电', '陪同企业办理用地手续', '召开项目推进会，明确节点',
  '协调施工许可并联审批', '走访了解设备安装进度', '协调招工需求，对接人社部门', '跟踪投产准备，协调试生产事项',
];
export const projectBlockers: readonly { category: 'land' | 'energy' | 'finance' | 'labour' | 'approval' | 'other'; content: string }[] = [
  { category: 'land', content: '二期用地征收进度滞后' },
  { category: 'energy', content: '110千伏专线接入时间未定' },
  { category: 'approval', content: '环评批复需补充材料重新报批' },
  { category: 'finance', content: '项目贷款审批周期较长' },
];
export const projectFactorNeeds: readonly { category: 'land' | 'energy' | 'finance' | 'labour' | 'approval' | 'other'; content: string }[] = [
  { category: 'labour', content: '投产前需招聘一线工人约300名' },
  { category: 'energy', content: '需蒸汽集中供应接入' },
  { category: 'finance', content: '需对接银行流动资金贷款' },
  { category: 'land', content: '需配套员工宿舍用地' },
];

/** The honors of the report: held by the park (F13, F22) and by the food and beverage chain (F14). */
export const parkHonors = [
  { title: '四川省两新组织党建示范园区', level: 'provincial', issuer: '中共四川省委组织部', awardedOn: '2025-07-01', figure: 'F13', redAction: 'fortress' },
  { title: '首批全省十大高质量发展激励政策园区', level: 'provincial', issuer: '四川省人民政府', awardedOn: '2025-04-18', figure: 'F22', redAction: 'leadGeese' },
] as const;
export const chainHonors = [
  { chainCode: 'SP', title: '软饮料及果蔬产业入选四川省重点发展优势产业链', level: 'provincial', issuer: '四川省人民政府', awardedOn: '2024-09-20' },
  { chainCode: 'SP', title: '2025年度四川省中小企业特色产业集群（软饮料及果蔬产业）', level: 'provincial', issuer: '四川省经济和信息化厅', awardedOn: '2025-11-12' },
] as const;
