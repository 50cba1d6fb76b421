import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkDocument } from '../../src/rules/engine.js';
import { IndicatorGrid } from '../../src/ui/components/IndicatorGrid.js';
import { LookContext } from '../../src/ui/components/Look.js';
import { ASCII_GLYPHS, canDrawBoxes } from '../../src/ui/look.js';
import { Settings } from '../../src/store/settings-schema.js';
import { KEY, makeEnv, renderApp, type TestEnv } from './support/app.js';
import { draftFile, drafted } from '../support/tables/draft.js';
import { exampleFile } from '../support/examples.js';

let env: TestEnv;
beforeEach(async () => {
  env = await makeEnv();
});
afterEach(async () => {
  await env.cleanup();
});

const reviewed = () => draftFile({ stage: 'preview', document: drafted(), reviewed: [true, true] });

describe('preview and export', () => {
  it('previews the Markdown with tables laid out by display width, scrolls, and exports into a chosen folder', async () => {
    const app = renderApp(env.services, { draft: reviewed(), screen: { kind: 'preview' } });
    await app.see('青石街道办事处2025年度预算绩效目标表');
    expect(app.frame()).toMatch(/任务名称\s*│\s*主要内容/);
    await app.press(KEY.right);
    await app.see('老旧小区改造提升工程 · 项目支出绩效目标表');
    await app.press(KEY.pageDown);
    await app.see('改造小区数量');
    await app.press(KEY.enter);
    await app.see('保存到哪个文件夹？');
    await app.press(KEY.ctrlU, join(env.dir, '导出 2025'), KEY.enter);
    await app.see('已导出到 ');
    const json = join(env.dir, '导出 2025', '青石街道办事处2025年度绩效目标表.json');
    expect(app.frame()).toContain('青石街道办事处2025年度绩效目标表.md');
    const document = JSON.parse(await readFile(json, 'utf8'));
    expect(checkDocument(document).document).not.toBeNull();
    expect(await readFile(json.replace(/json$/, 'md'), 'utf8')).toContain('## 老旧小区改造提升工程');
    await env.services.drafts.flush();
    expect(await env.services.drafts.load('d1')).toMatchObject({
      stage: 'exported',
      exported: { files: expect.arrayContaining([json, json.replace(/json$/, 'md')]) },
    });
    await app.press(KEY.enter);
    await app.see('请选择要做的事');
  });

  it('an export that cannot be written says why and lets the user try another folder', async () => {
    const app = renderApp(env.services, {
      draft: reviewed(),
      screen: { kind: 'export', phase: 'ask', dir: '', files: [] },
    });
    await app.see('保存到哪个文件夹？');
    await writeFile(join(env.dir, '是个文件'), '');
    await app.press(KEY.ctrlU, join(env.dir, '是个文件', '导出'), KEY.enter);
    await app.see('导出失败');
    expect(app.frame()).toContain('草稿没有受影响');
    await app.press(KEY.esc);
    await app.see('保存到哪个文件夹？');
  });

  it('rejected suggestions are not exported', async () => {
    const document = drafted();
    document.tables[1].indicators[4] = { ...document.tables[1].indicators[4], status: 'rejected' };
    const app = renderApp(env.services, {
      draft: draftFile({ stage: 'preview', document, reviewed: [true, true] }),
      screen: { kind: 'export', phase: 'ask', dir: env.dir, files: [] },
    });
    await app.see('保存到哪个文件夹？');
    await app.press(KEY.enter);
    await app.see('已导出到 ');
    const exported = JSON.parse(
      await readFile(join(env.dir, '青石街道办事处2025年度绩效目标表.json'), 'utf8'),
    );
    expect(exported.tables[1].indicators.map((i: { name: string }) => i.name)).not.toContain(
      '管网渗漏投诉下降率',
    );
  });
});

describe('open a file', () => {
  it('checks a text table copied from Word, lists the findings, and opens it for review', async () => {
    const app = renderApp(env.services);
    await app.see('打开文件检查或导入');
    await app.select('打开文件检查或导入');
    await app.press(KEY.enter);
    await app.see('文件：');
    await app.press(exampleFile('example-street-office-projects-2025.txt'), KEY.enter);
    await app.see('检查结果：');
    await app.see(/错误 \d+ · 警告 \d+/);
    expect(app.frame()).toMatch(/78\.5|78\.50/);
    await app.press(KEY.enter);
    await app.see('审阅 1/');
  });

  it('a missing file is a clear message, not a crash', async () => {
    const app = renderApp(env.services, { screen: { kind: 'open-file', busy: false } });
    await app.see('文件：');
    await app.press(`"${join(env.dir, '没有这个文件.docx')}"`, KEY.enter);
    await app.see('找不到文件');
    await app.press(KEY.esc);
    await app.see('请选择要做的事');
  });
});

