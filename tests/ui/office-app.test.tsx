import { stripVTControlCharacters } from 'node:util';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeIndicator } from '../../src/domain/build.js';
import type { JixiaoDocument, ProjectTable } from '../../src/domain/document.js';
import { renderExport } from '../../src/export/office/render.js';
import { loadDocumentFile } from '../../src/import/index.js';
import { checkDocument } from '../../src/rules/engine.js';
import { KEY, makeEnv, renderApp, type TestEnv } from './support/app.js';
import { drafted } from '../support/tables/draft.js';

/** Office files in the app: last year's .docx opened as this year's draft, exported to Word and Excel. */

let env: TestEnv;
beforeEach(async () => {
  env = await makeEnv({}, { fontBody: '宋体', fontHeading: '黑体' });
});
afterEach(async () => {
  await env.cleanup();
});

/** Last year's tables as our exporter writes them: no placeholders left, the year written in the texts. */
function lastYear(): JixiaoDocument {
  const document = drafted();
  const project = document.tables[1] as ProjectTable;
  project.goals = '2025年12月底前完成老旧小区改造，惠及居民420户。';
  project.indicators[4] = makeIndicator({
    level1: '效益指标',
    level2: '社会效益指标',
    name: '管网渗漏投诉下降率',
    description: '改造后管网渗漏投诉较上年下降',
    value: '≥30%',
    basis: '历史标准',
  });
  project.indicators[2] = makeIndicator({
    level1: '产出指标',
    level2: '时效指标',
    name: '工程完工时间',
    description: '2025年11月底前完成竣工验收',
    value: '2025年11月底前',
    basis: '计划标准',
  });
  return document;
}

async function writeDocx(document: JixiaoDocument): Promise<string> {
  const file = join(env.dir, '青石街道办事处2025年度绩效目标表.docx');
  await writeFile(file, await renderExport(document, 'docx'));
  return file;
}

async function openAsNextYear(file: string) {
  const app = renderApp(env.services);
  await app.see('新建草稿');
  await app.select('打开文件检查或导入');
  await app.press(KEY.enter);
  await app.see('文件：');
  await app.press(file, KEY.enter);
  await app.see(`检查结果：${file}`);
  await app.see('青石街道办事处 2025 · 2 张表');
  expect(app.frame()).toContain('n 作为新一年的底稿（改年份）');
  await app.press('n');
  await app.see('新的年度：');
  expect(app.frame()).toContain('2026');
  return app;
}

