import { render } from 'ink';
import type { SettingsStore } from '../store/settings.js';
import { App } from './App.js';
import { createNodeServices } from './services-node.js';
import { ServicesProvider, type SettingsService } from './services.js';
import { DEFAULT_SETTINGS } from './state/default-settings.js';
import { initialState } from './state/reducer.js';

/** Settings through conf, opened after the first frame (conf and its validator take a while to load). */
function lazySettings(): SettingsService {
  let store: Promise<SettingsStore> | null = null;
  const open = () => (store ??= import('../store/settings.js').then(({ openSettings }) => openSettings()));
  return {
    load: async () => {
      const s = await open();
      return { settings: s.get(), notice: s.notice };
    },
    save: async (settings) => (await open()).save(settings),
  };
}

/**
 * The app draws on the terminal's alternate screen, as full-screen programs do: a resize then
 * redraws cleanly (the normal screen re-wraps the old frame into garbage above the new one), and
 * leaving gives the shell back as it was, with one line saying where the work is.
 */
const ALTERNATE_SCREEN = '\u001b[?1049h\u001b[H';
const NORMAL_SCREEN = '\u001b[?1049l';

/** Starts the Ink app and resolves with the exit code once the user has left and the draft is on disk. */
export async function runApp(): Promise<number> {
  const services = createNodeServices({ settings: lazySettings() });
  const restore = () => process.stdout.write(NORMAL_SCREEN);
  process.stdout.write(ALTERNATE_SCREEN);
  process.once('exit', restore);
  let goodbye = '';
  // Raw mode before the first frame (Ink turns it on in an effect, after painting): an Enter
  // pressed the moment the screen appears would otherwise arrive as a cooked "\n" and be lost.
  if (process.stdin.isTTY) process.stdin.setRawMode(true);
  const app = render(
    <ServicesProvider services={services}>
      <App initial={initialState(DEFAULT_SETTINGS)} onFarewell={(text) => (goodbye = text)} />
    </ServicesProvider>,
    { exitOnCtrlC: false },
  );
  // A closed terminal or a kill: every write is atomic, so finish the ones in flight and leave.
  const stop = (code: number) => () => {
    app.unmount();
    void services.drafts.flush().finally(() => process.exit(code));
  };
  process.once('SIGTERM', stop(143));
  process.once('SIGHUP', stop(129));
  try {
    await app.waitUntilExit();
    await services.drafts.flush();
  } finally {
    process.removeListener('exit', restore);
    restore();
  }
  if (goodbye) process.stdout.write(`${goodbye}\n`);
  return 0;
}
