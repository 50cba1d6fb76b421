import { Answers, type AnswersInput } from '../../src/domain/answers.js';
import { resolveLlmConfig, type LlmConfig } from '../../src/draft/llm/config.js';
import { createLlmService, type LlmService } from '../../src/draft/llm/service.js';
import { createOfflineDrafter } from '../../src/draft/offline/index.js';
import { Settings } from '../../src/store/settings-schema.js';
import type { ChatServer } from '../support/chat-server.js';

/** A key that must only ever travel in the Authorization header. */
export const TEST_KEY = 'sk-test-0123456789abcdef3fa9';

export function testConfig(
  server: ChatServer,
  overrides: Partial<LlmConfig> & { provider?: string } = {},
): LlmConfig {
  const { provider = 'openai', ...rest } = overrides;
  const settings = Settings.parse({ llm: { provider, baseURL: server.baseURL, model: 'test-model' } });
  const result = resolveLlmConfig({ settings, env: { JIXIAO_API_KEY: TEST_KEY } });
  if (!result.ok) throw new Error(result.reason);
  return { ...result.config, timeoutMs: 5000, ...rest };
}

export function testService(
  server: ChatServer,
  overrides: Partial<LlmConfig> & { provider?: string } = {},
): LlmService {
  // Empty env: the tests never go through a proxy that happens to be set on the machine.
  return createLlmService(testConfig(server, overrides), { env: {} });
}

export const offline = createOfflineDrafter();

export function answersWith(projects: number, input: Partial<AnswersInput> = {}): Answers {
  return Answers.parse({
    unit: { name: '某某街道办事处', year: 2025, duties: '负责辖区社区服务和社区工作者培训', staff: 30 },
    projects: Array.from({ length: projects }, (_, i) => ({
      name: `第${i + 1}批社区工作者业务培训`,
      fiscal: 20 + i,
      purpose: `主要用于：1.培训场地及教材10万元；2.师资费用${10 + i}万元。`,
      plan: [20, 50, 80, 100],
      goals: '组织培训4期，培训120人',
    })),
    ...input,
  });
}
