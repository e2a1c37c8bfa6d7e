import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { AppError } from '../errors.ts';
import { isBlockedAddress } from './blocked-addresses.ts';

/** Resolves a host name to its addresses (injectable so tests never touch real DNS). */
export type Resolver = (host: string) => Promise<Array<{ address: string; family: number }>>;

/** Who may be reached. By default only public internet addresses. */
export interface GuardPolicy {
  /** Let calls reach loopback/private/link-local addresses (an admin's decision). */
  allowPrivate?: boolean;
  /** Host names an admin configured (e.g. the instance's Ollama host), exempt from the address check. */
  trustedHosts?: readonly string[];
  resolve?: Resolver;
}

const defaultResolve: Resolver = (host) => dnsLookup(host, { all: true, verbatim: true });

/** Internal to the guard: see guarded-fetch.ts. */
export function refuse(url: string, reason: string, message: string): AppError {
  return new AppError('forbidden', message, { details: { reason, url } });
}

/** Internal to the guard: see guarded-fetch.ts. */
export function upstream(url: string, reason: string, message: string, cause?: unknown): AppError {
  return new AppError('upstream_failed', message, { details: { reason, url }, cause });
}

/** Internal to the guard: see guarded-fetch.ts. */
export function bareHost(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

/** Internal to the guard: see guarded-fetch.ts. */
export function isExempt(url: URL, policy: GuardPolicy): boolean {
  if (policy.allowPrivate) return true;
  const host = bareHost(url);
  return (policy.trustedHosts ?? []).some((h) => h.toLowerCase() === host);
}

/** Internal to the guard: see guarded-fetch.ts. */
export function parseUrl(raw: string | URL): URL {
  let url: URL;
  try {
    url = new URL(String(raw));
  } catch {
    throw refuse(String(raw), 'bad_url', 'The address is not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw refuse(url.href, 'bad_scheme', 'Only http and https addresses can be fetched');
  }
  if (url.username || url.password) {
    throw refuse(
      url.href,
      'credentials_in_url',
      'Addresses with a user name or password are not allowed',
    );
  }
  return url;
}

/**
 * Checks that `raw` may be called under `policy`: http(s) only, and unless exempt, every
 * address the host resolves to is public. Returns the parsed URL.
 * Throws `forbidden` (details.reason: bad_url, bad_scheme, blocked_address) or
 * `upstream_failed` (details.reason: unresolvable).
 */
export async function checkOutboundUrl(raw: string | URL, policy: GuardPolicy = {}): Promise<URL> {
  const url = parseUrl(raw);
  if (isExempt(url, policy)) return url;
  const host = bareHost(url);
  if (isIP(host)) {
    if (isBlockedAddress(host)) throw blocked(url);
    return url;
  }
  const addrs = await resolveAll(url, policy);
  if (addrs.some((a) => isBlockedAddress(a.address))) throw blocked(url);
  return url;
}

/** Internal to the guard: see guarded-fetch.ts. */
export function blocked(url: URL): AppError {
  return refuse(
    url.href,
    'blocked_address',
    `${url.hostname} is a private or local address, which an admin has not allowed`,
  );
}

/** Resolves the URL's host; throws `upstream_failed` (unresolvable) when it has no address. */
export async function resolveAll(
  url: URL,
  policy: GuardPolicy,
): Promise<Array<{ address: string; family: number }>> {
  try {
    const addrs = await (policy.resolve ?? defaultResolve)(bareHost(url));
    if (addrs.length === 0) throw new Error('no addresses');
    return addrs;
  } catch (cause) {
    throw upstream(url.href, 'unresolvable', `${url.hostname} could not be resolved`, cause);
  }
}
