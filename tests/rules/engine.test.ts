import { describe, expect, it } from 'vitest';
import { makeDocument, makeIndicator, makeProject } from '../../src/domain/build.js';
import { checkDocument, countBySeverity } from '../../src/rules/engine.js';
import { indicatorLocation, indicators } from '../../src/rules/helpers.js';
import { Finding } from '../../src/domain/finding.js';
import type { Report, Rule } from '../../src/rules/types.js';

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
  meta: {
    id: 'test/flag-every',
    description: '测试',
    severity: 'error',
    tags: [],
    messages: { problem: '问题：{{name}}' },
  },
  check: ({ document }) =>
    document.tables.flatMap((table, ti) =>
      table.indicators.flatMap((indicator, ii) => {
        const report = {
          messageId: 'problem',
          data: { name: indicator.name },
          location: indicatorLocation(table, ti, indicator, ii),
        };
        return [report, report];
      }),
    ),
};
const crashing: Rule = {
  meta: { id: 'test/crash', description: '测试', severity: 'error', tags: [], messages: {} },
  check: () => {
    throw new Error('boom');
  },
};

/** A rule whose first report is well formed and whose second is `broken`. */
const reporting = (broken: Pick<Report, 'messageId' | 'data'>): Rule => ({
  meta: { ...flagEvery.meta, id: 'test/broken' },
  check: () => [
    { messageId: 'problem', data: { name: '甲' }, location: { table: 't' } },
    { ...broken, location: { table: 't' } },
  ],
});

describe('checkDocument', () => {
  it('reports schema problems as schema/invalid and runs no rule', () => {
    const result = checkDocument({ unit: { name: 1 }, tables: 'x' }, { rules: [flagEvery] });
    expect(result.document).toBeNull();
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((f) => f.rule === 'schema/invalid' && f.severity === 'error')).toBe(true);
    expect(result.findings.map((f) => f.data?.path)).toContain('unit.name');
    expect(result.findings[0].messageId).toBe('invalid');
  });

  it('turns a crashing rule into one finding and keeps the others', () => {
    const { findings } = checkDocument(document, { rules: [crashing, flagEvery] });
    expect(findings.filter((f) => f.rule === 'internal/rule-crashed')).toHaveLength(1);
    expect(findings.find((f) => f.rule === 'internal/rule-crashed')).toMatchObject({
      messageId: 'crashed',
      data: { rule: 'test/crash', error: 'boom' },
      message: '检查规则 test/crash 运行出错，已跳过：boom',
    });
    expect(findings.filter((f) => f.rule === 'test/flag-every')).toHaveLength(2);
  });

  it('fills the message from meta.messages and keeps its id and data', () => {
    const [finding] = checkDocument(document, { rules: [flagEvery] }).findings;
    expect(finding).toMatchObject({
      message: '问题：购置图书数量',
      messageId: 'problem',
      data: { name: '购置图书数量' },
    });
    expect(Finding.parse(finding)).toEqual(finding);
  });

  it.each([
    ['an unknown message id', { messageId: 'nope' }, '未知的消息 id“nope”'],
    ['a placeholder without data', { messageId: 'problem', data: {} }, '消息“problem”缺少数据“name”'],
  ])('turns %s into one rule-crashed finding and drops the rule’s other reports', (_, broken, why) => {
    const { findings } = checkDocument(document, { rules: [reporting(broken)] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'internal/rule-crashed',
      messageId: 'crashed',
      data: { rule: 'test/broken', error: why },
    });
  });

  it('dedupes, sorts by table and indicator, and keeps errors with a reason as info', () => {
    const { findings } = checkDocument(document, { rules: [flagEvery] });
    expect(findings.map((f) => [f.location.indicatorIndex, f.severity])).toEqual([
      [0, 'error'],
      [1, 'info'],
    ]);
    expect(findings[0].kept).toBeUndefined();
    expect(findings[1].kept).toEqual({ reason: '上级文件要求' });
    expect(findings[1].message).toBe('问题：验收合格率（已保留，理由：上级文件要求）');
    expect(findings[1]).toMatchObject({ messageId: 'problem', data: { name: '验收合格率' } });
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
