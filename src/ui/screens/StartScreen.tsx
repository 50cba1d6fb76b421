import { Box, Text } from 'ink';
import { useState } from 'react';
import { useSyncState } from '../hooks/useSyncState.js';
import { HelpLine } from '../components/HelpLine.js';
import { Menu, moveSelection, type MenuItem } from '../components/Menu.js';
import { Title } from '../components/Title.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { errorText, formatWhen, STAGE_LABELS } from '../format.js';
import { useServices } from '../services.js';
import { fromAnswers } from '../state/questions.js';
import type { ScreenProps } from './props.js';
import type { Draft } from '../../store/drafts.js';
import { useDraftList } from '../hooks/useDraftList.js';
import { useKeys } from '../hooks/useKeys.js';
import { helpLineKeys, keyMatcher } from '../keys/bindings.js';

type Entry =
  | { kind: 'new' }
  | { kind: 'resume'; id: string }
  | { kind: 'example' }
  | { kind: 'file' }
  | { kind: 'selfeval' }
  | { kind: 'settings' }
  | { kind: 'quit' };

/** New draft, the saved drafts to resume, a file to check, the worked example, settings. */
export function StartScreen({ state, dispatch, isActive }: ScreenProps<'start'>) {
  const services = useServices();
  const { columns, rows } = useTerminalSize();
  const [selected, setSelected, selectedRef] = useSyncState(0);
  const [confirmDelete, setConfirmDelete, confirmRef] = useSyncState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  /** A draft open in another window (issue 13): c opens a copy, r views it read-only. */
  const [, setLocked, lockedRef] = useSyncState<string | null>(null);

  useDraftList(dispatch);

  const now = services.now();
  const entries: Array<Entry & MenuItem> = [
    { kind: 'new', label: '新建草稿', note: '逐项回答问题，约 10 分钟' },
    ...state.drafts.map((d) => ({
      kind: 'resume' as const,
      id: d.id,
      label: `继续${d.selfEval ? '自评' : ''}：${d.unitName || '（未填单位名称）'}${d.year ? ` ${d.year}年` : ''}`,
      note: `${d.selfEval && d.stage === 'review' ? '填写中' : STAGE_LABELS[d.stage]} · 最后修改 ${formatWhen(d.updatedAt, now)}`,
    })),
    { kind: 'file', label: '打开文件检查或导入', note: '.docx .doc .wps .xlsx .xls .et .pdf .txt .md .json' },
    { kind: 'selfeval', label: '自评：由目标表生成自评表', note: '年度结束后填实际完成情况，自动计分' },
    { kind: 'example', label: '示例：某街道办事处', note: '五个项目，几秒看完整个流程' },
    { kind: 'settings', label: '设置', note: '指标体系、起草用的模型、导出文件夹、字体' },
    { kind: 'quit', label: '退出' },
  ];
  const index = Math.min(selected, entries.length - 1);

  const choose = async (entry: Entry) => {
    setBusy('请稍候…');
    try {
      if (entry.kind === 'new')
        dispatch({ type: 'new-draft', id: services.newId(), now: services.now().toISOString() });
      else if (entry.kind === 'resume')
        dispatch({ type: 'open-draft', draft: await services.drafts.load(entry.id) });
      else if (entry.kind === 'example') {
        const answers = fromAnswers(await services.loadExample());
        dispatch({
          type: 'example-loaded',
          id: services.newId(),
          now: services.now().toISOString(),
          answers,
        });
      } else if (entry.kind === 'file') dispatch({ type: 'open-file' });
      else if (entry.kind === 'selfeval') dispatch({ type: 'selfeval-open' });
      else if (entry.kind === 'settings') dispatch({ type: 'open-settings' });
      else dispatch({ type: 'confirm-quit' });
    } catch (error) {
      const isLocked = entry.kind === 'resume' && (error as Error).name === 'DraftLockedError';
      if (isLocked) setLocked(entry.id);
      const hint = isLocked ? '按 c 打开一份副本继续修改，按 r 只读查看，其他键返回。' : '';
      dispatch({ type: 'open-failed', message: `${errorText(error)}${hint}` });
      void services.drafts.list().then((list) => dispatch({ type: 'drafts-listed', ...list }));
    } finally {
      setBusy(null);
    }
  };

  useKeys(
    (input, key) => {
      const at = Math.min(selectedRef.current, entries.length - 1);
      const entry = entries[at];
      const deleting = confirmRef.current;
      const is = keyMatcher(input, key);
      const lockedId = lockedRef.current;
      if (lockedId) {
        setLocked(null);
        const open = async (load: () => Promise<Draft> | undefined) => {
          try {
            const draft = await load();
            if (draft) dispatch({ type: 'open-draft', draft });
          } catch (error) {
            dispatch({ type: 'open-failed', message: errorText(error) });
          }
        };
        if (input === 'c') void open(() => services.drafts.copy?.(lockedId));
        else if (input === 'r') void open(() => services.drafts.load(lockedId, { readOnly: true }));
        return;
      }
      if (deleting) {
        if (is('yes')) {
          void services.drafts
            .remove(deleting)
            .then(() => services.drafts.list().then((list) => dispatch({ type: 'drafts-listed', ...list })));
        }
        setConfirmDelete(null);
        return;
      }
      if (is('up')) setSelected(moveSelection(at, -1, entries.length));
      else if (is('down') || is('nextTab')) setSelected(moveSelection(at, 1, entries.length));
      else if (is('confirm')) void choose(entry);
      else if (is('remove') && entry.kind === 'resume') setConfirmDelete(entry.id);
      else if (is('leave')) dispatch({ type: 'confirm-quit' });
    },
    { isActive: isActive && busy === null },
  );

  const messages = [state.screen.message, ...state.notices].filter((m): m is string => Boolean(m));
  const deleting = confirmDelete ? state.drafts.find((d) => d.id === confirmDelete) : undefined;
  return (
    <Box flexDirection="column">
      <Title title="绩效 · 预算绩效目标表起草与检查" right="离线可用，无需联网" width={columns} />
      <Text>请选择要做的事：</Text>
      <Box marginY={1}>
        <Menu
          items={entries}
          selected={index}
          width={columns}
          height={Math.max(5, rows - 10 - messages.length * 2)}
        />
      </Box>
      {messages.map((m, i) => (
        <Text key={i} color="yellow">
          {m}
        </Text>
      ))}
      {deleting ? (
        <Text color="red">{`删除草稿“${deleting.unitName || '（未填单位名称）'}${deleting.year ? ` ${deleting.year}年` : ''}”（${STAGE_LABELS[deleting.stage]}，最后修改 ${formatWhen(deleting.updatedAt, now)}）？此操作不能撤销。按 y 删除，其他键取消。`}</Text>
      ) : null}
      {busy ? <Text color="cyan">{busy}</Text> : null}
      <HelpLine keys={helpLineKeys('start')} width={columns} />
    </Box>
  );
}
