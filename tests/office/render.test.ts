import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../src/export/docx.js';
import { sampleDocument } from '../support/tables/documents.js';
import { tempDir } from './support.js';

/** Whether a command is on PATH (LibreOffice and poppler are installed by .ci/run when missing). */
function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const tools = {
  soffice: has('soffice'),
  pdftotext: has('pdftotext'),
  pdfinfo: has('pdfinfo'),
  pdftoppm: has('pdftoppm'),
};
const ready = tools.soffice && tools.pdftotext && tools.pdfinfo;
const run = promisify(execFile);
const { dir, cleanup } = tempDir('jixiao-render-');
afterAll(cleanup);

describe.skipIf(!ready)(
  `an exported .docx rendered by LibreOffice headless${ready ? '' : '（跳过：未找到 soffice / pdftotext / pdfinfo；.ci/run 会安装 libreoffice-writer-nogui 与 poppler-utils，安装失败时跳过）'}`,
  () => {
    it('converts to PDF with each table on its own pages (the self-evaluation landscape), the text present, and to PNG', async () => {
      const docx = join(dir, '绩效目标表.docx');
      writeFileSync(docx, await exportDocx(sampleDocument()));
      // A profile of its own, so a LibreOffice already running (or another test run) does not block this one.
      const profile = pathToFileURL(join(dir, 'lo-profile')).href;
      await run(
        'soffice',
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
        { timeout: 120_000 },
      );
      const pdf = join(dir, '绩效目标表.pdf');
      expect(existsSync(pdf)).toBe(true);

      const info = (await run('pdfinfo', ['-f', '1', '-l', '99', pdf])).stdout;
      // The department table's 15 indicators run onto a second page; each project fits on one.
      expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(5);
      const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      expect(sizes.slice(0, 4).every(([w, h]) => Math.round(w) === 595 && Math.round(h) === 842)).toBe(true); // A4 portrait
      expect(sizes[4].map(Math.round)).toEqual([842, 595]); // A4 landscape

      // LibreOffice puts spaces between Chinese and Latin text; compare without whitespace.
      const text = (await run('pdftotext', ['-raw', pdf, '-'])).stdout.replace(/\s+/g, '');
      for (const expected of [
        '部门（单位）整体支出绩效目标表',
        '某街道办事处',
        '年度主要任务',
        '477.50',
        '项目支出绩效目标表',
        '老旧小区改造提升工程',
        '≤45万元',
        '社区工作者业务培训',
        '项目支出绩效自评表',
        '偏差原因分析及改进措施',
        '93.97',
      ]) {
        expect(text).toContain(expected);
      }

      if (tools.pdftoppm) {
        await run('pdftoppm', ['-r', '40', '-png', '-f', '2', '-l', '2', pdf, join(dir, 'page')]);
        const png = readdirSync(dir).find((name) => /^page-\d+\.png$/.test(name));
        expect(png).toBeDefined();
        expect(readFileSync(join(dir, png!)).subarray(1, 4).toString()).toBe('PNG');
      }
    }, 180_000);
  },
);
