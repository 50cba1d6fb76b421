import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportFatal } from '../../src/commands/fatal.js';
import { LlmError } from '../../src/draft/llm/errors.js';
import { CancelledError, describeCauses, FileError, JixiaoError, UsageError } from '../../src/errors.js';
import { ImportError } from '../../src/import/types.js';
import { SettingsError } from '../../src/store/settings.js';

function enoent(): NodeJS.ErrnoException {
  try {
    readFileSync(join(tmpdir(), 'jixiao-no-such-file-for-this-test'));
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
  throw new Error('the file exists');
}

function stderrOf(run: () => number): { code: number; text: string } {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    return { code: run(), text: chunks.join('') };
  } finally {
    spy.mockRestore();
  }
}

describe('the error hierarchy', () => {
  afterEach(() => vi.restoreAllMocks());

  it('every module error is a JixiaoError with an exit code', () => {
    for (const error of [
      new ImportError('读不了'),
      new LlmError('auth', 'Key 无效', 401),
      new SettingsError('设置文件坏了'),
      new UsageError('不认识的选项'),
    ]) {
      expect(error).toBeInstanceOf(JixiaoError);
      expect(error.exitCode).toBe(2);
    }
    expect(new CancelledError('已取消').exitCode).toBe(130);
    expect(new LlmError('aborted', '已取消。').exitCode).toBe(130);
    expect(new ImportError('x').name).toBe('ImportError');
  });

  it('reportFatal prints the message and returns the exit code; no stack without --debug', () => {
    const { code, text } = stderrOf(() => reportFatal(new CancelledError('已取消，未作修改。'), false));
    expect(code).toBe(130);
    expect(text).toBe('错误：已取消，未作修改。\n');

    const bug = stderrOf(() => reportFatal(new TypeError('x is undefined'), false));
    expect(bug.code).toBe(2);
    expect(bug.text).toContain('出错了：x is undefined');
    expect(bug.text).not.toMatch(/\n\s+at /);
  });

  it('--debug shows the causes underneath: errno code, syscall, path, HTTP status, then the stack', () => {
    const cause = enoent();
    const error = new FileError('找不到文件。请检查路径。', { cause });
    const { text } = stderrOf(() => reportFatal(error, true));
    expect(text).toContain('错误：找不到文件。');
    expect(text).toMatch(
      /原因：Error: ENOENT.*\[code=ENOENT errno=-?\d+ syscall=open path=.*jixiao-no-such-file/,
    );
    expect(text).toMatch(/\n\s+at /);

    const http = Object.assign(new Error('401 Unauthorized'), { status: 401 });
    const model = new LlmError('auth', 'API Key 无效或已过期（HTTP 401）。', 401, { cause: http });
    expect(describeCauses(model)).toContain('原因：Error: 401 Unauthorized [HTTP 401]');
  });
});