describe('Word and Excel in the app', () => {
  it('last year’s .docx → a 2026 draft (projects kept, years moved, re-checked) → exported to Word, Excel, JSON and Markdown, read back', async () => {
    const app = await openAsNextYear(await writeDocx(lastYear()));
    await app.press(KEY.enter);
    await app.see('审阅 1/2：青石街道办事处');
    await app.see('已改为 2026 年度，文字中的“2025年”（3 处）也已改为“2026年”');
    await app.see(/错误 0 · 警告 \d+ · 提示 \d+ · 可以按 d 确认本表/);

    await env.services.drafts.flush();
    const { drafts } = await env.services.drafts.list();
    expect(drafts).toMatchObject([{ unitName: '青石街道办事处', year: 2026, stage: 'review' }]);
    const draft = await env.services.drafts.load(drafts[0].id);
    expect(draft.origin).toBe('import');
    expect(draft.answers).toMatchObject({
      unit: { name: '青石街道办事处', year: 2026, framework: 'local' },
      tasks: [{ name: '人员保障', fiscal: 512.4, other: 0 }],
      projects: [
        {
          name: '老旧小区改造提升工程',
          code: '2025XX0001',
          fiscal: 80,
          other: 0,
          plan: [20, 50, 80, 100],
          category: 'construction',
        },
      ],
    });
    const project = draft.document!.tables[1] as ProjectTable;
    expect(project.goals).toBe('2026年12月底前完成老旧小区改造，惠及居民420户。');
    expect(project.indicators[2].value).toMatchObject({ text: '2026年11月底前', kind: 'deadline' });
    expect(draft.document!.tables[0]).toMatchObject({ kind: 'department', year: 2026 });

    await app.press('d');
    await app.see('审阅 2/2：老旧小区改造提升工程');
    await app.press('d');
    await app.see('全部表格已确认');
    await app.press('p');
    await app.see('预览：青石街道办事处 2026');
    await app.press(KEY.enter);
    await app.see('保存到哪个文件夹？');
    expect(app.frame()).toContain('Word · Excel · JSON · Markdown');
    const out = join(env.dir, '导出');
    await app.press(KEY.ctrlU, out, KEY.enter);
    await app.see('已导出到 ');
    const base = join(out, '青石街道办事处2026年度绩效目标表');
    await app.see(`已导出到 ${out}：`);
    for (const ext of ['.json', '.md', '.docx', '.xlsx'])
      expect(app.frame()).toContain(`青石街道办事处2026年度绩效目标表${ext}`);
    expect(app.frame()).toContain('正文宋体、标题黑体');

    for (const ext of ['.docx', '.xlsx']) {
      const loaded = await loadDocumentFile(`${base}${ext}`);
      const { document, findings } = checkDocument(loaded.input);
      expect(document?.unit).toMatchObject({ name: '青石街道办事处', year: 2026 });
      expect(document?.tables.map((t) => t.kind)).toEqual(['department', 'project']);
      const readBack = document!.tables[1] as ProjectTable;
      expect(readBack).toMatchObject({
        projectName: '老旧小区改造提升工程',
        budget: { fiscal: '80.00' },
        goals: '2026年12月底前完成老旧小区改造，惠及居民420户。',
      });
      expect(readBack.indicators.map((i) => i.value.text)).toContain('2026年11月底前');
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    }
  });

  it('a file that cannot be written is a Chinese message naming what was written; the draft stays; another folder works', async () => {
    const app = await openAsNextYear(await writeDocx(lastYear()));
    await app.press(KEY.enter);
    await app.see(/可以按 d 确认本表/);
    await app.press('d');
    await app.see('审阅 2/2');
    await app.press('d', 'p');
    await app.see('预览：');
    await app.press(KEY.enter);
    await app.see('保存到哪个文件夹？');
    const out = join(env.dir, 'busy');
    // A folder where the Word file should go.
    await mkdir(join(out, '青石街道办事处2026年度绩效目标表.docx'), { recursive: true });
    await app.press(KEY.ctrlU, out, KEY.enter);
    await app.see('导出失败：Word 文件没有写成');
    // The message wraps at the terminal's width: read it as one line.
    const message = stripVTControlCharacters(app.frame()).replace(/\n/g, '');
    expect(message).toContain(
      '已写入：青石街道办事处2026年度绩效目标表.json、青石街道办事处2026年度绩效目标表.md',
    );
    expect(app.frame()).toContain('草稿没有受影响');
    // No command-line advice ("用 -o 指定…") in the app; temp folder names may contain "-o" inside a word.
    expect(app.frame()).not.toMatch(/(^|\s)-o(\s|$)/m);
    await app.press(KEY.esc);
    await app.see('保存到哪个文件夹？');
    await app.press(KEY.ctrlU, join(env.dir, 'ok'), KEY.enter);
    await app.see('已导出到 ');
    await env.services.drafts.flush();
    const { drafts } = await env.services.drafts.list();
    expect(drafts[0]).toMatchObject({ year: 2026, stage: 'exported' });
  });

  it('a year that is not a year is refused; Esc keeps last year’s file as it was', async () => {
    const app = await openAsNextYear(await writeDocx(lastYear()));
    await app.press(KEY.ctrlU, '明年', KEY.enter);
    await app.see('“明年”不是年份');
    await app.press(KEY.esc);
    await app.see('回车 作为草稿打开，逐表审阅修改');
    await app.press(KEY.enter);
    await app.see('审阅 1/2');
    expect(app.frame()).not.toContain('已改为');
    await env.services.drafts.flush();
    const { drafts } = await env.services.drafts.list();
    expect(drafts[0]).toMatchObject({ year: 2025 });
  });
});
