/**
 * An internal salary project: 在职人员工资发放 for the 36 people of the department table's 人员保障
 * task, 310.50万元, no outside beneficiaries and so no 满意度. Used by the rule tests' clean
 * cases and the dup and relevance tests.
 */
import { makeProject } from '../../../src/domain/build.js';
import { ind } from './build.js';

export const salary = makeProject({
  code: '2025XX0004',
  projectName: '在职人员工资发放',
  category: 'salary-subsidy',
  budget: { total: '310.50', fiscal: '310.50', other: null },
  purpose: '主要用于在职人员基本工资、津贴补贴、绩效奖金及社保缴费。',
  plan: { mar: 25, jun: 50, oct: 83, dec: 100 },
  goals: '按月足额发放36名在职人员工资，保障队伍稳定。',
  indicators: [
    ind('产出指标|数量指标|发放人数|保障在职人员36人|=36人'),
    ind('产出指标|数量指标|发放月数|全年发放12个月|=12个月'),
    ind('产出指标|质量指标|工资足额发放率|足额发放的人数占比|=100%'),
    ind('产出指标|时效指标|按月发放及时率|按月按时发放的月数占比|=100%'),
    ind('产出指标|成本指标|人均工资成本|每人每年工资福利支出|≤8.63万元/人'),
    ind('效益指标|社会效益指标|保障单位正常运转|因工资发放问题影响工作的天数|=0天'),
  ],
});
