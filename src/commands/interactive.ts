/**
 * `jixiao` with no arguments: the Ink app. Ink needs a terminal (raw mode); without one we say so
 * and point at the commands that work in a pipe or in CI.
 */
export async function runInteractive(): Promise<number> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    process.stderr.write(
      [
        'jixiao 的交互界面需要在终端窗口中运行（当前输入或输出不是终端）。',
        '在脚本或流水线中请使用命令：',
        '  jixiao check 文件…          检查绩效目标表',
        '  jixiao draft --answers 文件  按答卷起草',
        '  jixiao --help               查看全部命令',
        '',
      ].join('\n'),
    );
    return 2;
  }
  const { runApp } = await withoutFetch(() => import('../ui/run.js'));
  return runApp();
}

/**
 * Ink's layout engine (yoga, WebAssembly) loads its inlined binary through `fetch` when `fetch`
 * exists, and the first touch of Node's `fetch` loads its whole HTTP client (undici): tens of
 * milliseconds before the first screen, for a `data:` URL it then decodes anyway. Hidden while the
 * app's modules load, yoga takes its synchronous path; `fetch` is back before anything else runs.
 */
async function withoutFetch<T>(load: () => Promise<T>): Promise<T> {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (!descriptor?.configurable) return load();
  Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  try {
    return await load();
  } finally {
    Object.defineProperty(globalThis, 'fetch', descriptor);
  }
}
