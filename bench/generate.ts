import { makeDocument, makeIndicator, makeProject } from '../src/domain/build.js';
import type { JixiaoDocument, ProjectTable } from '../src/domain/document.js';
import { fromYuan } from '../src/value/money.js';

/** A well-made project table (the kind a careful office hands in), varied by `i`. */
export function generatedProject(i: number): ProjectTable {
  const people = 40 + (i % 200);
  const budgetYuan = (20 + (i % 80)) * 10_000 + (i % 7) * 1_000;
  const budget = fromYuan(budgetYuan);
  const half = fromYuan(Math.round(budgetYuan / 2));
  const rest = fromYuan(budgetYuan - Math.round(budgetYuan / 2));
  const perHead = (budgetYuan / 10_000 / people).toFixed(2);
  return makeProject({
    id: `t${i + 2}`,
    code: `2025XX${String(i + 1).padStart(4, '0')}`,
    projectName: `第${i + 1}批社区工作者业务培训`,
    budget: { total: budget, fiscal: budget, other: null },
    purpose: `主要用于：1.培训场地及教材${half}万元；2.师资费用${rest}万元。`,
    plan: { mar: 20, jun: 50, oct: 80, dec: 100 },
    goals: `组织社区工作者业务培训${4 + (i % 3)}期，培训${people}人，提升社区服务能力。`,
    indicators: [
      makeIndicator({
        level1: '产出指标',
        level2: '数量指标',
        name: '培训人数',
        description: `培训社区工作者${people}人`,
        value: `≥${people}人`,
        basis: '计划标准',
      }),
      makeIndicator({
        level1: '产出指标',
        level2: '数量指标',
        name: '培训期数',
        description: `全年举办培训${4 + (i % 3)}期`,
        value: `=${4 + (i % 3)}期`,
        basis: '计划标准',
      }),
      makeIndicator({
        level1: '产出指标',
        level2: '质量指标',
        name: '培训考核合格率',
        description: '考核合格人数占参训人数比例',
        value: '≥90%',
        basis: '历史标准',
      }),
      makeIndicator({
        level1: '产出指标',
        level2: '时效指标',
        name: '培训按时完成率',
        description: '按计划时间完成的培训期数占比',
        value: '=100%',
        basis: '计划标准',
      }),
      makeIndicator({
        level1: '产出指标',
        level2: '成本指标',
        name: '人均培训成本',
        description: `每名参训人员培训成本不超过${perHead}万元`,
        value: `≤${perHead}万元/人`,
        basis: '计划标准',
      }),
      makeIndicator({
        level1: '效益指标',
        level2: '社会效益指标',
        name: '参训人员业务考核通过率提升',
        description: '参训人员年度业务考核通过率较上年提高',
        value: '≥5%',
        basis: '历史标准',
      }),
      makeIndicator({
        level1: '满意度指标',
        level2: '服务对象满意度指标',
        name: '参训人员满意度',
        description: '参训人员对培训的满意度',
        value: '≥90%',
        basis: '计划标准',
      }),
    ],
  });
}

/** A document of `projects` well-made project tables. */
export function generatedDocument(projects: number): JixiaoDocument {
  return makeDocument({
    unit: { name: '示例街道办事处', year: 2025, framework: 'local' },
    tables: Array.from({ length: projects }, (_, i) => generatedProject(i)),
  });
}
