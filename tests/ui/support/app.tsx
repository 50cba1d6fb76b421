import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup, render } from 'ink-testing-library';
import { expect, vi } from 'vitest';
import type { Drafter } from '../../../src/draft/types.js';
import { createDraftStore } from '../../../src/store/drafts.js';
import { Settings } from '../../../src/store/settings-schema.js';
import { App } from '../../../src/ui/App.js';
import { createNodeServices } from '../../../src/ui/services-node.js';
import { ServicesProvider, type Services } from '../../../src/ui/services.js';
import { initialState } from '../../../src/ui/state/reducer.js';
import type { AppState } from '../../../src/ui/state/types.js';
import { drafted } from '../../support/tables/draft.js';

/** How long a screen may take to show what a step expects (writing Word/Excel files on a busy machine is slow). */
const WAIT = { timeout: 8000, interval: 10 };

export const KEY = {
  up: '\u001b[A',
  down: '\u001b[B',
  right: '\u001b[C',
  left: '\u001b[D',
  enter: '\r',
  esc: '\u001b',
  backspace: '\u007f',
  tab: '\t',
  ctrlC: '\u0003',
  ctrlD: '\u0004',
  ctrlU: '\u0015',
  ctrlZ: '\u001a',
  pageDown: '\u001b[6~',
} as const;

/** A drafter that returns the fixture document and reports progress like the real one. */
export function fakeDrafter(
  result = drafted(),
  notes: string[] = [],
): Drafter & { calls: number; signals: AbortSignal[] } {
  const drafter = {
    name: 'fake',
    calls: 0,
    signals: [] as AbortSignal[],
    async draft(_answers: unknown, options: Parameters<Drafter['draft']>[1] = {}) {
      drafter.calls++;
      if (options.signal) drafter.signals.push(options.signal);
      options.onProgress?.({ target: 'unit', label: '青石街道办事处整体支出', state: 'drafting' });
      options.onProgress?.({ target: 'unit', label: '青石街道办事处整体支出', state: 'done' });
      return { document: result, notes };
    },
  };
  return drafter;
}

export interface TestEnv {
  dir: string;
  services: Services;
  saved: Settings[];
  cleanup(): Promise<void>;
}

/** Real services on a temp folder (drafts, exports, checker, importer), an in-memory settings store and a fake drafter. */
export async function makeEnv(
  overrides: Partial<Services> = {},
  settings: Partial<Settings> = {},
): Promise<TestEnv> {
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-ui-'));
  let current = Settings.parse(settings);
  const saved: Settings[] = [];
  const services: Services = {
    ...createNodeServices({
      cwd: dir,
      // No model from the machine's environment or settings folder: the tests say which model they use.
      env: {},
      configDir: join(dir, 'config'),
      drafts: createDraftStore({ dir: join(dir, 'drafts') }),
      settings: {
        load: async () => ({ settings: current, notice: null }),
        save: async (s) => {
          current = Settings.parse(s);
          saved.push(current);
          return current;
        },
      },
    }),
    loadDrafter: async () => fakeDrafter(),
    ...overrides,
  };
  return {
    dir,
    services,
    saved,
    async cleanup() {
      cleanup();
      await services.drafts.flush();
      await rm(dir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

export function renderApp(services: Services, state: Partial<AppState> = {}) {
  const initial = { ...initialState(Settings.parse({})), ...state };
  const app = render(
    <ServicesProvider services={services}>
      <App initial={initial} />
    </ServicesProvider>,
  );
  const frame = () => app.lastFrame() ?? '';
  return {
    ...app,
    frame,
    /** Sends keys one at a time, letting Ink settle after each (a lone Esc is read on the next turn). */
    async press(...keys: string[]) {
      for (const key of keys) {
        app.stdin.write(key);
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
    async see(text: string | RegExp) {
      await vi.waitFor(
        () => (typeof text === 'string' ? expect(frame()).toContain(text) : expect(frame()).toMatch(text)),
        WAIT,
      );
    },
    /** Moves a menu's selection down until the item starting with `label` is selected (at most 30 steps). */
    async select(label: string) {
      for (let i = 0; i < 30 && !frame().includes(`› ${label}`); i++) await this.press(KEY.down);
      expect(frame()).toContain(`› ${label}`);
    },
    async notSee(text: string) {
      await vi.waitFor(() => expect(frame()).not.toContain(text), WAIT);
    },
    /** From the start screen: 自评 → 打开目标表文件 → the file typed in. */
    async openSelfEvalTarget(file: string) {
      await this.see('请选择要做的事');
      await this.select('自评：由目标表生成自评表');
      await this.press(KEY.enter);
      await this.see('请选择自评依据的目标表');
      await this.select('打开目标表文件');
      await this.press(KEY.enter);
      await this.see('文件：');
      await this.press(file, KEY.enter);
    },
  };
}
