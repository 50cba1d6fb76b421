import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile, type FileReport } from '../../src/commands/check.js';
import { EXAMPLES_DIR } from '../support/examples.js';

/** Every finding listed in the examples' README (tests/fixtures/examples), reported with the fitting rule id. */
const examples = EXAMPLES_DIR;

type Expectation = [rule: string, mustMention: string[]];
const EXPECTED: Record<string, Expectation[]> = {
  'korla-department-2021.txt': [
    ['sum/tasks-total', ['406.42', '406.92']],
    ['cost/not-money', ['各项业务经费支出不超支', '可控']],
    ['value/not-quantified', ['有效']],
    ['value/not-quantified', ['显著']],
    ['value/not-quantified', ['长期']],
    ['value/not-quantified', ['有效促进']],
  ],
  'bazhou-department-2022.txt': [
    ['value/rate-over-100', ['宣讲活动按时完成率']], // the README says 宣传…; the table itself says 宣讲活动按时完成率
    ['value/rate-over-100', ['资金发放及时率']],
    ['value/rate-over-100', ['公用经费支付及时率']],
    ['text/duplicated-passage', ['统筹城市规划管理']],
    ['structure/nonstandard-level', ['满意度指标', '服务对象满意度指标']],
    ['value/unit-mismatch', ['平方']],
    ['value/unit-mismatch', ['万']],
  ],
  'kaifu-self-evaluation-2022.txt': [
    ['selfeval/score', ['100', '97.3']],
    ['value/missing-target', ['提供法律意见']],
    ['structure/placeholder', ['……']],
    ['structure/placeholder', ['经济效益指标']],
  ],
  'example-street-office-projects-2025.txt': [
    ['sum/purpose-breakdown', ['78.5', '80']],
    ['value/description-mismatch', ['培训人数', '120', '210']],
    ['value/rate-over-100', ['培训按时完成率']],
    ['cost/not-money', ['预算执行率']],
    ['value/not-quantified', ['社区服务能力', '有效提升']],
  ],
};

/** A finding's searchable text: message, location and suggestion. */
function text(f: FileReport['findings'][number]): string {
  return [f.message, f.location.table, f.location.section, f.location.indicator, f.location.field, f.suggestion].join(' ');
}

describe('the README findings of the example tables', () => {
  for (const [file, expectations] of Object.entries(EXPECTED)) {
    describe(file, () => {
      let report: FileReport;
      it('reads completely', async () => {
        report = await checkFile(join(examples, file));
        expect(report.error).toBeUndefined();
        expect(report.findings.filter((f) => f.rule === 'import/unrecognised' || f.rule === 'schema/invalid')).toEqual([]);
      });
      for (const [rule, mustMention] of expectations) {
        it(`${rule}: ${mustMention.join(' / ')}`, async () => {
          report ??= await checkFile(join(examples, file));
          const hits = report.findings.filter((f) => f.rule === rule && mustMention.every((m) => text(f).includes(m)));
          expect(hits.length, JSON.stringify(report.findings.filter((f) => f.rule === rule).map(text), null, 1)).toBeGreaterThan(0);
        });
      }
    });
  }
});
