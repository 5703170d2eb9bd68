import type { Rng } from './random.ts';

/**
 * The demo park's place names and host units. Townships and communities carry names of the area; every
 * enterprise and social organization is fictional (the report's real firms are not reproduced).
 */
export const parkName = '内江经济技术开发区';

export type TownshipSpec = {
  code: string;
  /** Name today; `formerName` until `renamedOn` (撤镇设街道). */
  name: string;
  isStreet: boolean;
  formerName?: string;
  renamedOn?: string;
  communities: { code: string; name: string; compounds: string[] }[];
};

export const townships: readonly TownshipSpec[] = [
  {
    code: 'BM', name: '白马镇', isStreet: false,
    communities: [
      { code: 'C01', name: '白马社区', compounds: ['白马新居', '电厂生活区', '白马花园'] },
      { code: 'C02', name: '龙门社区', compounds: ['龙门佳苑', '龙门小区', '滨江花园'] },
      { code: 'C03', name: '临江社区', compounds: ['临江苑', '临江华府'] },
    ],
  },
  {
    code: 'SH', name: '四合镇', isStreet: false,
    communities: [
      { code: 'C01', name: '四合社区', compounds: ['四合新村', '四合场镇小区', '金桂苑'] },
      { code: 'C02', name: '双河社区', compounds: ['双河家园', '丰收小区'] },
      { code: 'C03', name: '高桥社区', compounds: ['高桥安置小区', '桃源居', '翠屏花园'] },
    ],
  },
  {
    code: 'LXJ', name: '乐贤街道', isStreet: true, formerName: '乐贤镇', renamedOn: '2019-12-01',
    communities: [
      { code: 'C01', name: '汉渝社区', compounds: ['汉渝佳苑', '汉安华庭', '甜城首府'] },
      { code: 'C02', name: '旭园社区', compounds: ['旭园小区', '旭日东方', '猫湾院子'] },
      { code: 'C03', name: '新江社区', compounds: ['新江花园', '沱江明珠'] },
    ],
  },
  {
    code: 'SL', name: '胜利街道', isStreet: true,
    communities: [
      { code: 'C01', name: '交通路社区', compounds: ['交通路小区', '铁路生活区', '汇通花园'] },
      { code: 'C02', name: '玉溪社区', compounds: ['玉溪苑', '玉溪印象'] },
      { code: 'C03', name: '红桥社区', compounds: ['红桥新居', '红桥花园'] },
    ],
  },
];

export const industries = ['food_beverage', 'equipment', 'electronics', 'logistics', 'medicine', 'materials'] as const;
export type Industry = (typeof industries)[number];

/** The four 产业链党委 and the industry each links. */
export const chains: readonly { code: string; name: string; industry: Industry }[] = [
  { code: 'SP', name: '食品饮料', industry: 'food_beverage' },
  { code: 'ZB', name: '装备制造', industry: 'equipment' },
  { code: 'DZ', name: '电子信息', industry: 'electronics' },
  { code: 'WL', name: '现代物流', industry: 'logistics' },
];

const industryWeights: readonly (readonly [Industry, number])[] = [
  ['food_beverage', 26], ['equipment', 22], ['electronics', 18], ['logistics', 14], ['medicine', 10], ['materials', 10],
];

const industrySuffixes: Record<Industry, readonly string[]> = {
  food_beverage: ['食品', '饮料', '乳业', '果蔬食品', '包装材料', '糖业', '调味品', '食品科技'],
  equipment: ['机械', '曲轴', '汽车零部件', '智能装备', '精密制造', '动力科技', '机电设备'],
  electronics: ['光电科技', '电子科技', '半导体材料', '智能科技', '信息技术', '显示技术'],
  logistics: ['物流', '供应链管理', '仓储服务', '运输', '冷链物流', '国际货运代理'],
  medicine: ['制药', '生物科技', '动物保健', '医疗器械', '药业'],
  materials: ['新材料', '建材', '环保科技', '新能源', '化工'],
};

