/**
 * commander's usage errors are English ("error: unknown option '--fromat'"): the same facts in
 * Chinese, as every other message of jixiao. Text that matches none of them passes unchanged.
 */
const COMMANDS = 'check、draft、import、export、selfeval、config、doctor';
const ARGUMENTS: Record<string, string> = {
  files: '要检查的文件',
  file: '文件',
  document: '文档（JSON）',
  action: '操作（list、get、set、unset 或 path）',
};

const RULES: Array<[RegExp, (...parts: string[]) => string]> = [
  [/^error: unknown option '(.+?)'/, (option) => `错误：不认识的选项 ${option}。`],
  [
    /^error: unknown command '(.+?)'/,
    (command) => `错误：没有名为 ${command} 的命令。可用的命令：${COMMANDS}。`,
  ],
  // Words after `jixiao` that are not a command reach the default action (the app), which takes none.
  [
    /^error: too many arguments\. Expected 0 arguments/,
    () => `错误：没有这个命令。可用的命令：${COMMANDS}；不带参数运行 jixiao 打开交互界面。`,
  ],
  [
    /^error: missing required argument '(.+?)'/,
    (argument) => `错误：缺少${ARGUMENTS[argument] ?? `参数 ${argument}`}。`,
  ],
  [/^error: required option '(.+?)' not specified/, (option) => `错误：缺少必填的选项 ${option}。`],
  [/^error: option '(.+?)' argument missing/, (option) => `错误：选项 ${option} 后面要写一个值。`],
  [
    /^error: option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+?)\.$/m,
    (option, value, choices) =>
      `错误：选项 ${option} 的值“${value}”无效，可选：${choices.split(', ').join('、')}。`,
  ],
  [
    /^error: too many arguments.*?Expected (\d+) arguments? but got (\d+)/,
    (expected, got) =>
      `错误：参数太多（应为 ${expected} 个，实际 ${got} 个）。文件名中有空格时，请用引号把它括起来。`,
  ],
];

export function chineseUsageError(text: string): string {
  for (const [pattern, say] of RULES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const guess = /\(Did you mean (.+?)\?\)/.exec(text);
    return `${say(...match.slice(1))}${guess ? `是不是要输入 ${guess[1]}？` : ''}\n`;
  }
  return text;
}
