import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOfflineDrafter } from '../../src/draft/offline/index.js';
import { exampleFile } from '../support/examples.js';
import { KEY, makeEnv, renderApp, type TestEnv } from './support/app.js';
import { ANSWERS, draftFile } from '../support/tables/draft.js';

/** Issue 16 item 4 in the app: 导入去年的表作参考 on the summary, kept in the draft, used by every draft. */

const LAST_YEAR_DOCX = join(
  import.meta.dirname,
  '..',
  'fixtures',
  'office',
  'example-street-office-projects-2025.docx',
);
/** A row of last year's 老旧小区改造提升工程 that the library does not draft on its own. */
const LAST_YEAR_ONLY_ROW = '管网渗漏投诉下降率';

let env: TestEnv;
beforeEach(async () => {
  env = await makeEnv({ loadDrafter: async () => createOfflineDrafter() });
});
afterEach(async () => {
  await env.cleanup();
});

const atSummary = () =>
  renderApp(env.services, {
    draft: draftFile({ answers: { ...ANSWERS, unit: { ...ANSWERS.unit, year: 2026 } } }),
    screen: { kind: 'summary' },
  });

async function savedDraft() {
  await env.services.drafts.flush();
  return env.services.drafts.load('d1');
}

describe('导入去年的表作参考', () => {
  it('asks for a file, keeps it in the draft, and the draft takes last year’s rows first, saying how many', async () => {
    const app = atSummary();
    await app.see('核对答案');
    await app.select('导入去年的表作参考');
    await app.press(KEY.enter);
    await app.see('文件：');
    expect(app.frame()).toContain('同名的项目先用去年的指标');

    // Not a file of tables: the importer's Chinese message, and the question stays.
    await app.press(join(env.dir, '没有这个文件.docx'), KEY.enter);
    await app.see(/找不到文件.*没有这个文件\.docx/);
    expect(app.frame()).toContain('文件：');
    await app.press(KEY.ctrlU, exampleFile('korla-department-2021.txt'), KEY.enter);
    await app.see('没有读到项目支出绩效目标表');

    await app.press(KEY.ctrlU, LAST_YEAR_DOCX, KEY.enter);
    await app.see('已导入去年的表');
    expect(app.frame().replace(/\s/g, '')).toContain('example-street-office-projects-2025.docx（2张项目表）');
    expect(app.frame()).toContain('不再参考去年的表');
    expect(app.frame()).toContain('参考去年的表');
    expect((await savedDraft()).previous).toEqual([LAST_YEAR_DOCX]);

    // 开始起草 is the first entry.
    await app.press(KEY.enter);
    await app.see(/共 \d+ 个指标取自去年的表，请逐条核对。/);
    const count = Number(/共 (\d+) 个指标取自去年的表/.exec(app.frame())![1]);
    expect(count).toBeGreaterThan(0);
    await vi.waitFor(async () => expect((await savedDraft()).document).toBeDefined(), { timeout: 8000 });
    const document = (await savedDraft()).document!;
    const table = document.tables.find((t) => t.kind === 'project')!;
    const taken = table.indicators.filter((i) => i.rationale?.includes('取自2025年'));
    expect(taken.length).toBe(count);
    expect(taken.map((i) => i.name)).toContain(LAST_YEAR_ONLY_ROW);
  });

  it('a redraft uses them too; 不再参考去年的表 drops them; Esc on the file question goes back to the summary', async () => {
    const app = renderApp(env.services, {
      draft: draftFile({
        answers: { ...ANSWERS, unit: { ...ANSWERS.unit, year: 2026 } },
        previous: [LAST_YEAR_DOCX],
      }),
      screen: { kind: 'summary' },
    });
    await app.see('不再参考去年的表');
    expect(app.frame()).toContain('example-street-office-projects-2025.docx');
    await app.press(KEY.enter);
    await app.see(/共 \d+ 个指标取自去年的表/);
    await app.press(KEY.esc);
    await app.see('按当前答案重新起草');
    await app.select('按当前答案重新起草');
    await app.press(KEY.enter);
    await app.see(/共 \d+ 个指标取自去年的表/);

    await app.press(KEY.esc);
    await app.see('核对答案');
    await app.select('不再参考去年的表');
    await app.press(KEY.enter);
    await app.see('不再参考去年的表；已起草的指标不变');
    expect((await savedDraft()).previous).toBeUndefined();
    await app.select('导入去年的表作参考');
    await app.press(KEY.enter);
    await app.see('文件：');
    await app.press(KEY.esc);
    await app.see('核对答案');

    await app.select('按当前答案重新起草');
    await app.press(KEY.enter);
    await app.see('审阅');
    await app.notSee('取自去年的表');
    const table = (await savedDraft()).document!.tables.find((t) => t.kind === 'project')!;
    expect(table.indicators.map((i) => i.name)).not.toContain(LAST_YEAR_ONLY_ROW);
  });

  it('a file gone since it was imported: the draft goes on without it and says so', async () => {
    const gone = join(env.dir, '2025年项目表.docx');
    const app = renderApp(env.services, {
      draft: draftFile({ answers: { ...ANSWERS, unit: { ...ANSWERS.unit, year: 2026 } }, previous: [gone] }),
      screen: { kind: 'summary' },
    });
    await app.see('核对答案');
    await app.press(KEY.enter);
    await app.see('这次读不出来');
    expect(app.frame()).toContain('2025年项目表.docx');
  });
});
