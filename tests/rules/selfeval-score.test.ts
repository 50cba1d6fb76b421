import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JixiaoDocument } from '../../src/domain/document.js';
import { readTextDocument } from '../../src/import/text/index.js';
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
import { cleanCases } from '../support/tables/documents.js';

/** A self-evaluation that writes whole scores: 项目完工及时率 90% of ≥95% is 9.47 of 10, written 9. */
const wholeScores = (score9 = 9) => {
  const text = readFileSync(
    join(import.meta.dirname, '..', 'fixtures', 'layouts', 'self-evaluation-whole-scores.txt'),
    'utf8',
  )
    .replace('≥95%\t90%\t9\t', `≥95%\t90%\t${score9}\t`)
    .replace('97.75', String(97.75 - 9 + score9));
  return JixiaoDocument.parse(readTextDocument(Buffer.from(text), 'whole.txt').document);
};

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
    ...cleanCases,
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
    { name: 'a score rounded to the whole numbers the table writes (9 for 9.47)', document: wholeScores() },
  ],
  invalid: [
    {
      name: 'a whole score that is neither the rule’s rounded nor cut (8 for 9.47)',
      document: wholeScores(8),
      findings: [
        { messageId: 'notByRule', data: { name: '项目完工及时率', written: '8', expected: '9.47' } },
      ],
    },
    {
      name: 'kaifu: 总分 100, but 执行率 scored 7.3 of 10 → 97.3',
      document: kaifuDocument(),
      findings: [
        {
          severity: 'error',
          messageId: 'totalDiffers',
          data: { written: '100', sum: '97.3', execution: '7.3', indicators: '90' },
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
          messageId: 'notByRule',
          data: {
            name: '培训人数',
            written: '10',
            expected: '9.00',
            explain: '实际 180人 / 目标 200人 = 90.00%，得分 90.00% × 分值 10 = 9.00',
          },
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
      findings: [
        {
          messageId: 'notByRule',
          data: {
            name: '人均培训成本',
            written: '8',
            expected: '10.00',
            explain: '实际 400元/人 未超过目标 500元/人，得满分 10.00',
          },
        },
      ],
    },
    {
      name: 'a late deadline given full weight',
      document: withIndicator(3, { score: 10 }, { totalScore: 91.5 }),
      findings: [
        {
          messageId: 'notByRule',
          data: {
            name: '培训完成时间',
            written: '10',
            expected: '9.00',
            explain: '实际 11月底 晚于目标 ≤10月底，按月计超出 10.00%，得分 (1 − 10.00%) × 分值 10 = 9.00',
          },
          location: at('培训完成时间', 3),
        },
      ],
    },
    {
      name: 'a score above its weight',
      document: withIndicator(1, { score: 12 }, { totalScore: 92.5 }),
      findings: [
        {
          messageId: 'overWeight',
          data: { name: '培训期数', written: '12', weight: '10' },
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
          messageId: 'outsideBand',
          data: {
            name: '培训工作制度化',
            written: '13',
            grade: '部分达成并具有一定效果',
            min: '9.00',
            max: '12.00',
          },
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
      findings: [{ messageId: 'outsideBand', data: { min: '12.00', max: '15.00' } }],
    },
    {
      name: 'a score for a blank actual',
      document: withIndicator(2, { actual: '' }),
      findings: [{ messageId: 'scoredWithoutActual', data: { name: '培训考核合格率', written: '10' } }],
    },
    {
      name: 'a negative score',
      document: withIndicator(1, { score: -1 }, { totalScore: 79.5 }),
      findings: [{ messageId: 'negative', data: { name: '培训期数', written: '-1' } }],
    },
    {
      name: 'a wrong score and a total that follows it: both reported',
      document: withIndicator(0, { score: 10 }),
      // The engine lists table-level findings (the 总分) before indicator ones.
      findings: [
        { messageId: 'totalDiffers', data: { written: '90.5', sum: '91.5' } },
        { messageId: 'notByRule', data: { expected: '9.00' }, location: at('培训人数', 0) },
      ],
    },
    {
      name: 'whole-unit: a score above its 分值 (the 总分 follows it)',
      document: withDepartmentIndicator(3, { score: 31 }, { totalScore: 100.5 }),
      findings: [
        {
          location: { table: DEPARTMENT_LABEL, indicator: '市容环境达标率', field: '得分' },
          messageId: 'overWeight',
          data: { name: '市容环境达标率', written: '31', weight: '30' },
        },
      ],
    },
    {
      name: 'whole-unit: a 总分 that is not the sum',
      document: departmentDocument({ totalScore: 100 }),
      findings: [{ messageId: 'totalDiffers', data: { written: '100', sum: '97.83', execution: '9.5' } }],
    },
  ],
});
