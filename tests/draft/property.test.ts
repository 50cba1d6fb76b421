import { describe, expect, it } from 'vitest';
import { Answers } from '../../src/domain/answers.js';
import { createOfflineDrafter } from '../../src/draft/offline/index.js';
import { checkDocument } from '../../src/rules/engine.js';
import { toYuan } from '../../src/value/money.js';
import { generateAnswers } from './generate-answers.js';

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
        if (f.severity === 'error') failures.push(`seed ${seed}: ${f.rule} 【${f.location.table}】${f.location.indicator ?? ''} ${f.message}`);
      }
      const framework = answers.unit.framework;
      for (const table of document.tables) {
        const where = `seed ${seed} ${table.kind === 'department' ? '整体表' : table.projectName}`;
        const level1 = new Set(table.indicators.map((i) => i.level1));
        expect(table.indicators.length, where).toBeGreaterThanOrEqual(3);
        for (const needed of ['产出指标', '效益指标', '满意度指标']) expect(level1, `${where} ${needed}`).toContain(needed);
        for (const indicator of table.indicators) {
          expect(indicator.status).toBe('suggested');
          expect(indicator.value.text.includes('（待填）'), where).toBe(indicator.placeholder === true);
          expect(indicator.name, where).not.toMatch(/\d/);
        }
        if (table.kind !== 'project') continue;
        expect(toYuan(table.budget.total!)).toBe(toYuan(table.budget.fiscal!) + toYuan(table.budget.other!));
        const cost = table.indicators.filter((i) => (framework === 'local' ? i.level2 === '成本指标' : i.level1 === '成本指标'));
        expect(cost.length, where).toBeGreaterThan(0);
      }
    }
    expect(failures).toEqual([]);
  });
});