const brands = [
  '甜城', '沱江', '汉安', '蓝海', '恒信', '华川', '瑞丰', '嘉禾', '鑫达', '天府', '川南', '德润', '宏远', '长宏', '泰和', '联创',
  '昌盛', '佳美', '正源', '锦程', '永兴', '天成', '新辉', '博远', '安泰', '聚能', '明德', '顺达', '海川', '东升', '万象', '金穗',
  '蜀锦', '丰源', '兴隆', '汇通', '远航', '祥瑞', '润达', '凯盛', '华信', '天宇', '铭辉', '鼎立', '康源', '益民', '同创', '众诚',
  '晟邦', '恒达', '御源', '隆兴', '川渝', '资圣', '威顺', '乐贤', '玉溪', '白马', '四合', '旭日', '盛世', '禾丰', '中瑞', '睿博',
];

export type EnterpriseSpec = { name: string; industry: Industry; foreignFunded: boolean };

/** The foreign-funded beverage maker of the report (fictional stand-in): it hosts 2 party orgs. */
export const foreignEnterprise: EnterpriseSpec = { name: '泰丰红运饮料（四川）有限公司', industry: 'food_beverage', foreignFunded: true };

/** The four large enterprises whose party orgs are general branches with branches under them. */
export const largeEnterprises: readonly (EnterpriseSpec & { departments: string[] })[] = [
  { name: '四川甜城饮品股份有限公司', industry: 'food_beverage', foreignFunded: false, departments: ['生产', '质量技术', '营销'] },
  { name: '内江沱江动力机械有限公司', industry: 'equipment', foreignFunded: false, departments: ['铸造', '机加工', '研发'] },
  { name: '四川汉安光电显示科技有限公司', industry: 'electronics', foreignFunded: false, departments: ['制造', '研发'] },
  { name: '四川川南生物制药有限公司', industry: 'medicine', foreignFunded: false, departments: ['生产', '研发'] },
];

/** Generates unique, plausible, fictional enterprise names by industry. */
export function createEnterpriseNames(rng: Rng) {
  const taken = new Set<string>([foreignEnterprise.name, ...largeEnterprises.map((e) => e.name)]);
  return {
    next(industry?: Industry): EnterpriseSpec {
      const chosen = industry ?? rng.weighted(industryWeights);
      for (;;) {
        const region = rng.weighted([['四川', 55], ['内江', 40], ['成渝', 5]] as const);
        const name = `${region}${rng.pick(brands)}${rng.pick(industrySuffixes[chosen])}有限公司`;
        if (!taken.has(name)) {
          taken.add(name);
          return { name, industry: chosen, foreignFunded: false };
        }
      }
    },
  };
}

/** Social organizations hosting party orgs (行业协会, 商会, 民办非企业单位, 社会中介). */
export const socialOrgs: readonly string[] = [
  '内江经开区食品饮料行业协会',
  '内江经开区企业家协会',
  '内江经开区个体劳动者协会',
  '内江经开区物流行业商会',
  '内江经开区电子信息产业联盟',
  '内江经开区青年创业促进会',
  '内江经开区志愿服务联合会',
  '内江经开区乐贤社会工作服务中心',
  '内江甜城职业技能培训学校',
  '四川沱江律师事务所',
  '内江汉安会计师事务所',
  '内江经开区新就业群体服务中心',
];

/** 联合党支部 of enterprises too small for their own, by the area they gather; under a township, or 区两新党委 when null. */
export const jointBranches: readonly { name: string; township: string | null }[] = [
  { name: '电子信息产业园', township: null },
  { name: '小微企业孵化园', township: null },
  { name: '现代物流港', township: null },
  { name: '食品产业园', township: null },
  { name: '汽配产业园', township: null },
  { name: '楼宇经济', township: null },
  { name: '白马工业集中区', township: 'BM' },
  { name: '四合工业集中区', township: 'SH' },
  { name: '乐贤商圈', township: 'LXJ' },
  { name: '胜利商贸', township: 'SL' },
];

/** Departments of the park's administrative committee with party branches today. */
export const departments: readonly { code: string; name: string; foundedOn: string }[] = [
  { code: '01', name: '党政办公室', foundedOn: '2008-03-01' },
  { code: '02', name: '经济和科技局', foundedOn: '2019-10-15' },
  { code: '03', name: '投资促进局', foundedOn: '2010-05-01' },
  { code: '04', name: '规划建设和生态环境局', foundedOn: '2012-03-01' },
  { code: '05', name: '社会事务局', foundedOn: '2014-07-01' },
];
