import { describe, expect, it } from 'vitest';
import { Answers } from '../../src/domain/answers.js';
import { JixiaoDocument, ProjectCategory } from '../../src/domain/document.js';
import { createOfflineDrafter } from '../../src/draft/offline/index.js';
import { checkDocument } from '../../src/rules/engine.js';
import { toYuan } from '../../src/value/money.js';
import { generateAnswers, random } from './generate-answers.js';

/**
 * The promise of the offline drafter: whatever consistent answers come in (any category, zero or
 * huge or odd budgets, empty purposes, counts in the text, either framework), the draft passes the
 * checker without a single error and covers the categories the framework requires.
 */
const SEEDS = 250;
const drafter = createOfflineDrafter();

describe(`offline drafts of ${SEEDS} generated answers`, () => {
  it('have no checker errors, cover 产出/效益/满意度 (成本 in projects) with ≥3 rows, exact money, marked placeholders', async () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) {
      const answers = Answers.parse(generateAnswers(seed));
      const { document } = await drafter.draft(answers);
      for (const f of checkDocument(document).findings) {
        if (f.severity === 'error')
          failures.push(
            `seed ${seed}: ${f.rule} 【${f.location.table}】${f.location.indicator ?? ''} ${f.message}`,
          );
      }
      const framework = answers.unit.framework;
      for (const table of document.tables) {
        const where = `seed ${seed} ${table.kind === 'project' ? table.projectName : '整体表'}`;
        const level1 = new Set(table.indicators.map((i) => i.level1));
        expect(table.indicators.length, where).toBeGreaterThanOrEqual(3);
        for (const needed of ['产出指标', '效益指标', '满意度指标'])
          expect(level1, `${where} ${needed}`).toContain(needed);
        for (const indicator of table.indicators) {
          expect(indicator.status).toBe('suggested');
          expect(indicator.value.text.includes('（待填）'), where).toBe(indicator.placeholder === true);
          expect(indicator.name, where).not.toMatch(/\d/);
        }
        if (table.kind !== 'project') continue;
        expect(toYuan(table.budget.total!)).toBe(toYuan(table.budget.fiscal!) + toYuan(table.budget.other!));
        const cost = table.indicators.filter((i) =>
          framework === 'local' ? i.level2 === '成本指标' : i.level1 === '成本指标',
        );
        expect(cost.length, where).toBeGreaterThan(0);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('offline drafts of garbage text', () => {
  const PIECES = [
    '1',
    '2.5',
    '０',
    '99999999999999',
    '.',
    '万元',
    '万',
    '元',
    '人',
    '户',
    '个',
    '%',
    '年',
    '月底',
    '；',
    '，',
    '\n',
    '（',
    '）',
    '共',
    '每人',
    '合计',
    '约',
    '𠮷',
    '😀',
    '|',
    ' ',
    '主要用于：',
    '1.',
    '培训',
    '工程',
    '垃圾',
    '≥',
    '（待填）',
    '{{n}}',
  ];
  it('never crash and always give a schema-valid document', async () => {
    const rnd = random(7);
    const text = () =>
      Array.from({ length: Math.floor(rnd() * 40) }, () => PIECES[Math.floor(rnd() * PIECES.length)]).join(
        '',
      );
    for (let i = 0; i < 300; i++) {
      const answers = Answers.parse({
        unit: { name: text() || '单位', year: 2025, duties: text(), staff: Math.floor(rnd() * 50) },
        tasks: [{ name: text() || '任务', content: text(), fiscal: rnd() * 100, other: 0 }],
        projects: Array.from({ length: 3 }, () => ({
          name: text() || '项目',
          fiscal: Math.round(rnd() * 1e6) / 100,
          purpose: text(),
          goals: text(),
          ...(rnd() < 0.5
            ? { category: ProjectCategory.options[Math.floor(rnd() * ProjectCategory.options.length)] }
            : {}),
        })),
      });
      const { document } = await drafter.draft(answers);
      const parsed = JixiaoDocument.safeParse(document);
      expect(parsed.success, JSON.stringify(parsed.error?.issues?.[0])).toBe(true);
    }
  });
});
