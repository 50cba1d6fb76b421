import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JixiaoDocument } from '../../src/domain/document.js';
import { exampleFile } from '../support/examples.js';
import { buildCli, ROOT, runCli, sandbox, STACK_LINE, type Sandbox } from '../fault/support/cli.js';

/**
 * Issue 16 item 4 through the built CLI: `jixiao draft --previous 去年.docx` offers last year's
 * indicators of the same project first, from any file the importer reads, given once or more.
 */

const LAST_YEAR_DOCX = join(ROOT, 'tests', 'fixtures', 'office', 'example-street-office-projects-2025.docx');
const LAST_YEAR_TEXT = exampleFile('example-street-office-projects-2025.txt');
/** A row of last year's 老旧小区改造提升工程 that the library does not draft on its own. */
const LAST_YEAR_ONLY_ROW = '管网渗漏投诉下降率';

let cli: string;
let removeCli: () => void;
let box: Sandbox;
let answers: string;

beforeAll(() => {
  ({ cli, remove: removeCli } = buildCli('cli-draft-previous'));
  box = sandbox('draft-previous');
  // The worked example's answers, one year on: last year's file is its 2025 tables.
  const example = JSON.parse(readFileSync(join(ROOT, 'examples', 'street-office-answers.json'), 'utf8')) as {
    unit: { year: number };
  };
  example.unit.year = 2026;
  answers = join(box.root, '答卷.json');
  writeFileSync(answers, JSON.stringify(example));
}, 120_000);
afterAll(() => {
  removeCli?.();
  box?.remove();
});

const draft = (...args: string[]) =>
  runCli(cli, ['draft', '--offline', '--answers', answers, ...args], { env: box.env, cwd: box.root });

function project(file: string, name: string) {
  const document = JixiaoDocument.parse(JSON.parse(readFileSync(file, 'utf8')));
  const table = document.tables.find((t) => t.kind === 'project' && t.projectName === name);
  if (!table || table.kind !== 'project') throw new Error(`no table ${name}`);
  return table;
}

describe('jixiao draft --previous', () => {
  it('a Word file of last year: the same project gets last year’s rows, marked, with the year moved on', async () => {
    const out = join(box.root, 'with.json');
    const result = await draft('--previous', LAST_YEAR_DOCX, '-o', out);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`参考去年的表：${LAST_YEAR_DOCX}（2 张项目表）`);
    expect(result.stderr).toMatch(/共 \d+ 个指标取自去年的表，请逐条核对。/);
    const table = project(out, '老旧小区改造提升工程');
    const row = table.indicators.find((i) => i.name === LAST_YEAR_ONLY_ROW);
    expect(row?.rationale).toContain('取自2025年“老旧小区改造提升工程”的表格');
    // Last year's year stays only in the note saying where a row came from.
    const texts = table.indicators.map((i) => `${i.name}${i.description}${i.value.text}`).join('');
    expect(texts).not.toContain('2025');

    const without = join(box.root, 'without.json');
    expect((await draft('-o', without)).code).toBe(0);
    const plain = project(without, '老旧小区改造提升工程');
    expect(plain.indicators.map((i) => i.name)).not.toContain(LAST_YEAR_ONLY_ROW);
  }, 60_000);

  it('may be given more than once (here the same tables as text copied from Word)', async () => {
    const out = join(box.root, 'twice.json');
    const result = await draft('--previous', LAST_YEAR_TEXT, '--previous', LAST_YEAR_DOCX, '-o', out);
    expect(result.code).toBe(0);
    expect(result.stderr.match(/参考去年的表：/g)).toHaveLength(2);
    // Last year's slips are not copied: its "培训按时完成率 ≥100%" becomes =100%, so no checker error.
    expect(result.stderr).toContain('检查结果：0 个错误');
    const rate = project(out, '社区工作者业务培训').indicators.find((i) => i.name === '培训按时完成率');
    expect(rate?.value.text).toBe('=100%');
    expect(project(out, '老旧小区改造提升工程').indicators.map((i) => i.name)).toContain(LAST_YEAR_ONLY_ROW);
    // The help names the option in Chinese.
    const help = await runCli(cli, ['draft', '--help'], { env: box.env });
    expect(help.stdout).toContain('--previous <path>');
    expect(help.stdout).toContain('去年的绩效目标表');
  }, 60_000);

  it('a folder gives every table file in it; files that cannot serve are skipped, said', async () => {
    const folder = join(box.root, '2025年的表');
    mkdirSync(folder);
    copyFileSync(LAST_YEAR_DOCX, join(folder, '项目表.docx'));
    copyFileSync(exampleFile('korla-department-2021.txt'), join(folder, '整体表.txt'));
    const out = join(box.root, 'folder.json');
    const result = await draft('--previous', folder, '-o', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`参考去年的表：${join(folder, '项目表.docx')}（2 张项目表）`);
    expect(result.stderr).toMatch(/提示：已跳过——.*整体表\.txt 里没有读到项目支出绩效目标表/);
    expect(project(out, '老旧小区改造提升工程').indicators.map((i) => i.name)).toContain(LAST_YEAR_ONLY_ROW);

    const empty = join(box.root, '空文件夹');
    mkdirSync(empty);
    const none = await draft('--previous', empty, '-o', join(box.root, 'empty.json'));
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('里没有表格文件');
  }, 60_000);

  it('a file that cannot be used stops with a Chinese message that says what to do, and writes nothing', async () => {
    const out = join(box.root, 'none.json');
    const missing = await draft('--previous', join(box.root, '去年.docx'), '-o', out);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^错误：.*去年\.docx/m);
    expect(missing.stderr).not.toMatch(STACK_LINE);

    const broken = join(box.root, '坏的.docx');
    writeFileSync(broken, 'PK\u0003\u0004 这不是一个完整的 Word 文件');
    const bad = await draft('--previous', broken, '-o', out);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^错误：.*坏的\.docx/m);

    // A whole-unit table only: nothing a project could take.
    const unitOnly = await draft('--previous', exampleFile('korla-department-2021.txt'), '-o', out);
    expect(unitOnly.code).toBe(2);
    expect(unitOnly.stderr).toContain('没有读到项目支出绩效目标表');
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
