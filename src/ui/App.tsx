import { Box, Text, useApp } from 'ink';
import { useEffect, useMemo, useState, type ComponentType } from 'react';
import { LookContext } from './components/Look.js';
import { Paragraph } from './components/Paragraph.js';
import { errorText } from './format.js';
import { TerminalSizeProvider, useTerminalSize } from './hooks/useTerminalSize.js';
import { glyphsFor } from './look.js';
import { CategoryScreen } from './screens/CategoryScreen.js';
import { DraftingScreen } from './screens/DraftingScreen.js';
import { EditScreen } from './screens/EditScreen.js';
import { ExportScreen } from './screens/ExportScreen.js';
import { FileReportScreen } from './screens/FileReportScreen.js';
import { HeaderScreen } from './screens/HeaderScreen.js';
import { InterviewScreen } from './screens/InterviewScreen.js';
import { KeepScreen } from './screens/KeepScreen.js';
import { ModelSettingsScreen } from './screens/ModelSettingsScreen.js';
import { OpenFileScreen } from './screens/OpenFileScreen.js';
import { PreviewScreen } from './screens/PreviewScreen.js';
import type { ScreenProps } from './screens/props.js';
import { QuitDialog } from './screens/QuitDialog.js';
import { ReviewScreen } from './screens/ReviewScreen.js';
import { SelfEvalProjectsScreen } from './screens/SelfEvalProjectsScreen.js';
import { SelfEvalScreen } from './screens/SelfEvalScreen.js';
import { SelfEvalSourceScreen } from './screens/SelfEvalSourceScreen.js';
import { SettingsScreen } from './screens/SettingsScreen.js';
import { StartScreen } from './screens/StartScreen.js';
import { SummaryScreen } from './screens/SummaryScreen.js';
import { TableTextScreen } from './screens/TableTextScreen.js';
import { useServices } from './services.js';
import type { AppState, ScreenKind } from './state/types.js';
import { KeysProvider, useKeys, useTyping } from './hooks/useKeys.js';
import { keyMatcher } from './keys/bindings.js';
import { keyContextOf } from './keys/context.js';
import { HelpScreen } from './screens/HelpScreen.js';
import { useSavedReducer } from './hooks/useSavedReducer.js';

const SCREENS: { [K in Exclude<ScreenKind, 'quit'>]: ComponentType<ScreenProps<K>> } = {
  start: StartScreen,
  interview: InterviewScreen,
  summary: SummaryScreen,
  drafting: DraftingScreen,
  review: ReviewScreen,
  edit: EditScreen,
  keep: KeepScreen,
  'table-text': TableTextScreen,
  header: HeaderScreen,
  category: CategoryScreen,
  preview: PreviewScreen,
  export: ExportScreen,
  'open-file': OpenFileScreen,
  'file-report': FileReportScreen,
  settings: SettingsScreen,
  'model-settings': ModelSettingsScreen,
  'selfeval-source': SelfEvalSourceScreen,
  'selfeval-projects': SelfEvalProjectsScreen,
  selfeval: SelfEvalScreen,
};

/** Below this size no screen fits (the review needs its grid, its findings and its keys). */
const MIN_COLUMNS = 40;
const MIN_ROWS = 14;

/**
 * The app: one reducer for all screen state; the screen on show is chosen by `screen.kind`. Here
 * too: saving the draft after every change, and Ctrl+C (asks first, never loses anything).
 */
export interface AppProps {
  initial: AppState;
  /** Told, as the app closes, what to print after it (the app runs on the terminal's alternate screen). */
  onFarewell?: (text: string) => void;
}

export function App(props: AppProps) {
  return (
    <KeysProvider>
      <TerminalSizeProvider>
        <AppBody {...props} />
      </TerminalSizeProvider>
    </KeysProvider>
  );
}

