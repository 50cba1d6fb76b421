import type { Key } from 'ink';

/**
 * The one key table: every command a screen answers to, the keys that trigger it and what it does.
 * Screens test keys with `keyMatcher` (so a key works exactly as listed), and both the help line at
 * the bottom of a screen and the help screen (? or F1) are generated from `SCREEN_KEYS` below.
 * (The layout follows gemini-cli's keyBindings/keyMatchers: commands → bindings → matchers.)
 */

/** Ink's key, plus F1 (Ink reports function keys as an empty input; KeysProvider recognises F1). */
export type AppKey = Key & { f1?: boolean };

/** A key event with nothing pressed: the base of the events we make up (F1, a pasted control key). */
export const NO_KEY: AppKey = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

type KeyName =
  | 'upArrow'
  | 'downArrow'
  | 'leftArrow'
  | 'rightArrow'
  | 'pageUp'
  | 'pageDown'
  | 'return'
  | 'escape'
  | 'tab'
  | 'delete'
  | 'f1';

/** A printable key (`input`), a named key (with or without Shift), or Ctrl+letter. */
type KeySpec = { input: string } | { name: KeyName; shift?: boolean } | { ctrl: string };

interface CommandDef {
  keys: KeySpec[];
  /** How the key is written for the user: "↑", "Ctrl+Z", "?". */
  label: string;
  /** What it does, when a screen does not say it in its own words. */
  text: string;
}

const def = (label: string, text: string, ...keys: KeySpec[]): CommandDef => ({ keys, label, text });

export const COMMANDS = {
  help: def('?/F1', '本屏按键说明', { input: '?' }, { input: '？' }, { name: 'f1' }),
  home: def('h', '回到首页（草稿已保存）', { input: 'h' }),
  quit: def('Ctrl+C', '退出（先确认；草稿已保存）', { ctrl: 'c' }),
  up: def('↑', '上移', { name: 'upArrow' }),
  down: def('↓', '下移', { name: 'downArrow' }),
  pageUp: def('PgUp', '上一页', { name: 'pageUp' }),
  pageDown: def('PgDn', '下一页', { name: 'pageDown' }, { input: ' ' }),
  left: def('←', '上一张表', { name: 'leftArrow' }),
  right: def('→', '下一张表', { name: 'rightArrow' }),
  nextTab: def('Tab', '下一个', { name: 'tab', shift: false }),
  prevTab: def('Shift+Tab', '上一个', { name: 'tab', shift: true }),
  confirm: def('回车', '确定', { name: 'return' }),
  toggle: def('空格', '切换', { input: ' ' }),
  back: def('Esc', '返回', { name: 'escape' }),
  undo: def('Ctrl+Z', '撤销', { ctrl: 'z' }),
  finish: def('Ctrl+D', '完成', { ctrl: 'd' }),
  clear: def('Ctrl+U', '清空本栏', { ctrl: 'u' }),
  lineStart: def('Ctrl+A', '到行首', { ctrl: 'a' }),
  lineEnd: def('Ctrl+E', '到行尾', { ctrl: 'e' }),
  yes: def('y', '是', { input: 'y' }, { input: 'Y' }),
  no: def('n', '否', { input: 'n' }, { input: 'N' }),
  // The review of one table.
  edit: def('回车/e', '修改所选指标', { name: 'return' }, { input: 'e' }),
  accept: def('y', '接受所选指标', { input: 'y' }),
  reject: def('x', '拒绝所选指标（再按恢复）', { input: 'x' }),
  add: def('n', '新增指标（放在所选指标的二级指标下）', { input: 'n' }),
  rowUp: def('[', '把所选指标上移一行（同一二级指标内）', { input: '[' }),
  rowDown: def(']', '把所选指标下移一行（同一二级指标内）', { input: ']' }),
  keep: def('k', '保留错误并说明理由（理由随表导出）', { input: 'k' }),
  issues: def('f', '查看本表全部问题', { input: 'f' }),
  fold: def('v', '收起/展开问题列表', { input: 'v' }),
  goals: def('g', '改绩效目标', { input: 'g' }),
  purpose: def('u', '改资金用途', { input: 'u' }),
  header: def('t', '改表头：项目编码、主管部门、实施单位、资金支出计划', { input: 't' }),
  category: def('c', '改项目类别', { input: 'c' }),
  // In the interview (a text field takes every printable key): the kind before drafting.
  kind: def('Ctrl+K', '改项目类别（起草时按此类别选用指标）', { ctrl: 'k' }),
  tableDone: def('d', '本表检查无误，确认', { input: 'd' }),
  preview: def('p', '预览并导出', { input: 'p' }),
  suggest: def('s', '请模型补充同类指标', { input: 's' }),
  rewrite: def('r', '请模型改写所选指标', { input: 'r' }),
  explain: def('w', '请模型说明理由', { input: 'w' }),
  opinion: def('o', '请模型对需要判断的问题给第二意见', { input: 'o' }),
  // Elsewhere.
  remove: def('x', '删除所选草稿', { input: 'x' }, { name: 'delete' }),
  leave: def('q', '退出', { input: 'q' }),
  retry: def('r', '重新起草', { input: 'r' }),
  offline: def('o', '改用内置指标库离线起草', { input: 'o' }),
  importFile: def('回车/i', '导入为草稿', { name: 'return' }, { input: 'i' }),
  importNewYear: def('n', '作为新年度的草稿导入', { input: 'n' }),
  // The self-evaluation (its screens are in SelfEval*.tsx).
  pickAll: def('a', '全选/全不选', { input: 'a' }),
  weight: def('w', '改所选指标的分值', { input: 'w' }),
  scheme: def('s', '分值方案（平均分配或按类别）', { input: 's' }),
  overall: def('o', '总体目标完成情况（在资金行）', { input: 'o' }),
  deviation: def('r', '偏差原因分析及改进措施（得分低于分值时）', { input: 'r' }),
  grade: def('g', '定性指标评等级', { input: 'g' }),
  fillTarget: def('t', '补填空白的年度指标值', { input: 't' }),
  formula: def('a', '看每项得分的算式', { input: 'a' }),
} satisfies Record<string, CommandDef>;

