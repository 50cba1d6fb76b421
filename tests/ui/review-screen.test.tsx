import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEY, fakeDrafter, makeEnv, renderApp, type TestEnv } from './support/app.js';
import { draftFile, drafted } from '../support/tables/draft.js';

let env: TestEnv;
beforeEach(async () => {
  env = await makeEnv();
});
afterEach(async () => {
  await env.cleanup();
});

/** From the summary of the fixture answers through the (fake) drafter into the review. */
async function toReview() {
  const app = renderApp(env.services, { draft: draftFile(), screen: { kind: 'summary' } });
  await app.see('开始起草');
  await app.press(KEY.enter);
  await app.see('审阅 1/2');
  await app.see(/错误 \d+ · 警告 \d+ · 提示 \d+/);
  return app;
}

describe('summary and drafting', () => {
  it('shows the answers with their sums and drafts every table with progress', async () => {
    const app = renderApp(env.services, { draft: draftFile(), screen: { kind: 'summary' } });
    await app.see('任务合计 512.40 万元（1 项）');
    expect(app.frame()).toContain('项目合计 80.00 万元（1 个）');
    expect(app.frame()).toContain('修改项目：老旧小区改造提升工程');
    await app.press(KEY.enter);
    await app.see('审阅 1/2：青石街道办事处整体支出绩效目标表');
  });

  it('a drafter that fails says so and keeps the answers; Esc goes back', async () => {
    const failing = await makeEnv({
      loadDrafter: async () => ({
        name: 'x',
        draft: async () => Promise.reject(new Error('指标库文件缺失')),
      }),
    });
    const app = renderApp(failing.services, { draft: draftFile(), screen: { kind: 'summary' } });
    await app.see('开始起草');
    await app.press(KEY.enter);
    await app.see('起草失败：指标库文件缺失');
    await app.press(KEY.esc);
    await app.see('核对答案');
    await failing.cleanup();
  });

  it('Esc while drafting cancels the drafter', async () => {
    let release: () => void = () => undefined;
    const signals: AbortSignal[] = [];
    const slow = await makeEnv({
      loadDrafter: async () => ({
        name: 'slow',
        draft: (_a, options) => {
          signals.push(options!.signal!);
          options?.onProgress?.({ target: 'unit', label: '单位整体', state: 'drafting' });
          return new Promise((resolve) => (release = () => resolve({ document: drafted(), notes: [] })));
        },
      }),
    });
    const app = renderApp(slow.services, { draft: draftFile(), screen: { kind: 'summary' } });
    await app.see('开始起草');
    await app.press(KEY.enter);
    await app.see('起草中…');
    await app.press(KEY.esc);
    await app.see('核对答案');
    await vi.waitFor(() => expect(signals[0].aborted).toBe(true));
    release();
    await slow.cleanup();
  });
});

