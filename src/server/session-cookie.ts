import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from './route.ts';

const BASE_NAME = 'st_session';

function onHttps(c: Context<AppEnv>): boolean {
  return c.get('ctx').config.publicUrl.startsWith('https://');
}

/**
 * The session cookie's name: `__Host-st_session` when the instance is served over https (the
 * browser then only accepts it Secure, host-only, for path /), `st_session` otherwise.
 */
export function sessionCookieName(c: Context<AppEnv>): string {
  return onHttps(c) ? `__Host-${BASE_NAME}` : BASE_NAME;
}

/** The session token the browser sent, if any. */
export function readSessionCookie(c: Context<AppEnv>): string | undefined {
  return getCookie(c, sessionCookieName(c));
}

/** Sets (or refreshes) the session cookie: HTTP-only, SameSite=Lax, Secure on https. */
export function writeSessionCookie(c: Context<AppEnv>, token: string, expiresAt: Date): void {
  setCookie(c, sessionCookieName(c), token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: onHttps(c),
    path: '/',
    expires: expiresAt,
  });
}

/** Removes the session cookie (sign-out). */
export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, sessionCookieName(c), { path: '/', secure: onHttps(c) });
}
