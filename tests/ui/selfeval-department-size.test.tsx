import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { widthOf } from '../../src/ui/text/graphemes.js';
import { KEY, makeEnv, renderApp, type TestEnv } from './support/app.js';
import { drafted } from '../support/tables/draft.js';

let env: TestEnv;
beforeEach(async () => {
  env = await makeEnv();
});
afterEach(async () => {
  await env.cleanup();
});

/** The drafted unit table with a second task, picked alone: its whole-unit self-evaluation opens. */
async function unitAt(columns: number, rows: number) {
  const document = drafted();
  const unit = document.tables[0]!;
  if (unit.kind !== 'department') throw new Error('fixture');
  unit.tasks.push({
    name: '社区养老和环境整治服务',
    content: '社区养老',
    funding: { total: '30.00', fiscal: '30.00', other: '0.00' },
  });
  unit.tasksTotal = { total: '542.40', fiscal: '542.40', other: '0.00' };
  const app = renderApp(env.services, {
    screen: { kind: 'selfeval-projects', target: { ...document, tables: [unit] }, from: '测试' },
  });
  Object.defineProperty(app.stdout, 'columns', { value: columns, configurable: true });
  Object.defineProperty(app.stdout, 'rows', { value: rows, configurable: true });
  app.stdout.emit('resize');
  await app.see('部门整体（青石街道办事处）');
  await app.press(KEY.enter);
  await app.see('年初预算数（万元）');
  return app;
}

describe.each([
  [80, 24],
  [60, 24],
])('the whole-unit self-evaluation at %i×%i', (columns, rows) => {
  it('fits: the funds questions, the tasks question and the table', async () => {
    const app = await unitAt(columns, rows);
    const fits = () => {
      const lines = app.frame().split('\n');
      expect(lines.length).toBeLessThanOrEqual(rows);
      for (const line of lines) expect(widthOf(line)).toBeLessThanOrEqual(columns);
    };
    fits();
    await app.press(KEY.enter, KEY.enter, '500', KEY.enter);
    await app.see('年度主要任务：各任务执行数（万元）');
    fits();
    await app.press('480 / 20', KEY.enter);
    await app.see('年度总体目标：实际完成情况');
    await app.press(KEY.esc);
    await app.see('年度主要任务执行数：人员保障 480；社区养老和环境整治服务 20');
    fits();
    // The amounts are whole; the block's name goes first where the line has room for it.
    await app.see('年初预算数 542.4 · 全年预算数 未填 · 全年执行数 500 万元');
    if (columns >= 80) expect(app.frame()).toContain('年度预算执行情况：年初预算数 542.4');
  });
});
