/**
 * Hand-made, well-made tables of each kind and framework (shared by the sum/, value/, cost/ and plan/
 * rule tests): a careful reviewer finds nothing in them, so these rules must report nothing.
 */
import {
  makeDepartment,
  makeDocument,
  makeIndicator,
  makeProject,
  makeSelfEval,
  makeSelfEvalIndicator,
} from '../../src/domain/build.js';
import type { Indicator, JixiaoDocument, Table } from '../../src/domain/document.js';
import type { IndicatorFields } from '../../src/domain/build.js';

export const unit = { name: '某街道办事处', year: 2025, framework: 'local' as const };

export function doc(tables: Table[], framework: 'local' | 'central-2021' = 'local'): JixiaoDocument {
  return makeDocument({ unit: { ...unit, framework }, tables });
}

/** `产出/数量/发放人数/为240名人员发放/≥240人` → an indicator. */
export function ind(spec: string, extra: Partial<IndicatorFields> & Partial<Omit<Indicator, 'value'>> = {}) {
  const [level1, level2, name, description, value, basis = '计划标准'] = spec.split('|');
  return makeIndicator({ level1, level2, name, description, value, basis, ...extra });
}

export const salaryProject = makeProject({
  projectName: '工作人员绩效奖励及补贴发放',
  code: '2025XX0101',
  budget: { total: '120.00', fiscal: '120.00', other: null },
  purpose: '主要用于：1.在编人员绩效奖励发放96万元；2.编外人员补贴发放24万元。',
  plan: { mar: 25, jun: 50, oct: 80, dec: 100 },
  goals: '为240名人员按月足额发放绩效奖励和补贴，保障队伍稳定。',
  indicators: [
    ind('产出指标|数量指标|发放人数|为240名人员发放|≥240人'),
    ind('产出指标|数量指标|发放月数|全年按月发放12个月|=12个月'),
    ind('产出指标|质量指标|足额发放率|按标准足额发放的人数占比|=100%'),
    ind('产出指标|时效指标|按时完成率|每月10日前发放到位|=100%'),
    ind('产出指标|成本指标|人均标准|人均年发放标准0.5万元|≤0.5万元/人'),
    ind('效益指标|社会效益指标|队伍稳定率|年内在岗人员保持稳定的比例|≥95%'),
    ind('效益指标|可持续影响指标|激励机制持续实施年限|绩效奖励制度持续实施|≥3年'),
    ind('满意度指标|服务对象满意度指标|发放对象满意度|发放对象对发放工作的满意度|≥90%'),
  ],
});

export const renovationProject = makeProject({
  projectName: '老旧小区改造提升工程',
  code: '2025XX0001',
  budget: { total: '80.00', fiscal: '80.00', other: null },
  purpose: '主要用于：1.外墙保温改造45万元；2.雨污管网更换31.5万元；3.工程监理费3.5万元。',
  plan: { mar: 20, jun: 50, oct: 80, dec: 100 },
  goals: '1.完成3个老旧小区外墙保温及管网改造，惠及居民420户；2.改善居住环境，消除管网渗漏隐患。',
  indicators: [
    ind('产出指标|数量指标|改造小区数量|改造老旧小区3个|=3个'),
    ind('产出指标|数量指标|惠及居民户数|改造惠及居民420户|≥420户'),
    ind('产出指标|质量指标|工程验收合格率|竣工验收合格的工程占比|=100%', { basis: '行业标准' }),
    ind('产出指标|时效指标|完工时间|2025年10月底前完成全部改造|≤10月底'),
    ind('产出指标|成本指标|外墙保温改造成本|外墙保温改造费用45万元|≤45万元'),
    ind('产出指标|成本指标|管网更换成本|雨污管网更换费用|≤31.5万元'),
    ind('效益指标|社会效益指标|管网渗漏投诉下降率|较上年管网渗漏投诉下降比例|≥50%', { basis: '历史标准' }),
    ind('效益指标|可持续影响指标|设计使用年限|改造设施设计使用年限15年|≥15年', { basis: '行业标准' }),
    ind('满意度指标|服务对象满意度指标|居民满意度|受益居民对改造效果的满意度|≥90%'),
  ],
});

/** central-2021: 成本 is a 一级 with 经济/社会/生态环境成本 under it. */
export const itProject = makeProject({
  projectName: '政务信息系统运维',
  code: '2025XX0003',
  budget: { total: '20.00', fiscal: '18.00', other: '2.00' },
  purpose: '主要用于政务信息系统运维服务费18万元、网络线路租用费2万元。',
  plan: { mar: 25, jun: 50, oct: 75, dec: 100 },
  goals: '保障3个政务信息系统全年稳定运行，故障24小时内响应。',
  indicators: [
    ind('产出指标|数量指标|运维系统数量|运维政务信息系统3个|=3个'),
    ind('产出指标|质量指标|系统可用率|系统全年正常可用时间占比|≥99%', { basis: '行业标准' }),
    ind('产出指标|时效指标|系统故障响应时间|接到故障报告后24小时内响应|≤24小时', { basis: '行业标准' }),
    ind('成本指标|经济成本指标|系统运维费|系统运维服务费用|≤18万元'),
    ind('成本指标|社会成本指标|运维对群众办事的不利影响|运维期间造成的业务中断|无', { basis: '其他标准' }),
    ind('成本指标|生态环境成本指标|机房年耗电量|机房全年用电量|≤12000千瓦时', { basis: '历史标准' }),
    ind('效益指标|社会效益指标|业务中断次数|因系统故障造成的业务中断次数|≤1次', { basis: '历史标准' }),
    ind('满意度指标|服务对象满意度指标|使用人员满意度|系统使用人员的满意度|≥90%'),
  ],
});

