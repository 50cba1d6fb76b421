import type { z } from 'zod';
import { LlmError } from './errors.js';
import { readJsonAnswer } from './json-answer.js';
import { renderPrompt } from './prompts.js';
import { addUsage, type ChatMessage, type LlmService, type TokenUsage } from './service.js';

/**
 * One structured answer: ask, read the JSON (fences stripped, zod-validated) and, when it does not
 * fit, one repair round that sends the problems back. A stream cut in the middle is asked again
 * once (a network failure, not the model's mistake). Returns the conversation so that a later
 * repair round (checker findings) can continue it.
 */

export interface StructuredRequest<T> {
  name: string;
  schema: z.ZodType<T>;
  messages: ChatMessage[];
  signal?: AbortSignal;
  onText?: (received: number) => void;
  /** Called before the repair round (for a progress line). */
  onRepair?: () => void;
  stream?: boolean;
}

export interface StructuredResult<T> {
  value: T;
  tokens: TokenUsage;
  /** The messages sent plus the accepted answer. */
  conversation: ChatMessage[];
}

const MAX_ECHO = 12_000;

export async function completeStructured<T>(
  service: LlmService,
  request: StructuredRequest<T>,
): Promise<StructuredResult<T>> {
  let tokens: TokenUsage = { prompt: 0, completion: 0 };
  const ask = async (messages: ChatMessage[]) => {
    const call = () =>
      service.complete({
        messages,
        format: { kind: 'json', name: request.name, schema: request.schema },
        signal: request.signal,
        onText: request.onText,
        stream: request.stream,
      });
    let completion;
    try {
      completion = await call();
    } catch (error) {
      if (!(error instanceof LlmError && error.kind === 'connection')) throw error;
      completion = await call();
    }
    tokens = addUsage(tokens, completion.usage);
    return completion;
  };

  const first = await ask(request.messages);
  const firstAnswer = readJsonAnswer(first.content, request.schema);
  if (firstAnswer.ok)
    return {
      value: firstAnswer.value,
      tokens,
      conversation: [...request.messages, { role: 'assistant', content: first.content }],
    };

  request.onRepair?.();
  const problems = [...firstAnswer.problems];
  if (first.finishReason === 'length')
    problems.unshift('回答超出长度上限被截断：请更简洁（指标描述一句话即可）。');
  const repairMessages: ChatMessage[] = [
    ...request.messages,
    ...(first.content.trim()
      ? [{ role: 'assistant' as const, content: first.content.slice(0, MAX_ECHO) }]
      : []),
    { role: 'user', content: renderPrompt('repair', { problems: problems.map((p) => `- ${p}`).join('\n') }) },
  ];
  const second = await ask(repairMessages);
  const secondAnswer = readJsonAnswer(second.content, request.schema);
  if (secondAnswer.ok)
    return {
      value: secondAnswer.value,
      tokens,
      conversation: [...repairMessages, { role: 'assistant', content: second.content }],
    };

  const kind = secondAnswer.empty ? 'empty' : 'invalid-output';
  const what = secondAnswer.empty
    ? '模型两次都返回了空内容'
    : `模型两次都没有按要求的格式回答（${secondAnswer.problems[0]}）`;
  const error = new LlmError(kind, `${what}。`);
  error.tokens = tokens;
  throw error;
}
