import { z } from 'zod';
import { LlmError } from './errors.js';
import { readJsonAnswer } from './json-answer.js';
import { renderPrompt } from './prompts.js';
import type { LlmService, TokenUsage } from './service.js';

/** `jixiao doctor`'s one tiny request: a structured answer `{"ok": true}`, which also tests the JSON mode. */

export type PingResult =
  | { ok: true; ms: number; jsonMode: LlmService['jsonMode']; tokens: TokenUsage | null; answered: boolean }
  | { ok: false; ms: number; error: LlmError };

const PingSchema = z.object({ ok: z.boolean() });

export async function pingModel(
  service: LlmService,
  options: { signal?: AbortSignal } = {},
): Promise<PingResult> {
  const start = performance.now();
  try {
    const completion = await service.complete({
      messages: [{ role: 'user', content: renderPrompt('ping') }],
      format: { kind: 'json', name: 'ping', schema: PingSchema },
      stream: false,
      signal: options.signal,
    });
    const answered = readJsonAnswer(completion.content, PingSchema).ok;
    return {
      ok: true,
      ms: Math.round(performance.now() - start),
      jsonMode: service.jsonMode,
      tokens: completion.usage,
      answered,
    };
  } catch (error) {
    const e =
      error instanceof LlmError
        ? error
        : new LlmError('unknown', error instanceof Error ? error.message : String(error));
    return { ok: false, ms: Math.round(performance.now() - start), error: e };
  }
}
