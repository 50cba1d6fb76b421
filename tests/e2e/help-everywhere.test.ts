import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../support/build-cli.js';
import { hasTmux, TmuxApp, type AppInHome } from '../support/tmux.js';

/**
 * The app as an office clerk finds their way in it, in a real terminal: ? (or F1 in a text field)
 * shows the keys of every screen; h and Esc lead back to the start; the review at 80×24 shows at
 * least 8 indicator rows and its findings whole.
 */
describe.skipIf(!hasTmux())('help, the way home and small terminals, in tmux', () => {
  let cli: string;
  let removeCli = () => {};
  const terms: AppInHome[] = [];
  beforeAll(() => {
    ({ cli, remove: removeCli } = buildCli('e2e-help'));
  }, 120_000);
  afterAll(() => {
    for (const term of terms) {
      term.stop();
      term.removeHome();
    }
    removeCli();
  });
  const start = (columns: number, rows: number) => {
    const term = TmuxApp.startInHome(cli, { width: columns, height: rows });
    terms.push(term);
    return term;
  };

  /** Opens the help with `key`, checks its title and that Esc brings back `back`. */
  async function help(term: AppInHome, key: string, title: string, back: string | RegExp) {
    term.keys(key);
    const screen = await term.waitFor(`按键说明：${title}`);
    expect(screen).toContain('任何界面');
    term.keys('Escape');
    await term.waitFor(back);
    return screen;
  }

  /** From the start screen to the example's first review screen; the screen once its findings show. */
  async function exampleReview(term: AppInHome) {
    await term.waitFor('请选择要做的事');
    await term.select('示例');
    term.keys('Enter');
    await term.waitFor('核对答案');
    term.keys('Enter');
    return term.waitFor(/审阅 1\/6[\s\S]*错误 \d+ · 警告 \d+/);
  }

  it('? or F1 on every screen; h and Esc go back to the start', async () => {
    const term = start(100, 40);
    await term.waitFor('请选择要做的事');
    await help(term, '?', '首页', '请选择要做的事');

    // The interview: ? is text there, F1 is the help.
    term.keys('Enter');
    await term.waitFor('单位名称');
    term.type('青?');
    await term.waitFor('> 青?');
    await help(term, 'F1', '访谈（填写一项）', '> 青?');
    term.keys('C-u', 'Escape');
    await term.waitFor('请选择要做的事');

    // The example: summary, drafting, review, the edit form, the header form, the help of each.
    await term.select('示例');
    term.keys('Enter');
    await term.waitFor('核对答案');
    await help(term, '?', '核对答案', '核对答案');
    term.keys('Enter');
    await term.waitFor(/审阅 1\/6[\s\S]*错误 \d+ · 警告 \d+/);
    const review = await help(term, '?', '审阅', /审阅 1\/6/);
    expect(review).toContain('指标行前后的标记');
    // The last table has a number to fill (（待填）): its issue list.
    term.keys('Right', 'Right', 'Right', 'Right', 'Right');
    await term.waitFor(/审阅 6\/6[\s\S]*错误 \d+ · 警告 \d+/);
    term.keys('f');
    await term.waitFor('本表全部问题');
    await help(term, '?', '审阅 · 问题列表', '本表全部问题');
    term.keys('Escape');
    await term.waitFor(/审阅 6\/6[\s\S]*y 接受/);
    term.keys('Enter');
    await term.waitFor('编辑指标：');
    await help(term, 'F1', '编辑指标', '编辑指标：');
    term.keys('Escape');
    await term.waitFor(/审阅 6\/6/);
    term.keys('t');
    await term.waitFor('项目编码');
    await help(term, 'F1', '编辑表头', '资金支出计划');
    term.keys('Escape');
    await term.waitFor(/审阅 6\/6/);
    term.keys('c');
    await term.waitFor('项目类别');
    await help(term, '?', '项目类别', '项目类别');
    term.keys('Escape');
    await term.waitFor(/审阅 6\/6/);

    // Esc: review → summary → start (not question by question); h from anywhere else.
    term.keys('Escape');
    await term.waitFor('核对答案');
    term.keys('Escape');
    await term.waitFor('请选择要做的事');
    await term.select('继续');
    term.keys('Enter');
    await term.waitFor(/审阅 \d\/6/);
    term.keys('h');
    await term.waitFor('请选择要做的事');

    await term.select('设置');
    term.keys('Enter');
    await term.waitFor('设置');
    await help(term, '?', '设置', '设置');
    term.keys('h');
    await term.waitFor('请选择要做的事');
    await term.select('打开文件');
    term.keys('Enter');
    await help(term, 'F1', '填写', /文件/);
  }, 120_000);

  it('at 80×24 the review shows at least 8 indicator rows and ends with its keys', async () => {
    const term = start(80, 24);
    const screen = await exampleReview(term);
    const lines = screen.replace(/\n+$/, '').split('\n');
    const rows = lines.filter((l) => /^[ ›] [·✓✎×+] /.test(l));
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(lines.at(-1)).toContain('帮助');
    expect(lines.length).toBeLessThanOrEqual(24);
  }, 60_000);

  it('at 60×24 no finding or message is cut: the review wraps them', async () => {
    const term = start(60, 24);
    const screen = await exampleReview(term);
    const prose = screen.split('\n').filter((l) => !/^[ ›] [·✓✎×+] /.test(l) && !l.includes('…… 还有'));
    expect(prose.join('\n')).not.toContain('…');
    expect(screen.trimEnd().split('\n').at(-1)).toContain('帮助');
  }, 60_000);
});
