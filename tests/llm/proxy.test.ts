import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { proxyAwareFetch, proxyFor } from '../../src/draft/llm/proxy.js';
import { createLlmService } from '../../src/draft/llm/service.js';
import { startChatServer, type ChatServer } from '../support/chat-server.js';
import { testConfig } from './helpers.js';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const cert = fs.readFileSync(path.join(fixtures, 'localhost-cert.pem'));
const key = fs.readFileSync(path.join(fixtures, 'localhost-key.pem'));

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

async function listen(server: http.Server | https.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return (server.address() as AddressInfo).port;
}

/** Loopback is never proxied, so tests address local servers by a name only the test proxy knows. */
const alias = (host: string) => (host === 'jixiao-test.invalid' ? '127.0.0.1' : host);

/** A forward proxy: absolute-form requests for http, CONNECT tunnels for https. Records what it saw. */
async function startProxy(options: { refuse?: number } = {}) {
  const seen: Array<{ method: string; url: string; auth?: string }> = [];
  const proxy = http.createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', auth: req.headers['proxy-authorization'] });
    const target = new URL(req.url ?? '');
    const upstream = http.request(
      {
        host: alias(target.hostname),
        port: target.port,
        path: target.pathname + target.search,
        method: req.method,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  const tunnels = new Set<net.Socket>();
  proxy.on('connect', (req, socket: net.Socket) => {
    tunnels.add(socket);
    seen.push({ method: 'CONNECT', url: req.url ?? '', auth: req.headers['proxy-authorization'] });
    if (options.refuse) {
      socket.end(`HTTP/1.1 ${options.refuse} Nope\r\n\r\n`);
      return;
    }
    const [host, port] = (req.url ?? '').split(':');
    const upstream = net.connect(Number(port), alias(host), () => {
      tunnels.add(upstream);
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
  });
  const port = await listen(proxy);
  // Runs before the server's close (closers run last-in first-out): open tunnels would keep it waiting.
  closers.push(async () => {
    for (const s of tunnels) s.destroy();
  });
  return { url: `http://127.0.0.1:${port}`, seen };
}

describe('proxy choice', () => {
  it('follows HTTPS_PROXY / HTTP_PROXY / NO_PROXY; loopback is never proxied', () => {
    const env = {
      HTTPS_PROXY: 'http://10.1.1.1:7890',
      http_proxy: '10.1.1.2:8080',
      NO_PROXY: 'internal.example.com,.gov.cn,10.0.0.5:8000',
    };
    expect(proxyFor('https://api.deepseek.com/chat', env)).toMatchObject({
      kind: 'proxy',
      proxy: new URL('http://10.1.1.1:7890'),
    });
    expect(proxyFor('http://example.com/v1', env)).toMatchObject({
      kind: 'proxy',
      proxy: new URL('http://10.1.1.2:8080'),
    });
    expect(proxyFor('https://internal.example.com/v1', env).kind).toBe('direct');
    expect(proxyFor('https://llm.internal.example.com/v1', env).kind).toBe('direct');
    expect(proxyFor('https://ai.czj.gov.cn/v1', env).kind).toBe('direct');
    expect(proxyFor('http://10.0.0.5:8000/v1', env).kind).toBe('direct');
    expect(proxyFor('http://10.0.0.5:9000/v1', env).kind).toBe('proxy');
    expect(proxyFor('http://localhost:11434/v1', env).kind).toBe('direct');
    expect(proxyFor('http://127.0.0.1:11434/v1', env).kind).toBe('direct');
    expect(proxyFor('https://api.openai.com', { HTTPS_PROXY: 'socks5://127.0.0.1:1080' })).toEqual({
      kind: 'unsupported',
      raw: 'socks5://127.0.0.1:1080',
    });
    expect(proxyFor('https://api.openai.com', { NO_PROXY: '*', HTTPS_PROXY: 'http://p:1' }).kind).toBe(
      'direct',
    );
    expect(proxyFor('https://api.openai.com', {}).kind).toBe('direct');
  });
});

describe('requests through a proxy', () => {
  let chat: ChatServer;
  afterEach(async () => {
    await chat?.close();
  });

  it('http: the SDK streams a completion through HTTP_PROXY (absolute-form request)', async () => {
    chat = await startChatServer();
    const proxy = await startProxy();
    const port = new URL(chat.baseURL).port;
    const config = { ...testConfig(chat), baseURL: `http://jixiao-test.invalid:${port}/v1` };
    const service = createLlmService(config, { env: { HTTP_PROXY: proxy.url } });
    const completion = await service.complete({
      messages: [{ role: 'user', content: '连接测试' }],
      format: { kind: 'text' },
    });
    expect(completion.content).toBe('{"ok":true}');
    expect(proxy.seen).toEqual([
      { method: 'POST', url: `http://jixiao-test.invalid:${port}/v1/chat/completions`, auth: undefined },
    ]);
    expect(chat.requests[0].body.stream).toBe(true);
  });

  it('https: a CONNECT tunnel, TLS to the target, proxy credentials sent to the proxy only', async () => {
    const target = https.createServer({ key, cert }, (req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'x-auth': String(req.headers.authorization ?? ''),
      });
      res.end(JSON.stringify({ path: req.url, proxyAuth: req.headers['proxy-authorization'] ?? null }));
    });
    const targetPort = await listen(target);
    const proxy = await startProxy();
    const proxyUrl = proxy.url.replace('http://', 'http://user:p%40ss@');
    const fetchFn = proxyAwareFetch({ HTTPS_PROXY: proxyUrl }, { ca: cert });
    const response = await fetchFn(`https://jixiao-test.invalid:${targetPort}/v1/models?x=1`, {
      headers: { authorization: 'Bearer sk-secret' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ path: '/v1/models?x=1', proxyAuth: null });
    expect(response.headers.get('x-auth')).toBe('Bearer sk-secret');
    expect(proxy.seen).toEqual([
      {
        method: 'CONNECT',
        url: `jixiao-test.invalid:${targetPort}`,
        auth: `Basic ${Buffer.from('user:p@ss').toString('base64')}`,
      },
    ]);
  });

  it('the SDK through a refusing proxy: a Chinese message about the proxy', async () => {
    chat = await startChatServer();
    const proxy = await startProxy({ refuse: 407 });
    const config = { ...testConfig(chat), baseURL: 'https://jixiao-test.invalid:1/v1', maxRetries: 0 };
    const service = createLlmService(config, { env: { HTTPS_PROXY: proxy.url } });
    const error = await service
      .complete({ messages: [{ role: 'user', content: 'hi' }], format: { kind: 'text' }, stream: false })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'proxy' });
    expect((error as Error).message).toContain('代理服务器拒绝连接 jixiao-test.invalid（HTTP 407）');
    expect((error as Error).message).toContain('用户名和密码');
  });

  it('a SOCKS proxy setting gets a clear message instead of a silent direct connection', async () => {
    chat = await startChatServer();
    const config = { ...testConfig(chat), baseURL: 'https://api.example.com/v1', maxRetries: 0 };
    const service = createLlmService(config, { env: { HTTPS_PROXY: 'socks5://127.0.0.1:1080' } });
    const error = await service
      .complete({ messages: [{ role: 'user', content: 'hi' }], format: { kind: 'text' }, stream: false })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'proxy' });
    expect((error as Error).message).toContain('不支持 SOCKS');
  });

  it('a proxy that is not running: says so', async () => {
    chat = await startChatServer();
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const config = { ...testConfig(chat), baseURL: 'https://api.example.com/v1', maxRetries: 0 };
    const service = createLlmService(config, { env: { HTTPS_PROXY: `http://127.0.0.1:${port}` } });
    const error = await service
      .complete({ messages: [{ role: 'user', content: 'hi' }], format: { kind: 'text' }, stream: false })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'proxy' });
    expect((error as Error).message).toContain('连不上代理服务器（ECONNREFUSED）');
  });
});
