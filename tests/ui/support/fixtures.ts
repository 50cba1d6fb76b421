import { makeDepartment, makeDocument, makeIndicator, makeProject } from '../../../src/domain/build.js';
import type { JixiaoDocument } from '../../../src/domain/document.js';
import type { Draft, DraftAnswers } from '../../../src/store/drafts.js';

export const ANSWERS: DraftAnswers = {
  unit: { name: '青石街道办事处', year: 2025, framework: 'local', staff: 45 },
  tasks: [{ name: '人员保障', content: '保障工资福利', fiscal: 512.4, other: 0 }],
  projects: [
    {
      name: '老旧小区改造提升工程',
      code: '2025QS0001',
      fiscal: 80,
      other: 0,
      purpose: '主要用于：1.外墙保温改造45万元；2.雨污管网更换35万元。',
      plan: [20, 50, 80, 100],
      goals: '惠及居民420户',
    },
  ],
};

/** A small drafted document: the unit table and one project with a placeholder to fill. */
export function drafted(): JixiaoDocument {
  return makeDocument({
    unit: { name: '青石街道办事处', year: 2025, framework: 'local', staff: 45 },
    tables: [
      makeDepartment({
        unitName: '青石街道办事处',
        year: 2025,
        tasks: [
          {
            name: '人员保障',
            content: '保障工资福利',
            funding: { total: '512.40', fiscal: '512.40', other: '0.00' },
          },
        ],
        tasksTotal: { total: '512.40', fiscal: '512.40', other: '0.00' },
        goals: '目标1：保障在职人员工资福利。',
        indicators: [
          makeIndicator({ level1: '产出指标', level2: '数量指标', name: '保障在职人员数量', value: '=45人' }),
          makeIndicator({ level1: '产出指标', level2: '质量指标', name: '人员经费保障率', value: '=100%' }),
          makeIndicator({
            level1: '产出指标',
            level2: '成本指标',
            name: '人员保障支出',
            value: '≤512.4万元',
          }),
          makeIndicator({
            level1: '满意度指标',
            level2: '服务对象满意度指标',
            name: '职工满意度',
            value: '≥90%',
          }),
        ],
      }),
      makeProject({
        projectName: '老旧小区改造提升工程',
        code: '2025QS0001',
        category: 'construction',
        budget: { total: '80.00', fiscal: '80.00', other: '0.00' },
        purpose: '主要用于：1.外墙保温改造45万元；2.雨污管网更换35万元。',
        plan: { mar: 20, jun: 50, oct: 80, dec: 100 },
        goals: '完成老旧小区改造，惠及居民420户。',
        indicators: [
          makeIndicator({
            level1: '产出指标',
            level2: '数量指标',
            name: '惠及居民户数',
            description: '改造惠及居民420户',
            value: '≥420户',
            basis: '计划标准',
          }),
          makeIndicator({
            level1: '产出指标',
            level2: '质量指标',
            name: '工程验收合格率',
            description: '竣工验收合格的工程占比',
            value: '=100%',
            basis: '行业标准',
          }),
          makeIndicator({
            level1: '产出指标',
            level2: '时效指标',
            name: '工程按期完工率',
            description: '按合同工期完工的工程占比',
            value: '≥95%',
            basis: '计划标准',
          }),
          makeIndicator({
            level1: '产出指标',
            level2: '成本指标',
            name: '外墙保温改造成本',
            description: '外墙保温改造费用不超过45万元',
            value: '≤45万元',
            basis: '计划标准',
          }),
          makeIndicator({
            level1: '效益指标',
            level2: '社会效益指标',
            name: '管网渗漏投诉下降率',
            description: '改造后管网渗漏投诉下降',
            value: '≥（待填）%',
            basis: '计划标准',
            placeholder: true,
          }),
          makeIndicator({
            level1: '满意度指标',
            level2: '服务对象满意度指标',
            name: '受益居民满意度',
            description: '受益居民对改造的满意程度',
            value: '≥90%',
            basis: '行业标准',
          }),
        ],
      }),
    ],
  });
}

export function draftFile(fields: Partial<Draft> = {}): Draft {
  return {
    version: 1,
    id: 'd1',
    createdAt: '2025-03-05T06:00:00.000Z',
    updatedAt: '2025-03-05T06:00:00.000Z',
    stage: 'interview',
    origin: 'new',
    answers: ANSWERS,
    step: { section: 'summary' },
    reviewed: [],
    ...fields,
  };
}
