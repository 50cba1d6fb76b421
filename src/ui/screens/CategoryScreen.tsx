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
import { projectKindOf } from '../state/questions.js';
import { helpLineKeys, keyMatcher } from '../keys/bindings.js';

const CATEGORIES = Object.keys(CATEGORY_LABELS) as ProjectCategory[];

const INTRO =
  '类别决定检查时要求哪些指标（例如工程类必须有成本指标）。修改类别不会改动已起草的指标；重新起草时按新类别选用指标。';
const INTRO_BEFORE_DRAFT =
  '起草时按类别从指标库选用指标，检查时按类别要求指标。按名称判断的类别不对时在这里改；都不合适的选“其他”。';

/** The project's name and kind: of a drafted table (review), or of the interview's answers (before drafting). */
function target(state: ScreenProps<'category'>['state']): {
  name: string;
  category: ProjectCategory;
  /** Chosen by a person (or a drafted table's), not only judged from the name. */
  chosen: boolean;
} {
  const screen = state.screen;
  if ('project' in screen) {
    const p = state.draft!.answers.projects[screen.project];
    return { name: p?.name ?? '', category: p ? projectKindOf(p) : 'other', chosen: Boolean(p?.category) };
  }
  const t = state.draft!.document!.tables[screen.table];
  return t.kind === 'project'
    ? { name: t.projectName, category: t.category ?? 'other', chosen: true }
    : { name: '', category: 'other', chosen: true };
}

/** The project's kind (chosen by the drafter from its name and purpose), which the user may change in the interview or the review. */
export function CategoryScreen({ state, dispatch, isActive }: ScreenProps<'category'>) {
  const { columns, rows } = useTerminalSize();
  const { name, category, chosen } = target(state);
  const current = CATEGORIES.indexOf(category);
  const intro = 'project' in state.screen ? INTRO_BEFORE_DRAFT : INTRO;
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
      <Title title={`项目类别：${name}`} width={columns} />
      <Paragraph width={columns} dim>
        {intro}
      </Paragraph>
      <Box marginY={1}>
        <Menu
          items={CATEGORIES.map((c, i) => ({
            label: CATEGORY_LABELS[c],
            note: i === current ? (chosen ? '当前' : '按名称判断') : undefined,
          }))}
          selected={selected}
          width={columns}
          height={Math.max(3, rows - 9 - wrapText(intro, columns).length)}
        />
      </Box>
      <Text> </Text>
      <HelpLine keys={helpLineKeys('category')} width={columns} />
    </Box>
  );
}
