/** Fixed wording for the demo park's requests (诉求): what enterprises raise, by category, and how it was resolved. */

type RequestText = { title: string; description: string; resolution: string };

export const requestTexts: Record<'finance' | 'land' | 'energy' | 'labour' | 'orders' | 'approvals' | 'other', readonly RequestText[]> = {
  finance: [
    { title: '流动资金贷款到期续贷困难', description: '企业一笔 800 万元流动资金贷款即将到期，原合作银行收紧授信，希望协调续贷或转贷资金。', resolution: '协调园区转贷应急资金过桥，并对接两家银行完成续贷' },
    { title: '技改项目融资需求', description: '智能化改造项目设备投入约 1,200 万元，自有资金不足，希望对接设备融资租赁或技改专项贷款。', resolution: '对接融资租赁公司和技改专项贷款，完成授信审批' },
    { title: '应收账款融资渠道', description: '下游客户账期较长，应收账款占用资金较多，希望了解供应链金融和应收账款质押融资渠道。', resolution: '组织银企对接会，企业通过应收账款质押获得融资' },
    { title: '申报政府性融资担保', description: '希望申请政府性融资担保降低担保费率，需要了解申报条件和材料。', resolution: '指导企业准备材料，担保公司已出具担保函' },
  ],
  land: [
    { title: '扩产用地指标', description: '订单增长需新建一条生产线，厂区内已无空地，希望协调周边闲置工业用地约 20 亩。', resolution: '协调盘活周边闲置厂房，企业以租赁方式先行扩产' },
    { title: '厂区土地证办理遗留问题', description: '早年取得的部分厂区用地因规划调整至今未办理不动产权证，影响抵押融资。', resolution: '规划建设部门会同自然资源部门完成补办，不动产权证已核发' },
    { title: '标准化厂房租赁', description: '新落地项目需租用标准化厂房约 3,000 平方米，希望推荐园区可用厂房并协调租金优惠。', resolution: '推荐园区标准化厂房并落实前两年租金减免政策' },
  ],
  energy: [
    { title: '蒸汽供应压力不足', description: '生产车间集中供汽压力长期偏低，影响杀菌工序，希望协调供热单位。', resolution: '协调供热公司调整管网压力并加装增压设备' },
    { title: '用电容量增容', description: '新增设备后变压器容量不足，希望协调供电公司加快增容报装。', resolution: '供电公司开辟绿色通道，增容工程已送电' },
    { title: '天然气价格和供应保障', description: '冬季用气高峰期间供气不稳定，希望协调燃气公司保障供应并落实大工业用气价格。', resolution: '燃气公司签订保供协议并执行大工业用气价格' },
    { title: '污水管网接入', description: '厂区污水需接入园区污水管网，现有接口管径不足。', resolution: '园区实施管网改造，企业污水已接入' },
  ],
  labour: [
    { title: '一线操作工招聘困难', description: '旺季需要新增一线操作工约 50 人，自行招聘效果不好，希望园区协助组织专场招聘。', resolution: '社会事务局组织专场招聘会，企业招到 46 人' },
    { title: '技能人才培训补贴', description: '企业开展新型学徒制培训，希望了解并申请职业技能培训补贴。', resolution: '指导企业申报培训补贴，补贴资金已拨付' },
    { title: '员工子女入学', description: '外地引进技术骨干的子女需要就近入学，希望协调学位。', resolution: '教育部门协调就近学校落实学位' },
    { title: '员工通勤班车', description: '园区公交线路少，夜班员工通勤困难，希望增开公交或协调通勤班车。', resolution: '公交公司优化线路并增开夜班车次' },
  ],
  orders: [
    { title: '对接本地整车企业采购', description: '企业生产汽车零部件，希望进入本地整车企业供应商名录。', resolution: '组织供需对接会，企业已进入两家企业供应商名录' },
    { title: '产品进入政府采购目录', description: '企业新产品已取得认证，希望了解进入政府采购目录的途径。', resolution: '指导企业完成政府采购平台入驻' },
    { title: '拓展成渝地区市场', description: '希望参加成渝地区展会拓展市场，了解展位补贴政策。', resolution: '推荐参加成渝双城展会并落实展位补贴' },
  ],
  approvals: [
    { title: '技改项目环评审批', description: '技改项目环境影响评价报告已编制完成，希望加快审批进度。', resolution: '开通并联审批，环评批复已下达' },
    { title: '食品生产许可证延续', description: '食品生产许可证即将到期，延续申请现场核查时间较紧。', resolution: '市场监管部门提前安排现场核查，许可证已延续' },
    { title: '施工许可办理', description: '新建厂房施工许可办理材料多，希望提供帮办代办服务。', resolution: '帮办代办专员全程代办，施工许可证已核发' },
    { title: '消防验收', description: '新建仓库需办理消防验收，希望指导整改要求。', resolution: '组织预验收指导整改，消防验收已通过' },
  ],
  other: [
    { title: '厂区周边道路破损', description: '厂区门前道路破损严重，大货车通行困难，希望安排维修。', resolution: '建设部门已完成道路修补' },
    { title: '企业党建工作指导', description: '企业新成立党支部，希望指导规范开展组织生活。', resolution: '党建指导员上门指导，支部已规范开展三会一课' },
    { title: '路灯照明不足', description: '厂区周边路段夜间照明不足，员工下夜班存在安全隐患。', resolution: '新增路灯 12 盏，已投入使用' },
  ],
};

export const satisfactionWeights: readonly (readonly [number, number])[] = [[5, 60], [4, 30], [3, 7], [2, 2], [1, 1]];

/** The request staff the demo opens: the park's request desk (受理中心) and one handler per department. */
export const requestDesk = { username: 'sqdesk', displayName: '诉求受理中心' } as const;
export const departmentHandlers: readonly { username: string; displayName: string; departmentCode: string; categories: readonly string[] }[] = [
  { username: 'sq01', displayName: '党政办公室诉求专员', departmentCode: 'NJJK-JG-01', categories: ['other'] },
  { username: 'sq02', displayName: '经济和科技局诉求专员', departmentCode: 'NJJK-JG-02', categories: ['finance', 'energy'] },
  { username: 'sq03', displayName: '投资促进局诉求专员', departmentCode: 'NJJK-JG-03', categories: ['orders'] },
  { username: 'sq04', displayName: '规划建设和生态环境局诉求专员', departmentCode: 'NJJK-JG-04', categories: ['land', 'approvals'] },
  { username: 'sq05', displayName: '社会事务局诉求专员', departmentCode: 'NJJK-JG-05', categories: ['labour'] },
];