export type Command = keyof typeof COMMANDS;

function matchesSpec(spec: KeySpec, input: string, key: AppKey): boolean {
  if ('ctrl' in spec) return key.ctrl && input === spec.ctrl;
  if ('name' in spec) {
    if (spec.name === 'f1') return Boolean(key.f1);
    return Boolean(key[spec.name]) && (spec.shift === undefined || key.shift === spec.shift);
  }
  return !key.ctrl && input === spec.input;
}

export function matches(command: Command, input: string, key: AppKey): boolean {
  return COMMANDS[command].keys.some((spec) => matchesSpec(spec, input, key));
}

/** `is('accept')`: whether this key is one of the command's keys. */
export function keyMatcher(input: string, key: AppKey): (command: Command) => boolean {
  return (command) => matches(command, input, key);
}

/** One line of a screen's key list: the commands (their labels joined: "↑↓"), and what they do there. */
export interface KeyEntry {
  commands: Command[];
  text: string;
  /** Shown in the screen's bottom help line too (the rest only on the help screen). */
  brief: boolean;
}

const k = (commands: Command | Command[], text?: string, brief = true): KeyEntry => {
  const list = Array.isArray(commands) ? commands : [commands];
  return { commands: list, text: text ?? COMMANDS[list[0]].text, brief };
};
const more = (commands: Command | Command[], text?: string) => k(commands, text, false);

export function entryLabel(entry: KeyEntry): string {
  const labels = entry.commands.map((c) => COMMANDS[c].label);
  return labels.every((l) => l.length === 1) ? labels.join('') : labels.join('/');
}

const TYPING: KeyEntry[] = [
  more('undo', '撤销输入'),
  more('clear'),
  more(['lineStart', 'lineEnd'], '到行首/行尾'),
];

