import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP server on 127.0.0.1 (random port) that speaks the chat-completions protocol, JSON
 * and SSE streaming, for tests and the benchmark. Each request takes the next scripted reply, or
 * the fallback (by default a good answer for whatever was asked: a unit table, a project table,
 * a second opinion, a ping…). Every request is recorded (headers, raw body, parsed body).
 *
 *   const server = await startChatServer({ latencyMs: 1000 });
 *   server.push({ kind: 'error', status: 429, headers: { 'retry-after': '0' } }, good);
 *   createLlmService({ ...config, baseURL: server.baseURL });
 */

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  rawBody: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- whatever JSON the client sent; each test reads the fields it asserts
  body: any;
  receivedAt: number;
}

export type Reply =
  /** An answer; streamed when the request asked for `stream: true`. */
  | {
      kind: 'answer';
      content: string;
      usage?: { prompt: number; completion: number } | null;
      finishReason?: string;
      chunkSize?: number;
      reasoning?: string;
    }
  /** An HTTP error with an OpenAI-style body. */
  | { kind: 'error'; status: number; message?: string; headers?: Record<string, string> }
  /** Never answers (until the client gives up or the server closes). */
  | { kind: 'hang' }
  /** Streams the first `after` characters of `content`, then drops the connection. */
  | { kind: 'cut'; content: string; after: number }
  /** Streams the first `after` characters of `content`, then sends nothing more (connection kept open). */
  | { kind: 'stall'; content: string; after: number };

export type Script = Reply | ((request: RecordedRequest) => Reply);

export interface ChatServerOptions {
  /** Delay before every reply (the benchmark uses 1000 ms). */
  latencyMs?: number;
  replies?: Script[];
  /** Used when the scripted replies are used up; default: goodReply. */
  fallback?: (request: RecordedRequest) => Reply;
}

export interface ChatServer {
  /** http://127.0.0.1:<port>/v1 */
  readonly baseURL: string;
  readonly requests: RecordedRequest[];
  /** Highest number of requests in progress at the same time. */
  readonly maxInFlight: number;
  push(...replies: Script[]): void;
  setFallback(fallback: (request: RecordedRequest) => Reply): void;
  close(): Promise<void>;
}

export async function startChatServer(options: ChatServerOptions = {}): Promise<ChatServer> {
  const queue: Script[] = [...(options.replies ?? [])];
  let fallback = options.fallback ?? goodReply;
  const requests: RecordedRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = rawBody ? JSON.parse(rawBody) : null;
      } catch {
        body = null;
      }
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        rawBody,
        body,
        receivedAt: Date.now(),
      };
      requests.push(recorded);
      const script = queue.shift();
      const reply =
        script === undefined ? fallback(recorded) : typeof script === 'function' ? script(recorded) : script;
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      let done = false;
      const finish = () => {
        if (!done) {
          done = true;
          inFlight -= 1;
        }
      };
      res.on('close', finish);
      const send = () => respond(reply, recorded, res);
      if (options.latencyMs) setTimeout(send, options.latencyMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    push: (...replies) => queue.push(...replies),
    setFallback(fn) {
      fallback = fn;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function respond(reply: Reply, request: RecordedRequest, res: http.ServerResponse): void {
  if (res.destroyed) return;
  if (reply.kind === 'hang') return;
  if (reply.kind === 'error') {
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    res.end(
      JSON.stringify({
        error: {
          message: reply.message ?? `error ${reply.status}`,
          type: 'test_error',
          code: String(reply.status),
        },
      }),
    );
    return;
  }
  const model = String(request.body?.model ?? 'test-model');
  const streaming = request.body?.stream === true;
  if (reply.kind === 'cut' || reply.kind === 'stall') {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    for (const piece of pieces(reply.content.slice(0, reply.after), 40))
      res.write(sse(chunk(model, { content: piece }, null)));
    if (reply.kind === 'cut') setTimeout(() => res.socket?.destroy(), 5);
    return;
  }
  const usage =
    reply.usage === undefined
      ? { prompt: 100, completion: Math.max(1, Math.ceil(reply.content.length / 2)) }
      : reply.usage;
  const usageBody = usage
    ? {
        prompt_tokens: usage.prompt,
        completion_tokens: usage.completion,
        total_tokens: usage.prompt + usage.completion,
      }
    : undefined;
  const finishReason = reply.finishReason ?? 'stop';
  if (!streaming) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        id: 'chatcmpl-test',
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model,
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: reply.content, refusal: null },
            finish_reason: finishReason,
            logprobs: null,
          },
        ],
        ...(usageBody ? { usage: usageBody } : {}),
      }),
    );
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  res.write(sse(chunk(model, { role: 'assistant', content: '' }, null)));
  if (reply.reasoning) res.write(sse(chunk(model, { reasoning_content: reply.reasoning }, null)));
  for (const piece of pieces(reply.content, reply.chunkSize ?? 40))
    res.write(sse(chunk(model, { content: piece }, null)));
  res.write(sse(chunk(model, {}, finishReason)));
  if (usageBody && request.body?.stream_options?.include_usage) {
    res.write(
      sse({
        id: 'chatcmpl-test',
        object: 'chat.completion.chunk',
        created: 0,
        model,
        choices: [],
        usage: usageBody,
      }),
    );
  }
  res.end('data: [DONE]\n\n');
}

