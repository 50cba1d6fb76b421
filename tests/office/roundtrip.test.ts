import { describe, expect, it } from 'vitest';
import type { JixiaoDocument, ProjectTable, SelfEvalTable } from '../../src/domain/document.js';
import { makeDocument, makeIndicator } from '../../src/domain/build.js';
import { exportDocx } from '../../src/export/docx.js';
import { exportXlsx } from '../../src/export/xlsx.js';
import { readDocxDocument } from '../../src/import/docx.js';
import { readXlsxDocument } from '../../src/import/xlsx.js';
import { checkDocument } from '../../src/rules/engine.js';
import { sampleDocument } from '../support/tables/documents.js';

const formats = [
  { name: 'docx', write: exportDocx, read: readDocxDocument },
  { name: 'xlsx', write: exportXlsx, read: readXlsxDocument },
] as const;

/** Variants the sample does not cover: no plan, 主管部门/实施单位, 4-decimal money, an empty grid, odd text. */
function variantDocument(): JixiaoDocument {
  const sample = sampleDocument();
  const [department, first, second, selfEval] = structuredClone(sample.tables) as [
    JixiaoDocument['tables'][0],
    ProjectTable,
    ProjectTable,
    SelfEvalTable,
  ];
  first.plan = null;
  first.department = '某区住房和城乡建设局';
  first.implementer = '某街道办事处';
  first.budget = { total: '80.1234', fiscal: '70.1234', other: '10.00' };
  second.indicators = [];
  second.goals = '含 <尖括号> & “引号” 的目标；\n第二行';
  selfEval.grade = '优';
  if (department.kind === 'department') department.tasksTotal = null;
  return { ...sample, tables: [department, first, second, selfEval] };
}

describe.each(formats)('round trip through .$name', ({ write, read }) => {
  it('document → file → import gives the same document (tables, indicators, money, prose)', async () => {
    const document = sampleDocument();
    const { document: back, findings } = await read(await write(document), 'sample');
    expect(findings).toEqual([]);
    expect(back).toEqual(document);
    expect(checkDocument(back).findings).toEqual(checkDocument(document).findings);
  });

  it('holds for the variants: no plan, 主管部门/实施单位, 4-decimal money, an empty grid, markup characters, a grade', async () => {
    const document = variantDocument();
    const { document: back } = await read(await write(document), 'variant');
    expect(back.tables).toEqual(document.tables);
  });

  it('keeps the unit and year of a document of project tables only (a heading line names them), and is stable', async () => {
    const sample = sampleDocument();
    const document = makeDocument({
      unit: sample.unit,
      tables: sample.tables.filter((t) => t.kind === 'project'),
    });
    const once = (await read(await write(document), 'projects')).document;
    expect(once.unit).toEqual(document.unit);
    expect(once.tables).toEqual(document.tables);
    expect(once.prose).toEqual([{ title: '某街道办事处2025年项目支出绩效目标表', text: '', before: 0 }]);
    const twice = (await read(await write(once), 'projects')).document;
    expect(twice).toEqual(once);
  });

  it('leaves out indicators the reviewer rejected', async () => {
    const document = sampleDocument();
    const project = document.tables[1] as ProjectTable;
    project.indicators.push(
      makeIndicator({
        level1: '产出指标',
        level2: '数量指标',
        name: '不要的建议',
        value: '≥1个',
        status: 'rejected',
      }),
    );
    const back = (await read(await write(document), 'rejected')).document;
    expect((back.tables[1] as ProjectTable).indicators.map((i) => i.name)).not.toContain('不要的建议');
  });
});