/** The keys of each screen (and of each mode of a screen), in the order the help lists them. */
export const SCREEN_KEYS = {
  start: [k(['up', 'down'], '选择'), k('confirm'), k('remove'), k('leave'), more('help')],
  'interview-text': [
    k('confirm', '确定，下一题'),
    k('undo'),
    k('clear'),
    k('back', '上一题'),
    more('kind', '改项目类别（项目的各题；起草时按此类别选用指标）'),
    more(['lineStart', 'lineEnd'], '到行首/行尾'),
  ],
  'interview-multiline': [
    k('confirm', '换行'),
    k('finish', '完成本题'),
    k('undo'),
    k('back', '上一题'),
    more('clear'),
    more(['up', 'down'], '在各行之间移动'),
    more('kind', '改项目类别（项目的各题；起草时按此类别选用指标）'),
  ],
  'interview-choice': [k(['up', 'down'], '选择'), k('confirm'), k('undo'), k('back', '上一题')],
  summary: [k(['up', 'down'], '选择'), k('confirm'), k('undo'), k('back', '回到首页（草稿已保存）')],
  drafting: [
    k('back', '取消起草，回到核对答案'),
    k('confirm', '起草完成后：进入审阅'),
    k('retry', '重新起草（出错或有表改用离线草稿时）'),
    k('offline', '出错时：改用内置指标库'),
  ],
  review: [
    k(['up', 'down'], '选择'),
    k('edit', '修改'),
    k('accept', '接受'),
    k('reject', '拒绝/恢复'),
    k('add', '新增'),
    k('tableDone', '本表完成'),
    k(['left', 'right'], '换表'),
    k('issues', '问题列表'),
    more('nextTab', '下一张表'),
    more(['pageUp', 'pageDown'], '翻页'),
    more(['rowUp', 'rowDown'], '所选指标上移/下移（同一二级指标内）'),
    more('keep'),
    more('fold'),
    more('goals'),
    more('purpose'),
    more('header'),
    more('category'),
    k('preview', '预览'),
    k('undo'),
    more('back', '回到核对答案'),
    more('suggest'),
    more('rewrite'),
    more('explain'),
    more('opinion'),
  ],
  'review-issues': [
    k(['up', 'down'], '选择问题'),
    k('confirm', '跳到该处修改'),
    k('back', '回到指标'),
    more('opinion'),
  ],
  edit: [
    k('confirm', '下一栏（最后一栏保存）'),
    k(['up', 'down'], '换栏'),
    k('finish', '保存'),
    k('back', '放弃修改（先确认）'),
    more(['nextTab', 'prevTab'], '下一栏/上一栏'),
    ...TYPING,
  ],
  'text-entry': [k('confirm', '换行'), k('finish', '保存'), k('back', '放弃修改（先确认）'), ...TYPING],
  'line-entry': [k('confirm', '确定'), k('back', '返回（改过的先确认）'), ...TYPING],
  header: [
    k(['up', 'down'], '换栏'),
    k('confirm', '下一栏（最后一栏保存）'),
    k('finish', '保存'),
    k('back', '放弃修改（先确认）'),
    ...TYPING,
  ],
  category: [k(['up', 'down'], '选择'), k('confirm'), k('back')],
  preview: [
    k(['up', 'down'], '滚动'),
    k(['pageUp', 'pageDown'], '翻页'),
    k(['left', 'right'], '上一张/下一张表'),
    k('confirm', '导出'),
    k('back', '回到审阅'),
  ],
  export: [k('confirm', '导出（完成后回到首页）'), k('back')],
  'file-report': [k(['up', 'down'], '选择'), k('importFile'), k('importNewYear'), k('back', '换一个文件')],
  settings: [k(['up', 'down'], '选择'), k(['confirm', 'toggle'], '修改/切换'), k('back', '回到首页')],
  'model-settings': [k(['up', 'down'], '选择'), k('confirm', '修改'), k('back')],
  'selfeval-source': [k(['up', 'down'], '选择'), k('confirm', '确定（文件：读取）'), k('back')],
  'selfeval-projects': [
    k(['up', 'down'], '选择'),
    k('toggle', '选中/取消'),
    k('pickAll'),
    k('confirm', '开始自评'),
    k('back'),
  ],
  selfeval: [
    k(['up', 'down'], '选择'),
    k('confirm', '填写所选一行（预算和执行数，或实际完成值）'),
    k('weight'),
    k('scheme'),
    k('overall'),
    k('deviation'),
    k('grade'),
    k('fillTarget'),
    k('formula'),
    k(['left', 'right'], '换表'),
    k('preview', '预览并导出'),
    k('undo'),
    k('back', '回到开始界面'),
  ],
  quit: [k('yes', '退出'), k(['no', 'back'], '继续')],
} satisfies Record<string, KeyEntry[]>;

export type KeyContext = keyof typeof SCREEN_KEYS;

/** Keys that work on every screen (shown at the end of every help screen). */
export const GLOBAL_KEYS: KeyEntry[] = [
  k('help', '本屏按键说明（在输入框中请按 F1）'),
  k('home', '回到首页（不在输入框中时；草稿已保存）'),
  k('quit'),
];

/** The pairs for a screen's bottom help line: the brief entries, then "? 帮助". */
export function helpLineKeys(
  context: KeyContext,
  extra: Array<[string, string]> = [],
): Array<[string, string]> {
  const typing =
    context.includes('entry') ||
    context === 'edit' ||
    context === 'header' ||
    context.startsWith('interview-');
  const brief = SCREEN_KEYS[context]
    .filter((e) => e.brief)
    .map((e): [string, string] => [entryLabel(e), e.text]);
  return [...brief, ...extra, [typing && context !== 'interview-choice' ? 'F1' : '?', '帮助']];
}
