import '../../test/no-internet.ts';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppError, isAppError } from '../errors.ts';
import {
  checkOutboundUrl,
  createGuardedFetch,
  guardedRequest,
  isBlockedAddress,
  type Resolver,
} from './guarded-fetch.ts';

let server: Server;
let port = 0;
const seen: Array<{ url: string; headers: IncomingMessage['headers']; body: string }> = [];

function handle(req: IncomingMessage, res: ServerResponse, body: string) {
  seen.push({ url: req.url ?? '', headers: req.headers, body });
  const u = new URL(req.url ?? '/', 'http://x');
  const to = u.searchParams.get('to');
  if (u.pathname === '/hop') {
    const n = Number(u.searchParams.get('n') ?? 0);
    res.writeHead(302, { location: n > 0 ? `/hop?n=${n - 1}` : '/ok' }).end();
  } else if (u.pathname === '/redirect' && to) {
    res.writeHead(307, { location: to }).end();
  } else if (u.pathname === '/big') {
    res.end('x'.repeat(64 * 1024));
  } else if (u.pathname === '/gzip') {
    res
      .writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/plain' })
      .end(gzipSync('unzipped text'));
  } else if (u.pathname === '/drip') {
    // One byte every 200 ms, forever: never idle long enough for the idle timeout.
    res.writeHead(200, { 'content-type': 'text/plain' });
    const t = setInterval(() => res.write('x'), 200);
    res.on('close', () => clearInterval(t));
  } else if (u.pathname === '/hang') {
    // never answers
  } else if (u.pathname === '/echo') {
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ method: req.method, body }));
  } else {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  }
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => handle(req, res, body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error('expected a failure');
}

const resolveTo =
  (map: Record<string, string[]>): Resolver =>
  async (host) =>
    (map[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('isBlockedAddress', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '100.64.0.1',
    '100.127.255.254',
    '169.254.169.254',
    '0.0.0.0',
    '224.0.0.251',
    '255.255.255.255',
    '198.18.0.1',
    '::',
    '::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::127.0.0.1',
    '64:ff9b::a00:1',
    '2002:7f00:1::',
    'fe80::1%eth0',
    'fd12:3456::1',
    'fc00::1',
    'ff02::1',
    '2001:db8::1',
    'not-an-ip',
  ])('refuses %s', (ip) => {
    expect(isBlockedAddress(ip)).toBe(true);
  });

  it.each([
    '93.184.216.34',
    '8.8.8.8',
    '172.32.0.1',
    '100.128.0.1',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
  ])('allows the public address %s', (ip) => {
    expect(isBlockedAddress(ip)).toBe(false);
  });
});

describe('checkOutboundUrl', () => {
  it.each([
    'http://127.0.0.1/',
    'http://2130706433/',
    'http://0x7f000001/',
    'http://0177.0.0.1/',
    'http://127.1/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::1]:11434/',
    'http://0.0.0.0/',
    'http://169.254.169.254/latest/meta-data',
    'http://[fd00::1]/',
    'http://[64:ff9b::7f00:1]/',
  ])('refuses %s, however it is spelled', async (url) => {
    const e = await failure(checkOutboundUrl(url, { resolve: resolveTo({}) }));
    expect(e.code).toBe('forbidden');
    expect(e.details?.reason).toBe('blocked_address');
  });

  it.each(['ftp://example.com/', 'file:///etc/passwd', 'http://user:pw@example.com/', 'not a url'])(
    'refuses %s',
    async (url) => {
      expect((await failure(checkOutboundUrl(url))).code).toBe('forbidden');
    },
  );

  it('refuses a name when any address it resolves to is private (DNS tricks)', async () => {
    const resolve = resolveTo({
      'rebind.example': ['93.184.216.34', '10.0.0.7'],
      'ok.example': ['93.184.216.34'],
    });
    expect(
      (await failure(checkOutboundUrl('https://rebind.example/x', { resolve }))).details?.reason,
    ).toBe('blocked_address');
    expect((await checkOutboundUrl('https://ok.example/x', { resolve })).hostname).toBe(
      'ok.example',
    );
    expect((await failure(checkOutboundUrl('https://nowhere.example/', { resolve }))).code).toBe(
      'upstream_failed',
    );
  });

  it('lets private addresses through when an admin allowed them, or for a trusted host', async () => {
    await expect(
      checkOutboundUrl('http://127.0.0.1:11434/v1', { allowPrivate: true }),
    ).resolves.toBeInstanceOf(URL);
    await expect(
      checkOutboundUrl('http://ollama.lan/v1', {
        trustedHosts: ['ollama.lan'],
        resolve: resolveTo({}),
      }),
    ).resolves.toBeInstanceOf(URL);
  });
});

