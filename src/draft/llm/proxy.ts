import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import tls from 'node:tls';
import { ModelError, type JixiaoErrorOptions } from '../../errors.js';

/**
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY for the openai SDK. Node 20's fetch ignores them and its
 * bundled undici (with ProxyAgent) cannot be imported without adding the `undici` package, so
 * proxied requests go through node:http — a CONNECT tunnel for https, an absolute-form request
 * for http — wrapped as a fetch function the SDK takes (`fetch` client option). Requests that
 * need no proxy use the global fetch unchanged. Loopback addresses are never proxied.
 */

export type ProxyChoice =
  { kind: 'direct' } | { kind: 'proxy'; proxy: URL } | { kind: 'unsupported'; raw: string };

export class ProxyError extends ModelError {
  constructor(
    message: string,
    readonly code: 'PROXY_REFUSED' | 'PROXY_UNSUPPORTED' | 'PROXY_FAILED',
    options: JixiaoErrorOptions = {},
  ) {
    super(message, options);
  }
}

export function proxyFor(target: string | URL, env: NodeJS.ProcessEnv = process.env): ProxyChoice {
  const url = new URL(target);
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (isLoopback(host)) return { kind: 'direct' };
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  if (bypassed(host, port, env.NO_PROXY ?? env.no_proxy ?? '')) return { kind: 'direct' };
  const raw = (
    url.protocol === 'https:'
      ? (env.HTTPS_PROXY ?? env.https_proxy ?? env.ALL_PROXY ?? env.all_proxy)
      : (env.HTTP_PROXY ?? env.http_proxy ?? env.ALL_PROXY ?? env.all_proxy)
  )?.trim();
  if (!raw) return { kind: 'direct' };
  let proxy: URL;
  try {
    proxy = new URL(raw.includes('://') ? raw : `http://${raw}`);
  } catch {
    return { kind: 'unsupported', raw };
  }
  if (proxy.protocol !== 'http:' && proxy.protocol !== 'https:') return { kind: 'unsupported', raw };
  return { kind: 'proxy', proxy };
}

/** A fetch that honours the proxy variables of `env`; `tlsOptions` is for tests (a private CA). */
export function proxyAwareFetch(
  env: NodeJS.ProcessEnv = process.env,
  tlsOptions: tls.ConnectionOptions = {},
): typeof fetch {
  return (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = typeof input === 'string' || input instanceof URL ? new URL(input) : new URL(input.url);
    const choice = proxyFor(url, env);
    if (choice.kind === 'direct') return fetch(input, init);
    if (choice.kind === 'unsupported') {
      throw new ProxyError(
        `代理设置“${choice.raw}”无法使用：只支持 http:// 或 https:// 代理（不支持 SOCKS）。请改用代理软件提供的 HTTP 代理地址，例如 http://127.0.0.1:7890。`,
        'PROXY_UNSUPPORTED',
      );
    }
    return viaProxy(url, init, choice.proxy, tlsOptions);
  }) as typeof fetch;
}

async function viaProxy(
  target: URL,
  init: RequestInit,
  proxy: URL,
  tlsOptions: tls.ConnectionOptions,
): Promise<Response> {
  const method = (init.method ?? 'GET').toUpperCase();
  const headers: Record<string, string> = Object.fromEntries(new Headers(init.headers).entries());
  const body =
    init.body == null
      ? undefined
      : typeof init.body === 'string'
        ? init.body
        : Buffer.from(await new Response(init.body).arrayBuffer());
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
  const proxyAuth: Record<string, string> = proxy.username
    ? {
        'proxy-authorization': `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}`,
      }
    : {};
  const proxyModule = proxy.protocol === 'https:' ? https : http;
  const proxyPort = proxy.port || (proxy.protocol === 'https:' ? '443' : '80');
  const signal = init.signal ?? undefined;

  return new Promise<Response>((resolve, reject) => {
    const onResponse = (res: http.IncomingMessage) => resolve(toResponse(res, method));
    if (target.protocol === 'http:') {
      const req = proxyModule.request(
        {
          host: proxy.hostname,
          port: proxyPort,
          method,
          path: target.href,
          headers: { ...headers, host: target.host, ...proxyAuth },
          signal,
        },
        onResponse,
      );
      req.on('error', (error) => reject(wrap(error)));
      req.end(body);
      return;
    }
    const targetPort = target.port || '443';
    const connect = proxyModule.request({
      host: proxy.hostname,
      port: proxyPort,
      method: 'CONNECT',
      path: `${target.hostname}:${targetPort}`,
      headers: { host: `${target.hostname}:${targetPort}`, ...proxyAuth },
      signal,
    });
    connect.on('connect', (res, socket) => {
      if (res.statusCode !== 200) {
        socket.destroy();
        const hint =
          res.statusCode === 407
            ? '代理需要用户名和密码（写在代理地址中：http://用户名:密码@主机:端口）。'
            : '请检查代理设置或联系网络管理员。';
        reject(
          new ProxyError(
            `代理服务器拒绝连接 ${target.hostname}（HTTP ${res.statusCode}）。${hint}`,
            'PROXY_REFUSED',
          ),
        );
        return;
      }
      const req = https.request(
        {
          host: target.hostname,
          port: targetPort,
          method,
          path: `${target.pathname}${target.search}`,
          headers,
          signal,
          // No agent: the request runs on the tunnelled socket, one request per tunnel.
          createConnection: () => tls.connect({ socket, servername: target.hostname, ...tlsOptions }),
        },
        onResponse,
      );
      req.on('error', (error) => reject(wrap(error)));
      req.end(body);
    });
    connect.on('error', (error) => reject(wrap(error, true)));
    connect.end();
  });
}

function toResponse(res: http.IncomingMessage, method: string): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const status = res.statusCode ?? 502;
  const empty = method === 'HEAD' || [101, 204, 205, 304].includes(status);
  if (empty) res.resume();
  return new Response(empty ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>), {
    status,
    statusText: res.statusMessage ?? '',
    headers,
  });
}

/** Errors reaching the proxy are marked so that doctor can say "代理连不上" rather than "网络不通". */
function wrap(error: Error, atProxy = false): Error {
  if (error.name === 'AbortError') return error;
  if (!atProxy) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const wrapped = new ProxyError(
    `连不上代理服务器（${code || error.message}）。请确认代理软件已启动，或检查 HTTPS_PROXY 的地址和端口。`,
    'PROXY_FAILED',
  );
  wrapped.cause = error;
  return wrapped;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\./.test(host);
}

/** NO_PROXY entries: `*`, `example.com` (and its subdomains), `.example.com`, `host:port`, IPs. */
function bypassed(host: string, port: string, noProxy: string): boolean {
  return noProxy
    .split(/[\s,]+/)
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean)
    .some((entry) => {
      if (entry === '*') return true;
      const [name, entryPort] = entry.replace(/^\*?\./, '.').split(/:(?=\d+$)/);
      if (entryPort && entryPort !== port) return false;
      const bare = name.replace(/^\./, '');
      return host === bare || host.endsWith(`.${bare}`);
    });
}