/** What stays in the terminal after leaving: where the work is and how to go on. */
export function farewell(state: AppState): string {
  if (!state.draft) return '再见。';
  const name = state.draft.answers.unit.name || state.draft.document?.unit.name;
  return `草稿“${name || '未命名'}”已保存。再次运行 jixiao，在开始界面选“继续”即可接着做。`;
}

function AppBody({ initial, onFarewell }: AppProps) {
  const services = useServices();
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  // Each change to the draft is on disk before it is drawn (a kill -9 loses nothing the screen showed as done).
  const [state, dispatch] = useSavedReducer(initial, services);

  useEffect(() => {
    let live = true;
    services.settings.load().then(
      ({ settings, notice }) => live && dispatch({ type: 'settings-loaded', settings, notice }),
      (error) =>
        live &&
        dispatch({
          type: 'settings-loaded',
          settings: initial.settings,
          notice: `设置无法读取，本次使用默认设置：${errorText(error)}`,
        }),
    );
    return () => {
      live = false;
    };
  }, [services, initial.settings, dispatch]);

  useEffect(() => {
    if (!state.leaving) return;
    onFarewell?.(farewell(state));
    void services.drafts.flush().finally(() => exit());
    // Runs once, when leaving starts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.leaving, services, exit]);

  const [help, setHelp] = useState(false);
  const typing = useTyping();
  // The keys of every screen (after the screen's own handler has seen the key): Ctrl+C opens the
  // leave dialog (which then has the keyboard), ? or F1 the help, h goes to the start screen.
  // In a text field ? and h are text: there F1 is the help.
  useKeys(
    (input, key) => {
      const is = keyMatcher(input, key);
      if (is('quit')) {
        setHelp(false);
        dispatch({ type: 'ask-quit' });
      } else if (help) return;
      else if (is('help') && (key.f1 || !typing())) setHelp(true);
      else if (is('home') && !typing() && state.screen.kind !== 'start') dispatch({ type: 'home' });
    },
    { isActive: state.screen.kind !== 'quit' && !state.leaving },
  );

  const glyphs = useMemo(() => glyphsFor(state.settings.display), [state.settings.display]);
  const { screen } = state;
  const shown = screen.kind === 'quit' ? screen.back : screen;
  const Screen = SCREENS[shown.kind as Exclude<ScreenKind, 'quit'>] as ComponentType<ScreenProps<ScreenKind>>;
  if (state.leaving) {
    // The last frame stays in the terminal: say where the work is, not the screen that was left.
    return (
      <Box flexDirection="column">
        <Text>{farewell(state)}</Text>
        {state.saveError ? (
          <Paragraph width={columns} color="red">
            {state.saveError}
          </Paragraph>
        ) : null}
      </Box>
    );
  }
  if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
    // Nothing fits: say so rather than draw a screen whose top scrolls away (the work is kept).
    return (
      <Text color="yellow">{`窗口太小（现在 ${columns}×${rows}）。请把终端放大到至少 ${MIN_COLUMNS} 列、${MIN_ROWS} 行；草稿都在。`}</Text>
    );
  }
  return (
    <LookContext.Provider value={glyphs}>
      {help ? <HelpScreen context={keyContextOf(state)} onClose={() => setHelp(false)} /> : null}
      {/* Under the help the screen stays mounted (hidden), so nothing typed into it is lost. */}
      <Box flexDirection="column" display={help ? 'none' : 'flex'}>
        <Screen
          state={{ ...state, screen: shown }}
          dispatch={dispatch}
          isActive={screen.kind !== 'quit' && !state.leaving && !help}
        />
        {screen.kind === 'quit' ? (
          <QuitDialog state={{ ...state, screen }} dispatch={dispatch} isActive={!state.leaving} />
        ) : null}
        {state.saveError ? (
          <Paragraph width={columns} color="red">
            {state.saveError}
          </Paragraph>
        ) : null}
      </Box>
    </LookContext.Provider>
  );
}
