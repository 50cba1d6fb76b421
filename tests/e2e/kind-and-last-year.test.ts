import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../support/build-cli.js';
import { hasTmux, TmuxApp, type AppInHome } from '../support/tmux.js';

/**
 * Issue 16 items 3 and 4 in a real terminal: Ctrl+K (which the terminal sends as a control
 * character) opens the kind picker from the interview, and 导入去年的表作参考 reads a Word file
 * whose indicators the draft then takes first.
 */
describe.skipIf(!hasTmux())('the kind before drafting and last year’s tables, in tmux', () => {
  let cli: string;
  let removeCli = () => {};
  let term: AppInHome | undefined;
  beforeAll(() => {
    ({ cli, remove: removeCli } = buildCli('e2e-kind-last-year'));
  }, 120_000);
  afterAll(() => {
    term?.stop();
    term?.removeHome();
    removeCli();
  });

  it('Ctrl+K changes a project’s kind in the interview; a Word file of last year feeds the draft', async () => {
    term = TmuxApp.startInHome(cli, { width: 100, height: 40 });
    await term.waitFor('请选择要做的事');
    await term.select('示例');
    term.keys('Enter');
    await term.waitFor('核对答案');

    await term.select('修改项目：社区网格员补贴发放');
    term.keys('Enter');
    await term.waitFor('项目类别：工资/补贴/奖金发放（按名称判断');
    term.keys('C-k');
    await term.waitFor('项目类别：社区网格员补贴发放');
    await term.select('社区/村级组织服务');
    term.keys('Enter');
    await term.waitFor('项目类别：社区/村级组织服务（已选定）');
    term.keys('Escape');
    await term.waitFor(/修改项目：社区网格员补贴发放 .*社区\/村级组织服务/);

    await term.select('导入去年的表作参考');
    term.keys('Enter');
    await term.waitFor('文件：');
    // The app runs in the repository: a relative path is read from there.
    term.type('tests/fixtures/office/example-street-office-projects-2025.docx');
    term.keys('Enter');
    await term.waitFor('已导入去年的表');
    // 开始起草 is selected again on the summary.
    term.keys('Enter');
    const review = await term.waitFor(/共 \d+ 个指标取自去年的表，请逐条核对。/);
    expect(Number(/共 (\d+) 个/.exec(review)![1])).toBeGreaterThan(0);
  }, 90_000);
});
