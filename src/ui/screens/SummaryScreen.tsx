import { basename } from 'node:path';
import { Box, Text } from 'ink';
import { useSyncState } from '../hooks/useSyncState.js';
import { HelpLine } from '../components/HelpLine.js';
import { Menu, moveSelection, type MenuItem } from '../components/Menu.js';
import { Paragraph } from '../components/Paragraph.js';
import { Title } from '../components/Title.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import type { InterviewStep } from '../../store/drafts.js';
import { moneyFromNumber, sumMoney } from '../../value/money.js';
import { CATEGORY_LABELS } from '../../domain/categories.js';
import {
  FRAMEWORK_CHOICES,
  missingAnswers,
  projectKindOf,
  projectTotal,
  taskTotal,
} from '../state/questions.js';
import type { Action } from '../state/types.js';
import type { ScreenProps } from './props.js';
import { useKeys } from '../hooks/useKeys.js';
import { helpLineKeys, keyMatcher } from '../keys/bindings.js';
import { useModel } from '../hooks/useModel.js';

type Entry = MenuItem & { action: Action | 'draft' | 'draft-offline' };

/** The answers at a glance; start (or redo) the draft, or go back to any part of the interview. */
export function SummaryScreen({ state, dispatch, isActive }: ScreenProps<'summary'>) {
  const { columns, rows } = useTerminalSize();
  const [selected, setSelected, selectedRef] = useSyncState(0);
  const draft = state.draft!;
  const { unit, tasks, projects } = draft.answers;
  const model = useModel(state.settings);
  const byModel =
    model.status === 'ready'
      ? `，用模型 ${model.model.label}`
      : model.status === 'none'
        ? '，用内置指标库'
        : '';
  /** With a model configured, the library stays one choice away. */
  const offlineEntry: Entry[] =
    model.status === 'ready' || (model.status === 'none' && model.configured)
      ? [{ label: '用内置指标库离线起草', note: '不调用模型', action: 'draft-offline' }]
      : [];
  const goto = (step: InterviewStep): Action => ({ type: 'goto-step', step });
  // Last year's tables the drafter starts from (kept in the draft: a redraft uses them too).
  const previous = draft.previous ?? [];
  const lastYear: Entry[] = [
    {
      label: '导入去年的表作参考',
      note: previous.length
        ? `已导入 ${previous.length} 个文件，可再加`
        : '同名或同类的项目先用去年的指标（Word、Excel、PDF 都可以）',
      action: { type: 'open-file', previous: true },
    },
    ...(previous.length
      ? [
          {
            label: '不再参考去年的表',
            note: previous.map((p) => basename(p)).join('、'),
            action: { type: 'previous-cleared' } as Action,
          },
        ]
      : []),
  ];
  const entries: Entry[] = [
    ...(draft.document
      ? [
          { label: '继续审阅', note: '保留审阅中已做的修改', action: { type: 'open-review' } as Action },
          {
            label: '按当前答案重新起草',
            note: `审阅中的修改会被替换（Ctrl+Z 可撤销）${byModel}`,
            action: 'draft' as const,
          },
          ...offlineEntry,
        ]
      : [
          {
            label: '开始起草',
            note: `部门整体表 + ${projects.length} 个项目表${byModel}${previous.length ? '，参考去年的表' : ''}`,
            action: 'draft' as const,
          },
          ...offlineEntry,
        ]),
    ...lastYear,
    {
      label: '修改单位信息',
      note: `${unit.name ?? ''} ${unit.year ?? ''}`,
      action: goto({ section: 'unit', field: 'name' }),
    },
    {
      label: '修改年度主要任务',
      // The sums are on the line above the menu: here only how many.
      note: `${tasks.length} 项`,
      action: goto({ section: 'task', index: 0, field: 'name' }),
    },
    ...projects.map((p, index) => ({
      label: `修改项目：${p.name}`,
      note: `${sumMoney([p.fiscal, p.other].map((n) => (n === undefined ? null : moneyFromNumber(n))))} 万元 · ${CATEGORY_LABELS[projectKindOf(p)]}`,
      action: goto({ section: 'project', index, field: 'name' }),
    })),
    { label: '添加项目', action: goto({ section: 'project', index: projects.length, field: 'name' }) },
  ];
  const index = Math.min(selected, entries.length - 1);

  const start = (offline = false) => {
    const missing = missingAnswers(draft.answers);
    if (missing.length > 0) {
      dispatch({ type: 'start-drafting', labels: [] });
      return;
    }
    dispatch({
      type: 'start-drafting',
      labels: [
        { target: 'unit', label: `${unit.name}（部门整体）` },
        ...projects.map((p, i) => ({ target: i, label: p.name })),
      ],
      ...(offline ? { offline } : {}),
    });
  };

  useKeys(
    (input, key) => {
      const at = Math.min(selectedRef.current, entries.length - 1);
      const is = keyMatcher(input, key);
      if (is('up')) setSelected(moveSelection(at, -1, entries.length));
      else if (is('down') || is('nextTab')) setSelected(moveSelection(at, 1, entries.length));
      else if (is('confirm')) {
        const { action } = entries[at];
        if (action === 'draft') start();
        else if (action === 'draft-offline') start(true);
        else dispatch(action);
      } else if (is('back')) dispatch({ type: 'back' });
      else if (is('undo')) dispatch({ type: 'undo' });
    },
    { isActive },
  );

  const framework =
    FRAMEWORK_CHOICES.find((c) => c.value === (unit.framework ?? state.settings.framework))?.label ?? '';
  const duties = (unit.duties ?? '').split('\n')[0];
  return (
    <Box flexDirection="column">
      <Title
        title={`${unit.name || '新草稿'} · 核对答案`}
        right={unit.year ? `${unit.year} 年度` : ''}
        width={columns}
      />
      <Text>{`单位：${unit.name ?? '（未填）'}    年度：${unit.year ?? '（未填）'}    人数：${unit.staff ?? '—'}`}</Text>
      <Paragraph width={columns} dim>{`指标体系：${framework}`}</Paragraph>
      {duties ? (
        <Paragraph
          width={columns}
          dim
        >{`职能：${duties.length > 60 ? `${duties.slice(0, 60)}…` : duties}`}</Paragraph>
      ) : null}
      <Text color="yellow">{`${taskTotal(draft.answers)}    ${projectTotal(draft.answers)}`}</Text>
      {tasks.length === 0 ? <Text dimColor>没有填写年度主要任务（部门整体表的任务部分将为空）。</Text> : null}
      <Box marginY={1}>
        <Menu items={entries} selected={index} width={columns} height={Math.max(4, rows - 12)} />
      </Box>
      {state.screen.notice ? (
        <Paragraph width={columns} color="yellow">
          {state.screen.notice}
        </Paragraph>
      ) : null}
      {state.screen.error ? (
        <Paragraph width={columns} color="red">
          {state.screen.error}
        </Paragraph>
      ) : null}
      <HelpLine keys={helpLineKeys('summary')} width={columns} />
    </Box>
  );
}
