import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { AppError } from '../errors.ts';
import type { AppEnv, RouteRegistry } from './route.ts';

/** Body limit of a signed-in route that declares none. */
export const DEFAULT_BODY_MAX = 1024 * 1024;
/** Body limit for anyone not signed in (sign-in, sign-up, verification, public forms). */
export const ANONYMOUS_BODY_MAX = 64 * 1024;

function tooLarge(max: number): AppError {
  return new AppError('payload_too_large', `The request body is larger than ${max} bytes`, {
    details: { maxBytes: max },
  });
}

/** The limit for this request: the route's own (or the default), capped for anonymous callers. */
function limitFor(c: Context<AppEnv>, limits: Map<string, number | undefined>): number {
  const route = matchedRoutes(c).find((r) => r.method !== 'ALL');
  const key = route ? `${c.req.method} ${route.path}` : undefined;
  const declared = key !== undefined ? limits.get(key) : undefined;
  if (!c.get('principal')) {
    // A public route may declare more (an uploaded credential file), never the default 1 MiB.
    return declared ?? ANONYMOUS_BODY_MAX;
  }
  return declared ?? DEFAULT_BODY_MAX;
}

/** `application/json`, or a `+json` type, with any parameters. */
function isJson(type: string | null): boolean {
  const t = (type ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
  return t === 'application/json' || (t.startsWith('application/') && t.endsWith('+json'));
}

/**
 * Reads the request body as a stream and stops at the route's limit, whatever the client sends
 * (Content-Length, chunked, multipart): the server never holds more than the limit in memory.
 * The bytes read are handed on: a JSON body's as `bodyBytes` (what `defineRoute` parses), any
 * other as a fresh body, so handlers read it as before. Throws
 * `payload_too_large` (413) once the limit is passed; the connection is then closed.
 */
export function bodyLimit(registry: RouteRegistry): MiddlewareHandler<AppEnv> {
  let limits: Map<string, number | undefined> | undefined;
  return async (c, next) => {
    const raw = c.req.raw;
    if (!raw.body || raw.method === 'GET' || raw.method === 'HEAD') return next();
    limits ??= new Map(
      registry.map((r) => [
        `${r.method.toUpperCase()} ${r.path}`,
        r.public ? (r.maxBody ?? ANONYMOUS_BODY_MAX) : r.maxBody,
      ]),
    );
    const max = limitFor(c, limits);
    const declared = raw.headers.get('content-length');
    if (declared !== null && !raw.headers.has('transfer-encoding') && Number(declared) > max) {
      c.header('connection', 'close');
      throw tooLarge(max);
    }
    const reader = raw.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel().catch(() => undefined);
        c.header('connection', 'close');
        throw tooLarge(max);
      }
      chunks.push(value);
    }
    const bytes = Buffer.concat(chunks, size);
    // A JSON body is parsed by `defineRoute` from these bytes; rebuilding a request around
    // them cost as much again for a large upload (a 16 MB import: ~70 ms of the main thread).
    if (isJson(raw.headers.get('content-type'))) c.set('bodyBytes', bytes);
    else c.req.raw = new Request(raw, { body: bytes });
    return next();
  };
}
