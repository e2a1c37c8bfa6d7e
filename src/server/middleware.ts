import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler, Next } from 'hono';
import { matchedRoutes } from 'hono/route';
import { authenticateApiToken, authenticateSession } from '../domain/accounts/index.ts';
import type { Ctx } from '../domain/ctx.ts';
import { AppError, isAppError } from '../errors.ts';
import { ERROR_STATUS } from './error-status.ts';
import { isPublicRoute } from './public-routes.ts';
import type { AppEnv } from './route.ts';
import { readSessionCookie, writeSessionCookie } from './session-cookie.ts';

function hostOf(origin: string): string | undefined {
  try {
    const u = new URL(origin);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.host : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Throws `forbidden` for a request another site's page sent (login CSRF): an `Origin` that is
 * neither the public URL nor this host. `Origin: null` (sandboxed frames, file: pages) and
 * malformed origins count as cross-site; no `Origin` (non-browser clients) passes.
 */
export function refuseCrossSite(c: Context<AppEnv>): void {
  const origin = c.req.header('origin');
  if (
    origin !== undefined &&
    origin !== c.get('ctx').config.publicUrl &&
    hostOf(origin) !== new URL(c.req.url).host
  ) {
    throw new AppError('forbidden', 'Cross-site request refused');
  }
}

/** Gives every request an id (echoed as `x-request-id`) and a logger, and logs its outcome. */
export function requestContext(ctx: Ctx): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w.-]{6,64}$/.test(incoming) ? incoming : randomUUID();
    const log = ctx.log.child({ requestId });
    c.set('ctx', ctx);
    c.set('requestId', requestId);
    c.set('log', log);
    c.set('principal', undefined);
    const started = performance.now();
    await next();
    c.header('x-request-id', requestId);
    if (c.req.path.startsWith('/api/')) {
      log.info('request', {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
        userId: c.get('principal')?.user.id,
      });
    }
  };
}

/**
 * Resolves the caller (session cookie or `Authorization: Bearer st_…`), answers 401 on
 * non-public routes without one, and checks the CSRF header on cookie-authenticated writes.
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async (c: Context<AppEnv>, next: Next) => {
    const ctx = c.get('ctx');
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const cookie = readSessionCookie(c);
    const principal = bearer
      ? await authenticateApiToken(ctx, bearer)
      : cookie
        ? await authenticateSession(ctx, cookie)
        : undefined;
    if (bearer && !principal)
      throw new AppError('unauthenticated', 'The API token is unknown, revoked or expired');
    c.set('principal', principal);
    // A session in use slides its expiry (at most hourly): the browser's cookie follows it.
    if (principal?.kind === 'session' && principal.renewedUntil && cookie)
      writeSessionCookie(c, cookie, principal.renewedUntil);
    // The route that will answer: the first matched handler that is not a catch-all middleware.
    const path = matchedRoutes(c).find((r) => r.method !== 'ALL')?.path ?? c.req.path;
    const isPublic = isPublicRoute(c.req.method, path);
    if (!principal && !isPublic) throw new AppError('unauthenticated', 'Sign in first');
    const write = !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method);
    if (write && principal?.kind === 'session') {
      if (c.req.header('x-csrf-token') !== principal.session.csrf_token) {
        throw new AppError(
          'forbidden',
          'Missing or wrong x-csrf-token header (reload the page and try again)',
        );
      }
    } else if (write && !principal) {
      // Sign-in and sign-up: refuse cross-site form posts (login CSRF).
      refuseCrossSite(c);
    }
    await next();
  };
}

/** Answers every error as `{ error: { code, message, details? } }`; unexpected ones as internal_error. */
export function errorResponse(err: unknown, c: Context<AppEnv>): Response {
  const log = c.get('log');
  if (isAppError(err)) {
    if (err.code === 'internal_error') log?.error('internal error', { err });
    const retryAfter = (err.details as { retryAfterSeconds?: unknown } | undefined)
      ?.retryAfterSeconds;
    if (err.code === 'rate_limited' && typeof retryAfter === 'number')
      c.header('retry-after', String(Math.max(1, Math.ceil(retryAfter))));
    return c.json(
      {
        error: {
          code: err.code,
          message: err.message,
          ...(err.details ? { details: err.details } : {}),
        },
      },
      ERROR_STATUS[err.code],
    );
  }
  log?.error('unexpected error', { err });
  return c.json(
    {
      error: {
        code: 'internal_error',
        message: `Something went wrong on our side (request ${c.get('requestId')})`,
      },
    },
    500,
  );
}
