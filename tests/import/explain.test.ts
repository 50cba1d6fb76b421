import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Finding } from '../../src/domain/finding.js';
import { formatExplain } from '../../src/import/explain.js';
import { loadDocumentFile } from '../../src/import/index.js';
import { JixiaoDocument } from '../../src/domain/document.js';
import { REAL_EXAMPLES_DIR } from '../support/examples.js';

/** `jixiao import FILE --explain` and the source row of `import/unrecognised` findings in `check --format json`. */
describe('where every source row went', () => {
  it('lists every row with its table and fields, or why it was set aside', async () => {
    const loaded = await loadDocumentFile(
      join(REAL_EXAMPLES_DIR, 'yueyangxian-nongyenongcunju-project-target-2022.txt'),
      { explain: true },
    );
    const rows = loaded.rows!;
    const document = JixiaoDocument.parse(loaded.input);
    const byFirst = (cell: string) => rows.find((row) => row.cells[0] === cell)!;
    expect(byFirst('项目名称')).toMatchObject({ table: 0, went: ['项目名称', '说明'] });
    expect(byFirst('主管部门').went).toEqual(['主管部门', '实施单位']);
    expect(
      byFirst('受益脱贫(监测)户满意度') ?? rows.find((r) => r.cells.includes('受益脱贫(监测)户满意度')),
    ).toMatchObject({
      table: 0,
      went: ['指标第12条（一级指标、二级指标、三级指标、指标值）'],
    });
    const money = rows.find((row) => row.setAside.length > 0)!;
    expect(money.cells).toContain('854万854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)');
    const text = formatExplain(rows, document);
    expect(text).toContain('→ 表1「岳阳县2022年高标准农田建设项目」：项目名称');
    expect(text).toContain('未导入：其中:财政拨款“854万854万');
    // Every non-empty source row is listed once.
    expect(rows.every((row) => row.cells.length > 0 && row.went.length + row.setAside.length > 0)).toBe(true);
  });

  it('records the rows only when asked (check reads without tracing)', async () => {
    const loaded = await loadDocumentFile(join(REAL_EXAMPLES_DIR, 'zhongxian-regional-target-2022.txt'));
    expect(loaded.rows).toBeUndefined();
  });

  it('gives each import/unrecognised finding its source row as data, not only in the message', async () => {
    const loaded = await loadDocumentFile(join(REAL_EXAMPLES_DIR, 'nanyue-fupin-project-target-2018.txt'));
    const finding = Finding.parse(loaded.findings.find((f) => f.rule === 'import/unrecognised'));
    expect(finding.severity).toBe('info');
    expect(finding.source).toEqual({
      row: '第28行',
      cells: ['财政部门支出股室初审意见', '(盖章)'],
      reason: expect.stringContaining('签字、盖章或审核栏'),
    });
  });
});
