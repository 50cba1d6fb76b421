import { APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { redactKey } from '../../store/secrets.js';
import type { LlmConfig } from './config.js';
import { ProxyError } from './proxy.js';
import { EXIT, ModelError, type JixiaoErrorOptions } from '../../errors.js';

/**
 * Every failure of a model call as one LlmError with a Chinese message that says what to do.
 * `fatal` errors (wrong key, no balance, no access, wrong model or URL) would fail the same way
 * for every table, so the drafter stops calling the model after the first one.
 */

export type LlmErrorKind =
  | 'auth'
  | 'balance'
  | 'forbidden'
  | 'not-found'
  | 'rate-limit'
  | 'bad-request'
  | 'server'
  | 'timeout'
  | 'dns'
  | 'refused'
  | 'proxy'
  | 'tls'
  | 'connection'
  | 'aborted'
  | 'empty'
  | 'invalid-output'
  | 'unknown';

const FATAL: ReadonlySet<LlmErrorKind> = new Set([
  'auth',
  'balance',
  'forbidden',
  'not-found',
  'proxy',
  'dns',
  'refused',
  'tls',
]);

export class LlmError extends ModelError {
  readonly fatal: boolean;
  /** Tokens spent before the failure (when the model answered but not usably). */
  tokens?: { prompt: number; completion: number };
  constructor(
    readonly kind: LlmErrorKind,
    message: string,
    readonly status?: number,
    options: JixiaoErrorOptions = {},
  ) {
    super(message, kind === 'aborted' ? { exitCode: EXIT.cancelled, ...options } : options);
    // Callers treat an aborted call like fetch's own AbortError.
    if (kind === 'aborted') this.name = 'AbortError';
    this.fatal = FATAL.has(kind);
  }
}

type Where = Pick<LlmConfig, 'preset' | 'baseURL' | 'model' | 'timeoutMs' | 'apiKey'> & {
  thinking?: boolean;
};

export function toLlmError(error: unknown, where: Where): LlmError {
  if (error instanceof LlmError) return error;
  const converted = classify(error, where);
  // The error underneath (HTTP status, errno) for --debug.
  converted.cause ??= error;
  return converted;
}

function classify(error: unknown, where: Where): LlmError {
  const { preset, baseURL, model } = where;
  const host = safeHost(baseURL);
  const console = preset.console ? `（${preset.console}）` : '';
  if (error instanceof APIUserAbortError || (error instanceof Error && error.name === 'AbortError')) {
    return new LlmError('aborted', '已取消。');
  }
  if (error instanceof APIConnectionTimeoutError) return timeoutError(where);
  if (error instanceof APIError && error.status !== undefined) {
    const status = error.status;
    const server = redactKey(serverMessage(error), where.apiKey);
    switch (status) {
      case 401:
        return new LlmError(
          'auth',
          `API Key 无效或已过期（HTTP 401）。请到 ${preset.label} 控制台${console}核对 Key，再用 jixiao config set llm.apiKey 重新保存。`,
          status,
        );
      case 402:
        return new LlmError(
          'balance',
          `${preset.label} 账户余额不足（HTTP 402）。请到控制台${console}充值后再试；在此之前可以用离线起草。`,
          status,
        );
      case 403:
        return new LlmError(
          'forbidden',
          `没有使用模型 ${model} 的权限（HTTP 403）。请在 ${preset.label} 控制台${console}开通该模型，或确认 Key 所属账户有权使用它。`,
          status,
        );
      case 404:
        return new LlmError(
          'not-found',
          `找不到模型“${model}”或接口地址不对（HTTP 404）。请检查模型名称（jixiao config set llm.model）和接口地址 ${baseURL}（兼容接口通常以 /v1 结尾）。`,
          status,
        );
      case 408:
        return timeoutError(where);
      case 429:
        return new LlmError(
          'rate-limit',
          `请求太频繁或额度已用完（HTTP 429），已按服务端要求等待并重试，仍未成功。请过几分钟再试，或减少同时起草的项目数：jixiao config set llm.concurrency 1。`,
          status,
        );
      case 400:
      case 422:
        return new LlmError(
          'bad-request',
          `模型服务拒绝了请求（HTTP ${status}）${server ? `：${server}` : ''}。${where.thinking ? '部分模型在深度思考模式下不支持 JSON 输出，可先关闭：jixiao config set llm.thinking false；' : ''}如果提示与参数有关，请换用服务商推荐的模型，或运行 jixiao doctor 检查。`,
          status,
        );
      default:
        if (status >= 500) {
          return new LlmError(
            'server',
            `${preset.label} 服务暂时出错（HTTP ${status}），重试后仍未成功。请稍后再试。`,
            status,
          );
        }
        return new LlmError(
          'unknown',
          `模型服务返回错误（HTTP ${status}）${server ? `：${server}` : ''}。`,
          status,
        );
    }
  }
  const codes = causeCodes(error);
  const proxy = findCause(error, (e) => e instanceof ProxyError) as ProxyError | undefined;
  if (proxy) return new LlmError('proxy', proxy.message);
  if (codes.some((c) => c === 'ENOTFOUND' || c === 'EAI_AGAIN')) {
    return new LlmError(
      'dns',
      `找不到服务器 ${host}（域名解析失败）。请检查网络连接和接口地址；如果单位上网要经过代理，请设置环境变量 HTTPS_PROXY（例如 http://代理地址:端口）。`,
    );
  }
  if (codes.includes('ECONNREFUSED')) {
    const ollama =
      preset.id === 'ollama' ? '请确认 Ollama 已经启动（运行 ollama serve）。' : '请检查接口地址和端口。';
    return new LlmError('refused', `连接被拒绝：${host} 没有在提供服务。${ollama}`);
  }
  if (
    codes.some((c) => c === 'ETIMEDOUT' || c === 'UND_ERR_CONNECT_TIMEOUT' || c === 'UND_ERR_HEADERS_TIMEOUT')
  )
    return timeoutError(where);
  if (codes.some((c) => /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(c))) {
    return new LlmError(
      'tls',
      `与 ${host} 建立安全连接失败（证书问题：${codes.find((c) => /CERT|SSL|TLS|SELF|UNABLE/.test(c))}）。单位网络可能拦截了 HTTPS：请联系网络管理员，或把单位根证书的路径设为环境变量 NODE_EXTRA_CA_CERTS。`,
    );
  }
  if (
    codes.some((c) => c === 'ECONNRESET' || c === 'EPIPE' || c === 'UND_ERR_SOCKET') ||
    /terminated|other side closed|socket hang up/i.test(chainText(error))
  ) {
    return new LlmError('connection', `与 ${host} 的连接中途断开，回答没有收完整。请检查网络后重试。`);
  }
  if (error instanceof Error && /connection error/i.test(error.message)) {
    return new LlmError(
      'connection',
      `无法连接 ${host}。请检查网络连接、接口地址 ${baseURL} 和代理设置（HTTPS_PROXY）。`,
    );
  }
  const text = error instanceof Error ? error.message : String(error);
  return new LlmError('unknown', `调用模型时出错：${redactKey(text, where.apiKey)}`);
}

export function timeoutError(where: Pick<LlmConfig, 'timeoutMs'>): LlmError {
  const seconds = Math.round(where.timeoutMs / 100) / 10;
  return new LlmError(
    'timeout',
    `等待模型回应超时（${seconds} 秒）。网络慢或模型繁忙：请稍后再试，或调大超时：jixiao config set llm.timeoutSeconds 120。`,
  );
}

/** The server's own error text (e.g. `{"error":{"message":"…"}}`), shortened. */
function serverMessage(error: APIError): string {
  const body = error.error as { message?: unknown } | undefined;
  const text = typeof body?.message === 'string' ? body.message : '';
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function causeCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let e = error, i = 0; e && i < 6; e = (e as { cause?: unknown }).cause, i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    const errors = (e as { errors?: unknown }).errors;
    if (Array.isArray(errors)) for (const inner of errors) codes.push(...causeCodes(inner));
  }
  return codes;
}

function findCause(error: unknown, test: (e: unknown) => boolean): unknown {
  for (let e = error, i = 0; e && i < 6; e = (e as { cause?: unknown }).cause, i++) if (test(e)) return e;
  return undefined;
}

function chainText(error: unknown): string {
  const parts: string[] = [];
  for (let e = error, i = 0; e && i < 6; e = (e as { cause?: unknown }).cause, i++)
    parts.push(e instanceof Error ? e.message : String(e));
  return parts.join(' | ');
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
