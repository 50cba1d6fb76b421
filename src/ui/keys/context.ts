import { questionAt } from '../state/questions.js';
import type { AppState, Screen } from '../state/types.js';
import type { KeyContext } from './bindings.js';

/** Which list of keys the screen on show answers to (a screen with modes has one list per mode). */
export function keyContextOf(state: AppState, screen: Screen = state.screen): KeyContext {
  switch (screen.kind) {
    case 'start':
    case 'summary':
    case 'drafting':
    case 'edit':
    case 'category':
    case 'preview':
    case 'file-report':
    case 'settings':
    case 'model-settings':
    case 'header':
    case 'quit':
    case 'selfeval-source':
    case 'selfeval-projects':
      return screen.kind;
    case 'interview': {
      if (!state.draft) return 'interview-text';
      const kind = questionAt(state.draft.answers, state.draft.step).kind;
      return kind === 'choice'
        ? 'interview-choice'
        : kind === 'multiline'
          ? 'interview-multiline'
          : 'interview-text';
    }
    case 'review':
      return screen.focus === 'issues' ? 'review-issues' : 'review';
    case 'keep':
    case 'open-file':
      return 'line-entry';
    case 'table-text':
      return 'text-entry';
    case 'export':
      return screen.phase === 'ask' ? 'line-entry' : 'export';
    default:
      return 'selfeval';
  }
}

/** A screen's name in the help screen's title. */
export const CONTEXT_TITLES: Record<KeyContext, string> = {
  start: '首页',
  'interview-text': '访谈（填写一项）',
  'interview-multiline': '访谈（多行填写）',
  'interview-choice': '访谈（选择）',
  summary: '核对答案',
  drafting: '起草',
  review: '审阅',
  'review-issues': '审阅 · 问题列表',
  edit: '编辑指标',
  'text-entry': '编辑文字',
  'line-entry': '填写',
  header: '编辑表头',
  category: '项目类别',
  preview: '预览',
  export: '导出',
  'file-report': '文件检查结果',
  settings: '设置',
  'model-settings': '模型设置',
  'selfeval-source': '自评 · 选择目标表',
  'selfeval-projects': '自评 · 选择项目',
  selfeval: '自评',
  quit: '退出',
};
