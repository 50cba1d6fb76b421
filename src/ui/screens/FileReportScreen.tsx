import { Box, Text } from 'ink';
import { useSyncState } from '../hooks/useSyncState.js';
import { HelpLine } from '../components/HelpLine.js';
import { IssueList } from '../components/IssueList.js';
import { YearPrompt } from '../components/YearPrompt.js';
import { Title } from '../components/Title.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { useServices } from '../services.js';
import { tableLabel } from '../../domain/labels.js';
import type { ScreenProps } from './props.js';
import { useKeys } from '../hooks/useKeys.js';
import { keyMatcher } from '../keys/bindings.js';

/** What the checker found in an opened file; the file can then be reviewed and fixed as a draft. */
export function FileReportScreen({ state, dispatch, isActive }: ScreenProps<'file-report'>) {
  const { columns, rows } = useTerminalSize();
  const services = useServices();
  const { path, document, findings } = state.screen;
  const [selected, setSelected] = useSyncState(0);
  const [askYear, setAskYear, askYearRef] = useSyncState(false);
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  const counts = { errors: count('error'), warnings: count('warning'), infos: count('info') };
  const issues = findings.map((finding) => ({ finding, blocking: finding.severity === 'error' }));
  useKeys(
    (input, key) => {
      const is = keyMatcher(input, key);
      if (is('up')) setSelected((i) => Math.max(0, i - 1));
      else if (is('down')) setSelected((i) => Math.min(findings.length - 1, i + 1));
      else if (askYearRef.current) return;
      else if (is('importFile') && document)
        dispatch({ type: 'import-as-draft', id: services.newId(), now: services.now().toISOString() });
      else if (is('importNewYear') && document) setAskYear(true);
      else if (is('back')) dispatch({ type: 'open-file' });
    },
    { isActive: isActive && !askYear },
  );
  const tables = document ? document.tables.map(tableLabel) : [];
  return (
    <Box flexDirection="column">
      <Title title={`检查结果：${path}`} width={columns} />
      <Text>
        {document
          ? `${document.unit.name || '（未识别单位）'} ${document.unit.year ?? ''} · ${tables.length} 张表`
          : '文件无法按 jixiao 格式读取。'}
      </Text>
      <Text color={counts.errors > 0 ? 'red' : 'green'}>
        {findings.length === 0
          ? '没有发现问题。'
          : `错误 ${counts.errors} · 警告 ${counts.warnings} · 提示 ${counts.infos}`}
      </Text>
      <Box marginY={1}>
        <IssueList
          issues={issues}
          width={columns}
          height={Math.max(3, rows - 9)}
          selected={findings.length ? selected : undefined}
          tableNames={tables}
        />
      </Box>
      {askYear && document ? (
        <YearPrompt
          from={document.unit.year}
          width={columns}
          isActive={isActive}
          onSubmit={(year) =>
            dispatch({
              type: 'import-as-draft',
              id: services.newId(),
              now: services.now().toISOString(),
              year,
            })
          }
          onCancel={() => setAskYear(false)}
        />
      ) : (
        <HelpLine
          keys={[
            ['↑↓', '逐条查看'],
            ...(document
              ? ([
                  ['回车', '作为草稿打开，逐表审阅修改'],
                  ['n', '作为新一年的底稿（改年份）'],
                ] as Array<[string, string]>)
              : []),
            ['Esc', '换一个文件'],
          ]}
          width={columns}
        />
      )}
    </Box>
  );
}
