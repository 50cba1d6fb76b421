import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/rules/engine.js';
import { buildCli } from '../support/build-cli.js';
import { hasTmux, TmuxApp, type AppInHome } from '../support/tmux.js';

/**
 * A person's walk through the worked example in a real terminal: start → 示例 → draft → review every
 * table (filling the placeholders the drafter left) → preview → export. The exported JSON must pass
 * the checker with no errors.
 */
describe.skipIf(!hasTmux())('the worked example, start to exported files, in tmux', () => {
  let cli: string;
  let removeCli = () => {};
  let term: AppInHome;
  beforeAll(() => {
    ({ cli, remove: removeCli } = buildCli('e2e-walk'));
  }, 120_000);
  afterAll(async () => {
    term?.stop();
    term?.removeHome();
    removeCli();
  });

  it('drafts, reviews, previews and exports; the JSON passes the checker', async () => {
    const started = Date.now();
    term = TmuxApp.startInHome(cli, { width: 120, height: 40 });
    await term.waitFor('请选择要做的事');
    console.log(`first frame (spawn to screen in tmux, e2e build): ${Date.now() - started} ms`);

    await term.select('示例');
    term.keys('Enter');
    await term.waitFor('核对答案');
    expect(term.screen()).toMatch(/项目合计 [\d.]+ 万元（5 个）/);
    term.keys('Enter');
    await term.waitFor(/审阅 1\/6/);
    let screen: string;

    for (let table = 1; table <= 6; table++) {
      screen = await term.waitFor(new RegExp(`审阅 ${table}/6[\\s\\S]*错误 \\d+ · 警告 \\d+ · 提示 \\d+`));
      // Fill every placeholder the drafter left: jump from the issue to the field, type a number.
      for (let guard = 0; !screen.includes('可以按 d 确认本表') && guard < 10; guard++) {
        term.keys('f');
        await term.waitFor('回车跳到该处修改');
        term.keys('Enter');
        const form = await term.waitFor(/编辑指标：/);
        const value = /> 指标值\s+(\S+)/.exec(form)?.[1] ?? '';
        expect(value).toContain('（待填）');
        const filled = value.replace('（待填）', '80');
        term.keys('C-u');
        term.type(filled);
        await term.waitFor(new RegExp(`> 指标值\\s+${filled.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s`));
        term.keys('C-d');
        screen = await term.waitFor('已保存修改。');
      }
      term.keys('d');
      await term.waitFor(table < 6 ? `已确认第 ${table} 张表` : '全部表格已确认');
    }

    term.keys('p');
    await term.waitFor('预览：青石街道办事处');
    await term.waitFor(/任务名称\s*│\s*主要内容/);
    term.keys('Enter');
    await term.waitFor('保存到哪个文件夹？');
    const out = join(term.home, '导出');
    term.keys('C-u');
    term.type(out);
    term.keys('Enter');
    screen = await term.waitFor('已导出到 ', 60_000);
    expect(screen).toContain('青石街道办事处2025年度绩效目标表.json');

    const json = JSON.parse(await readFile(join(out, '青石街道办事处2025年度绩效目标表.json'), 'utf8'));
    const { document, findings } = checkDocument(json);
    expect(document).not.toBeNull();
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(document!.tables).toHaveLength(6);
    expect(JSON.stringify(json)).not.toContain('（待填）');
    const markdown = await readFile(join(out, '青石街道办事处2025年度绩效目标表.md'), 'utf8');
    expect(markdown).toContain('# 青石街道办事处2025年度预算绩效目标表');
  }, 180_000);
});
