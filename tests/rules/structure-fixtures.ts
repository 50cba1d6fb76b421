/**
 * Hand-made, well-made tables (the kind a careful office hands in) for the structure/, dup/,
 * relevance/ and text/ rule tests: each of these rules must report nothing on them.
 */
import {
  makeDepartment,
  makeDocument,
  makeIndicator,
  makeProject,
  makeSelfEval,
  makeSelfEvalIndicator,
} from '../../src/domain/build.js';
import type { Framework, JixiaoDocument, Table } from '../../src/domain/document.js';

const ind = makeIndicator;

export function doc(tables: Table[], framework: Framework = 'local', year = 2025): JixiaoDocument {
  return makeDocument({ unit: { name: '示例街道办事处', year, framework }, tables });
}

export const renovation = makeProject({
  code: '2025010001',
  projectName: '老旧小区改造提升工程',
  budget: { total: '80.00', fiscal: '80.00', other: null },
  purpose: '主要用于：1.外墙保温改造45万元；2.雨污管网更换30万元；3.工程监理费5万元。',
  plan: { mar: 20, jun: 50, oct: 80, dec: 100 },
  goals:
    '1.2025年10月底前完成3个老旧小区外墙保温及管网改造，惠及居民420户；\n2.改善居住环境，消除管网渗漏隐患。',
  indicators: [
    ind({
      level1: '产出指标',
      level2: '数量指标',
      name: '改造小区数量',
      description: '改造老旧小区3个',
      value: '=3个',
      basis: '计划标准',
    }),
    ind({
      level1: '产出指标',
      level2: '数量指标',
      name: '更换雨污管网长度',
      description: '更换雨污管网2.4公里',
      value: '≥2.4公里',
      basis: '计划标准',
    }),
    ind({
      level1: '产出指标',
      level2: '质量指标',
      name: '工程验收合格率',
      description: '竣工验收合格的工程占比',
      value: '=100%',
      basis: '行业标准',
    }),
    ind({
      level1: '产出指标',
      level2: '时效指标',
      name: '工程按期完工率',
      description: '按合同工期完工的工程占比',
      value: '=100%',
      basis: '计划标准',
    }),
    ind({
      level1: '产出指标',
      level2: '时效指标',
      name: '完工时间',
      description: '全部工程完工的时间',
      value: '≤10月底',
      basis: '计划标准',
    }),
    ind({
      level1: '产出指标',
      level2: '成本指标',
      name: '外墙保温改造成本',
      description: '外墙保温改造费用',
      value: '≤45万元',
      basis: '计划标准',
    }),
    ind({
      level1: '产出指标',
      level2: '成本指标',
      name: '管网更换成本',
      description: '雨污管网更换费用',
      value: '≤30万元',
      basis: '计划标准',
    }),
    ind({
      level1: '效益指标',
      level2: '社会效益指标',
      name: '受益居民户数',
      description: '改造惠及的居民户数',
      value: '≥420户',
      basis: '计划标准',
    }),
    ind({
      level1: '效益指标',
      level2: '可持续影响指标',
      name: '改造设施使用年限',
      description: '改造后设施正常使用年限',
      value: '≥15年',
      basis: '行业标准',
    }),
    ind({
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '居民满意度',
      description: '受益居民对改造效果的满意度',
      value: '≥90%',
      basis: '计划标准',
    }),
  ],
});

