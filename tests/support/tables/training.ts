/**
 * A training project: 社区工作者业务培训, 6万元, counts of people and sessions, a per-person cost and no
 * spending items in its 资金用途. Used by the rule tests' clean cases, sum/prose-total, the
 * structure, dup and relevance tests and the sample document.
 */
import { makeProject } from '../../../src/domain/build.js';
import { ind } from './build.js';

export const training = makeProject({
  code: '2025XX0002',
  projectName: '社区工作者业务培训',
  budget: { total: '6.00', fiscal: '6.00', other: null },
  purpose: '主要用于社区工作者业务培训的场地、教材及师资费用。',
  plan: { mar: 30, jun: 60, oct: 90, dec: 100 },
  goals: '组织社区工作者业务培训4期，培训120人，参训人员考核合格率达到90%以上。',
  indicators: [
    ind('产出指标|数量指标|培训人数|培训社区工作者120人|≥120人'),
    ind('产出指标|数量指标|培训期数|全年举办培训4期|=4期'),
    ind('产出指标|质量指标|培训考核合格率|考核合格人数占参训人数比例|≥90%|历史标准'),
    ind('产出指标|时效指标|培训按时完成率|按计划时间完成的培训期数占比|=100%'),
    ind('产出指标|成本指标|人均培训成本|每名参训人员的培训费用|≤500元/人'),
    ind('效益指标|社会效益指标|参训人员持证上岗率|参训后取得上岗证书的人员占比|≥85%|历史标准'),
    ind('满意度指标|服务对象满意度指标|参训人员满意度|参训人员对培训的满意度|≥90%'),
  ],
});