describe('guardedRequest', () => {
  const base = () => `http://127.0.0.1:${port}`;

  it('refuses a loopback server unless allowed, then reads it', async () => {
    expect((await failure(guardedRequest(`${base()}/ok`))).code).toBe('forbidden');
    expect((await failure(guardedRequest(`http://localhost:${port}/ok`))).details?.reason).toBe(
      'blocked_address',
    );
    const r = await guardedRequest(`${base()}/ok`, { allowPrivate: true });
    expect([r.status, r.text()]).toEqual([200, 'ok']);
  });

  it('follows redirects by hand, recording the chain, and stops after five', async () => {
    const r = await guardedRequest(`${base()}/hop?n=2`, { allowPrivate: true });
    expect(r.url).toBe(`${base()}/ok`);
    expect(r.redirects.map((h) => h.location)).toEqual([
      `${base()}/hop?n=1`,
      `${base()}/hop?n=0`,
      `${base()}/ok`,
    ]);
    const e = await failure(guardedRequest(`${base()}/hop?n=9`, { allowPrivate: true }));
    expect(e.details?.reason).toBe('too_many_redirects');
  });

  it('re-checks every hop: a trusted host cannot redirect to an untrusted private one', async () => {
    const to = encodeURIComponent(`${base()}/ok`);
    const e = await failure(
      guardedRequest(`http://localhost:${port}/redirect?to=${to}`, { trustedHosts: ['localhost'] }),
    );
    expect(e.details?.reason).toBe('blocked_address');
  });

  it('drops credentials when a redirect leaves the origin', async () => {
    seen.length = 0;
    const to = encodeURIComponent(`${base()}/ok`);
    await guardedRequest(`http://localhost:${port}/redirect?to=${to}`, {
      allowPrivate: true,
      headers: { authorization: 'Bearer sk-1' },
    });
    expect(seen[0]?.headers.authorization).toBe('Bearer sk-1');
    expect(seen[1]?.headers.authorization).toBeUndefined();
  });

  it('bounds the body, decodes gzip, and times out a silent server', async () => {
    expect(
      (await failure(guardedRequest(`${base()}/big`, { allowPrivate: true, maxBytes: 1000 })))
        .details?.reason,
    ).toBe('too_large');
    expect((await guardedRequest(`${base()}/gzip`, { allowPrivate: true })).text()).toBe(
      'unzipped text',
    );
    const started = Date.now();
    expect(
      (await failure(guardedRequest(`${base()}/hang`, { allowPrivate: true, timeoutMs: 150 })))
        .details?.reason,
    ).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('ends a call at its total deadline even when the server drips a byte before every idle timeout', async () => {
    const started = Date.now();
    const e = await failure(
      guardedRequest(`${base()}/drip`, { allowPrivate: true, timeoutMs: 1000, deadlineMs: 700 }),
    );
    expect(e.details?.reason).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1500);
    // The same through the fetch the model SDK uses: the body stream fails at the deadline.
    const dripping = createGuardedFetch({ allowPrivate: true, timeoutMs: 1000, deadlineMs: 700 });
    const r = await dripping(`${base()}/drip`);
    await expect(r.text()).rejects.toMatchObject({ details: { reason: 'timeout' } });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('cannot reach the internet from a test', async () => {
    const e = await failure(guardedRequest('http://93.184.216.34/', { timeoutMs: 2000 }));
    expect(e.details?.reason).toBe('network');
  });
});

describe('createGuardedFetch', () => {
  it('behaves like fetch for allowed destinations and refuses the others', async () => {
    const allowed = createGuardedFetch({ allowPrivate: true });
    const r = await allowed(`http://127.0.0.1:${port}/echo`, {
      method: 'POST',
      body: JSON.stringify({ a: 1 }),
      headers: { 'content-type': 'application/json' },
    });
    expect(r.url).toBe(`http://127.0.0.1:${port}/echo`);
    expect(await r.json()).toEqual({ method: 'POST', body: '{"a":1}' });
    const guarded = createGuardedFetch(async () => ({}));
    expect((await failure(guarded(`http://127.0.0.1:${port}/echo`))).code).toBe('forbidden');
  });

  it('fails the body stream when it grows past the limit, and honours abort signals', async () => {
    const small = createGuardedFetch({ allowPrivate: true, maxBytes: 100 });
    const r = await small(`http://127.0.0.1:${port}/big`);
    await expect(r.text()).rejects.toThrow(/larger than 100 bytes/);
    const controller = new AbortController();
    const pending = createGuardedFetch({ allowPrivate: true })(`http://127.0.0.1:${port}/hang`, {
      signal: controller.signal,
    });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