function chunk(model: string, delta: Record<string, unknown>, finishReason: string | null) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }],
  };
}

function sse(data: unknown): string {
  return `data: ${JSON.stringify(data)}\n\n`;
}

function pieces(text: string, size: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Good answers, built from what the request asks for.

/** The text of every message of a request, joined. */
export function promptText(request: RecordedRequest): string {
  const messages = (request.body?.messages ?? []) as Array<{ content?: unknown }>;
  return messages.map((m) => (typeof m.content === 'string' ? m.content : '')).join('\n');
}

/** The last user message (the table prompt, a repair prompt, …). */
export function lastUserText(request: RecordedRequest): string {
  const messages = (request.body?.messages ?? []) as Array<{ role?: string; content?: unknown }>;
  const last = [...messages].reverse().find((m) => m.role === 'user');
  return typeof last?.content === 'string' ? last.content : '';
}

/** What a request asks for: the response_format name when json_schema, else read from the prompt. */
export function requestKind(
  request: RecordedRequest,
): 'unit' | 'project' | 'ping' | 'second-opinion' | 'suggest' | 'rewrite' | 'explain' | 'other' {
  const name = request.body?.response_format?.json_schema?.name as string | undefined;
  const byName: Record<string, ReturnType<typeof requestKind>> = {
    unit_table: 'unit',
    project_table: 'project',
    ping: 'ping',
    second_opinion: 'second-opinion',
    more_indicators: 'suggest',
    rewritten_indicator: 'rewrite',
    indicator_reason: 'explain',
  };
  if (name && byName[name]) return byName[name];
  const text = promptText(request);
  if (text.includes('连接测试')) return 'ping';
  if (text.includes('《部门（单位）整体支出绩效目标表》')) return 'unit';
  if (text.includes('《项目支出绩效目标表》')) return 'project';
  if (text.includes('第二意见')) return 'second-opinion';
  if (text.includes('候选指标')) return 'suggest';
  if (text.includes('请改写其中这条指标')) return 'rewrite';
  if (text.includes('请解释这条指标')) return 'explain';
  return 'other';
}

export function goodReply(request: RecordedRequest): Reply {
  return { kind: 'answer', content: JSON.stringify(goodAnswer(request)) };
}

export function goodAnswer(request: RecordedRequest): unknown {
  const text = promptText(request);
  switch (requestKind(request)) {
    case 'unit':
      return goodUnitDraft(/单位：(.+?)（/.exec(text)?.[1] ?? '某单位');
    case 'project':
      return goodProjectDraft(
        /项目名称：(.+)/.exec(text)?.[1]?.trim() ?? '某项目',
        Number(/预算数：([\d.]+) 万元/.exec(text)?.[1] ?? 50),
      );
    case 'ping':
      return { ok: true };
    case 'second-opinion':
      return { agreed: true, reason: '指标与项目内容无关，确属照搬。' };
    case 'suggest':
      return {
        indicators: [
          {
            level1: '产出指标',
            level2: '数量指标',
            name: '培训课时数',
            description: '全年培训课时不少于48课时',
            value: '≥48课时',
            basis: '计划标准',
            rationale: '按培训计划',
          },
          {
            level1: '产出指标',
            level2: '数量指标',
            name: '培训教材册数',
            description: '发放培训教材120册',
            value: '=120册',
            basis: '计划标准',
            rationale: null,
          },
        ],
      };
    case 'rewrite':
      return {
        indicator: {
          level1: '产出指标',
          level2: '质量指标',
          name: '培训考核合格率',
          description: '考核合格人数占参训人数的比例不低于90%',
          value: '≥90%',
          basis: '历史标准',
          rationale: null,
        },
        reason: '把“有效”改为可衡量的合格率。',
      };
    case 'explain':
      return { reason: '参训人数直接反映培训覆盖面，目标值按年度培训计划确定。', caution: null };
    default:
      return { ok: true };
  }
}

/** A project table a careful office would hand in (passes the checker), for any project name and budget. */
export function goodProjectDraft(name: string, budget: number) {
  const cost = budget.toFixed(2);
  return {
    goals: `${name}：全年组织培训4期，培训120人，考核合格率不低于90%，参训人员满意度不低于90%。`,
    indicators: [
      {
        level1: '产出指标',
        level2: '数量指标',
        name: '培训人数',
        description: '全年培训120人',
        value: '≥120人',
        basis: '计划标准',
        rationale: '按年度培训计划确定',
      },
      {
        level1: '产出指标',
        level2: '数量指标',
        name: '培训期数',
        description: '全年举办培训4期',
        value: '=4期',
        basis: '计划标准',
        rationale: null,
      },
      {
        level1: '产出指标',
        level2: '质量指标',
        name: '培训考核合格率',
        description: '考核合格人数占参训人数比例',
        value: '≥90%',
        basis: '历史标准',
        rationale: '上年合格率为92%',
      },
      {
        level1: '产出指标',
        level2: '时效指标',
        name: '培训按时完成率',
        description: '按计划时间完成的培训期数占比',
        value: '=100%',
        basis: '计划标准',
        rationale: null,
      },
      {
        level1: '产出指标',
        level2: '成本指标',
        name: '培训总成本',
        description: `培训总成本不超过${cost}万元`,
        value: `≤${cost}万元`,
        basis: '计划标准',
        rationale: '按预算控制',
      },
      {
        level1: '效益指标',
        level2: '社会效益指标',
        name: '参训人员业务考核通过率提升',
        description: '参训人员年度业务考核通过率较上年提高',
        value: '≥5%',
        basis: '历史标准',
        rationale: null,
      },
      {
        level1: '满意度指标',
        level2: '服务对象满意度指标',
        name: '参训人员满意度',
        description: '参训人员对培训的满意度',
        value: '≥90%',
        basis: '计划标准',
        rationale: null,
      },
    ],
  };
}

export function goodUnitDraft(unitName: string) {
  return {
    goals: `目标1：${unitName}全年组织业务培训4期，培训120人；目标2：按期完成年度重点工作，群众满意度不低于90%。`,
    indicators: [
      {
        level1: '产出指标',
        level2: '数量指标',
        name: '培训人数',
        value: '≥120人',
        basis: '计划标准',
        rationale: null,
      },
      {
        level1: '产出指标',
        level2: '质量指标',
        name: '培训考核合格率',
        value: '≥90%',
        basis: '历史标准',
        rationale: null,
      },
      {
        level1: '产出指标',
        level2: '时效指标',
        name: '重点工作按期完成率',
        value: '=100%',
        basis: '计划标准',
        rationale: null,
      },
      {
        level1: '效益指标',
        level2: '社会效益指标',
        name: '业务考核通过率提升',
        value: '≥5%',
        basis: '历史标准',
        rationale: null,
      },
      {
        level1: '满意度指标',
        level2: '服务对象满意度指标',
        name: '群众满意度',
        value: '≥90%',
        basis: '计划标准',
        rationale: null,
      },
    ],
  };
}
