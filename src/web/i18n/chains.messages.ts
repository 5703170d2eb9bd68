/** 产业链 pages, both languages; en is typed against zh. */
const zh = {
  searchPlaceholder: '产业链名称或编码',
  code: '编码',
  name: '产业链',
  committee: '产业链党委',
  noCommittee: '未设产业链党委',
  description: '说明',
  enterpriseCount: '成员企业',
  projectCount: '招商项目',
  signedInvestment: '签约投资',
  enterprises: '成员企业',
  enterpriseHistory: '成员沿革',
  addEnterprise: '加入企业',
  endEnterprise: '退出',
  enterprise: '企业',
  from: '加入日期',
  to: '截止日期',
  current: '至今',
  honors: '荣誉',
  honorTitle: '荣誉名称',
  honorLevel: '级别',
  issuer: '授予单位',
  awardedOn: '授予日期',
  projectsByStage: '项目阶段分布',
  noRecords: '暂无记录',
};

export const chainsZh = zh;

export const chainsEn: typeof zh = {
  searchPlaceholder: 'Chain name or code',
  code: 'Code',
  name: 'Chain',
  committee: 'Chain committee',
  noCommittee: 'No chain committee',
  description: 'Description',
  enterpriseCount: 'Member enterprises',
  projectCount: 'Projects',
  signedInvestment: 'Signed investment',
  enterprises: 'Member enterprises',
  enterpriseHistory: 'Membership history',
  addEnterprise: 'Add an enterprise',
  endEnterprise: 'Remove',
  enterprise: 'Enterprise',
  from: 'Joined on',
  to: 'Last day',
  current: 'Current',
  honors: 'Honors',
  honorTitle: 'Honor',
  honorLevel: 'Level',
  issuer: 'Awarded by',
  awardedOn: 'Awarded on',
  projectsByStage: 'Projects by stage',
  noRecords: 'None on record',
};

const enums = {
  zh: { honorLevel: { national: '国家级', provincial: '省级', city: '市级', park: '园区级' } },
  en: { honorLevel: { national: 'National', provincial: 'Provincial', city: 'City', park: 'Park' } },
};

export const chainEnumsZh = enums.zh;
export const chainEnumsEn: typeof enums.zh = enums.en;
