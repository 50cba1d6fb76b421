import { Box, Text } from 'ink';
import type { TargetTable } from '../../domain/document.js';
import { budgetTotal, departmentBudget } from '../../selfeval/funds.js';
import { formatNumber } from '../../value/format-value.js';
import { toYuan } from '../../value/money.js';
import { HelpLine } from '../components/HelpLine.js';
import { useGlyphs } from '../components/Look.js';
import { Menu, moveSelection } from '../components/Menu.js';
import { Paragraph } from '../components/Paragraph.js';
import { Title } from '../components/Title.js';
import { useKeys } from '../hooks/useKeys.js';
import { helpLineKeys, keyMatcher } from '../keys/bindings.js';
import { useSyncState } from '../hooks/useSyncState.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { useServices } from '../services.js';
import { tableName, targetIndexes } from '../state/selfeval.js';
import type { ScreenProps } from './props.js';

function budgetOf(table: TargetTable): string {
  const total = budgetTotal(table.kind === 'project' ? table.budget : departmentBudget(table));
  return total == null ? '预算未填' : `预算 ${formatNumber(toYuan(total) / 10_000)} 万元`;
}

/**
 * Which target tables to evaluate, the projects and the whole unit (部门整体): all are chosen at
 * first; space takes one out or puts it back. Each becomes a self-evaluation of its own kind.
 */
export function SelfEvalProjectsScreen({ state, dispatch, isActive }: ScreenProps<'selfeval-projects'>) {
  const services = useServices();
  const { columns, rows } = useTerminalSize();
  const glyphs = useGlyphs();
  const { target, from } = state.screen;
  const projects = targetIndexes(target);
  const [selected, setSelected, selectedRef] = useSyncState(0);
  const [chosen, setChosen, chosenRef] = useSyncState<boolean[]>(() => projects.map(() => true));
  const [note, setNote] = useSyncState<string | null>(null);

  useKeys(
    (input, key) => {
      const at = selectedRef.current;
      const is = keyMatcher(input, key);
      if (is('up')) setSelected(moveSelection(at, -1, projects.length));
      else if (is('down') || is('nextTab')) setSelected(moveSelection(at, 1, projects.length));
      else if (is('toggle')) setChosen((c) => c.map((v, i) => (i === at ? !v : v)));
      else if (is('pickAll'))
        setChosen((c) => {
          const all = c.every(Boolean);
          return c.map(() => !all);
        });
      else if (is('back')) dispatch({ type: 'back' });
      else if (is('confirm')) {
        const tables = projects.filter((_, i) => chosenRef.current[i]);
        if (tables.length === 0) setNote('请至少选择一张表（空格选择）。');
        else
          dispatch({
            type: 'selfeval-start',
            tables,
            id: services.newId(),
            now: services.now().toISOString(),
          });
      }
    },
    { isActive },
  );

  const count = chosen.filter(Boolean).length;
  const items = projects.map((i, k) => {
    const table = target.tables[i] as TargetTable;
    const tasks = table.kind === 'department' ? ` · ${table.tasks.length} 项任务` : '';
    return {
      label: `[${chosen[k] ? glyphs.ok : ' '}] ${tableName(table)}`,
      // Rejected suggestions are not in the table (nor in the self-evaluation built from it).
      note: `${budgetOf(table)} · ${table.indicators.filter((i) => i.status !== 'rejected').length} 个指标${tasks}`,
    };
  });
  return (
    <Box flexDirection="column">
      <Title
        title={`自评：选择项目和部门整体（${from}）`}
        right={`已选 ${count}/${projects.length}`}
        width={columns}
      />
      <Paragraph width={columns} dim>
        每个选中的项目生成一张项目支出绩效自评表，部门整体生成部门（单位）整体支出绩效自评表，逐张填写。
      </Paragraph>
      <Box marginY={1}>
        <Menu items={items} selected={selected} width={columns} height={Math.max(3, rows - 10)} />
      </Box>
      {note ? <Text color="yellow">{note}</Text> : null}
      <HelpLine
        keys={helpLineKeys('selfeval-projects').map(([k, label]): [string, string] =>
          label === '开始自评' ? [k, `开始自评（${count} 张表）`] : [k, label],
        )}
        width={columns}
      />
    </Box>
  );
}
