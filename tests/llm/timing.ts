import { createLlmDrafter } from '../../src/draft/llm/drafter.js';
import { startChatServer } from '../support/chat-server.js';
import { answersWith, offline, testService } from './helpers.js';

/**
 * Drafts `projects` projects (plus the unit table) against the local chat server answering every
 * call after `latencyMs`, `concurrency` tables at a time. For the test and for `npm run bench`.
 * The server shares the event loop with the drafter, so the drafter's own work (reading the
 * stream, the checker) delays the server a little: the figure is slightly pessimistic.
 */
export async function timeLlmDraft({ projects = 5, latencyMs = 1000, concurrency = 3 } = {}): Promise<{
  ms: number;
  calls: number;
  maxInFlight: number;
  byModel: number;
}> {
  await warmUp();
  const server = await startChatServer({ latencyMs });
  try {
    const drafter = createLlmDrafter({ service: testService(server), offline, concurrency });
    const started = performance.now();
    const result = await drafter.draft(answersWith(projects));
    const ms = Math.round(performance.now() - started);
    const byModel = result.document.tables.filter((t) =>
      t.indicators.some((i) => i.id?.includes('-m')),
    ).length;
    return { ms, calls: server.requests.length, maxInFlight: server.maxInFlight, byModel };
  } finally {
    await server.close();
  }
}

/** One quick draft first, so that loading the SDK and the rules is not part of the figure. */
async function warmUp(): Promise<void> {
  const server = await startChatServer();
  try {
    await createLlmDrafter({ service: testService(server), offline }).draft(answersWith(1));
  } finally {
    await server.close();
  }
}
