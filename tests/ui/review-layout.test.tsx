import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeIndicator } from '../../src/domain/build.js';
import type { JixiaoDocument } from '../../src/domain/document.js';
import { checkDocument } from '../../src/rules/engine.js';
import { widthOf } from '../../src/ui/text/graphemes.js';
import { KEY, makeEnv, renderApp, type TestEnv } from './support/app.js';
import { draftFile, drafted } from '../support/tables/draft.js';

let env: TestEnv;
beforeEach(async () => {
  env = await makeEnv();
});
afterEach(async () => {
  await env.cleanup();
});

/** The fixture's project with 14 indicators, several with long findings (a rate over 100%, copies). */
function bigTable(): JixiaoDocument {
  const document = drafted();
  const project = document.tables.find((t) => t.kind === 'project')!;
  const extra = Array.from({ length: 8 }, (_, i) =>
    makeIndicator({
      level1: '产出指标',
      level2: '数量指标',
      name: `改造楼栋数${i + 1}`,
      description: `改造老旧楼栋${i + 12}栋，涉及外墙保温和雨污管网两项内容，按计划在年底前完成全部施工和验收`,
      value: i === 0 ? '≥120%' : `≥${i + 12}栋`,
      basis: '计划标准',
    }),
  );
  project.indicators = [...extra, ...project.indicators];
  return document;
}

async function reviewAt(columns: number, rows: number) {
  const app = renderApp(env.services, {
    draft: draftFile({ stage: 'review', document: bigTable(), reviewed: [false, false] }),
    screen: { kind: 'review', table: 1, row: 0, focus: 'grid', issue: 0 },
  });
  Object.defineProperty(app.stdout, 'columns', { value: columns, configurable: true });
  Object.defineProperty(app.stdout, 'rows', { value: rows, configurable: true });
  app.stdout.emit('resize');
  await app.see('审阅 2/2');
  await app.see(/错误 \d+ · 警告 \d+/);
  return app;
}

/** The selected row's error is shown whole: its lines joined are the checker's message and suggestion. */
function expectWholeFinding(lines: string[]) {
  const finding = checkDocument(bigTable()).findings.find(
    (f) => f.severity === 'error' && f.location.tableIndex === 1 && f.location.indicatorIndex === 0,
  )!;
  const start = lines.findIndex((l) => l.includes('✗ 错误（'));
  expect(start).toBeGreaterThan(0);
  let end = start;
  while (lines[end + 1] && /^ {2}[^ ✗!i…]/.test(lines[end + 1]!)) end++;
  const shown = lines
    .slice(start, end + 1)
    .map((l) => l.slice(2).trimEnd())
    .join('');
  expect(shown.replace(/\s/g, '')).toContain(
    `${finding.message} 建议：${finding.suggestion}`.replace(/\s/g, ''),
  );
}

const gridRows = (frame: string) => frame.split('\n').filter((l) => /^[ ›] [·✓✎×+] /.test(l)).length;

describe('the review in a small terminal', () => {
  it('at 80×24: at least 8 indicator rows, the whole screen fits, the findings are whole sentences', async () => {
    const app = await reviewAt(80, 24);
    const lines = app.frame().split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    expect(gridRows(app.frame())).toBeGreaterThanOrEqual(8);
    expect(lines.at(-1)).toContain('帮助');
    for (const line of lines) expect(widthOf(line)).toBeLessThanOrEqual(80);
    expectWholeFinding(lines);
  });

  it('v folds the findings to one line: more rows fit', async () => {
    const app = await reviewAt(80, 24);
    const before = gridRows(app.frame());
    await app.press('v');
    await app.see('按 v 展开');
    expect(gridRows(app.frame())).toBeGreaterThan(before);
  });

  it('at 60×24: nothing is cut at the right edge and the screen fits', async () => {
    const app = await reviewAt(60, 24);
    const lines = app.frame().split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    for (const line of lines) expect(widthOf(line)).toBeLessThanOrEqual(60);
    // Outside the grid's cells no text is cut: the findings, the description and the status wrap.
    const prose = lines.filter((l) => !/^[ ›] [·✓✎×+] /.test(l) && !l.includes('…… 还有'));
    expect(prose.join('\n')).not.toContain('…');
    expectWholeFinding(lines);
    await app.press(KEY.down);
    expect(gridRows(app.frame())).toBeGreaterThanOrEqual(5);
  });
});