export const training = makeProject({
  code: '2025010002',
  projectName: '社区工作者业务培训',
  budget: { total: '6.00', fiscal: '6.00', other: null },
  purpose: '主要用于社区工作者业务培训的场地、教材及师资费用。',
  plan: { mar: 30, jun: 60, oct: 90, dec: 100 },
  goals: '组织社区工作者业务培训4期，培训120人，参训人员考核合格率达到90%以上。',
  indicators: [
    ind({
      level1: '产出指标',
      level2: '数量指标',
      name: '培训人数',
      description: '培训社区工作者120人',
      value: '≥120人',
      basis: '计划标准',
    }),
    ind({
      level1: '产出指标',
      level2: '数量指标',
      name: '培训期数',
      description: '全年举办培训4期',
      value: '=4期',
      basis: '计划标准',
    }),
    ind({
      level1: '产出指标',
      level2: '质量指标',
      name: '培训考核合格率',
      description: '考核合格人数占参训人数比例',
      value: '≥90%',
      basis: '历史标准',
    }),
    ind({
      level1: '产出指标',
      level2: '时效指标',
      name: '培训按时完成率',
      description: '按计划时间完成的培训期数占比',
      value: '=100%',
      basis: '计划标准',
    }),
    ind({
      level1: '产出指标',
      level2: '成本指标',
      name: '人均培训成本',
      description: '每名参训人员的培训费用',
      value: '≤500元/人',
      basis: '计划标准',
    }),
    ind({
      level1: '效益指标',
      level2: '社会效益指标',
      name: '参训人员持证上岗率',
      description: '参训后取得上岗证书的人员占比',
      value: '≥85%',
      basis: '历史标准',
    }),
    ind({
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '参训人员满意度',
      description: '参训人员对培训的满意度',
      value: '≥90%',
      basis: '计划标准',
    }),
  ],
});

/** Central-2021 framework: 成本指标 is a 一级. */
export const books = makeProject({
  code: '2025010003',
  projectName: '社区图书室图书购置',
  category: 'equipment',
  budget: { total: '12.00', fiscal: '12.00', other: null },
  purpose: '主要用于：1.购置图书2000册9万元；2.购置书架及阅览桌椅3万元。',
  plan: { mar: 0, jun: 60, oct: 100, dec: 100 },
  goals: '为社区图书室购置图书2000册、书架20组，年内完成采购验收并上架开放。',
  indicators: [
    ind({
      level1: '产出指标',
      level2: '数量指标',
      name: '购置图书数量',
      description: '购置各类图书2000册',
      value: '≥2000册',
      basis: '计划标准',
    }),
    ind({
      level1: '产出指标',
      level2: '数量指标',
      name: '购置书架数量',
      description: '购置书架20组',
      value: '=20组',
      basis: '计划标准',
    }),
    ind({
      level1: '产出指标',
      level2: '质量指标',
      name: '图书验收合格率',
      description: '验收合格的图书占比',
      value: '=100%',
      basis: '行业标准',
    }),
    ind({
      level1: '产出指标',
      level2: '时效指标',
      name: '采购完成时间',
      description: '图书及书架采购验收完成时间',
      value: '≤6月底',
      basis: '计划标准',
    }),
    ind({
      level1: '成本指标',
      level2: '经济成本指标',
      name: '图书购置费用',
      description: '购置图书的费用',
      value: '≤9万元',
      basis: '计划标准',
    }),
    ind({
      level1: '成本指标',
      level2: '经济成本指标',
      name: '书架桌椅购置费用',
      description: '购置书架及阅览桌椅的费用',
      value: '≤3万元',
      basis: '计划标准',
    }),
    ind({
      level1: '效益指标',
      level2: '社会效益指标',
      name: '图书年借阅人次',
      description: '图书室全年借阅人次',
      value: '≥3000人次',
      basis: '历史标准',
    }),
    ind({
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '读者满意度',
      description: '借阅居民对图书室的满意度',
      value: '≥90%',
      basis: '计划标准',
    }),
  ],
});

/** Internal project: no outside beneficiaries, no 满意度 required. */
export const salaries = makeProject({
  code: '2025010004',
  projectName: '在职人员工资发放',
  category: 'salary-subsidy',
  budget: { total: '310.50', fiscal: '310.50', other: null },
  purpose: '主要用于在职人员基本工资、津贴补贴、绩效奖金及社保缴费。',
  plan: { mar: 25, jun: 50, oct: 83, dec: 100 },
  goals: '按月足额发放36名在职人员工资，保障队伍稳定。',
  indicators: [
    ind({
      level1: '产出指标',
      level2: '数量指标',
      name: '发放人数',
      description: '保障在职人员36人',
      value: '=36人',
      basis: '计划标准',
    }),
    ind({
      level1: '产出指标',
      level2: '数量指标',
      name: '发放月数',
      description: '全年发放12个月',
      value: '=12个月',
      basis: '计划标准',
    }),
    ind({
      level1: '产出指标',
      level2: '质量指标',
      name: '工资足额发放率',
      description: '足额发放的人数占比',
      value: '=100%',
      basis: '计划标准',
    }),
    ind({
      level1: '产出指标',
      level2: '时效指标',
      name: '按月发放及时率',
      description: '按月按时发放的月数占比',
      value: '=100%',
      basis: '计划标准',
    }),
    ind({
      level1: '产出指标',
      level2: '成本指标',
      name: '人均工资成本',
      description: '每人每年工资福利支出',
      value: '≤8.63万元/人',
      basis: '计划标准',
    }),
    ind({
      level1: '效益指标',
      level2: '社会效益指标',
      name: '保障单位正常运转',
      description: '因工资发放问题影响工作的天数',
      value: '=0天',
      basis: '计划标准',
    }),
  ],
});