describe('review screen', () => {
  it('shows the indicators in their 一级/二级 grid with the checker findings and the keys', async () => {
    const app = await toReview();
    const frame = app.frame();
    expect(frame).toMatch(/一级指标\s*│\s*二级指标\s*│\s*三级指标/);
    expect(frame).toContain('保障在职人员数量');
    expect(frame).toContain('=45人');
    expect(frame).toMatch(/错误 \d+ · 警告 \d+ · 提示 \d+/);
    expect(frame).toContain('回车/e 修改');
    expect(frame).toContain('? 帮助');
    expect(frame).toContain('d 本表完成');
  });

  it('a placeholder blocks the table until it is filled: jump from the issue to the field, type, save', async () => {
    const app = await toReview();
    await app.press(KEY.right);
    await app.see('审阅 2/2：老旧小区改造提升工程');
    await app.see('管网渗漏投诉下降率');
    await app.see(/错误 \d+ · 警告 \d+ · 提示 \d+/);
    await app.press('d');
    await app.see('还不能确认');
    await app.press('f');
    await app.see('本表全部问题');
    expect(app.frame()).toContain('待填');
    await app.press(KEY.enter);
    await app.see('编辑指标：管网渗漏投诉下降率');
    expect(app.frame()).toMatch(/> 指标值\s+≥（待填）%/);
    await app.press(KEY.ctrlU, '≥30%');
    await app.see('读作：≥ 30 %');
    await app.press(KEY.ctrlD);
    await app.see('已保存修改。');
    await app.press('d');
    await app.see('已确认第 2 张表');
    await app.see('审阅 1/2');
    await app.press('d');
    await app.see('全部表格已确认。按 p 预览并导出。');
    await env.services.drafts.flush();
    const saved = await env.services.drafts.load('d1');
    expect(saved.reviewed).toEqual([true, true]);
    expect(saved.stage).toBe('review');
    expect(saved.document!.tables[1].indicators[4]).toMatchObject({
      value: { text: '≥30%' },
      status: 'edited',
    });
  });

  it('findings are updated on every edit: a rate above 100% is an error while typing and after saving', async () => {
    const app = await toReview();
    await app.press(KEY.down);
    await app.see('› ');
    await app.press(KEY.enter);
    await app.see('编辑指标：人员经费保障率');
    await app.press(KEY.ctrlU, '≥120%');
    await app.see(/错误.*100%/);
    await app.press(KEY.ctrlD);
    await app.see('已保存修改。');
    await app.see(/✗1/);
    await app.press('d');
    await app.see('还不能确认：有 1 个错误');
    await app.press(KEY.ctrlZ);
    await app.see('已撤销上一次修改');
    await app.notSee('✗1');
  });

  it('keeps an error with a reason: it is then a note and the table can be accepted', async () => {
    const app = await toReview();
    await app.press(KEY.down, KEY.enter);
    await app.see('编辑指标：人员经费保障率');
    await app.press(KEY.ctrlU, '≥120%', KEY.ctrlD);
    await app.see(/✗1/);
    await app.press('k');
    await app.see('保留指标并说明理由');
    await app.press('按上级文件口径', KEY.enter);
    await app.see('已保留，并记下理由');
    await app.notSee('✗1');
    await app.press('d');
    await app.see('已确认第 1 张表');
  });

  it('accepts and rejects rows, adds one, changes the category; p waits until every table is accepted', async () => {
    const app = await toReview();
    await app.press('y');
    await vi.waitFor(() => expect(app.frame()).toMatch(/✓ │ 产出指标/));
    await app.press('x');
    await app.press('p');
    await app.see('还有 2 张表没有确认');
    await app.press('n');
    await app.see('新增指标');
    await app.press('办公用房面积', KEY.enter);
    await app.see(/> 绩效指标描述/);
    await app.press(KEY.enter);
    await app.press('=1200平方米', KEY.ctrlD);
    await app.see('已新增指标。');
    expect(app.frame()).toContain('办公用房面积');
    await app.press(KEY.right, 'c');
    await app.see('项目类别：老旧小区改造提升工程');
    await app.press(KEY.down, KEY.enter);
    await app.see('已修改项目类别');
    expect(app.frame()).toContain('类别：信息化建设/运维');
  });

  it('k on a row without an error says there is nothing to keep', async () => {
    const app = await toReview();
    await app.press('k');
    await app.see('这一行没有错误，不需要说明保留理由');
  });

  it('Esc in the edit form asks before it throws the changes away; unchanged, it just goes back', async () => {
    const app = await toReview();
    await app.press(KEY.enter);
    await app.see('编辑指标：保障在职人员数量');
    await app.press(KEY.ctrlU, '=999人', KEY.esc);
    await app.see('放弃这次修改？');
    // n keeps the form with what was typed.
    await app.press('n');
    await app.notSee('放弃这次修改？');
    expect(app.frame()).toContain('=999人');
    await app.press(KEY.esc);
    await app.see('放弃这次修改？');
    await app.press('y');
    await app.see('审阅 1/2');
    expect(app.frame()).toContain('=45人');
    await app.press(KEY.enter);
    await app.see('编辑指标：保障在职人员数量');
    await app.press(KEY.esc);
    await app.see('审阅 1/2');
  });

  it('Ctrl+U, typing and Ctrl+D in one chunk save the typed text (not an empty field)', async () => {
    const app = await toReview();
    await app.press(KEY.enter);
    await app.see('编辑指标：保障在职人员数量');
    await app.press(`${KEY.ctrlU}=46人${KEY.ctrlD}`);
    await app.see('已保存修改。');
    expect(app.frame()).toContain('=46人');
  });

  it('Esc on the goals asks before throwing the typed text away; Ctrl+C in a form says it is not saved', async () => {
    const app = await toReview();
    await app.press('g');
    await app.see('绩效目标：');
    await app.press('另加一句');
    await app.see('另加一句');
    await app.press(KEY.esc);
    await app.see('放弃这次修改？');
    await app.press('n');
    await app.notSee('放弃这次修改？');
    await app.press(KEY.ctrlC);
    await app.see('正在编辑的这一项还没有保存');
    await app.press('n');
    await app.press(KEY.esc);
    await app.see('放弃这次修改？');
    await app.press('y');
    await app.see('审阅 1/2');
  });

  it('“可以按 d 确认本表” goes once the table is confirmed', async () => {
    const app = await toReview();
    await app.see('可以按 d 确认本表');
    await app.press('d');
    await app.see('已确认第 1 张表');
    await app.press(KEY.left);
    await app.see('审阅 1/2：青石街道办事处整体支出绩效目标表（已确认）');
    expect(app.frame()).not.toContain('可以按 d 确认本表');
  });

  it('a new indicator’s pre-filled 依据 is selected: typing replaces it', async () => {
    const app = await toReview();
    await app.press('n');
    await app.see('新增指标');
    await app.press('公用经费', KEY.enter, KEY.enter, '≤86万元', KEY.enter);
    await app.see('> 指标值确定依据');
    await app.press('历史标准');
    await app.see(/> 指标值确定依据\s+历史标准\s/);
    expect(app.frame()).not.toContain('计划标准历史标准');
  });

  it('the notes of the drafter are shown', async () => {
    const noted = await makeEnv({
      loadDrafter: async () =>
        fakeDrafter(drafted(), [
          '项目“老旧小区改造提升工程”：按名称和资金用途归入“工程建设、改造、修缮”类，可在审阅时修改。',
        ]),
    });
    const app = renderApp(noted.services, { draft: draftFile(), screen: { kind: 'summary' } });
    await app.see('开始起草');
    await app.press(KEY.enter);
    await app.see('审阅 1/2');
    await app.press(KEY.right);
    await app.see('可在审阅时修改');
    await noted.cleanup();
  });
});
