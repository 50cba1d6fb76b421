import OpenAI, { APIError } from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { z } from 'zod';
import { thinkingFields } from '../providers.js';
import type { LlmConfig } from './config.js';
import { LlmError, timeoutError, toLlmError } from './errors.js';
import { proxyAwareFetch } from './proxy.js';

/**
 * The one model client of a session. It owns the openai SDK client (timeout and retries with
 * `retry-after` are the SDK's own), picks the response format the provider supports, streams
 * when it can (with an idle timeout, since the SDK's timeout ends when the headers arrive) and
 * turns every failure into an LlmError with a Chinese message. The key goes only into the SDK's
 * Authorization header; the SDK's own logging is off.
 */

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface TokenUsage {
  prompt: number;
  completion: number;
}

export type AnswerFormat = { kind: 'text' } | { kind: 'json'; name: string; schema: z.ZodType };

export interface CompleteRequest {
  messages: ChatMessage[];
  format: AnswerFormat;
  /** Stream the answer (default: when the provider can). */
  stream?: boolean;
  signal?: AbortSignal;
  /** Characters received so far (answer and visible reasoning), while streaming. */
  onText?: (received: number) => void;
}

export interface Completion {
  content: string;
  usage: TokenUsage | null;
  finishReason: string | null;
  format: 'json_schema' | 'json_object' | 'text';
}

export interface LlmService {
  readonly config: LlmConfig;
  /** The structured-output mode in use (json_schema falls back to json_object if the service refuses it). */
  readonly jsonMode: 'json_schema' | 'json_object';
  complete(request: CompleteRequest): Promise<Completion>;
}

export interface ServiceOptions {
  /** A fetch for the SDK (tests); default: global fetch with HTTPS_PROXY / NO_PROXY honoured. */
  fetch?: typeof fetch;
  env?: NodeJS.ProcessEnv;
}

export function createLlmService(config: LlmConfig, options: ServiceOptions = {}): LlmService {
  const client = new OpenAI({
    apiKey: config.apiKey ?? 'ollama',
    baseURL: config.baseURL,
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    fetch: options.fetch ?? proxyAwareFetch(options.env ?? process.env),
    logLevel: 'off',
  });
  let jsonMode = config.preset.capabilities.responseFormat;

  async function complete(request: CompleteRequest): Promise<Completion> {
    if (request.signal?.aborted) throw new LlmError('aborted', '已取消。');
    const { format } = request;
    const mode = format.kind === 'text' ? 'text' : jsonMode;
    const body = {
      model: config.model,
      messages: request.messages,
      ...(format.kind === 'json'
        ? {
            response_format:
              mode === 'json_schema'
                ? zodResponseFormat(format.schema, format.name)
                : { type: 'json_object' as const },
          }
        : {}),
      ...thinkingFields(config.preset, config.thinking),
    };
    const stream = request.stream ?? config.preset.capabilities.streaming;
    try {
      const result = stream ? await streamed(body, request) : await single(body, request);
      return { ...result, format: mode };
    } catch (error) {
      if (mode === 'json_schema' && refusesJsonSchema(error)) {
        jsonMode = 'json_object';
        return complete(request);
      }
      throw toLlmError(error, config);
    }
  }

  async function single(body: Body, request: CompleteRequest): Promise<Omit<Completion, 'format'>> {
    return watched(request.signal, async (signal, arm) => {
      // The SDK's timeout ends when the headers arrive; the body is read under our own timer.
      const response = await client.chat.completions
        .create({ ...body, stream: false }, { signal })
        .asResponse();
      arm();
      const completion = (await response.json()) as OpenAI.ChatCompletion;
      const choice = completion.choices?.[0];
      return {
        content: choice?.message?.content ?? '',
        usage: usageOf(completion.usage),
        finishReason: choice?.finish_reason ?? null,
      };
    });
  }

  async function streamed(body: Body, request: CompleteRequest): Promise<Omit<Completion, 'format'>> {
    let content = '';
    let received = 0;
    let usage: TokenUsage | null = null;
    let finishReason: string | null = null;
    await watched(request.signal, async (signal, arm) => {
      const stream = await client.chat.completions.create(
        {
          ...body,
          stream: true,
          ...(config.preset.capabilities.usage ? { stream_options: { include_usage: true } } : {}),
        },
        { signal },
      );
      arm();
      for await (const chunk of stream) {
        arm();
        const choice = chunk.choices?.[0];
        const delta = (choice?.delta ?? {}) as { content?: string | null; reasoning_content?: string | null };
        if (delta.content) content += delta.content;
        const more = (delta.content?.length ?? 0) + (delta.reasoning_content?.length ?? 0);
        if (more > 0) {
          received += more;
          request.onText?.(received);
        }
        if (choice?.finish_reason) finishReason = choice.finish_reason;
        usage =
          usageOf(chunk.usage ?? (choice as { usage?: OpenAI.CompletionUsage } | undefined)?.usage) ?? usage;
      }
    });
    if (finishReason === null) {
      throw new LlmError(
        'connection',
        `与 ${new URL(config.baseURL).host} 的连接中途断开，回答只收到 ${content.length} 个字符。请检查网络后重试。`,
      );
    }
    return { content, usage, finishReason };
  }

  /**
   * Runs a call with its own abort signal (linked to the caller's) and an idle timer that `arm()`
   * starts or restarts: no data for `timeoutMs` after the headers counts as a timeout.
   */
  async function watched<T>(
    outer: AbortSignal | undefined,
    run: (signal: AbortSignal, arm: () => void) => Promise<T>,
  ): Promise<T> {
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    outer?.addEventListener('abort', onAbort, { once: true });
    let idle: NodeJS.Timeout | undefined;
    let timedOut = false;
    const arm = () => {
      clearTimeout(idle);
      idle = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, config.timeoutMs);
    };
    try {
      const result = await run(controller.signal, arm);
      // The SDK's stream ends quietly when aborted: say why it ended.
      if (timedOut) throw timeoutError(config);
      if (outer?.aborted) throw new LlmError('aborted', '已取消。');
      return result;
    } catch (error) {
      if (timedOut && !(error instanceof LlmError)) throw timeoutError(config);
      throw error;
    } finally {
      clearTimeout(idle);
      outer?.removeEventListener('abort', onAbort);
    }
  }

  return {
    config,
    get jsonMode() {
      return jsonMode;
    },
    complete,
  };
}

type Body = {
  model: string;
  messages: ChatMessage[];
  response_format?: ReturnType<typeof zodResponseFormat> | { type: 'json_object' };
};

function usageOf(usage: OpenAI.CompletionUsage | null | undefined): TokenUsage | null {
  if (!usage) return null;
  return { prompt: usage.prompt_tokens ?? 0, completion: usage.completion_tokens ?? 0 };
}

/** A 400 about response_format / json_schema: the service does not take structured outputs. */
function refusesJsonSchema(error: unknown): boolean {
  return (
    error instanceof APIError &&
    (error.status === 400 || error.status === 422) &&
    /response_format|json_schema|schema/i.test(error.message)
  );
}

export function addUsage(a: TokenUsage | null | undefined, b: TokenUsage | null | undefined): TokenUsage {
  return {
    prompt: (a?.prompt ?? 0) + (b?.prompt ?? 0),
    completion: (a?.completion ?? 0) + (b?.completion ?? 0),
  };
}
