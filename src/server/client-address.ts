import type { Context } from 'hono';
import type { AppEnv } from './route.ts';

/**
 * The caller's address for per-client limits. The socket address, unless the instance is
 * configured to sit behind `trustProxy` reverse proxies: then the address the outermost
 * trusted proxy saw, counted from the right of X-Forwarded-For (entries further left are
 * whatever the client wrote, so they never count).
 */
export function clientAddress(c: Context<AppEnv>): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const socket = env?.incoming?.socket?.remoteAddress || 'local';
  const hops = c.get('ctx').config.trustProxy;
  if (hops <= 0) return socket;
  const list = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!list.length) return socket;
  return list[Math.max(0, list.length - hops)] ?? socket;
}
