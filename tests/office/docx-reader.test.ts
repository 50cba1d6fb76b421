import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDocxBlocks, readDocxDocument } from '../../src/import/docx.js';
import type { ProjectTable } from '../../src/domain/document.js';
import { makeDocx, p, tbl, tc, tr } from './support.js';

const fixture = readFileSync(new URL('../fixtures/office/wps-project-body.xml', import.meta.url), 'utf8');

describe('docx reader: merged cells land in their grid columns', () => {
  it('reads a WPS-style project table: gridSpan, vMerge, fields, split runs, tracked changes, hidden text', async () => {
    const blocks = await readDocxBlocks(await makeDocx(fixture), 'wps.docx');
    expect(blocks[0]).toEqual({ kind: 'paragraph', text: '1、老旧小区改造项目绩效目标表' });
    expect(blocks[1]).toEqual({ kind: 'paragraph', text: '单位：万元' });
    expect(blocks[3]).toEqual({ kind: 'paragraph', text: '说明：本表由实施单位填报。' });
    const table = blocks[2];
    if (table.kind !== 'table') throw new Error('expected a table');
    expect(table.rows.every((row) => row.length === 7)).toBe(true);
    expect(table.rows.slice(0, 9)).toEqual([
      ['项目编码', '2025XX0001', '', '项目名称', '老旧小区改造提升工程', '', ''],
      ['预算规模及\n资金用途', '预算数', '80.00', '其中：财政资金', '80.00', '其他资金', ''],
      ['', '主要用于：1.外墙保温改造45万元；2.雨污管网更换35万元。', '', '', '', '', ''],
      ['资金支出计划（%）', '3月底', '6月底', '10月底', '', '12月底', ''],
      ['', '20%', '50%', '80%', '', '100%', ''],
      ['绩效目标', '1.完成3个老旧小区改造，惠及居民420户；\n2.改善居住环境。', '', '', '', '', ''],
      ['一级指标', '二级指标', '三级指标', '绩效指标描述', '', '指标值', '指标值确定依据'],
      ['产出指标', '数量指标', '改造小区数量', '改造老旧小区3个', '', '=3个', '计划标准'],
      ['', '', '惠及居民户数', '改造惠及居民420户', '', '≥420户', '计划标准'],
    ]);
    expect(table.rows[9]).toEqual([
      '',
      '质量指标',
      '工程验收合格率',
      '竣工验收合格的工程占比',
      '',
      '=100%',
      '行业标准',
    ]);
  });

  it('maps the table to a project with its budget, plan and indicators', async () => {
    const { document, findings } = await readDocxDocument(await makeDocx(fixture), 'wps.docx');
    expect(findings).toEqual([]);
    expect(document.tables).toHaveLength(1);
    const project = document.tables[0] as ProjectTable;
    expect(project).toMatchObject({
      kind: 'project',
      code: '2025XX0001',
      projectName: '老旧小区改造提升工程',
      budget: { total: '80.00', fiscal: '80.00', other: null },
      plan: { mar: 20, jun: 50, oct: 80, dec: 100 },
    });
    expect(project.indicators.map((i) => [i.level1, i.level2, i.name, i.value.text])).toEqual([
      ['产出指标', '数量指标', '改造小区数量', '=3个'],
      ['产出指标', '数量指标', '惠及居民户数', '≥420户'],
      ['产出指标', '质量指标', '工程验收合格率', '=100%'],
      ['产出指标', '时效指标', '工程完工时间', '≤10月底'],
      ['产出指标', '成本指标', '外墙保温改造成本', '≤45万元'],
      ['效益指标', '社会效益指标', '管网渗漏投诉下降率', '≥50%'],
      ['满意度指标', '服务对象满意度指标', '居民满意度', '≥90%'],
    ]);
  });

  it('places cells after gridBefore, legacy hMerge continuations and a vertical merge spanning columns', async () => {
    const body = tbl(
      4,
      tr(tc('部门（单位）名称'), tc('某局', { span: 3 })),
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('总额')}${tc('财政拨款')}${tc('其他资金')}</w:tr>`,
      tr(tc('年度绩效指标', { vMerge: 'restart', span: 2 }), tc('a'), tc('b')),
      tr(tc('', { vMerge: 'continue', span: 2 }), tc('c'), tc('d')),
      tr(
        `<w:tc><w:tcPr><w:hMerge w:val="restart"/></w:tcPr>${p('合并')}</w:tc>`,
        `<w:tc><w:tcPr><w:hMerge/></w:tcPr>${p('')}</w:tc>`,
        tc('x'),
        tc('y'),
      ),
    );
    const [table] = await readDocxBlocks(await makeDocx(body), 't.docx');
    expect(table).toEqual({
      kind: 'table',
      rows: [
        ['部门（单位）名称', '某局', '', ''],
        ['', '总额', '财政拨款', '其他资金'],
        ['年度绩效指标', '', 'a', 'b'],
        ['', '', 'c', 'd'],
        ['合并', '', 'x', 'y'],
      ],
    });
  });

  it('keeps a nested table inside a cell as text, and text boxes once (not their VML fallback)', async () => {
    const nested = `<w:tc>${p('外层')}${tbl(2, tr(tc('内1'), tc('内2')))}<w:p/></w:tc>`;
    const textBox = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>${p('文本框')}</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>${p('文本框')}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const blocks = await readDocxBlocks(await makeDocx(textBox + tbl(2, tr(nested, tc('右')))), 'n.docx');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '文本框' },
      { kind: 'table', rows: [['外层\n内1\t内2', '右']] },
    ]);
  });

  it('reads a package stored without compression and with a zip comment', async () => {
    const zip = await JSZip.loadAsync(await makeDocx(p('未压缩的正文')));
    const stored = await zip.generateAsync({
      type: 'uint8array',
      compression: 'STORE',
      comment: '由 WPS 生成',
    });
    expect(await readDocxBlocks(stored, 's.docx')).toEqual([{ kind: 'paragraph', text: '未压缩的正文' }]);
  });

  it('decodes XML entities and keeps tabs and line breaks', async () => {
    const body =
      '<w:p><w:r><w:t>A&amp;B &lt;c&gt; &#x2265;95%</w:t><w:tab/><w:t>x</w:t><w:br/><w:t>y</w:t></w:r></w:p>';
    expect(await readDocxBlocks(await makeDocx(body), 'e.docx')).toEqual([
      { kind: 'paragraph', text: 'A&B <c> ≥95%\tx\ny' },
    ]);
  });
});
