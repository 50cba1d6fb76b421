import type { JixiaoDocument } from '../../src/domain/document.js';
import { makeDepartment, makeDocument, makeIndicator, makeProject, makeSelfEval, makeSelfEvalIndicator } from '../../src/domain/build.js';

/** A document with all three kinds of table, merged 一级/二级 runs, prose and money to the cent. */
export function sampleDocument(): JixiaoDocument {
  return makeDocument({
    unit: { name: '某街道办事处', year: 2025, framework: 'local' },
    prose: [{ title: '一、部门预算情况说明', text: '本单位2025年部门预算收入合计86.00万元。\n其中财政拨款86.00万元。', before: 0 }],
    tables: [
      makeDepartment({
        unitName: '某街道办事处',
        year: 2025,
        tasks: [
          { name: '人员保障', content: '保障在职人员工资福利发放', funding: { total: '60.50', fiscal: '60.50', other: '0.00' } },
          { name: '社区服务', content: '开展社区服务活动；\n维护社区设施', funding: { total: '25.50', fiscal: '20.00', other: '5.50' } },
        ],
        tasksTotal: { total: '86.00', fiscal: '80.50', other: '5.50' },
        goals: '目标1：保障单位正常运转。\n目标2：提升社区服务水平。',
        indicators: [
          makeIndicator({ level1: '产出指标', level2: '数量指标', name: '保障人数', value: '=25人' }),
          makeIndicator({ level1: '产出指标', level2: '数量指标', name: '社区活动场次', value: '≥12场' }),
          makeIndicator({ level1: '产出指标', level2: '质量指标', name: '工资足额发放率', value: '=100%' }),
          makeIndicator({ level1: '产出指标', level2: '时效指标', name: '工资按月发放及时率', value: '=100%' }),
          makeIndicator({ level1: '产出指标', level2: '成本指标', name: '人均运转成本', value: '≤2.42万元/人' }),
          makeIndicator({ level1: '效益指标', level2: '社会效益指标', name: '社区服务覆盖率', value: '≥90%' }),
          makeIndicator({ level1: '满意度指标', level2: '服务对象满意度指标', name: '居民满意度', value: '≥90%' }),
        ],
      }),
      makeProject({
        code: '2025XX0001',
        projectName: '老旧小区改造提升工程',
        budget: { total: '80.00', fiscal: '80.00', other: null },
        purpose: '主要用于：1.外墙保温改造45万元；2.雨污管网更换35万元。',
        plan: { mar: 20, jun: 50, oct: 80, dec: 100 },
        goals: '1.完成3个老旧小区外墙保温及管网改造，惠及居民420户；\n2.改善居住环境，消除管网渗漏隐患。',
        indicators: [
          makeIndicator({ level1: '产出指标', level2: '数量指标', name: '改造小区数量', description: '改造老旧小区3个', value: '=3个', basis: '计划标准' }),
          makeIndicator({ level1: '产出指标', level2: '数量指标', name: '惠及居民户数', description: '改造惠及居民420户', value: '≥420户', basis: '计划标准' }),
          makeIndicator({ level1: '产出指标', level2: '质量指标', name: '工程验收合格率', description: '竣工验收合格的工程占比', value: '=100%', basis: '行业标准' }),
          makeIndicator({ level1: '产出指标', level2: '时效指标', name: '工程完工时间', description: '按合同工期完工', value: '≤10月底', basis: '计划标准' }),
          makeIndicator({ level1: '产出指标', level2: '成本指标', name: '外墙保温改造成本', description: '外墙保温改造费用', value: '≤45万元', basis: '计划标准' }),
          makeIndicator({ level1: '产出指标', level2: '成本指标', name: '管网更换成本', description: '雨污管网更换费用', value: '≤35万元', basis: '计划标准' }),
          makeIndicator({ level1: '效益指标', level2: '社会效益指标', name: '管网渗漏投诉下降率', description: '较上年管网渗漏投诉下降比例', value: '≥50%', basis: '历史标准' }),
          makeIndicator({ level1: '效益指标', level2: '可持续影响指标', name: '改造设施使用年限', description: '改造后设施正常使用年限', value: '≥15年', basis: '行业标准' }),
          makeIndicator({ level1: '满意度指标', level2: '服务对象满意度指标', name: '居民满意度', description: '受益居民对改造效果的满意度', value: '≥90%', basis: '计划标准' }),
        ],
      }),
      makeProject({
        code: '2025XX0002',
        projectName: '社区工作者业务培训',
        budget: { total: '6.00', fiscal: '6.00', other: null },
        purpose: '主要用于社区工作者业务培训的场地、教材及师资费用6万元。',
        plan: { mar: 30, jun: 60, oct: 90, dec: 100 },
        goals: '组织社区工作者业务培训4期，培训120人。',
        indicators: [
          makeIndicator({ level1: '产出指标', level2: '数量指标', name: '培训人数', description: '培训社区工作者120人', value: '≥120人', basis: '计划标准' }),
          makeIndicator({ level1: '产出指标', level2: '数量指标', name: '培训期数', description: '全年举办培训4期', value: '=4期', basis: '计划标准' }),
          makeIndicator({ level1: '产出指标', level2: '质量指标', name: '培训考核合格率', description: '考核合格人数占参训人数比例', value: '≥90%', basis: '历史标准' }),
          makeIndicator({ level1: '产出指标', level2: '时效指标', name: '培训按时完成率', description: '按计划时间完成的培训期数占比', value: '=100%', basis: '计划标准' }),
          makeIndicator({ level1: '产出指标', level2: '成本指标', name: '人均培训成本', description: '人均培训费用', value: '≤500元/人', basis: '计划标准' }),
          makeIndicator({ level1: '效益指标', level2: '社会效益指标', name: '参训人员业务能力提升率', description: '考核成绩较培训前提高的人员占比', value: '≥80%', basis: '计划标准' }),
          makeIndicator({ level1: '满意度指标', level2: '服务对象满意度指标', name: '参训人员满意度', description: '参训人员对培训的满意度', value: '≥90%', basis: '计划标准' }),
        ],
      }),
      makeSelfEval({
        projectName: '征收工作经费',
        department: '某区房屋征收办公室',
        implementer: '某区房屋征收办公室',
        funds: [
          { label: '年度资金总额', initial: '38.00', full: '38.00', spent: '27.75', weight: 10, rate: '73.03%', score: 7.3 },
          { label: '其中：当年财政拨款', initial: '38.00', full: '38.00', spent: '27.75', weight: null, rate: '', score: null },
          { label: '上年结转资金', initial: null, full: null, spent: null, weight: null, rate: '', score: null },
          { label: '其他资金', initial: null, full: null, spent: null, weight: null, rate: '', score: null },
        ],
        goalsExpected: '年内完成项目前期私房摸底调查1434户。',
        goalsActual: '年内完成项目前期私房摸底调查1434户。',
        indicators: [
          makeSelfEvalIndicator({ level1: '产出指标', level2: '数量指标', name: '摸底调查户数', value: '≥1434户', actual: '1434户', weight: 25, score: 25 }),
          makeSelfEvalIndicator({ level1: '产出指标', level2: '质量指标', name: '调查工作合格率', value: '≥95%', actual: '100%', weight: 15, score: 15 }),
          makeSelfEvalIndicator({ level1: '产出指标', level2: '时效指标', name: '调查完成及时率', value: '≥95%', actual: '100%', weight: 10, score: 10 }),
          makeSelfEvalIndicator({ level1: '效益指标', level2: '社会效益指标', name: '征收项目按期启动率', value: '≥90%', actual: '80%', weight: 30, score: 26.67, reason: '两个项目因手续未齐推迟启动，明年提前对接业主单位。' }),
          makeSelfEvalIndicator({ level1: '满意度指标', level2: '服务对象满意度指标', name: '被调查对象满意度', value: '≥90%', actual: '95%', weight: 10, score: 10 }),
        ],
        totalWeight: 100,
        totalScore: 93.97,
      }),
    ],
  });
}
