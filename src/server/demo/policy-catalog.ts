import type { CreatePolicyInput } from '../modules/policies/policies.schemas.ts';

/**
 * The park's policy documents that the report names: the 20 measures for becoming a provincial two-new
 * demonstration park (F21) and the 12 measures for the business environment (F40). Their wording is written for
 * the demo; the counts are the report's. Each is issued by the working committee (org code NJJK).
 */
type PlannedPolicy = Omit<CreatePolicyInput, 'orgId'>;

export const demonstrationParkPolicy: PlannedPolicy = {
  docNumber: '内经开党工委发〔2024〕5号',
  title: '内江经济技术开发区创建省级两新组织党建示范园区二十条措施',
  issuer: '中共内江经济技术开发区工作委员会',
  topic: 'demonstration_park',
  redAction: 'leadGeese',
  summary: '围绕组织覆盖、队伍建设、阵地建设、服务发展和责任落实，推动两新组织党建提质增效，创建省级两新组织党建示范园区',
  issuedOn: '2024-03-15',
  measures: [
    '规上工业企业党组织应建尽建，动态保持全覆盖',
    '专精特新企业和社会组织同步推进党的组织和工作覆盖',
    '新入驻企业实行党群服务、规划建设、行政审批"三合一"一站到家服务',
    '按产业链建立产业链党委，推动链上企业党建联建共建',
    '选派党建指导员联系指导两新组织，每季度至少走访一次',
    '实行党建任务项目化、清单化管理，明确责任主体和完成时限',
    '建立正向明责、反向问责机制，对未完成任务的实行提醒、约谈、通报',
    '每季度召开党建联席会议，研究解决两新党建重点问题',
    '区领导每人联系2至3个党建联系点，定期调研指导',
    '区级部门联系重点企业，协调解决企业发展困难问题',
    '推动企业党组织与城市社区、小区楼院结对共建',
    '开展"百名干部进千企"活动，建立企业诉求收集、办理、反馈闭环',
    '实行年初承诺、年终述职测评，开展两新组织党组织星级考评',
    '设立企业党建专项资金，按星级考评结果分配使用',
    '每年举办两新业主培训班，提升出资人党建意识',
    '打造一批企业党建品牌和两新党建示范点',
    '建设党群服务驿站，为企业职工提供学习交流、困难帮扶等服务',
    '把党员培养成业务骨干，把业务骨干培养成党员',
    '推动党建工作与企业生产经营深度融合，纳入企业发展规划',
    '将两新党建工作纳入园区高质量发展综合考核',
  ].map((title) => ({ title })),
};

export const businessEnvironmentPolicy: PlannedPolicy = {
  docNumber: '内经开管发〔2024〕18号',
  title: '打造唯美营商环境十二条',
  issuer: '内江经济技术开发区管理委员会',
  topic: 'business_environment',
  redAction: 'enterpriseAid',
  summary: '以党建引领优化营商环境，为企业提供要素保障、审批服务和安静生产环境',
  issuedOn: '2024-06-20',
  measures: [
    '推行首席服务官制度，重点项目一对一全程服务',
    '实行涉企检查计划管理，设立企业安静期',
    '盘活闲置低效用地，保障项目用地需求',
    '集中供应蒸汽，降低企业用能成本',
    '协调金融机构开展银企对接，缓解企业融资难题',
    '开展"我为企业找订单"活动，促进产业链上下游配套',
    '推行项目审批并联办理、容缺受理',
    '建设红色政务服务大厅，实行企业办事"一窗通办"',
    '落实企业用工服务，常态化开展招聘对接',
    '兑现人才引进和培养奖励，保障人才住房和子女入学',
    '建立企业诉求直通车，限时办结并回访满意度',
    '畅通政企沟通渠道，定期召开企业家座谈会',
  ].map((title) => ({ title })),
};

export const demoPolicies: readonly PlannedPolicy[] = [demonstrationParkPolicy, businessEnvironmentPolicy];
