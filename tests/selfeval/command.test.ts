import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runSelfeval } from '../../src/commands/selfeval.js';
import { checkDocument } from '../../src/rules/engine.js';
import { kaifuActuals, targetDocument, trainingActuals } from './target-fixture.js';

const root = join(import.meta.dirname, '..', '..');
const thresholds = { excellent: 90, good: 80, fair: 60 };
let dir: string;
let stdout: string;
let stderr: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-selfeval-'));
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

function files(actuals: unknown = kaifuActuals(), target: unknown = targetDocument()) {
  const paths = {
    target: join(dir, 'target.json'),
    actuals: join(dir, 'actuals.json'),
    output: join(dir, 'out.json'),
  };
  writeFileSync(paths.target, JSON.stringify(target));
  writeFileSync(paths.actuals, typeof actuals === 'string' ? actuals : JSON.stringify(actuals));
  return paths;
}

describe('jixiao selfeval (run in process)', () => {
  it('writes the scored document to -o, which passes check, and a summary to stderr', async () => {
    const paths = files({ projects: [...kaifuActuals().projects, ...trainingActuals().projects] });
    expect(await runSelfeval({ ...paths, thresholds })).toBe(0);
    expect(stdout).toBe('');
    const written = JSON.parse(readFileSync(paths.output, 'utf8'));
    expect(written.tables.map((t: { totalScore: number; grade: string }) => [t.totalScore, t.grade])).toEqual(
      [
        [97.3, '优'],
        [84, '良'],
      ],
    );
    const { document, findings } = checkDocument(written);
    expect(document).not.toBeNull();
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(stderr).toContain(`已生成 2 张自评表，写入 ${paths.output}：`);
    expect(stderr).toContain('征收工作经费：预算执行率 73.03%，总分 97.30，等级 优');
    expect(stderr).toContain('业务培训经费：预算执行率 80.00%，总分 84.00，等级 良');
    expect(stderr).toContain('目标可能定得偏低');
    expect(stderr).toContain('检查结果：0 个错误，0 个警告。');
  });

  it('writes to stdout without -o', async () => {
    const { target, actuals } = files();
    expect(await runSelfeval({ target, actuals, thresholds })).toBe(0);
    expect(JSON.parse(stdout).tables[0].totalScore).toBe(97.3);
  });

  it('reads the grade thresholds it is given', async () => {
    const { target, actuals } = files();
    await runSelfeval({ target, actuals, thresholds: { excellent: 98, good: 95, fair: 60 } });
    expect(JSON.parse(stdout).tables[0].grade).toBe('良');
  });

  it('missing files, bad JSON, a target that is not a document: clear Chinese errors', async () => {
    const paths = files();
    await expect(runSelfeval({ ...paths, target: join(dir, 'none.json'), thresholds })).rejects.toThrow(
      /找不到文件：.*none\.json/,
    );
    await expect(runSelfeval({ ...paths, actuals: join(dir, 'none.json'), thresholds })).rejects.toThrow(
      /找不到实际完成情况文件/,
    );
    await expect(runSelfeval({ ...paths, actuals: dir, thresholds })).rejects.toThrow(/是文件夹/);
    const badJson = files('{"projects": [{"name": "征收工作经费",}]}');
    await expect(runSelfeval({ ...badJson, thresholds })).rejects.toThrow(/不是有效的 JSON.*中文引号或逗号/);
    const notDocument = files(kaifuActuals(), { tables: 3 });
    await expect(runSelfeval({ ...notDocument, thresholds })).rejects.toThrow(
      /目标文档 .* 的格式不正确.*jixiao check/,
    );
  });

  it('unknown names, malformed numbers, a wrong actuals shape: every problem listed, nothing written', async () => {
    const input = kaifuActuals();
    input.projects.push({ name: '宣传经费', budget: { spent: 1 } });
    input.projects[0].budget.spent = '二十七';
    const paths = files(input);
    writeFileSync(paths.output, 'previous');
    const error = await runSelfeval({ ...paths, thresholds }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('无法生成自评表');
    expect((error as Error).message).toContain('“二十七”不是金额');
    expect((error as Error).message).toContain(
      '找不到项目“宣传经费”。目标文档中的项目有：“征收工作经费”、“业务培训经费”。',
    );
    expect(readFileSync(paths.output, 'utf8')).toBe('previous');
    const shape = files({ projects: [{ name: '征收工作经费', budget: {}, indicators: {} }] });
    await expect(runSelfeval({ ...shape, thresholds })).rejects.toThrow(
      /缺少全年执行数（spent）[\s\S]*indicators 应为指标列表/,
    );
  });

  it('cannot write the output: says so', async () => {
    const paths = files();
    await expect(
      runSelfeval({ ...paths, output: join(dir, 'no-such-folder', 'out.json'), thresholds }),
    ).rejects.toThrow(/文件夹不存在：.*no-such-folder/);
  });
});

describe('jixiao selfeval (as a process)', () => {
  const run = (args: string[]) =>
    promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(root, 'src', 'cli.ts'), 'selfeval', ...args],
      {
        cwd: root,
        env: { ...process.env, JIXIAO_CONFIG_DIR: join(dir, 'config'), NO_COLOR: '1' },
      },
    ).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => ({
        code: e.code,
        stdout: e.stdout,
        stderr: e.stderr,
      }),
    );

  it('exit 0 and the file written; exit 2 with a Chinese message and no stack trace on a problem', async () => {
    const paths = files();
    const ok = await run(['--target', paths.target, '--actuals', paths.actuals, '-o', paths.output]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toContain('征收工作经费：预算执行率 73.03%，总分 97.30，等级 优');
    expect(JSON.parse(readFileSync(paths.output, 'utf8')).tables[0].totalScore).toBe(97.3);
    const bad = await run(['--target', paths.target, '--actuals', join(dir, 'missing.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^错误：找不到实际完成情况文件/);
    expect(bad.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
