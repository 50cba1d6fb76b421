import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextDocument } from '../../src/import/text/index.js';

/**
 * Text copied from a PDF viewer has spaces where Word's copy has tabs. A file with no tab reads a line
 * whose cells are spaced apart as a row, so the same table comes out; indented paragraphs and
 * "label：value" lines stay what they were.
 */
const LAYOUTS = join(import.meta.dirname, '..', 'fixtures', 'layouts');
const read = (text: string, name: string) => readTextDocument(Buffer.from(text), name).document;

describe('a table copied with spaces instead of tabs', () => {
  it.each([
    'funds-labels-over-amounts.txt',
    'short-level-names.txt',
    'department-budget-overview.txt',
    'sealed-unit-names.txt',
    'combined-level-column.txt',
    'department-own-framework.txt',
  ])('%s reads the same as its tab copy', (name) => {
    const tabs = readFileSync(join(LAYOUTS, name), 'utf8');
    const spaces = tabs.replace(/\t/g, '   ');
    expect(read(spaces, name).tables).toEqual(read(tabs, name).tables);
  });

  it('keeps an indented paragraph and a cover page of "label:  value" lines as text', () => {
    const text =
      '　　本单位2025年部门预算收入合计86万元。\n部门(单位)名称:  某街道办事处\n报告日期:  2026年3月1日';
    const document = read(text, 'cover.txt');
    expect(document.tables).toEqual([]);
    expect(JSON.stringify(document.prose)).toContain('本单位2025年部门预算收入合计86万元');
  });
});
