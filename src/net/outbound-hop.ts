import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { pipeline, type Readable, Transform } from 'node:stream';
import zlib from 'node:zlib';
import { AppError } from '../errors.ts';
import { isBlockedAddress } from './blocked-addresses.ts';
import {
  bareHost,
  blocked,
  type GuardPolicy,
  isExempt,
  parseUrl,
  resolveAll,
  upstream,
} from './outbound-policy.ts';

/** Bounds of one request, redirects included. */
export interface GuardLimits {
  /** Time to the response head, and the longest silence while reading the body (default 15 s). */
  timeoutMs?: number;
  /** Largest (decoded) response body in bytes (default 5 MiB). */
  maxBytes?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  /**
   * Total time of the call, redirects and body included, however the other side paces its
   * bytes (default 30 s). Past it the call fails with `upstream_failed` (timeout).
   */
  deadlineMs?: number;
}

/** One outbound request through the guard. */
export interface GuardedRequestInit extends GuardPolicy, GuardLimits {
  method?: string;
  headers?: HeadersInit;
  body?: string | Uint8Array;
  signal?: AbortSignal;
}

/** One hop that answered with a redirect. */
export interface RedirectHop {
  url: string;
  status: number;
  location: string;
}

/** A fully read, size-bounded answer. */
export interface GuardedResponse {
  status: number;
  headers: Headers;
  /** The URL that finally answered, after redirects. */
  url: string;
  redirects: RedirectHop[];
  body: Uint8Array;
  text(): string;
}

/** Defaults of the guard's limits. */
export const DEFAULTS = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  deadlineMs: 30_000,
};
const SECRET_HEADERS = ['authorization', 'cookie', 'proxy-authorization', 'x-api-key'];

// Checks the addresses the socket actually connects to, so DNS cannot change between check and use.
function guardedLookup(url: URL, policy: GuardPolicy): LookupFunction {
  const exempt = isExempt(url, policy);
  return (_hostname, options, callback) => {
    resolveAll(url, policy).then(
      (addrs) => {
        if (!exempt && addrs.some((a) => isBlockedAddress(a.address))) {
          callback(blocked(url), '', 4);
          return;
        }
        const family = options.family === 4 || options.family === 6 ? options.family : 0;
        const usable = family ? addrs.filter((a) => a.family === family) : addrs;
        const first = usable[0] ?? addrs[0]!;
        if (options.all) callback(null, usable);
        else callback(null, first.address, first.family);
      },
      (err: Error) => callback(err as NodeJS.ErrnoException, '', 4),
    );
  };
}

/** An answered request, after redirects. */
export interface Hop {
  res: IncomingMessage;
  url: URL;
  redirects: RedirectHop[];
  /** Destroys the underlying request with `err` (timeouts, aborts). */
  fail(err: Error): void;
}

function openHop(
  url: URL,
  init: GuardedRequestInit & { body: Buffer | undefined; headers: Headers },
  timeoutMs: number,
): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const host = bareHost(url);
    if (isIP(host) && !isExempt(url, init) && isBlockedAddress(host)) {
      reject(blocked(url));
      return;
    }
    const headers: Record<string, string> = {};
    init.headers.forEach((v, k) => {
      if (k !== 'host' && k !== 'content-length') headers[k] = v;
    });
    headers['accept-encoding'] ??= 'gzip, deflate, br';
    if (init.body) headers['content-length'] = String(init.body.length);
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request({
      protocol: url.protocol,
      hostname: host,
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: init.method ?? 'GET',
      headers,
      lookup: guardedLookup(url, init),
      agent: false,
    });
    let res: IncomingMessage | undefined;
    const fail = (err: Error) => {
      if (res) res.destroy(err);
      req.destroy(err);
    };
    const timeout = () =>
      fail(upstream(url.href, 'timeout', `${url.host} did not answer within ${timeoutMs} ms`));
    const timer = setTimeout(timeout, timeoutMs);
    req.setTimeout(timeoutMs, timeout);
    req.on('error', (err) => {
      clearTimeout(timer);
      reject(
        err instanceof AppError ||
          (err as Error).name === 'AbortError' ||
          (err as Error).name === 'TimeoutError'
          ? err
          : upstream(url.href, 'network', `${url.host} could not be reached: ${err.message}`, err),
      );
    });
    req.on('response', (r) => {
      clearTimeout(timer);
      res = r;
      r.on('close', () => init.signal?.removeEventListener('abort', onAbort));
      resolve({ res: r, url, redirects: [], fail });
    });
    const onAbort = () =>
      fail(
        init.signal?.reason instanceof Error
          ? init.signal.reason
          : new DOMException('Aborted', 'AbortError'),
      );
    if (init.signal?.aborted) return onAbort();
    init.signal?.addEventListener('abort', onAbort, { once: true });
    req.end(init.body);
  });
}

