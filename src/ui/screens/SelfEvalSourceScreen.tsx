import { Box, Text } from 'ink';
import { HelpLine } from '../components/HelpLine.js';
import { Menu, moveSelection, type MenuItem } from '../components/Menu.js';
import { Paragraph } from '../components/Paragraph.js';
import { TextInput } from '../components/TextInput.js';
import { Title } from '../components/Title.js';
import { formatWhen, STAGE_LABELS } from '../format.js';
import { useDraftList } from '../hooks/useDraftList.js';
import { useKeys } from '../hooks/useKeys.js';
import { useSelfEvalSource } from '../hooks/useSelfEvalSource.js';
import { useSyncState } from '../hooks/useSyncState.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { useServices } from '../services.js';
import type { DraftSummary } from '../../store/drafts.js';
import type { ScreenProps } from './props.js';

type Entry = ({ kind: 'draft'; id: string } | { kind: 'file' }) & MenuItem;

/** "部门整体表 + 2 张项目表": the target tables a draft offers. */
function targetCounts(d: DraftSummary): string {
  return [
    d.departmentTables ? (d.departmentTables > 1 ? `${d.departmentTables} 张部门整体表` : '部门整体表') : '',
    d.projectTables ? `${d.projectTables} 张项目表` : '',
  ]
    .filter(Boolean)
    .join(' + ');
}

/** Where the target tables of a self-evaluation come from: a saved draft with target tables (project or whole-unit), or a file. */
export function SelfEvalSourceScreen({ state, dispatch, isActive }: ScreenProps<'selfeval-source'>) {
  const services = useServices();
  const { columns, rows } = useTerminalSize();
  const { busy, error } = state.screen;
  const { fromDraft, fromFile } = useSelfEvalSource(dispatch);
  const [selected, setSelected, selectedRef] = useSyncState(0);
  const [askingPath, setAskingPath] = useSyncState(false);

  useDraftList(dispatch);

  const now = services.now();
  const entries: Entry[] = [
    ...state.drafts
      .filter((d) => !d.selfEval && (d.projectTables ?? 0) + (d.departmentTables ?? 0) > 0)
      .map((d) => ({
        kind: 'draft' as const,
        id: d.id,
        label: `草稿：${d.unitName || '（未填单位名称）'}${d.year ? ` ${d.year}年` : ''}`,
        note: `${targetCounts(d)} · ${STAGE_LABELS[d.stage]} · ${formatWhen(d.updatedAt, now)}`,
      })),
    {
      kind: 'file',
      label: '打开目标表文件…',
      note: '.docx .doc .xlsx .xls .pdf .txt .json（导出的目标表或单位原有的表格）',
    },
  ];
  const index = Math.min(selected, entries.length - 1);

  useKeys(
    (_input, key) => {
      const at = Math.min(selectedRef.current, entries.length - 1);
      if (key.upArrow) setSelected(moveSelection(at, -1, entries.length));
      else if (key.downArrow || key.tab) setSelected(moveSelection(at, 1, entries.length));
      else if (key.escape) dispatch({ type: 'back' });
      else if (key.return) {
        const entry = entries[at];
        if (entry.kind === 'draft') fromDraft(entry.id);
        else setAskingPath(true);
      }
    },
    { isActive: isActive && !busy && !askingPath },
  );

  return (
    <Box flexDirection="column">
      <Title title="自评：由年度绩效目标表生成绩效自评表" width={columns} />
      <Paragraph width={columns} dim>
        年度结束后，每个项目和部门（单位）整体的绩效目标表都要做自评：填写预算执行情况和每个指标的实际完成值，程序按全国预算绩效管理平台的规则计分，算出总分和等级。
      </Paragraph>
      <Text>请选择自评依据的目标表：</Text>
      <Box marginY={1}>
        <Menu items={entries} selected={index} width={columns} height={Math.max(3, rows - 14)} />
      </Box>
      {askingPath ? (
        <Box flexDirection="column">
          <Box>
            <Text color="cyan">{'文件：'}</Text>
            <TextInput
              isActive={isActive && !busy}
              width={columns - 6}
              placeholder="例如 ~/文档/2025年项目支出绩效目标表.docx（可以把文件拖进终端窗口）"
              onSubmit={fromFile}
              onKey={(_input, key) => key.escape && setAskingPath(false)}
            />
          </Box>
        </Box>
      ) : null}
      {busy ? <Text color="cyan">正在读取…</Text> : null}
      {error ? (
        <Paragraph width={columns} color="red">
          {error}
        </Paragraph>
      ) : null}
      <HelpLine
        keys={
          askingPath
            ? [
                ['回车', '读取'],
                ['Esc', '返回列表'],
              ]
            : [
                ['↑↓', '选择'],
                ['回车', '确定'],
                ['Esc', '回到开始界面'],
              ]
        }
        width={columns}
      />
    </Box>
  );
}
