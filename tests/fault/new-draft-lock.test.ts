import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDraftStore } from '../../src/store/drafts.js';
import type { Draft } from '../../src/store/draft-schema.js';
import { Settings } from '../../src/store/settings-schema.js';
import { createNodeServices } from '../../src/ui/services-node.js';
import { blankDraft } from '../../src/ui/state/commit.js';
import { ROOT } from './support/cli.js';

/**
 * Issue 13 item 2 for a brand-new draft: the app creates a draft under an id from services.newId()
 * (new draft, example, imported file, self-evaluation) and saves it; another window (another
 * process) that lists the folder and opens it finds it locked, before this window ever reopens it.
 */
const root = mkdtempSync(join(tmpdir(), 'jixiao-new-draft-lock-'));
const dir = join(root, 'drafts');

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** What `store.load(id)` in another process says: 'opened', or the error's name and the holder's pid. */
function openElsewhere(id: string): { outcome: string; pid?: number } {
  const script = `
    import { createDraftStore } from ${JSON.stringify(join(ROOT, 'src', 'store', 'drafts.ts'))};
    const store = createDraftStore({ dir: ${JSON.stringify(dir)} });
    store.load(${JSON.stringify(id)}).then(
      () => console.log(JSON.stringify({ outcome: 'opened' })),
      (e) => console.log(JSON.stringify({ outcome: e.name, pid: e.holder?.pid })),
    );`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as { outcome: string; pid?: number };
}

/** A new draft as the app makes it (the app's own builder), with a unit name. */
const newDraft = (id: string): Draft =>
  blankDraft(id, new Date().toISOString(), {
    answers: { unit: { name: '新建街道' }, tasks: [], projects: [] },
  });

describe('a draft created in the app is locked from its creation', () => {
  it('a second window opening it is told it is open elsewhere (this process)', async () => {
    const services = createNodeServices({
      settings: { load: async () => ({ settings: Settings.parse({}), notice: null }), save: async (s) => s },
      drafts: createDraftStore({ dir }),
      cwd: root,
    });
    const id = services.newId();
    await services.drafts.save(newDraft(id));
    expect(existsSync(join(dir, `${id}.json`))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, `${id}.lock`), 'utf8'))).toMatchObject({ pid: process.pid });
    expect(openElsewhere(id)).toEqual({ outcome: 'DraftLockedError', pid: process.pid });
    // This window still opens its own draft.
    await expect(services.drafts.load(id)).resolves.toMatchObject({ id });
  }, 30_000);

  it('a draft saved by other means (a fixture) is not locked', async () => {
    const store = createDraftStore({ dir });
    await store.save(newDraft('20250101-000000-fixt'));
    expect(openElsewhere('20250101-000000-fixt')).toEqual({ outcome: 'opened' });
  }, 30_000);
});
