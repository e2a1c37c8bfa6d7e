import { Readable } from 'node:stream';
import {
  boundedBody,
  DEFAULTS,
  follow,
  type GuardedRequestInit,
  type GuardedResponse,
  type GuardLimits,
  toHeaders,
} from './outbound-hop.ts';
import type { GuardPolicy } from './outbound-policy.ts';

/**
 * The one outbound-HTTP guard of the product. Every call to a model, a feed or a link goes
 * through it: http(s) only, no private/loopback/link-local/CGNAT/multicast addresses unless
 * an admin allowed them, bounded time and size, redirects re-checked hop by hop.
 */
export { isBlockedAddress } from './blocked-addresses.ts';
export type {
  GuardedRequestInit,
  GuardedResponse,
  GuardLimits,
  RedirectHop,
} from './outbound-hop.ts';
export { checkOutboundUrl, type GuardPolicy, type Resolver } from './outbound-policy.ts';

/**
 * Makes one outbound HTTP request through the guard and reads the whole (bounded) body.
 * Redirects are followed by hand, each hop re-checked. Throws `forbidden` for refused
 * destinations and `upstream_failed` (details.reason: timeout, too_large,
 * too_many_redirects, network, unresolvable) when the other side fails.
 */
export async function guardedRequest(
  raw: string | URL,
  init: GuardedRequestInit = {},
): Promise<GuardedResponse> {
  const hop = await follow(raw, init);
  const chunks: Buffer[] = [];
  const stream = boundedBody(hop, init.maxBytes ?? DEFAULTS.maxBytes);
  for await (const c of stream) chunks.push(c as Buffer);
  const body = new Uint8Array(Buffer.concat(chunks));
  const enc = hop.res.headers['content-encoding'];
  return {
    status: hop.res.statusCode ?? 0,
    headers: toHeaders(hop.res, enc !== undefined),
    url: hop.url.href,
    redirects: hop.redirects,
    body,
    text: () => Buffer.from(body).toString('utf8'),
  };
}

async function bodyBytes(body: BodyInit | null | undefined): Promise<Uint8Array | undefined> {
  if (body === null || body === undefined) return undefined;
  if (typeof body === 'string') return Buffer.from(body);
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (body instanceof URLSearchParams) return Buffer.from(body.toString());
  return new Uint8Array(await new Response(body).arrayBuffer());
}

/**
 * A `fetch`-compatible function whose every call goes through the guard, for libraries that
 * take a `fetch` option (the AI SDK). `settings` may be a function, read on every call, so
 * an admin's change applies without a restart. Errors are those of `guardedRequest`, thrown
 * from the call or, for body limits and timeouts while streaming, from the body stream.
 */
export function createGuardedFetch(
  settings: (GuardPolicy & GuardLimits) | (() => Promise<GuardPolicy & GuardLimits>),
): typeof fetch {
  return async (input, init = {}) => {
    const policy = typeof settings === 'function' ? await settings() : settings;
    const request = input instanceof Request ? input : undefined;
    const url = request ? request.url : input instanceof URL ? input.href : String(input);
    const headers = new Headers(request?.headers);
    new Headers(init.headers).forEach((v, k) => {
      headers.set(k, v);
    });
    const body = await bodyBytes(
      init.body ?? (request?.body ? await request.arrayBuffer() : undefined),
    );
    const method = (init.method ?? request?.method ?? 'GET').toUpperCase();
    const signal = init.signal ?? request?.signal ?? undefined;
    const hop = await follow(url, { ...policy, method, headers, body, signal });
    const status = hop.res.statusCode ?? 502;
    const empty = method === 'HEAD' || [204, 205, 304].includes(status);
    const decoded = hop.res.headers['content-encoding'] !== undefined;
    const stream = empty
      ? null
      : (Readable.toWeb(
          boundedBody(hop, policy.maxBytes ?? DEFAULTS.maxBytes),
        ) as ReadableStream<Uint8Array>);
    if (empty) hop.res.resume();
    const response = new Response(stream, {
      status,
      statusText: hop.res.statusMessage,
      headers: toHeaders(hop.res, decoded),
    });
    Object.defineProperty(response, 'url', { value: hop.url.href });
    Object.defineProperty(response, 'redirected', { value: hop.redirects.length > 0 });
    return response;
  };
}