export const department = makeDepartment({
  unitName: '某街道办事处',
  year: 2025,
  tasks: [
    {
      name: '人员保障',
      content: '保障在职人员工资福利发放',
      funding: { total: '100.00', fiscal: '100.00', other: null },
    },
    {
      name: '机关运转',
      content: '保障日常办公、水电、取暖等运转支出',
      funding: { total: '20.50', fiscal: '18.50', other: '2.00' },
    },
    {
      name: '社区服务',
      content: '开展社区便民服务活动12场',
      funding: { total: '30.00', fiscal: '30.00', other: null },
    },
  ],
  tasksTotal: { total: '150.50', fiscal: '148.50', other: '2.00' },
  goals:
    '目标1：保障25名在职人员工资按时足额发放；目标2：保障机关正常运转；目标3：全年开展社区便民服务活动12场。',
  indicators: [
    ind('产出指标|数量指标|保障在职人员数量||=25人'),
    ind('产出指标|数量指标|社区便民服务活动场次||≥12场'),
    ind('产出指标|质量指标|公用经费保障率||=100%'),
    ind('产出指标|时效指标|工资按时发放率||=100%'),
    ind('产出指标|时效指标|活动完成时间||≤11月底'),
    ind('产出指标|成本指标|人均运转成本||≤0.82万元/人'),
    ind('产出指标|成本指标|社区服务活动经费||≤30万元'),
    ind('效益指标|社会效益指标|居民活动参与人次||≥2000人次'),
    ind('效益指标|可持续影响指标|重大安全事故||无'),
    ind('满意度指标|服务对象满意度指标|辖区居民满意度||≥90%'),
  ],
});

export const selfEvaluation = makeSelfEval({
  projectName: '征收工作经费',
  funds: [
    {
      label: '年度资金总额',
      initial: '38.00',
      full: '38.00',
      spent: '27.75',
      weight: 10,
      rate: '73.03%',
      score: 7.3,
    },
    {
      label: '其中：当年财政拨款',
      initial: '38.00',
      full: '38.00',
      spent: '27.75',
      weight: null,
      rate: '',
      score: null,
    },
    { label: '上年结转资金', initial: null, full: null, spent: null, weight: null, rate: '', score: null },
    { label: '其他资金', initial: null, full: null, spent: null, weight: null, rate: '', score: null },
  ],
  goalsExpected: '年内完成项目前期私房摸底调查1434户。',
  goalsActual: '完成项目前期私房摸底调查1434户。',
  indicators: [
    makeSelfEvalIndicator({
      level1: '产出指标',
      level2: '数量指标',
      name: '项目前期私房摸底调查数量（户）',
      value: '1434',
      actual: '1434',
      weight: 20,
      score: 20,
    }),
    makeSelfEvalIndicator({
      level1: '产出指标',
      level2: '数量指标',
      name: '组织业务培训（场次/人数）',
      value: '1/160',
      actual: '1/178',
      weight: 10,
      score: 10,
    }),
    makeSelfEvalIndicator({
      level1: '产出指标',
      level2: '质量指标',
      name: '摸底调查完成合格率',
      value: '95%',
      actual: '100%',
      weight: 10,
      score: 10,
    }),
    makeSelfEvalIndicator({
      level1: '产出指标',
      level2: '成本指标',
      name: '征收工作经费（万元）',
      value: '≤38',
      actual: '27.75',
      weight: 10,
      score: 10,
    }),
    makeSelfEvalIndicator({
      level1: '效益指标',
      level2: '社会效益指标',
      name: '征收项目按计划启动率',
      value: '≥90%',
      actual: '100%',
      weight: 30,
      score: 30,
    }),
    makeSelfEvalIndicator({
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '被摸底调查对象满意度',
      value: '≥90%',
      actual: '95%',
      weight: 10,
      score: 10,
    }),
  ],
  totalWeight: 100,
  totalScore: 97.3,
});

/**
 * Clean projects that state counts with per-unit amounts, months and days, in values, descriptions and
 * the 资金用途 (the facts the multiplying and goal rules compare): every product fits its budget.
 */
