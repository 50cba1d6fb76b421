import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraftStore } from '../../src/store/drafts.js';
import { buildCli } from '../support/build-cli.js';
import { hasTmux, TmuxApp, type AppInHome } from '../support/tmux.js';

/**
 * kill -9 during the interview: every confirmed answer is already on disk (the draft file and its
 * fsync'd journal), so the next start offers the draft and goes on at the question where it stopped.
 */
describe.skipIf(!hasTmux())('killed during the interview, resumed with the answers intact', () => {
  let cli: string;
  let removeCli = () => {};
  const terms: AppInHome[] = [];
  beforeAll(() => {
    ({ cli, remove: removeCli } = buildCli('e2e-kill'));
  }, 120_000);
  afterAll(async () => {
    for (const t of terms) t.stop();
    terms[0]?.removeHome();
    removeCli();
  });

  it('SIGKILL, start again, resume', async () => {
    const first = TmuxApp.startInHome(cli, { width: 100, height: 32 });
    terms.push(first);
    await first.waitFor('请选择要做的事');
    first.keys('Enter');
    await first.waitFor('单位名称');
    first.type('青石街道办事处');
    await first.waitFor('> 青石街道办事处');
    first.keys('Enter');
    await first.waitFor('预算年度');
    first.type('２０２５');
    await first.waitFor('> ２０２５');
    first.keys('Enter');
    await first.waitFor('指标体系');
    first.keys('Down');
    await first.waitFor('› 财预〔2021〕101号体系');
    first.keys('Enter');
    await first.waitFor('单位主要职能');
    first.type('1.负责辖区社会治安综合治理；');
    first.keys('Enter');
    first.type('2.组织开展社区建设。');
    await first.waitFor('2.组织开展社区建设。');
    first.keys('C-d');
    await first.waitFor('编制或在职人数');
    // Typed but not confirmed: these keystrokes may be lost.
    first.type('4');
    await first.waitFor('> 4');

    process.kill(first.pid(), 'SIGKILL');
    await first.waitFor(/Pane is dead|^\s*$/, 5000).catch(() => undefined);
    first.stop();

    const data = join(first.home, 'data', 'drafts');
    const files = (await readdir(data)).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(1);
    // The draft file and its journal of later changes, read as the next start reads them (read-only:
    // no lock is taken, so the app below opens it normally).
    const onDisk = await createDraftStore({ dir: data }).load(files[0]!.replace(/\.json$/, ''), {
      readOnly: true,
    });
    expect(onDisk.answers.unit).toEqual({
      name: '青石街道办事处',
      year: 2025,
      framework: 'central-2021',
      duties: '1.负责辖区社会治安综合治理；\n2.组织开展社区建设。',
    });
    expect(onDisk.step).toEqual({ section: 'unit', field: 'staff' });

    const second = TmuxApp.startInHome(cli, { width: 100, height: 32, home: first.home });
    terms.push(second);
    await second.waitFor('继续：青石街道办事处 2025年');
    expect(second.screen()).toMatch(/访谈中 · 最后修改/);
    await second.select('继续：青石街道办事处');
    second.keys('Enter');
    await second.waitFor('编制或在职人数');
    second.keys('Escape');
    await second.waitFor('单位主要职能');
    expect(second.screen()).toContain('2.组织开展社区建设。');
    second.keys('C-d');
    await second.waitFor('编制或在职人数');
    second.type('45');
    second.keys('Enter');
    await second.waitFor('任务名称');
  }, 120_000);
});
