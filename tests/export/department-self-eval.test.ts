import { describe, expect, it } from 'vitest';
import { JixiaoDocument } from '../../src/domain/document.js';
import { exportDocx } from '../../src/export/docx.js';
import { exportJson } from '../../src/export/json.js';
import { exportMarkdown } from '../../src/export/markdown.js';
import { exportXlsx } from '../../src/export/xlsx.js';
import { readDocxDocument } from '../../src/import/docx.js';
import { readTextDocument } from '../../src/import/text/index.js';
import { readXlsxDocument } from '../../src/import/xlsx.js';
import { checkDocument } from '../../src/rules/engine.js';
import { exportBaseName } from '../../src/ui/services-node.js';
import type { SelfEvalFundRow } from '../../src/domain/document.js';
import { sampleDocument } from '../support/tables/documents.js';
import { departmentDocument, departmentFunds } from '../selfeval/department-fixture.js';

/**
 * The funds split by source (财政拨款 / 其他资金), as jixiao selfeval writes them. The split by use
 * (基本支出 / 项目支出) is not read back as funds rows yet: the importer keeps those rows as notes.
 */
function bySource(): SelfEvalFundRow[] {
  const [total] = departmentFunds();
  const part = (label: string, initial: string, full: string, spent: string) => ({
    label,
    initial,
    full,
    spent,
    weight: null,
    rate: '',
    score: null,
  });
  return [
    total!,
    part('其中：财政拨款', '480.00', '500.00', '476.00'),
    part('其他资金', '20.00', '20.00', '18.00'),
  ];
}
const readable = (overrides: Parameters<typeof departmentDocument>[0] = {}) =>
  departmentDocument({ funds: bySource(), ...overrides });

describe('whole-unit self-evaluation export', () => {
  it('JSON reads back as the same document', () => {
    const document = departmentDocument();
    expect(JixiaoDocument.parse(JSON.parse(exportJson(document)))).toEqual(document);
  });

  it('Markdown has the official labels: 部门（单位）名称, funds, 年度主要任务 with 预算数/执行数, goals, scored indicators, 总分', () => {
    const md = exportMarkdown(departmentDocument());
    expect(md).toContain('## 部门（单位）整体支出绩效自评表');
    expect(md).toContain('部门（单位）名称：某市城市管理监督指挥中心');
    expect(md).toContain(
      '| 年度预算执行情况 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
    );
    expect(md).toContain('| 年度资金总额 | 500.00 | 520.00 | 494.00 | 10 | 95.00% | 9.5 |');
    expect(md).toContain('| 其中：基本支出 | 300.00 | 300.00 | 297.00 |  |  |  |');
    expect(md).toContain('| 任务名称 | 主要内容 | 预算数 | 执行数 |');
    expect(md).toContain('| 城市管理执法 | 开展市容巡查、违法建设查处 | 120.00 | 118.00 |');
    expect(md).toContain('| 预期目标 | 实际完成情况 |');
    expect(md).toContain('| 效益指标 | 社会效益指标 | 市容环境达标率 | ≥90% | 85% | 30 | 28.33 |');
    expect(md).toContain('| 总分 |  |  |  |  | 100 | 97.83 | 优 |');
  });

  const formats = [
    { name: 'docx', write: exportDocx, read: readDocxDocument },
    { name: 'xlsx', write: exportXlsx, read: readXlsxDocument },
  ] as const;

  describe.each(formats)('.$name', ({ write, read }) => {
    it('export → import gives the same table, and the same findings', async () => {
      const document = readable();
      const { document: back, findings } = await read(await write(document), 'unit');
      expect(findings).toEqual([]);
      expect(back.tables).toEqual(document.tables);
      expect(back.unit).toEqual(document.unit);
      expect(checkDocument(back).findings).toEqual(checkDocument(document).findings);
    });

    it('keeps defects so the checker still sees them (a task overspent, a blank 得分)', async () => {
      const document = readable({
        tasks: [{ name: '城市管理执法', content: '开展市容巡查', budget: '120.00', spent: '130.00' }],
        totalScore: null,
      });
      const { document: back } = await read(await write(document), 'defects');
      expect(back.tables).toEqual(document.tables);
      const rules = checkDocument(back).findings.map((f) => f.rule);
      expect(rules).toContain('selfeval/overspending');
      expect(rules).toContain('selfeval/blank-score');
    });
  });

  it('Markdown → text import gives the same table', () => {
    const document = readable();
    const { document: back } = readTextDocument(Buffer.from(exportMarkdown(document)), 'unit.md');
    expect(back.tables).toEqual(document.tables);
  });
});

describe('trailing note rows', () => {
  // As the importers keep them: the row's label, "：", its text.
  const notes = [
    '其他需说明的问题：无',
    '评价结论：全年目标基本完成，评价等级为优。',
    '注：金额单位为万元。',
  ];
  const formats = [
    { name: 'docx', write: exportDocx, read: readDocxDocument },
    { name: 'xlsx', write: exportXlsx, read: readXlsxDocument },
  ] as const;

  it.each(formats)(
    'come back as the table’s notes through .$name, for every kind',
    async ({ write, read }) => {
      const sample = sampleDocument();
      const document = {
        ...sample,
        tables: [...sample.tables, readable().tables[0]!].map((t) => ({ ...t, notes })),
      };
      const { document: back } = await read(await write(document), 'notes');
      expect(back.tables.map((t) => [t.kind, t.notes])).toEqual(document.tables.map((t) => [t.kind, notes]));
    },
  );

  it('come back through Markdown', () => {
    const document = readable({ notes });
    const { document: back } = readTextDocument(Buffer.from(exportMarkdown(document)), 'notes.md');
    expect(back.tables).toEqual(document.tables);
  });
});

describe('export file name', () => {
  it('names a document of whole-unit self-evaluations a 绩效自评表', () => {
    expect(exportBaseName(departmentDocument())).toBe('某市城市管理监督指挥中心2024年度绩效自评表');
  });
});
