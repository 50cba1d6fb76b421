import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { makeDocument, makeProject } from '../../src/domain/build.js';
import { exportDocx } from '../../src/export/docx.js';
import { uniqueSheetName } from '../../src/export/office/sheet-name.js';
import { ExportError } from '../../src/export/office/validate.js';
import { exportXlsx } from '../../src/export/xlsx.js';
import { sampleDocument } from '../support/tables/documents.js';

async function documentXml(bytes: Uint8Array, part = 'word/document.xml'): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(part)!.async('string');
}

describe('.docx export in the layout of the official forms', () => {
  it('is a Word file mammoth reads, with the titles, labels and figures', async () => {
    const bytes = await exportDocx(sampleDocument());
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    for (const expected of [
      '部门（单位）整体支出绩效目标表',
      '（2025年）',
      '单位：万元',
      '项目支出绩效目标表',
      '项目支出绩效自评表',
      '年度绩效指标',
      '老旧小区改造提升工程',
      '≤45万元',
      '477.50',
      '93.97',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('sets East Asian fonts explicitly (defaults 仿宋 / 黑体, or the settings), A4 pages, landscape for the wide self-evaluation', async () => {
    const bytes = await exportDocx(sampleDocument());
    const xml = await documentXml(bytes);
    // The body font is the document default (styles.xml); titles and headings name theirs.
    expect(await documentXml(bytes, 'word/styles.xml')).toMatch(
      /<w:docDefaults>.*w:eastAsia="仿宋".*<\/w:docDefaults>/s,
    );
    expect(xml).toMatch(/w:eastAsia="黑体"/);
    const pages = [...xml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1]);
    expect(pages).toHaveLength(4); // one section (page) per table
    expect(
      pages.slice(0, 3).every((a) => /w:w="11906"/.test(a) && /w:h="16838"/.test(a) && !/landscape/.test(a)),
    ).toBe(true);
    expect(pages[3]).toMatch(/w:w="16838".*w:h="11906".*w:orient="landscape"/);
    const customBytes = await exportDocx(sampleDocument(), {
      fontBody: '宋体',
      fontHeading: '方正小标宋简体',
    });
    const styles = await documentXml(customBytes, 'word/styles.xml');
    expect(styles).toMatch(/w:eastAsia="宋体"/);
    expect(styles).not.toMatch(/w:eastAsia="仿宋"/);
    expect(await documentXml(customBytes)).toMatch(/w:eastAsia="方正小标宋简体"/);
  });

  it('draws borders and merges the 一级/二级 cells down and the wide cells across', async () => {
    const xml = await documentXml(await exportDocx(sampleDocument()));
    expect(xml).toMatch(/<w:tblBorders>.*<w:insideH w:val="single"/s);
    expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(xml).toMatch(/<w:vMerge(?: w:val="continue")?\/>/);
    expect(xml).toMatch(/<w:gridSpan w:val="6"\/>/);
  });
});

describe('.xlsx export', () => {
  async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    return workbook;
  }

  it('has one sheet per table (prose on its own sheet), safe unique names', async () => {
    const workbook = await workbookOf(await exportXlsx(sampleDocument()));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '一、部门预算情况说明',
      '部门整体',
      '老旧小区改造提升工程',
      '社区工作者业务培训',
      '征收工作经费自评',
    ]);
  });

  it('stores money as numbers with two decimals, merges cells, freezes the header rows, sizes columns by display width', async () => {
    const workbook = await workbookOf(await exportXlsx(sampleDocument()));
    const project = workbook.getWorksheet('老旧小区改造提升工程')!;
    // Rows: 1 title, 2 单位：万元, 3 项目编码 …, 4 预算数 …
    expect(project.getCell('A1').value).toBe('项目支出绩效目标表');
    expect(project.getCell('C4').value).toBe(80);
    expect(project.getCell('C4').numFmt).toBe('0.00');
    expect(project.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(project.getCell('B5').isMerged).toBe(true);
    expect(project.getCell('G5').master.address).toBe('B5'); // 资金用途 across the row
    expect(project.getCell('A5').master.address).toBe('A4'); // 预算规模及资金用途 down two rows
    const plan = project.getCell('B7');
    expect(plan.value).toBe(0.2);
    expect(plan.numFmt).toBe('0%');
    const department = workbook.getWorksheet('部门整体')!;
    expect(department.getCell('D7').value).toBe(477.5); // 合计 总额
    const width = (sheet: ExcelJS.Worksheet, col: string) => sheet.getColumn(col).width ?? 0;
    expect(width(department, 'C')).toBeGreaterThanOrEqual(
      stringWidth('保障在职人员36人工资福利及社保缴费按时足额发放。'),
    );
    expect(width(department, 'A')).toBeLessThan(width(department, 'C'));
    const selfEval = workbook.getWorksheet('征收工作经费自评')!;
    expect(selfEval.pageSetup.orientation).toBe('landscape');
    expect(selfEval.getCell('D6').value).toBe(38); // 年度资金总额 年初预算数
  });

  it('makes sheet names Excel accepts: ≤31 characters, no []:*?/\\, unique regardless of case', () => {
    const used = new Set<string>();
    const long = '某某县某某镇人民政府关于农村人居环境整治提升行动专项资金使用项目';
    expect(Array.from(uniqueSheetName(long, used)).length).toBeLessThanOrEqual(31);
    expect(uniqueSheetName(long, used)).toMatch(/（2）$/);
    expect(Array.from(uniqueSheetName(long, used)).length).toBeLessThanOrEqual(31);
    expect(uniqueSheetName('a/b[c]:d*e?f\\g', used)).toBe('a b c d e f g');
    expect(uniqueSheetName('Sheet', used)).toBe('Sheet');
    expect(uniqueSheetName('SHEET', used)).toBe('SHEET（2）');
    expect(uniqueSheetName("'引号'", used)).toBe('引号');
    expect(uniqueSheetName('', used)).toBe('表');
    expect(uniqueSheetName('History', used)).toBe('History表');
  });

  it('writes a workbook with many same-named projects', async () => {
    const tables = Array.from({ length: 12 }, (_, i) =>
      makeProject({ projectName: '办公运转经费', code: `P${i}` }),
    );
    const workbook = await workbookOf(
      await exportXlsx(makeDocument({ unit: { name: '某局', year: 2025, framework: 'local' }, tables })),
    );
    expect(new Set(workbook.worksheets.map((s) => s.name)).size).toBe(12);
  });
});

describe('export validates the document first', () => {
  it.each([
    ['docx', exportDocx],
    ['xlsx', exportXlsx],
  ] as const)('an invalid document gives ExportError in Chinese (%s)', async (_name, write) => {
    const broken = { ...sampleDocument(), tables: [{ kind: 'project', projectName: 3 }] };
    await expect(write(broken)).rejects.toThrow(ExportError);
    await expect(write(broken)).rejects.toThrow(/不符合 jixiao 格式.*jixiao check/);
    await expect(write('not a document')).rejects.toThrow(ExportError);
  });
});
