import { describe, expect, it } from 'vitest';
import { Answers } from '../../src/domain/answers.js';
import type { DepartmentTable } from '../../src/domain/document.js';
import { createOfflineDrafter } from '../../src/draft/offline/index.js';
import { exportDocx } from '../../src/export/docx.js';
import { exportMarkdown } from '../../src/export/markdown.js';
import { exportXlsx } from '../../src/export/xlsx.js';
import { readDocxDocument } from '../../src/import/docx.js';
import { readTextDocument } from '../../src/import/text/index.js';
import { readXlsxDocument } from '../../src/import/xlsx.js';
import { STREET_OFFICE } from '../draft/street-office.fixture.js';

/** A described whole-unit table keeps its 绩效指标描述 column through every office format and back. */
describe('whole-unit target table with described indicators', async () => {
  const { document } = await createOfflineDrafter().draft(Answers.parse(STREET_OFFICE));
  const unit = document.tables[0] as DepartmentTable;
  const described = (t: DepartmentTable) => t.indicators.map((i) => [i.name, i.description, i.value.text]);

  it('Markdown has the column', () => {
    const md = exportMarkdown(document);
    expect(md).toContain('| 一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 |');
    expect(md).toContain('保障在职人员58人的工资福利和日常办公经费');
  });

  it.each([
    { name: 'docx', write: exportDocx, read: readDocxDocument },
    { name: 'xlsx', write: exportXlsx, read: readXlsxDocument },
  ])('.$name reads back the same tasks, rows and descriptions', async ({ write, read }) => {
    const { document: back } = await read(await write(document), 'unit');
    const table = back.tables[0] as DepartmentTable;
    expect(table.tasks).toEqual(unit.tasks);
    expect(described(table)).toEqual(described(unit));
  });

  it('Markdown reads back the same rows and descriptions', () => {
    const back = readTextDocument(Buffer.from(exportMarkdown(document)), 'unit.md').document;
    expect(described(back.tables[0] as DepartmentTable)).toEqual(described(unit));
  });
});
