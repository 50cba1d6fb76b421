import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDocument, makeIndicator, makeProject } from '../../src/domain/build.js';
import type { JixiaoDocument } from '../../src/domain/document.js';
import { lastUserText, requestKind, startChatServer, type ChatServer } from '../support/chat-server.js';
import { KEY, makeEnv, renderApp, type TestEnv } from './support/app.js';
import { draftFile, drafted } from '../support/tables/draft.js';
import { makeModelEnv, TEST_KEY, type ModelEnv } from './support/model.js';

/** The review screen's model keys against the local chat server: s more, r rewrite, w why, o second opinion. */

let server: ChatServer;
let env: ModelEnv | TestEnv | null = null;
beforeEach(async () => {
  server = await startChatServer();
});
afterEach(async () => {
  await env?.cleanup();
  env = null;
  await server.close();
});

/** The review of the project table (table 2 of the fixture) with the model configured. */
async function reviewProject(document: JixiaoDocument = drafted(), table = 1) {
  const e = await makeModelEnv(server);
  env = e;
  const app = renderApp(e.services, {
    draft: draftFile({ document, stage: 'review', reviewed: document.tables.map(() => false) }),
    screen: { kind: 'review', table, row: 0, focus: 'grid', issue: 0 },
    settings: e.settings,
  });
  await app.see(/错误 \d+ · 警告 \d+/);
  await app.see('s 更多建议');
  return app;
}

describe('review with a model', () => {
  it('s: more suggestions for the selected row’s 二级 category, added as suggestions beside it; Ctrl+Z takes them back', async () => {
    const app = await reviewProject();
    expect(app.frame()).toMatch(/›\s*·\s*│\s*产出指标\s*│\s*数量指标\s*│\s*改造小区数量/);
    await app.press('s');
    await app.see('模型新增了 2 条“数量指标”建议');
    expect(app.frame()).toMatch(
      /改造小区数量[^\n]*\n[^\n]*培训课时数[^\n]*\n[^\n]*培训教材册数[^\n]*\n[^\n]*工程验收合格率/,
    );
    expect(app.frame()).toMatch(/模型已用 \d+ tokens/);
    expect(requestKind(server.requests[0])).toBe('suggest');
    expect(lastUserText(server.requests[0])).toContain('“产出指标 / 数量指标”');
    expect(server.requests[0].headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    await app.press(KEY.ctrlZ);
    await app.notSee('培训课时数');
    expect(app.frame()).toContain('已撤销上一次修改');
  });

  it('r: the rewrite (with the user’s instruction) replaces the row as an edit; Ctrl+Z restores it', async () => {
    const app = await reviewProject();
    await app.press(KEY.down);
    await app.see(/›\s*·\s*│\s*产出指标\s*│\s*质量指标\s*│\s*工程验收合格率/);
    await app.press('r');
    await app.see('改写要求');
    await app.press('改成考核合格率', KEY.enter);
    await app.see('已按模型改写：把“有效”改为可衡量的合格率。');
    expect(app.frame()).toMatch(/›\s*✎\s*│\s*产出指标\s*│\s*质量指标\s*│\s*培训考核合格率\s*│\s*≥90%/);
    expect(app.frame()).not.toContain('工程验收合格率');
    const prompt = lastUserText(server.requests[0]);
    expect(prompt).toContain('改成考核合格率');
    expect(prompt).toContain('工程验收合格率');
    await app.press(KEY.ctrlZ);
    await app.see('工程验收合格率');
    await app.notSee('培训考核合格率');
  });

  it('w: the model’s reason is shown beside the row; Esc on the rewrite prompt sends nothing', async () => {
    const app = await reviewProject();
    await app.press('w');
    await app.see('模型的理由：参训人数直接反映培训覆盖面');
    await app.press('r');
    await app.see('改写要求');
    await app.press(KEY.esc);
    await app.notSee('改写要求');
    expect(server.requests.map(requestKind)).toEqual(['explain']);
  });

  it('o: a second opinion on a judgement call, shown in the issue list', async () => {
    const greening = [
      makeIndicator({
        level1: '产出指标',
        level2: '数量指标',
        name: '绿化养护面积',
        description: '养护绿地5000平方米',
        value: '≥5000平方米',
        basis: '计划标准',
      }),
      makeIndicator({
        level1: '产出指标',
        level2: '数量指标',
        name: '补植苗木数量',
        description: '补植苗木300株',
        value: '≥300株',
        basis: '计划标准',
      }),
      makeIndicator({
        level1: '产出指标',
        level2: '质量指标',
        name: '苗木成活率',
        description: '补植苗木成活率',
        value: '≥95%',
        basis: '计划标准',
      }),
      makeIndicator({
        level1: '满意度指标',
        level2: '服务对象满意度指标',
        name: '周边群众满意度',
        description: '群众满意程度',
        value: '≥90%',
        basis: '计划标准',
      }),
    ];
    const books = makeProject({
      projectName: '图书购置',
      budget: { total: '12.00', fiscal: '12.00', other: '0.00' },
      purpose: '主要用于道路绿化养护及苗木补植。',
      goals: '完成辖区主干道绿化养护5000平方米，补植苗木300株。',
      indicators: greening,
    });
    const app = await reviewProject(
      makeDocument({ unit: { name: '青石街道办事处', year: 2025, framework: 'local' }, tables: [books] }),
      0,
    );
    await app.see(/o 第二意见（\d）/);
    await app.press('o');
    await app.see('模型认为：同意 — 指标与项目内容无关，确属照搬。');
    await app.see('给出了第二意见');
    expect(server.requests.length).toBeGreaterThan(0);
    expect(server.requests.every((r) => requestKind(r) === 'second-opinion')).toBe(true);
    await app.press('f');
    await app.see('本表全部问题');
    expect(app.frame()).toContain('模型认为：同意');
  });

  it('a call in progress shows it is busy, takes no other key, and Esc cancels it without a change', async () => {
    const app = await reviewProject();
    server.push({ kind: 'hang' });
    await app.press('s');
    await app.see('请模型补充“数量指标”指标……等待回复  （Esc 取消）');
    await app.press('y', KEY.down);
    expect(app.frame()).toMatch(/›\s*·\s*│\s*产出指标\s*│\s*数量指标\s*│\s*改造小区数量/);
    await app.press(KEY.esc);
    await app.see('已取消，表格没有改动。');
    expect(app.frame()).not.toContain('（Esc 取消）');
    expect(app.frame()).toContain('审阅 2/2');
  });

  it('a failed call is a Chinese message with where to fix it; the table is unchanged', async () => {
    const app = await reviewProject();
    server.push({
      kind: 'error',
      status: 401,
      message: 'Incorrect API key provided: sk-test-0123456789abcdef3fa9',
    });
    await app.press('w');
    await app.see('模型没有完成：API Key 无效或已过期（HTTP 401）');
    expect(app.frame()).not.toContain(TEST_KEY);
    expect(app.frame()).toContain('改造小区数量');
  });
});

describe('review without a model', () => {
  it('the model keys say 未配置模型 and do nothing else', async () => {
    const plain = await makeEnv();
    env = plain;
    const app = renderApp(plain.services, {
      draft: draftFile({ document: drafted(), stage: 'review', reviewed: [false, false] }),
      screen: { kind: 'review', table: 1, row: 0, focus: 'grid', issue: 0 },
    });
    await app.see('s r w o 模型（未配置模型）');
    await app.press('s');
    await app.see('未配置模型：在开始界面 → 设置 → 起草方式（模型）中选择服务商并保存 API Key');
    expect(server.requests).toHaveLength(0);
  });
});
