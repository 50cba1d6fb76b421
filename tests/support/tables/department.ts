/**
 * A whole-unit (部门整体) table: four tasks whose money adds up to 合计 (one task partly from 其他资金),
 * indicators of different tasks, some sharing words. Its tasks are the salary, renovation and garbage
 * projects of this folder. Used by the rule tests' clean cases, sum/prose-total, the dup and
 * relevance tests and the sample document.
 */
import { makeDepartment } from '../../../src/domain/build.js';
import { ind, unit } from './build.js';

/** A department table has no 指标值设定依据 column. */
const row = (spec: string) => ind(spec, { basis: '' });

export const department = makeDepartment({
  unitName: unit.name,
  year: unit.year,
  tasks: [
    {
      name: '人员保障',
      content: '保障在职人员36人工资福利及社保缴费按时足额发放。',
      funding: { total: '310.50', fiscal: '310.50', other: null },
    },
    {
      name: '机关运转',
      content: '保障办公、水电、取暖、公务用车等日常运转支出。',
      funding: { total: '42.00', fiscal: '40.00', other: '2.00' },
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
  tasksTotal: { total: '477.50', fiscal: '475.50', other: '2.00' },
  goals: [
    '目标1：保障机关正常运转和人员工资按时足额发放。',
    '目标2：完成3个老旧小区改造，改善居民居住环境。',
    '目标3：辖区生活垃圾日产日清，无害化处理率达到100%。',
  ].join('\n'),
  indicators: [
    row('产出指标|数量指标|保障在职人员数||=36人'),
    row('产出指标|数量指标|改造老旧小区数量||=3个'),
    row('产出指标|数量指标|生活垃圾清运量||≥9000吨'),
    row('产出指标|质量指标|工资足额发放率||=100%'),
    row('产出指标|质量指标|改造工程验收合格率||=100%'),
    row('产出指标|质量指标|垃圾无害化处理率||=100%'),
    row('产出指标|时效指标|工资按月发放及时率||=100%'),
    row('产出指标|时效指标|改造工程按期完工率||=100%'),
    row('产出指标|时效指标|垃圾日产日清率||≥98%'),
    row('产出指标|成本指标|人均公用经费||≤1.17万元/人'),
    row('产出指标|成本指标|改造工程成本||≤80万元'),
    row('效益指标|社会效益指标|改造受益居民户数||≥420户'),
    row('效益指标|生态效益指标|垃圾暴露点数量||≤2处'),
    row('效益指标|可持续影响指标|改造设施使用年限||≥15年'),
    row('满意度指标|服务对象满意度指标|辖区居民满意度||≥90%'),
  ],
});
