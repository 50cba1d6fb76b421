import { describe, expect, it } from 'vitest';
import type { JixiaoDocument, SelfEvalTable } from '../../src/domain/document.js';
import { exportDocx } from '../../src/export/docx.js';
import { exportJson } from '../../src/export/json.js';
import { exportMarkdown } from '../../src/export/markdown.js';
import { exportXlsx } from '../../src/export/xlsx.js';
import { readDocxDocument } from '../../src/import/docx.js';
import { readTextDocument } from '../../src/import/text/index.js';
import { readXlsxDocument } from '../../src/import/xlsx.js';
import { actualWithUnit } from '../../src/selfeval/actual-text.js';
import { scoreSelfEvalTable } from '../../src/selfeval/table.js';
import { parseValue } from '../../src/value/parse-value.js';
import { cleanIndicators, cleanTable, selfEvalDocument } from '../selfeval/clean-fixture.js';
import { departmentDocument, departmentIndicators } from '../selfeval/department-fixture.js';

const shown = (target: string, actual: string) => actualWithUnit({ value: parseValue(target), actual });

describe('actualWithUnit', () => {
  it('gives a bare number the unit of its target', () => {
    expect(shown('≥95%', '100')).toBe('100%');
    expect(shown('≥200人次', '230')).toBe('230人次');
    expect(shown('≤500元/人', ' 550 ')).toBe('550元/人');
    expect(shown('≥2.1万人', '2.3')).toBe('2.3万人');
    expect(shown('1/160人', '1/170')).toBe('1/170人');
    expect(shown('≥1,434户', '1,500')).toBe('1,500户');
  });

  it('keeps an actual as typed when it has a unit, a direction or is no bare number', () => {
    expect(shown('≥95%', '98.5%')).toBe('98.5%');
    expect(shown('≥200人', '180名')).toBe('180名');
    expect(shown('≥95%', '100以上')).toBe('100以上');
    expect(shown('≥95%', '全部完成')).toBe('全部完成');
    expect(shown('1/160人', '170')).toBe('170');
    expect(shown('≥95%', '')).toBe('');
  });

  it('keeps deadlines, qualitative and unit-less targets as typed', () => {
    expect(shown('≤12月底', '11月')).toBe('11月');
    expect(shown('≤12月底', '11')).toBe('11');
    expect(shown('有效保障', '基本保障')).toBe('基本保障');
    expect(shown('≥3', '4')).toBe('4');
  });
});

/** The clean fixture with every actual written as a bare number where its target has a unit. */
function bareDocument(): { document: JixiaoDocument; bare: string[]; withUnit: string[] } {
  const withUnit = cleanIndicators().map((i) => i.actual);
  const bare = withUnit.map((actual, k) => {
    const target = cleanIndicators()[k]!.value;
    const value = parseValue(actual);
    return target.quantitative && target.kind !== 'deadline' && value.unit === target.unit
      ? value.numbers.join('/')
      : actual;
  });
  const indicators = cleanIndicators().map((i, k) => ({ ...i, actual: bare[k]! }));
  return { document: selfEvalDocument(cleanTable({ indicators })), bare, withUnit };
}

describe('实际完成值 in the exports', () => {
  const { document, bare, withUnit } = bareDocument();
  const table = document.tables[0] as SelfEvalTable;

  it('the fixture really has bare numbers (100 → 100%)', () => {
    expect(bare).toContain('97');
    expect(bare).toContain('180');
    expect(bare).toContain('11月底');
    expect(bare).toContain('初步形成培训制度');
    expect(table.indicators.map(actualWithUnit)).toEqual(withUnit);
  });

  it('JSON keeps the actual as entered (data, not display)', () => {
    const json = JSON.parse(exportJson(document)) as JixiaoDocument;
    expect((json.tables[0] as SelfEvalTable).indicators.map((i) => i.actual)).toEqual(bare);
  });

  it('Markdown shows the unit in the 实际完成值 column', () => {
    const md = exportMarkdown(document);
    expect(md).toContain('| 培训考核合格率 | ≥95% | 97% | 10 | 10 |');
    expect(md).toContain('| 人均培训成本 | ≤500元/人 | 550元/人 |');
    expect(md).toContain('| 培训完成时间 | ≤10月底 | 11月底 |');
    expect(md).not.toMatch(/\| ≥95% \| 97 \|/);
  });

  it('the whole-unit table too', () => {
    const indicators = departmentIndicators().map((i) => ({ ...i, actual: i.actual.replace(/[%次]$/, '') }));
    const md = exportMarkdown(departmentDocument({ indicators }));
    expect(md).toContain('| 市容巡查出动次数 | ≥1000次 | 1050次 |');
    expect(md).toContain('| 市容环境达标率 | ≥90% | 85% |');
  });

  const formats = [
    { name: 'docx', write: exportDocx, read: readDocxDocument },
    { name: 'xlsx', write: exportXlsx, read: readXlsxDocument },
  ] as const;

  it.each(formats)(
    '.$name shows the unit and reads back with the same numbers and scores',
    async ({ write, read }) => {
      const { document: back } = await read(await write(document), 'bare');
      const imported = back.tables[0] as SelfEvalTable;
      expect(imported.kind).toBe('self-evaluation');
      expect(imported.indicators.map((i) => i.actual)).toEqual(withUnit);
      expect(imported.indicators.map((i) => parseValue(i.actual).numbers)).toEqual(
        table.indicators.map((i) => parseValue(i.actual).numbers),
      );
      expect(imported.indicators.map((i) => i.score)).toEqual(table.indicators.map((i) => i.score));
      // Scored afresh from what was read, the file gives the scores the app gave.
      // (The files do not carry a qualitative row's grade: its score is kept as read.)
      const rescored = scoreSelfEvalTable(imported, { year: 2024 });
      expect(rescored.problems.filter((p) => !p.startsWith('培训工作制度化：'))).toEqual([]);
      expect(rescored.table.indicators.map((i) => i.score)).toEqual(
        scoreSelfEvalTable(table, { year: 2024 }).table.indicators.map((i) => i.score),
      );
      expect(rescored.table.totalScore).toBe(90.5);
    },
  );

  it('Markdown reads back with the same scores', () => {
    const { document: back } = readTextDocument(Buffer.from(exportMarkdown(document)), 'bare.md');
    const imported = back.tables[0] as SelfEvalTable;
    expect(imported.indicators.map((i) => i.actual)).toEqual(withUnit);
    expect(scoreSelfEvalTable(imported, { year: 2024 }).table.totalScore).toBe(90.5);
  });
});
