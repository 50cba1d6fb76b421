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
  const { runApp } = await import('../ui/run.js');
  return runApp();
}
