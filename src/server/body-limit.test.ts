import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, TestAgent } from '../../test/test-app.ts';
import { makeTestStore } from '../../test/test-store.ts';
import type { App } from '../app.ts';
import { ANONYMOUS_BODY_MAX } from './body-limit.ts';

let app: App;
let server: ReturnType<typeof serve>;
let port: number;

beforeAll(async () => {
  app = makeTestApp(await makeTestStore());
  server = serve({ fetch: app.http.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await app.close();
});

/** A body that yields `total` bytes in 64 KiB chunks and counts how many were pulled. */
function countingBody(total: number, fill = 0x61) {
  const chunk = new Uint8Array(64 * 1024).fill(fill);
  const state = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(ctrl) {
      if (state.pulled >= total) return ctrl.close();
      state.pulled += chunk.byteLength;
      ctrl.enqueue(chunk);
    },
  });
  return { stream, state };
}

/**
 * Streams `total` bytes chunked (no Content-Length) to a real socket, with backpressure, and
 * resolves with the status (or the socket error once the server hangs up) and the bytes sent.
 */
function sendChunked(
  path: string,
  total: number,
  headers: Record<string, string> = {},
): Promise<{ status?: number; sent: number }> {
  return new Promise((resolve) => {
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    let status: number | undefined;
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      status = res.statusCode;
      res.resume();
      res.on('end', () => resolve({ status, sent }));
    });
    req.on('error', () => resolve({ status, sent }));
    const pump = () => {
      while (sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

describe('the streaming body limit', () => {
  it('stops reading a chunked anonymous sign-in body at the anonymous limit (in process)', async () => {
    const { stream, state } = countingBody(50 * 1024 * 1024);
    const res = await app.http.request('/api/auth/signin', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    const body = (await res.json()) as { error: { code: string } };
    expect(body.error.code).toBe('payload_too_large');
    expect(state.pulled).toBeLessThan(ANONYMOUS_BODY_MAX + 4 * 64 * 1024);
  });

  it('refuses a declared Content-Length over the limit before reading', async () => {
    const res = await app.http.request('/api/auth/signup', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024) },
      body: 'x',
    });
    expect(res.status).toBe(413);
  });

  it('still accepts a normal sign-up body', async () => {
    const user = await new TestAgent(app).signUp('limit@example.com');
    expect(user.id).toBeTruthy();
  });

  it('parses a JSON body from the bytes it read as the request would: BOM, charset, other types', async () => {
    const signup = (body: Uint8Array | string, type: string) =>
      app.http.request('/api/auth/signup', {
        method: 'POST',
        headers: { 'content-type': type },
        body: typeof body === 'string' ? body : new Blob([body as Uint8Array<ArrayBuffer>]),
      });
    const json = (email: string, name: string) =>
      JSON.stringify({ email, name, password: 'correct horse battery' });
    const bom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(json('bom@example.com', 'Bø')),
    ]);
    const a = await signup(bom, 'application/json; charset=utf-8');
    expect(a.status, await a.clone().text()).toBe(201);
    expect(((await a.json()) as { user: { name: string } }).user.name).toBe('Bø');
    // Not labelled JSON: the body stays on the request and is read from there, as before.
    const b = await signup(json('plain@example.com', 'Plain'), 'text/plain');
    expect(b.status, await b.clone().text()).toBe(201);
    // Invalid UTF-8 (a lone 0xff) is refused, naming the body: no record stores U+FFFD for it.
    const bytes = new TextEncoder().encode(json('bad@example.com', 'AQ'));
    const at = bytes.indexOf(0x51); // the 'Q' of the name
    bytes[at] = 0xff;
    const c = await signup(bytes, 'application/json');
    expect(c.status, await c.clone().text()).toBe(400);
    const err = ((await c.json()) as { error: { message: string; details: unknown } }).error;
    expect(err.message).toMatch(/not valid UTF-8/);
    expect(err.details).toEqual({ issues: [{ path: 'body', message: 'not valid UTF-8' }] });
  });

  it('keeps server memory flat when 200 MB are sent chunked to sign-in over a socket', async () => {
    // A small refused body first, so the code paths of a refusal are loaded and compiled before
    // the baseline: the figure then counts what the large body costs, not first use.
    await sendChunked('/api/auth/signin', 2 * 1024 * 1024, { 'content-type': 'application/json' });
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    const r = await sendChunked('/api/auth/signin', 200 * 1024 * 1024, {
      'content-type': 'application/json',
    });
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    // Either the 413 arrived or the server hung up first; either way it stopped reading early.
    if (r.status !== undefined) expect(r.status).toBe(413);
    expect(r.sent).toBeLessThan(200 * 1024 * 1024);
    expect(peak - before).toBeLessThan(20 * 1024 * 1024);
  });

  it('bounds a chunked multipart upload by the route limit for a signed-in user', async () => {
    const agent = new TestAgent(app);
    await agent.signUp('uploader@example.com');
    const boundary = 'x-boundary';
    const head = new TextEncoder().encode(
      `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="a.csv"\r\ncontent-type: text/csv\r\n\r\n`,
    );
    const { stream: tail, state } = countingBody(50 * 1024 * 1024);
    const stream = new ReadableStream<Uint8Array>({
      async start(ctrl) {
        ctrl.enqueue(head);
        const reader = tail.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          ctrl.enqueue(value);
          if (state.pulled > 30 * 1024 * 1024) break;
        }
        ctrl.close();
      },
    });
    const res = await app.http.request('/api/radar/imports/upload', {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        cookie: agent.cookie ?? '',
        'x-csrf-token': agent.csrf ?? '',
      },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
  });
});
