import { isIP } from 'node:net';
import type { Context, MiddlewareHandler } from 'hono';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import type { AppEnv } from './route.ts';

/**
 * Documents any site may read (they answer `access-control-allow-origin: *`): keys, DID,
 * status lists and public credentials. A browser verifier sends an OPTIONS preflight first.
 */
export const PUBLIC_DOCUMENTS = [
  '/.well-known/jwks.json',
  '/.well-known/did.json',
  '/status-lists/:id',
  '/credentials/:id',
];

/** Answers the CORS preflight of a public document: GET (and HEAD) from anywhere, no credentials. */
export function corsPreflight(c: Context<AppEnv>): Response {
  return c.body(null, 204, {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, HEAD, OPTIONS',
    'access-control-allow-headers': 'accept, content-type',
    'access-control-max-age': '86400',
  });
}

// Probes and container health checks call by service name; they reveal nothing.
const ANY_HOST_PATHS = new Set(['/api/health', '/api/ready']);

/**
 * Refuses requests whose Host header names a host this instance does not serve, so a page on
 * another site cannot reach it through DNS rebinding. Allowed: the public URL's host, the
 * `SKILLTRACE_ALLOWED_HOSTS` entries (host or host:port), `localhost` and any IP literal (an
 * IP address cannot be rebound). Throws `forbidden` otherwise.
 */
export function hostCheck(config: Config): MiddlewareHandler<AppEnv> {
  const publicHost = new URL(config.publicUrl).host.toLowerCase();
  const publicName = new URL(config.publicUrl).hostname.toLowerCase();
  const allowed = new Set([publicHost, publicName, 'localhost', ...config.allowedHosts]);
  return async (c, next) => {
    const host = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
    const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    if (
      allowed.has(host) ||
      allowed.has(name) ||
      isIP(name) !== 0 ||
      ANY_HOST_PATHS.has(c.req.path)
    )
      return next();
    throw new AppError(
      'forbidden',
      `This instance does not answer for ${host}; an admin can add it to SKILLTRACE_ALLOWED_HOSTS`,
    );
  };
}