describe('settings', () => {
  it('changes the default framework and the frame style, saved at once', async () => {
    const app = renderApp(env.services);
    await app.see('设置');
    await app.select('设置');
    await app.press(KEY.enter);
    await app.see('默认指标体系：地方通行体系');
    // The options are shown before anything is toggled.
    await app.see('可选：● 地方通行体系  ○ 财预〔2021〕101号体系');
    await app.press(KEY.enter);
    await app.see('默认指标体系：财预〔2021〕101号体系');
    await app.see('已修改默认指标体系');
    // Moving on clears the message about the setting just changed.
    await app.press(KEY.down);
    await app.notSee('已修改默认指标体系');
    await app.press(KEY.down, KEY.enter);
    await app.see('表格边框：制表符边框');
    await app.press(KEY.enter);
    await app.see('表格边框：纯 ASCII 边框');
    expect(env.saved.at(-1)).toMatchObject({ framework: 'central-2021', display: 'ascii' });
    await app.press(KEY.up, KEY.enter);
    await app.see('导出文件夹：');
    await app.press('~/文档/绩效', KEY.enter);
    await app.see('已修改导出文件夹');
    expect(env.saved.at(-1)).toMatchObject({ exportDir: '~/文档/绩效' });
  });
});

describe('leaving', () => {
  it('Ctrl+C asks first; n continues, y saves the text being typed and exits', async () => {
    const app = renderApp(env.services);
    await app.see('新建草稿');
    await app.press(KEY.enter);
    await app.see('单位名称');
    await app.press('青石街道');
    await app.press(KEY.ctrlC);
    await app.see('退出 jixiao？');
    await app.press('n');
    await app.notSee('退出 jixiao？');
    expect(app.frame()).toContain('> 青石街道');
    await app.press(KEY.ctrlC);
    await app.see('退出 jixiao？');
    await app.press('y');
    await app.see('草稿“未命名”已保存。再次运行 jixiao');
    await vi.waitFor(async () => {
      const { drafts } = await env.services.drafts.list();
      expect(drafts).toHaveLength(1);
      expect((await env.services.drafts.load(drafts[0].id)).pending).toBe('青石街道');
    });
  });

  it('draws plain ASCII frames when the settings ask for it', async () => {
    const ascii = await makeEnv({}, { display: 'ascii' });
    const app = renderApp(ascii.services, { settings: Settings.parse({ display: 'ascii' }) });
    await app.see('新建草稿');
    expect(app.frame()).not.toMatch(/[─│›]/);
    await app.press(KEY.ctrlC);
    await app.see('退出 jixiao？');
    expect(app.frame()).toContain('+----');
    await ascii.cleanup();
  });

  it('decides on box characters from the terminal', () => {
    expect(canDrawBoxes({ TERM: 'linux' }, 'linux')).toBe(false);
    expect(canDrawBoxes({ LANG: 'zh_CN.GBK' }, 'linux')).toBe(false);
    expect(canDrawBoxes({ LANG: 'zh_CN.UTF-8' }, 'linux')).toBe(true);
    expect(canDrawBoxes({}, 'win32')).toBe(false);
    expect(canDrawBoxes({ WT_SESSION: 'x' }, 'win32')).toBe(true);
  });
});

describe('indicator grid', () => {
  it('switches to one compact line per indicator on a narrow terminal', () => {
    const { indicators } = drafted().tables[1];
    const app = render(
      <LookContext.Provider value={ASCII_GLYPHS}>
        <IndicatorGrid indicators={indicators} issuesByRow={[]} selected={0} width={36} height={10} />
      </LookContext.Provider>,
    );
    const lines = (app.lastFrame() ?? '').split('\n');
    expect(lines[0]).toContain('数量指标｜改造小区数量｜=3个');
    expect(lines).toHaveLength(6);
    app.unmount();
  });
});
