import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Settings } from '../../../src/store/settings-schema.js';
import { createModelServices } from '../../../src/ui/services-model.js';
import type { Services } from '../../../src/ui/services.js';
import { TEST_KEY } from '../../llm/helpers.js';
import type { ChatServer } from '../../support/chat-server.js';
import { makeEnv, type TestEnv } from './app.js';

export { TEST_KEY };

export interface ModelEnv extends TestEnv {
  settings: Settings;
  /** Where secrets.json is written. */
  configDir: string;
}

/**
 * The app's real model services pointed at the local chat server (127.0.0.1): the settings name
 * the server as an OpenAI-compatible service, the key comes from the given environment only.
 */
export async function makeModelEnv(
  server: ChatServer | null,
  options: { llm?: Partial<Settings['llm']>; env?: NodeJS.ProcessEnv; overrides?: Partial<Services> } = {},
): Promise<ModelEnv> {
  const configDir = await mkdtemp(join(tmpdir(), 'jixiao-ui-config-'));
  const llm = server
    ? { provider: 'openai', baseURL: server.baseURL, model: 'test-model', timeoutSeconds: 5, ...options.llm }
    : { ...options.llm };
  const settings = Settings.parse({ llm });
  const model = createModelServices({ env: options.env ?? { JIXIAO_API_KEY: TEST_KEY }, configDir });
  const env = await makeEnv({ ...model, ...options.overrides }, settings);
  return {
    ...env,
    settings,
    configDir,
    async cleanup() {
      await env.cleanup();
      await rm(configDir, { recursive: true, force: true });
    },
  };
}
