import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { DepartmentTable } from '../../src/domain/document.js';
import { formatNumber } from '../../src/import/office/xlsx-blocks.js';
import { readXlsxBlocks, readXlsxDocument } from '../../src/import/xlsx.js';

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A department table as offices keep it in Excel: title rows, merged labels, numbers and formulas. */
function departmentWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('整体目标');
  sheet.mergeCells('A1:F1');
  sheet.getCell('A1').value = '部门（单位）整体支出绩效目标表';
  sheet.getCell('F2').value = '单位：万元';
  const rows: Array<Array<ExcelJS.CellValue>> = [
    ['部门（单位）名称', '某局'],
    ['年度主要任务', '任务名称', '主要内容', '预算金额（万元）'],
    [null, null, null, '总额', '财政拨款', '其他资金'],
    [
      null,
      '合计',
      null,
      { formula: 'SUM(D7:D8)', result: 100.5 },
      { formula: 'SUM(E7:E8)', result: 90.5 },
      10,
    ],
    [null, '人员保障', '保障工资', 80, '80.00', 0],
    [null, '业务工作', '开展业务', { formula: 'E8+F8', result: 20.5 }, 10.5, 10],
    ['年度总体目标', '目标1：保障运转。'],
    ['年度绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
    [null, '产出指标', '数量指标', '保障人数', '=25人'],
    [null, null, null, '业务场次', { richText: [{ text: '≥' }, { font: { bold: true }, text: '12场' }] }],
    [null, null, '质量指标', '工资足额发放率', 1],
    [null, '满意度指标', '服务对象满意度指标', '职工满意度', '≥90%'],
  ];
  rows.forEach((values, i) => (sheet.getRow(3 + i).values = values));
  for (const range of [
    'B3:F3',
    'A4:A8',
    'B4:B5',
    'C4:C5',
    'D4:F4',
    'B9:F9',
    'A10:A14',
    'E10:F10',
    'B11:B13',
    'C11:C12',
  ])
    sheet.mergeCells(range);
  sheet.getCell('E13').numFmt = '0%';
  for (const address of ['D6', 'E6', 'F6', 'D7', 'F7', 'D8', 'E8', 'F8'])
    sheet.getCell(address).numFmt = '0.00';
  return workbook;
}

describe('xlsx reader', () => {
  it('reads merged cells as empty continuations in their columns, formulas by cached value, numbers as shown', async () => {
    const blocks = await readXlsxBlocks(await bytesOf(departmentWorkbook()), 'dept.xlsx');
    expect(blocks.slice(0, 2)).toEqual([
      { kind: 'paragraph', text: '部门（单位）整体支出绩效目标表' },
      { kind: 'paragraph', text: '单位：万元' },
    ]);
    const table = blocks[2];
    if (table.kind !== 'table') throw new Error('expected a table');
    expect(table.rows).toEqual([
      ['部门（单位）名称', '某局', '', '', '', ''],
      ['年度主要任务', '任务名称', '主要内容', '预算金额（万元）', '', ''],
      ['', '', '', '总额', '财政拨款', '其他资金'],
      ['', '合计', '', '100.50', '90.50', '10.00'],
      ['', '人员保障', '保障工资', '80.00', '80.00', '0.00'],
      ['', '业务工作', '开展业务', '20.50', '10.50', '10.00'],
      ['年度总体目标', '目标1：保障运转。', '', '', '', ''],
      ['年度绩效指标', '一级指标', '二级指标', '三级指标', '指标值', ''],
      ['', '产出指标', '数量指标', '保障人数', '=25人', ''],
      ['', '', '', '业务场次', '≥12场', ''],
      ['', '', '质量指标', '工资足额发放率', '100%', ''],
      ['', '满意度指标', '服务对象满意度指标', '职工满意度', '≥90%', ''],
    ]);
  });

  it('maps the sheet to a department table with exact money', async () => {
    const { document } = await readXlsxDocument(await bytesOf(departmentWorkbook()), 'dept.xlsx');
    const table = document.tables[0] as DepartmentTable;
    expect(table.kind).toBe('department');
    expect(table.unitName).toBe('某局');
    expect(table.tasksTotal).toEqual({ total: '100.50', fiscal: '90.50', other: '10.00' });
    expect(table.tasks.map((t) => t.funding.total)).toEqual(['80.00', '20.50']);
    expect(table.indicators.map((i) => [i.level1, i.level2, i.name, i.value.text])).toEqual([
      ['产出指标', '数量指标', '保障人数', '=25人'],
      ['产出指标', '数量指标', '业务场次', '≥12场'],
      ['产出指标', '质量指标', '工资足额发放率', '100%'],
      ['满意度指标', '服务对象满意度指标', '职工满意度', '≥90%'],
    ]);
  });

  it('reads every visible sheet in order, skips hidden ones, splits tables at blank rows, trims empty columns', async () => {
    const workbook = new ExcelJS.Workbook();
    const first = workbook.addWorksheet('一');
    first.getCell('B2').value = '说明文字';
    first.getRow(4).values = [null, 'a', 'b'];
    first.getRow(5).values = [null, 'c', 4.5];
    first.getRow(7).values = [null, 'd', 'e'];
    workbook.addWorksheet('隐藏', { state: 'hidden' }).getCell('A1').value = '下拉选项';
    workbook.addWorksheet('空');
    workbook.addWorksheet('二').getRow(1).values = ['x', 'y'];
    expect(await readXlsxBlocks(await bytesOf(workbook), 'm.xlsx')).toEqual([
      { kind: 'paragraph', text: '说明文字' },
      {
        kind: 'table',
        rows: [
          ['a', 'b'],
          ['c', '4.5'],
        ],
      },
      { kind: 'table', rows: [['d', 'e']] },
      { kind: 'table', rows: [['x', 'y']] },
    ]);
  });

  it('ignores cells that are only formatted, however far down or right they are', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('格式');
    sheet.getRow(1).values = ['一级指标', '二级指标'];
    sheet.getCell('XFD1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    sheet.getCell('A1048576').border = { top: { style: 'thin' } };
    const started = performance.now();
    expect(await readXlsxBlocks(await bytesOf(workbook), 'f.xlsx')).toEqual([
      { kind: 'table', rows: [['一级指标', '二级指标']] },
    ]);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('formats numbers as the sheet shows them, without float noise', () => {
    expect(formatNumber(0.1 + 0.2, 'General')).toBe('0.3');
    expect(formatNumber(512.4 + 86.3 + 64 + 18.5, undefined)).toBe('681.2');
    expect(formatNumber(80, '0.00')).toBe('80.00');
    expect(formatNumber(1234.5, '#,##0.00')).toBe('1234.50');
    expect(formatNumber(0.955, '0.0%')).toBe('95.5%');
    expect(formatNumber(0.2, '0%')).toBe('20%');
    expect(formatNumber(7.3, '"得分"0.0')).toBe('7.3');
  });

  it('says so when every sheet is empty', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1');
    await expect(readXlsxBlocks(await bytesOf(workbook), 'empty.xlsx')).rejects.toThrow(/工作表都是空的/);
  });
});
