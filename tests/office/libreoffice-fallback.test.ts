import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { loadDocumentFile } from '../../src/import/index.js';
import { libreOfficeOnPath } from '../../src/import/office/soffice.js';
import { tempDir } from './support.js';

/**
 * LibreOffice as an optional fallback (JIXIAO_LIBREOFFICE=1) for what our own readers do not read:
 * here an RTF file saved as .doc. Runs only where LibreOffice is installed; nothing else needs it.
 */
const { dir, cleanup } = tempDir();
afterAll(cleanup);
afterEach(() => {
  delete process.env.JIXIAO_LIBREOFFICE;
});

const rtfText = (text: string): string =>
  [...text].map((c) => (c.charCodeAt(0) > 127 ? `\\u${c.charCodeAt(0)}?` : c)).join('');
const row = (...cells: string[]): string =>
  `\\trowd${cells.map((_, i) => `\\cellx${(i + 1) * 2000}`).join('')}${cells.map((c) => `\\intbl ${rtfText(c)}\\cell`).join('')}\\row`;
const RTF = `{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 SimSun;}}\\pard ${rtfText('项目支出绩效目标表')}\\par
${row('项目名称', '社区服务')}
${row('一级指标', '二级指标', '三级指标', '指标值')}
${row('产出指标', '数量指标', '服务人次', '≥135人')}
\\pard\\par}`;

describe.skipIf(!libreOfficeOnPath())('LibreOffice fallback', () => {
  it('off by default: the RTF .doc is refused, and the message says how to turn the fallback on', async () => {
    const path = join(dir, 'rtf.doc');
    writeFileSync(path, RTF);
    await expect(loadDocumentFile(path)).rejects.toThrow(/RTF 格式.*JIXIAO_LIBREOFFICE=1/);
  });

  it('on: the file is converted and read, cells and all', async () => {
    process.env.JIXIAO_LIBREOFFICE = '1';
    const path = join(dir, 'rtf-on.doc');
    writeFileSync(path, RTF);
    const loaded = await loadDocumentFile(path);
    const tables = (
      loaded.input as { tables: Array<{ projectName: string; indicators: Array<{ name: string }> }> }
    ).tables;
    expect(tables).toHaveLength(1);
    expect(tables[0].projectName).toBe('社区服务');
    expect(tables[0].indicators.map((i) => i.name)).toEqual(['服务人次']);
  }, 120_000);
});
