/** 政策文件 pages, both languages; en is typed against zh. */
const zh = {
  searchPlaceholder: '标题或文号',
  create: '登记政策文件',
  edit: '修改',
  editMeasures: '编辑措施',
  repeal: '废止',
  docNumber: '文号',
  title: '标题',
  issuer: '发文单位',
  org: '发文党组织',
  topic: '主题',
  allTopics: '全部主题',
  redAction: '所属行动',
  noRedAction: '不限',
  summary: '内容摘要',
  issuedOn: '发布日期',
  repealedOn: '废止日期',
  repealReason: '废止原因',
  status: '状态',
  inForce: '有效',
  notInForce: '已废止或未生效',
  allStatuses: '全部状态',
  measures: '措施',
  measureCount: '措施条数',
  measuresHint: '每行一条措施，按顺序编号为第 1、2、3… 条',
  measureSeq: '第 {seq} 条',
  repealHint: '废止后文件仍保留在档，自废止日期起不再计入有效政策',
};

const en: typeof zh = {
  searchPlaceholder: 'Title or document number',
  create: 'Record a policy',
  edit: 'Edit',
  editMeasures: 'Edit measures',
  repeal: 'Repeal',
  docNumber: 'Document number',
  title: 'Title',
  issuer: 'Issued by',
  org: 'Issuing org',
  topic: 'Topic',
  allTopics: 'All topics',
  redAction: 'Red Action',
  noRedAction: 'None in particular',
  summary: 'Summary',
  issuedOn: 'Issued on',
  repealedOn: 'Repealed on',
  repealReason: 'Reason for repeal',
  status: 'Status',
  inForce: 'In force',
  notInForce: 'Repealed or not yet in force',
  allStatuses: 'All',
  measures: 'Measures',
  measureCount: 'Measures',
  measuresHint: 'One measure per line; they are numbered 1, 2, 3… in this order',
  measureSeq: 'No. {seq}',
  repealHint: 'A repealed document stays on record; from the repeal date it no longer counts as in force',
};

const enums = {
  zh: {
    policyTopic: { demonstration_park: '创建示范园区', business_environment: '营商环境', industry: '产业扶持', talent: '人才', finance: '金融', other: '其他' },
  },
  en: {
    policyTopic: { demonstration_park: 'Demonstration park', business_environment: 'Business environment', industry: 'Industry', talent: 'Talent', finance: 'Finance', other: 'Other' },
  },
};

export const policiesZh = zh;
export const policiesEn = en;
export const policyEnumsZh = enums.zh;
export const policyEnumsEn: typeof enums.zh = enums.en;
