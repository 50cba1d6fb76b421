import { score } from '../../src/rules/selfeval/score.js';
import { parseValue } from '../../src/value/parse-value.js';
import { CLEAN_LABEL, cleanTable, selfEvalDocument, withIndicator } from '../selfeval/clean-fixture.js';
import {
  DEPARTMENT_LABEL,
  departmentDocument,
  withDepartmentIndicator,
} from '../selfeval/department-fixture.js';
import { KAIFU_LABEL, kaifuDocument } from '../selfeval/kaifu-fixture.js';
import { testRule } from '../support/rule-tester.js';

const at = (indicator: string, indicatorIndex: number) => ({
  table: CLEAN_LABEL,
  tableIndex: 0,
  section: '绩效指标',
  indicator,
  indicatorIndex,
  field: '得分',
});

testRule(score, {
  valid: [
    { name: 'a correct self-evaluation', document: selfEvalDocument(cleanTable()) },
    {
      name: 'kaifu with the correct total 97.3 (its blank target “无” is value/missing-target’s)',
      document: kaifuDocument({ totalScore: 97.3 }),
    },
    {
      name: 'a score within 0.01 of the rule (9.01 for 9)',
      document: withIndicator(0, { score: 9.01 }, { totalScore: 90.51 }),
    },
    {
      name: 'a qualitative score anywhere in its band (部分达成 9–12: 12)',
      document: withIndicator(6, { score: 12 }, { totalScore: 92 }),
    },
    {
      name: 'a qualitative actual different from the target, no grade: any score is accepted',
      document: withIndicator(6, { grade: undefined }),
    },
    {
      name: 'no 总分 written: only the indicators are checked',
      document: selfEvalDocument(cleanTable({ totalScore: null })),
    },
    { name: 'a unit that does not compare is not judged', document: withIndicator(0, { actual: '180户' }) },
    {
      name: 'a blank score is selfeval/blank-score’s',
      document: withIndicator(1, { score: null }, { totalScore: 80.5 }),
    },
    { name: 'a correct whole-unit self-evaluation', document: departmentDocument() },
  ],
  invalid: [
    {
      name: 'kaifu: 总分 100, but 执行率 scored 7.3 of 10 → 97.3',
      document: kaifuDocument(),
      findings: [
        {
          severity: 'error',
          message: ['总分写为 100', '各项得分合计为 97.3', '预算执行率 7.3', '绩效指标 90'],
          location: { table: KAIFU_LABEL, tableIndex: 0, section: '总分', field: '得分' },
          suggestion: '把总分改为 97.3，并按总分重新确定评价等级',
        },
      ],
    },
    {
      name: 'a positive indicator given full weight below its target (180 of ≥200人)',
      document: withIndicator(0, { score: 10 }, { totalScore: 91.5 }),
      findings: [
        {
          message: ['培训人数：得分写为 10', '应为 9.00', '实际 180人 / 目标 200人 = 90.00%'],
          location: at('培训人数', 0),
          suggestion: '把得分改为 9.00，并相应修改总分',
        },
      ],
    },
    {
      name: 'a cost ceiling written without a sign scored as if positive (500元/人 → 400元/人 given 8)',
      document: withIndicator(
        4,
        { value: parseValue('500元/人'), actual: '400元/人', score: 8, reason: '' },
        { totalScore: 89.5 },
      ),
      findings: [{ message: ['人均培训成本：得分写为 8', '应为 10.00', '未超过目标'] }],
    },
    {
      name: 'a late deadline given full weight',
      document: withIndicator(3, { score: 10 }, { totalScore: 91.5 }),
      findings: [
        { message: ['培训完成时间：得分写为 10', '应为 9.00', '晚于目标'], location: at('培训完成时间', 3) },
      ],
    },
    {
      name: 'a score above its weight',
      document: withIndicator(1, { score: 12 }, { totalScore: 92.5 }),
      findings: [
        {
          message: '培训期数：得分 12 超过分值 10',
          location: at('培训期数', 1),
          suggestion: '得分最多为分值 10',
        },
      ],
    },
    {
      name: 'a qualitative score outside its grade’s band (部分达成 9–12: 13)',
      document: withIndicator(6, { score: 13 }, { totalScore: 93 }),
      findings: [
        {
          message: ['培训工作制度化', '得分 13 不在“部分达成并具有一定效果”的分数段 9.00–12.00 内'],
          location: at('培训工作制度化', 6),
        },
      ],
    },
    {
      name: 'a qualitative actual equal to the target scored below the 达成 band',
      document: withIndicator(
        6,
        { actual: '形成长效培训机制', grade: undefined, score: 6 },
        { totalScore: 86 },
      ),
      findings: [{ message: '分数段 12.00–15.00' }],
    },
    {
      name: 'a score for a blank actual',
      document: withIndicator(2, { actual: '' }),
      findings: [{ message: '培训考核合格率：实际完成值为空，却得分 10' }],
    },
    {
      name: 'a negative score',
      document: withIndicator(1, { score: -1 }, { totalScore: 79.5 }),
      findings: [{ message: '培训期数：得分为 -1，不能为负数' }],
    },
    {
      name: 'a wrong score and a total that follows it: both reported',
      document: withIndicator(0, { score: 10 }),
      // The engine lists table-level findings (the 总分) before indicator ones.
      findings: [
        { message: ['总分写为 90.5', '各项得分合计为 91.5'] },
        { message: '应为 9.00', location: at('培训人数', 0) },
      ],
    },
    {
      name: 'whole-unit: a score above its 分值 (the 总分 follows it)',
      document: withDepartmentIndicator(3, { score: 31 }, { totalScore: 100.5 }),
      findings: [
        {
          location: { table: DEPARTMENT_LABEL, indicator: '市容环境达标率', field: '得分' },
          message: '市容环境达标率：得分 31 超过分值 30',
        },
      ],
    },
    {
      name: 'whole-unit: a 总分 that is not the sum',
      document: departmentDocument({ totalScore: 100 }),
      findings: [{ message: ['总分写为 100', '97.83', '预算执行率 9.5'] }],
    },
  ],
});
