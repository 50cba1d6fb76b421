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

/** Starts the Ink app and resolves with the exit code once the user has left and the draft is on disk. */
export async function runApp(): Promise<number> {
  const services = createNodeServices({ settings: lazySettings() });
  // Raw mode before the first frame (Ink turns it on in an effect, after painting): an Enter
  // pressed the moment the screen appears would otherwise arrive as a cooked "\n" and be lost.
  if (process.stdin.isTTY) process.stdin.setRawMode(true);
  const app = render(
    <ServicesProvider services={services}>
      <App initial={initialState(DEFAULT_SETTINGS)} />
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
  await app.waitUntilExit();
  await services.drafts.flush();
  return 0;
}
