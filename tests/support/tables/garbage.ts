/**
 * An environment project in the central-2021 framework: 辖区生活垃圾清运, a per-ton cost under the
 * 成本指标 一级 and a 生态效益指标. The department table's 环境卫生 task. Used by the rule tests' clean
 * cases and the dup and relevance tests.
 */
import { makeProject } from '../../../src/domain/build.js';
import { ind } from './build.js';

export const garbage = makeProject({
  code: '2025XX0005',
  projectName: '辖区生活垃圾清运',
  budget: { total: '45.00', fiscal: '45.00', other: null },
  purpose: '主要用于辖区生活垃圾清运车辆租赁及清运人员劳务费用。',
  plan: { mar: 25, jun: 50, oct: 83, dec: 100 },
  goals: '全年清运辖区生活垃圾9000吨，做到日产日清，垃圾无害化处理率达到100%。',
  indicators: [
    ind('产出指标|数量指标|垃圾清运量|全年清运生活垃圾9000吨|≥9000吨|历史标准'),
    ind('产出指标|质量指标|垃圾无害化处理率|无害化处理的垃圾占清运量比例|=100%|行业标准'),
    ind('产出指标|时效指标|垃圾日产日清率|当日产生当日清运的天数占比|≥98%|行业标准'),
    ind('成本指标|经济成本指标|每吨清运成本|每吨垃圾的清运费用|≤50元/吨|行业标准'),
    ind('效益指标|生态效益指标|垃圾暴露点数量|辖区垃圾暴露点数量|≤2处|历史标准'),
    ind('效益指标|社会效益指标|环境卫生投诉件数|群众对垃圾清运的投诉件数|≤10件|历史标准'),
    ind('满意度指标|服务对象满意度指标|周边群众满意度|辖区群众对环境卫生的满意度|≥90%'),
  ],
});