export const factProjects = [
  makeProject({
    projectName: '困难群众生活补贴发放',
    budget: { total: '36.00', fiscal: '36.00', other: null },
    purpose: '为150名困难群众按每人每月200元标准发放生活补贴，全年发放12个月，共36万元。',
    plan: { mar: 25, jun: 50, oct: 83, dec: 100 },
    goals: '按月足额为150名困难群众发放生活补贴，保障基本生活。',
    indicators: [
      ind('产出指标|数量指标|补贴发放人数|为150名困难群众发放|≥150人'),
      ind('产出指标|数量指标|发放月数|全年按月发放|=12个月'),
      ind('产出指标|质量指标|补贴足额发放率|按标准足额发放的人数占比|=100%'),
      ind('产出指标|时效指标|每月按时发放率|每月10日前发放到位|=100%'),
      ind('产出指标|成本指标|补贴标准|每人每月200元|≤200元/人·月'),
      ind('效益指标|社会效益指标|困难群众基本生活保障率||=100%'),
      ind('满意度指标|服务对象满意度指标|补贴对象满意度||≥90%'),
    ],
  }),
  makeProject({
    projectName: '农村义务教育学生营养改善',
    budget: { total: '40.00', fiscal: '40.00', other: null },
    purpose: '按每生每天4元标准为500名学生提供营养餐，全年在校200天。',
    plan: { mar: 20, jun: 50, oct: 75, dec: 100 },
    goals: '为500名在校学生每天提供营养餐，改善营养状况。',
    indicators: [
      ind('产出指标|数量指标|受益学生人数||≥500人'),
      ind('产出指标|数量指标|供餐天数||=200天'),
      ind('产出指标|质量指标|食品安全抽检合格率||=100%'),
      ind('产出指标|时效指标|开学前供餐准备完成率|开学前完成供餐准备|=100%'),
      ind('产出指标|成本指标|每生每天补助标准||≤4元/生·天'),
      ind('效益指标|社会效益指标|学生营养不良率下降||≥5%'),
      ind('满意度指标|服务对象满意度指标|学生家长满意度||≥90%'),
    ],
  }),
  makeProject({
    projectName: '村组道路硬化工程',
    budget: { total: '500.00', fiscal: '500.00', other: null },
    purpose: '硬化村组道路2条共4公里，每公里补助120万元，监理等费用20万元。',
    plan: { mar: 10, jun: 40, oct: 90, dec: 100 },
    goals: '年内完成2条共4公里村组道路硬化，汛期前完成主体工程。',
    indicators: [
      ind('产出指标|数量指标|硬化道路条数||=2条'),
      ind('产出指标|数量指标|硬化道路长度||≥4公里'),
      ind('产出指标|质量指标|工程验收合格率||=100%'),
      ind('产出指标|时效指标|汛期前完工率|汛期前完成主体工程|=100%'),
      ind('产出指标|成本指标|道路硬化补助标准||≤120万元/公里'),
      ind('效益指标|社会效益指标|受益群众||≥1200人'),
      ind('效益指标|可持续影响指标|道路设计使用年限||≥15年'),
      ind('满意度指标|服务对象满意度指标|沿线群众满意度||≥90%'),
    ],
  }),
  makeProject({
    projectName: '社区图书室图书及执法车辆购置',
    budget: { total: '50.00', fiscal: '50.00', other: null },
    purpose: '主要用于：1.购置图书2000册20万元；2.购置执法车辆2辆30万元。',
    plan: { mar: 30, jun: 80, oct: 100, dec: 100 },
    goals: '年内购置图书2000册、执法车辆2辆。',
    indicators: [
      ind('产出指标|数量指标|购置图书册数||≥2000册'),
      ind('产出指标|数量指标|购置车辆数量||=2辆'),
      ind('产出指标|质量指标|验收合格率||=100%'),
      ind('产出指标|时效指标|采购完成时间||≤6月底'),
      ind('产出指标|成本指标|图书平均单价||≤100元/册'),
      ind('产出指标|成本指标|车辆单价||≤15万元/辆'),
      ind('效益指标|社会效益指标|年借阅人次||≥3000人次'),
      ind('满意度指标|服务对象满意度指标|读者满意度||≥90%'),
    ],
  }),
];

/** Every clean table as a valid case of a rule test. */
export const cleanCases = [
  { name: 'clean salary project (local)', document: doc([salaryProject]) },
  { name: 'clean renovation project (local)', document: doc([renovationProject]) },
  {
    name: 'clean IT project (central-2021)',
    document: doc([itProject], 'central-2021'),
    framework: 'central-2021' as const,
  },
  { name: 'clean department table', document: doc([department]) },
  {
    name: 'clean department table (central-2021)',
    document: doc([department], 'central-2021'),
    framework: 'central-2021' as const,
  },
  { name: 'clean self-evaluation', document: doc([selfEvaluation]) },
  { name: 'clean projects with counts, rates, months and days', document: doc(factProjects) },
  {
    name: 'all clean tables in one document',
    document: doc([department, salaryProject, renovationProject, selfEvaluation]),
  },
];