/** Central-2021, an environment project. */
export const garbage = makeProject({
  code: '2025010005',
  projectName: '辖区生活垃圾清运',
  budget: { total: '45.00', fiscal: '45.00', other: null },
  purpose: '主要用于辖区生活垃圾清运车辆租赁及清运人员劳务费用。',
  plan: { mar: 25, jun: 50, oct: 83, dec: 100 },
  goals: '全年清运辖区生活垃圾9000吨，做到日产日清，垃圾无害化处理率达到100%。',
  indicators: [
    ind({
      level1: '产出指标',
      level2: '数量指标',
      name: '垃圾清运量',
      description: '全年清运生活垃圾9000吨',
      value: '≥9000吨',
      basis: '历史标准',
    }),
    ind({
      level1: '产出指标',
      level2: '质量指标',
      name: '垃圾无害化处理率',
      description: '无害化处理的垃圾占清运量比例',
      value: '=100%',
      basis: '行业标准',
    }),
    ind({
      level1: '产出指标',
      level2: '时效指标',
      name: '垃圾日产日清率',
      description: '当日产生当日清运的天数占比',
      value: '≥98%',
      basis: '行业标准',
    }),
    ind({
      level1: '成本指标',
      level2: '经济成本指标',
      name: '每吨清运成本',
      description: '每吨垃圾的清运费用',
      value: '≤50元/吨',
      basis: '行业标准',
    }),
    ind({
      level1: '效益指标',
      level2: '生态效益指标',
      name: '垃圾暴露点数量',
      description: '辖区垃圾暴露点数量',
      value: '≤2处',
      basis: '历史标准',
    }),
    ind({
      level1: '效益指标',
      level2: '社会效益指标',
      name: '环境卫生投诉件数',
      description: '群众对垃圾清运的投诉件数',
      value: '≤10件',
      basis: '历史标准',
    }),
    ind({
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '周边群众满意度',
      description: '辖区群众对环境卫生的满意度',
      value: '≥90%',
      basis: '计划标准',
    }),
  ],
});

/** A whole-unit table: many tasks, indicators of different tasks, some sharing words. */
export const department = makeDepartment({
  unitName: '示例街道办事处',
  year: 2025,
  tasks: [
    {
      name: '人员保障',
      content: '保障在职人员36人工资福利及社保缴费按时足额发放。',
      funding: { total: '310.50', fiscal: '310.50', other: null },
    },
    {
      name: '机关运转',
      content: '保障办公、水电、取暖、公务用车等日常运转支出。',
      funding: { total: '42.00', fiscal: '42.00', other: null },
    },
    {
      name: '老旧小区改造',
      content: '完成3个老旧小区外墙保温及雨污管网改造，惠及居民420户。',
      funding: { total: '80.00', fiscal: '80.00', other: null },
    },
    {
      name: '环境卫生',
      content: '辖区生活垃圾清运9000吨，做到日产日清。',
      funding: { total: '45.00', fiscal: '45.00', other: null },
    },
  ],
  tasksTotal: { total: '477.50', fiscal: '477.50', other: null },
  goals:
    '目标1：保障机关正常运转和人员工资按时足额发放。\n目标2：完成3个老旧小区改造，改善居民居住环境。\n目标3：辖区生活垃圾日产日清，无害化处理率达到100%。',
  indicators: [
    ind({ level1: '产出指标', level2: '数量指标', name: '保障在职人员数', value: '=36人' }),
    ind({ level1: '产出指标', level2: '数量指标', name: '改造老旧小区数量', value: '=3个' }),
    ind({ level1: '产出指标', level2: '数量指标', name: '生活垃圾清运量', value: '≥9000吨' }),
    ind({ level1: '产出指标', level2: '质量指标', name: '工资足额发放率', value: '=100%' }),
    ind({ level1: '产出指标', level2: '质量指标', name: '改造工程验收合格率', value: '=100%' }),
    ind({ level1: '产出指标', level2: '质量指标', name: '垃圾无害化处理率', value: '=100%' }),
    ind({ level1: '产出指标', level2: '时效指标', name: '工资按月发放及时率', value: '=100%' }),
    ind({ level1: '产出指标', level2: '时效指标', name: '改造工程按期完工率', value: '=100%' }),
    ind({ level1: '产出指标', level2: '时效指标', name: '垃圾日产日清率', value: '≥98%' }),
    ind({ level1: '产出指标', level2: '成本指标', name: '人均公用经费', value: '≤1.17万元/人' }),
    ind({ level1: '产出指标', level2: '成本指标', name: '改造工程成本', value: '≤80万元' }),
    ind({ level1: '效益指标', level2: '社会效益指标', name: '改造受益居民户数', value: '≥420户' }),
    ind({ level1: '效益指标', level2: '生态效益指标', name: '垃圾暴露点数量', value: '≤2处' }),
    ind({ level1: '效益指标', level2: '可持续影响指标', name: '改造设施使用年限', value: '≥15年' }),
    ind({ level1: '满意度指标', level2: '服务对象满意度指标', name: '辖区居民满意度', value: '≥90%' }),
  ],
});

