import { describe, expect, it } from 'vitest';
import { makeDepartment, makeDocument, makeIndicator } from '../../src/domain/build.js';
import { checkDocument } from '../../src/rules/engine.js';

/**
 * A whole-unit table in a framework of its own (履职效能 / 管理效率 / 社会效应 as 一级): one notice that
 * the table is not checked against 产出—效益—满意度, instead of a warning per level and missing
 * categories that the framework never had. A table mixing standard and other 一级 is still checked.
 */
const table = (rows: Array<[string, string, string, string]>) =>
  makeDocument({
    unit: { name: '某市市场监督管理局', year: 2025, framework: 'local' },
    tables: [
      makeDepartment({
        unitName: '某市市场监督管理局',
        indicators: rows.map(([level1, level2, name, value]) =>
          makeIndicator({ level1, level2, name, value }),
        ),
      }),
    ],
  });

const structure = (document: ReturnType<typeof table>) =>
  checkDocument(document).findings.filter((f) => f.rule.startsWith('structure/'));

describe('a table in a framework of its own', () => {
  it('gets one notice and no warnings about its levels', () => {
    const findings = structure(
      table([
        ['履职效能', '重点工作履行情况', '食品抽检批次', '≥2000批次'],
        ['履职效能', '履职效益', '食品抽检合格率', '≥97%'],
        ['管理效率', '预算管理', '预算执行率', '≥95%'],
        ['社会效应', '满意度', '群众满意度', '≥85%'],
      ]),
    );
    expect(findings.map((f) => [f.rule, f.severity, f.messageId, f.data])).toEqual([
      ['structure/nonstandard-level', 'info', 'ownFramework', { names: '履职效能、管理效率、社会效应' }],
    ]);
  });

  it('is not assumed when one 一级 is a standard one: the other names are mistakes', () => {
    const findings = structure(
      table([
        ['产出指标', '数量指标', '食品抽检批次', '≥2000批次'],
        ['管理效率', '预算管理', '预算执行率', '≥95%'],
        ['社会效应', '满意度', '群众满意度', '≥85%'],
      ]),
    );
    expect(findings.filter((f) => f.messageId === 'ownFramework')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'structure/nonstandard-level').length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.rule === 'structure/missing-category').length).toBeGreaterThan(0);
  });
});
