import { Box, Text } from 'ink';
import { useSyncState } from '../hooks/useSyncState.js';
import { CATEGORY_LABELS } from '../../domain/categories.js';
import type { ProjectCategory } from '../../domain/document.js';
import { HelpLine } from '../components/HelpLine.js';
import { Menu, moveSelection } from '../components/Menu.js';
import { Paragraph } from '../components/Paragraph.js';
import { Title } from '../components/Title.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import type { ScreenProps } from './props.js';
import { useKeys } from '../hooks/useKeys.js';
import { wrapText } from '../text/wrap.js';
import { helpLineKeys, keyMatcher } from '../keys/bindings.js';

const CATEGORIES = Object.keys(CATEGORY_LABELS) as ProjectCategory[];

const INTRO =
  '类别决定检查时要求哪些指标（例如工程类必须有成本指标）。修改类别不会改动已起草的指标；重新起草时按新类别选用指标。';

/** The project's kind (chosen by the drafter from its name and purpose), which the reviewer may change. */
export function CategoryScreen({ state, dispatch, isActive }: ScreenProps<'category'>) {
  const { columns, rows } = useTerminalSize();
  const t = state.draft!.document!.tables[state.screen.table];
  const current = t.kind === 'project' && t.category ? CATEGORIES.indexOf(t.category) : CATEGORIES.length - 1;
  const [selected, setSelected, selectedRef] = useSyncState(Math.max(0, current));
  useKeys(
    (_input, key) => {
      const is = keyMatcher(_input, key);
      if (is('up')) setSelected((i) => moveSelection(i, -1, CATEGORIES.length));
      else if (is('down')) setSelected((i) => moveSelection(i, 1, CATEGORIES.length));
      else if (is('confirm')) dispatch({ type: 'save-category', category: CATEGORIES[selectedRef.current] });
      else if (is('back')) dispatch({ type: 'back' });
    },
    { isActive },
  );
  return (
    <Box flexDirection="column">
      <Title title={`项目类别：${t.kind === 'project' ? t.projectName : ''}`} width={columns} />
      <Paragraph width={columns} dim>
        {INTRO}
      </Paragraph>
      <Box marginY={1}>
        <Menu
          items={CATEGORIES.map((c, i) => ({
            label: CATEGORY_LABELS[c],
            note: i === current ? '当前' : undefined,
          }))}
          selected={selected}
          width={columns}
          height={Math.max(3, rows - 9 - wrapText(INTRO, columns).length)}
        />
      </Box>
      <Text> </Text>
      <HelpLine keys={helpLineKeys('category')} width={columns} />
    </Box>
  );
}