/** A self-evaluation of the training project after the year (2024). */
export const selfEvaluation = makeSelfEval({
  projectName: '社区工作者业务培训',
  funds: [
    {
      label: '年度资金总额',
      initial: '6.00',
      full: '6.00',
      spent: '5.70',
      weight: 10,
      rate: '95.00%',
      score: 9.5,
    },
  ],
  goalsExpected: '组织社区工作者业务培训4期，培训120人，参训人员考核合格率达到90%以上。',
  goalsActual: '全年举办培训4期，培训社区工作者126人，考核合格率94%。',
  indicators: [
    makeSelfEvalIndicator({
      level1: '产出指标（50分）',
      level2: '数量指标',
      name: '培训人数',
      value: '≥120人',
      actual: '126人',
      weight: 20,
      score: 20,
    }),
    makeSelfEvalIndicator({
      level1: '产出指标（50分）',
      level2: '质量指标',
      name: '培训考核合格率',
      value: '≥90%',
      actual: '94%',
      weight: 15,
      score: 15,
    }),
    makeSelfEvalIndicator({
      level1: '产出指标（50分）',
      level2: '时效指标',
      name: '培训按时完成率',
      value: '=100%',
      actual: '100%',
      weight: 15,
      score: 15,
    }),
    makeSelfEvalIndicator({
      level1: '效益指标（30分）',
      level2: '社会效益指标',
      name: '参训人员持证上岗率',
      value: '≥85%',
      actual: '88%',
      weight: 30,
      score: 30,
    }),
    makeSelfEvalIndicator({
      level1: '满意度指标（10分）',
      level2: '服务对象满意度指标',
      name: '参训人员满意度',
      value: '≥90%',
      actual: '95%',
      weight: 10,
      score: 10,
    }),
  ],
  totalWeight: 100,
  totalScore: 99.5,
});

/** Every clean document: each project alone and all together, both frameworks where they fit. */
export const CLEAN_DOCUMENTS: Array<{ name: string; document: JixiaoDocument; framework?: Framework }> = [
  { name: 'construction project (local)', document: doc([renovation]) },
  { name: 'training project (local)', document: doc([training]) },
  {
    name: 'purchase project (central-2021)',
    document: doc([books], 'central-2021'),
    framework: 'central-2021',
  },
  { name: 'internal salary project (local)', document: doc([salaries]) },
  {
    name: 'environment project (central-2021)',
    document: doc([garbage], 'central-2021'),
    framework: 'central-2021',
  },
  { name: 'department table with many tasks (local)', document: doc([department]) },
  {
    name: 'a whole local document: department and its projects',
    document: doc([department, renovation, training, salaries]),
  },
  { name: 'self-evaluation (local)', document: doc([selfEvaluation], 'local', 2024) },
];
