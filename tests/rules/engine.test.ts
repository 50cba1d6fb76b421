import { describe, expect, it } from 'vitest';
import { makeDocument, makeIndicator, makeProject } from '../../src/domain/build.js';
import { checkDocument, countBySeverity } from '../../src/rules/engine.js';
import { indicatorLocation, indicators } from '../../src/rules/helpers.js';
import type { Rule } from '../../src/rules/types.js';

const project = makeProject({
  projectName: '图书购置',
  indicators: [
    makeIndicator({ level1: '产出指标', level2: '数量指标', name: '购置图书数量', value: '≥100册' }),
    makeIndicator({
      level1: '产出指标',
      level2: '质量指标',
      name: '验收合格率',
      value: '=100%',
      keptReason: '上级文件要求',
    }),
  ],
});
const document = makeDocument({
  unit: { name: '某街道办事处', year: 2025, framework: 'local' },
  tables: [project],
});

const flagEvery: Rule = {
  meta: { id: 'test/flag-every', description: '测试', severity: 'error', tags: [] },
  check: ({ document }) =>
    document.tables.flatMap((table, ti) =>
      table.indicators.flatMap((indicator, ii) => {
        const report = {
          message: `问题：${indicator.name}`,
          location: indicatorLocation(table, ti, indicator, ii),
        };
        return [report, report];
      }),
    ),
};
const crashing: Rule = {
  meta: { id: 'test/crash', description: '测试', severity: 'error', tags: [] },
  check: () => {
    throw new Error('boom');
  },
};

describe('checkDocument', () => {
  it('reports schema problems as schema/invalid and runs no rule', () => {
    const result = checkDocument({ unit: { name: 1 }, tables: 'x' }, { rules: [flagEvery] });
    expect(result.document).toBeNull();
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((f) => f.rule === 'schema/invalid' && f.severity === 'error')).toBe(true);
    expect(result.findings.map((f) => f.message).join()).toContain('unit.name');
  });

  it('turns a crashing rule into one finding and keeps the others', () => {
    const { findings } = checkDocument(document, { rules: [crashing, flagEvery] });
    expect(findings.filter((f) => f.rule === 'internal/rule-crashed')).toHaveLength(1);
    expect(findings.find((f) => f.rule === 'internal/rule-crashed')?.message).toContain('test/crash');
    expect(findings.filter((f) => f.rule === 'test/flag-every')).toHaveLength(2);
  });

  it('dedupes, sorts by table and indicator, and keeps errors with a reason as info', () => {
    const { findings } = checkDocument(document, { rules: [flagEvery] });
    expect(findings.map((f) => [f.location.indicatorIndex, f.severity])).toEqual([
      [0, 'error'],
      [1, 'info'],
    ]);
    expect(findings[0].kept).toBeUndefined();
    expect(findings[1].kept).toEqual({ reason: '上级文件要求' });
    expect(findings[1].message).toContain('上级文件要求');
    expect(countBySeverity(findings)).toEqual({ errors: 1, warnings: 0, infos: 1 });
  });

  it('rules that walk indicators() skip rejected suggestions', () => {
    const rejected = makeDocument({
      unit: document.unit,
      tables: [
        makeProject({
          projectName: 'x',
          indicators: [{ ...project.indicators[0], status: 'rejected' }, project.indicators[0]],
        }),
      ],
    });
    const visited = [...indicators(rejected)].map((v) => v.indicatorIndex);
    expect(visited).toEqual([1]);
  });
});
