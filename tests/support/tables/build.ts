/**
 * The builders every hand-made test table is written with: the unit they belong to, `doc()` to wrap
 * tables in a document, `ind()` for an indicator in one line, `withIndicators()` to vary a shape at the
 * test that needs it (never a second copy of the shape). Used by the shape modules beside this file
 * and by the rule, office and export tests.
 */
import { makeDocument, makeIndicator } from '../../../src/domain/build.js';
import type { IndicatorFields } from '../../../src/domain/build.js';
import type { Framework, Indicator, JixiaoDocument, Table } from '../../../src/domain/document.js';

export const unit = { name: '某街道办事处', year: 2025, framework: 'local' as const };

export function doc(tables: Table[], framework: Framework = 'local', year = unit.year): JixiaoDocument {
  return makeDocument({ unit: { ...unit, year, framework }, tables });
}

/** `一级|二级|三级|描述|指标值|依据` → an indicator; the 依据 defaults to 计划标准. */
export function ind(spec: string, extra: Partial<IndicatorFields> & Partial<Omit<Indicator, 'value'>> = {}) {
  const [level1 = '', level2 = '', name = '', description, value = '', basis = '计划标准'] = spec.split('|');
  return makeIndicator({ level1, level2, name, description, value, basis, ...extra });
}

/** A table of one shape with more indicators after its own (a defect or a variant a test needs). */
export function withIndicators<T extends { indicators: Indicator[] }>(
  table: T,
  ...indicators: Indicator[]
): T {
  return { ...table, indicators: [...table.indicators, ...indicators] };
}

/** The rows of a shape with these names, in this order (a shorter table of the same shape). */
export function indicatorsNamed(table: { indicators: Indicator[] }, ...names: string[]): Indicator[] {
  return names.map((name) => {
    const row = table.indicators.find((i) => i.name === name);
    if (!row) throw new Error(`no indicator ${name}`);
    return structuredClone(row);
  });
}
