import { describe, expect, it } from 'vitest';
import type { SelfEvalTable } from '../../src/domain/document.js';
import { loadDocumentFile } from '../../src/import/index.js';
import { checkDocument } from '../../src/rules/engine.js';
import { selfevalRules } from '../../src/rules/selfeval/index.js';
import { explainSelfEval, scoreSelfEvalTable } from '../../src/selfeval/index.js';
import { KAIFU_LABEL, kaifuDocument, kaifuTable } from './kaifu-fixture.js';
import { exampleFile } from '../support/examples.js';

const KAIFU_FILE = exampleFile('kaifu-self-evaluation-2022.txt');
const selfevalFindings = (input: unknown) => checkDocument(input, { rules: selfevalRules }).findings;

describe('kaifu self-evaluation 2022 (built by hand as published)', () => {
  it('scores 97.3, not the 100 written: 7.3 for 27.75 / 38 executed + 90', () => {
    const result = scoreSelfEvalTable(kaifuTable(), { year: 2022 });
    expect(result.table.funds[0]).toMatchObject({ rate: '73.03%', score: 7.3 });
    expect(result.table).toMatchObject({ totalWeight: 100, totalScore: 97.3, grade: '优' });
    // The one row that cannot be scored is the target “无” (value/missing-target reports it).
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain('年度指标值为空（“无”）');
    expect(result.warnings).toEqual([]);
  });

  it('the selfeval rules report exactly the wrong total, naming both numbers', () => {
    expect(selfevalFindings(kaifuDocument())).toEqual([
      {
        rule: 'selfeval/score',
        severity: 'error',
        messageId: 'totalDiffers',
        data: { written: '100', sum: '97.3', execution: '7.3', indicators: '90' },
        message: '总分写为 100，各项得分合计为 97.3（预算执行率 7.3 + 绩效指标 90）',
        location: { table: KAIFU_LABEL, tableIndex: 0, section: '总分', field: '得分' },
        suggestion: '把总分改为 97.3，并按总分重新确定评价等级',
      },
    ]);
    expect(selfevalFindings(kaifuDocument({ totalScore: 97.3 }))).toEqual([]);
  });

  it('explains the execution rate as the platform computes it', () => {
    expect(explainSelfEval(kaifuTable())[0].text).toMatch(/^实际 27\.75 \/ 预算 38 = 73\.03%，得分 7\.30/);
  });
});

describe('kaifu self-evaluation 2022 read from the text file', () => {
  it('finds the 97.3 and nothing else among the selfeval rules', async () => {
    const { input } = await loadDocumentFile(KAIFU_FILE);
    const table = (input as { tables: SelfEvalTable[] }).tables.find((t) => t.kind === 'self-evaluation');
    expect(table?.totalScore).toBe(100);
    const findings = selfevalFindings(input);
    expect(findings.map((f) => [f.rule, f.message])).toEqual([
      ['selfeval/score', '总分写为 100，各项得分合计为 97.3（预算执行率 7.3 + 绩效指标 90）'],
    ]);
  });
});
