/**
 * Projects that state counts with per-unit amounts, months and days, in values, descriptions and the
 * 资金用途 (the facts the multiplying and goal rules compare), every product within its budget: a
 * subsidy per person and month, meals per pupil and day, road per kilometre, books and cars per piece.
 * Used by the rule tests' clean cases.
 */
import { makeProject } from '../../../src/domain/build.js';
import { ind } from './build.js';

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