/**
 * Opens `raw`, following redirects by hand and re-checking each hop. The total deadline runs
 * from here until the answer's body ends (or fails), so a slow drip cannot outlast it.
 */
export async function follow(raw: string | URL, init: GuardedRequestInit): Promise<Hop> {
  const limits = { ...DEFAULTS, ...definedOnly(init) };
  const deadline = new AbortController();
  const timer = setTimeout(
    () =>
      deadline.abort(
        upstream(
          String(raw),
          'timeout',
          `The call to ${String(raw)} did not finish within ${limits.deadlineMs} ms`,
        ),
      ),
    limits.deadlineMs,
  );
  timer.unref();
  const signal = init.signal ? AbortSignal.any([init.signal, deadline.signal]) : deadline.signal;
  try {
    const hop = await followHops(raw, { ...init, signal }, limits);
    if (hop.res.closed) clearTimeout(timer);
    else hop.res.once('close', () => clearTimeout(timer));
    return hop;
  } catch (e) {
    clearTimeout(timer);
    throw e;
  }
}

async function followHops(
  raw: string | URL,
  init: GuardedRequestInit,
  limits: typeof DEFAULTS,
): Promise<Hop> {
  let url = parseUrl(raw);
  let method = (init.method ?? 'GET').toUpperCase();
  let body = init.body === undefined ? undefined : Buffer.from(init.body);
  const headers = new Headers(init.headers);
  const redirects: RedirectHop[] = [];
  for (;;) {
    const hop = await openHop(url, { ...init, method, body, headers }, limits.timeoutMs);
    const status = hop.res.statusCode ?? 0;
    const location = hop.res.headers.location;
    if (![301, 302, 303, 307, 308].includes(status) || !location) return { ...hop, redirects };
    hop.res.resume();
    if (redirects.length >= limits.maxRedirects) {
      throw upstream(url.href, 'too_many_redirects', `More than ${limits.maxRedirects} redirects`);
    }
    const next = parseUrl(new URL(location, url));
    redirects.push({ url: url.href, status, location: next.href });
    // A different origin must not receive the credentials meant for this one.
    if (next.origin !== url.origin) for (const h of SECRET_HEADERS) headers.delete(h);
    if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
      method = method === 'HEAD' ? 'HEAD' : 'GET';
      body = undefined;
      headers.delete('content-type');
    }
    url = next;
  }
}

function definedOnly(o: GuardLimits): Partial<typeof DEFAULTS> {
  const out: Partial<typeof DEFAULTS> = {};
  if (o.timeoutMs !== undefined) out.timeoutMs = o.timeoutMs;
  if (o.maxBytes !== undefined) out.maxBytes = o.maxBytes;
  if (o.maxRedirects !== undefined) out.maxRedirects = o.maxRedirects;
  if (o.deadlineMs !== undefined) out.deadlineMs = o.deadlineMs;
  return out;
}

// Decodes the body and stops it at `maxBytes`, failing the stream rather than truncating silently.
/** The decoded body, failing with `upstream_failed` (too_large) past `maxBytes`. */
export function boundedBody(hop: Hop, maxBytes: number): Readable {
  const enc = String(hop.res.headers['content-encoding'] ?? '').toLowerCase();
  const decoder =
    enc === 'gzip' || enc === 'x-gzip'
      ? zlib.createGunzip()
      : enc === 'deflate'
        ? zlib.createInflate()
        : enc === 'br'
          ? zlib.createBrotliDecompress()
          : undefined;
  let seen = 0;
  const limiter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      seen += chunk.length;
      if (seen > maxBytes)
        cb(upstream(hop.url.href, 'too_large', `The answer is larger than ${maxBytes} bytes`));
      else cb(null, chunk);
    },
  });
  const noop = () => {};
  return decoder ? pipeline(hop.res, decoder, limiter, noop) : pipeline(hop.res, limiter, noop);
}

/** The answer's headers as a Headers object (encoding headers dropped once decoded). */
export function toHeaders(res: IncomingMessage, decoded: boolean): Headers {
  const h = new Headers();
  for (const [k, v] of Object.entries(res.headers)) {
    if (v === undefined || (decoded && (k === 'content-encoding' || k === 'content-length')))
      continue;
    for (const one of Array.isArray(v) ? v : [v]) h.append(k, one);
  }
  return h;
}
