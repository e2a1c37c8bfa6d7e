import type { Context, Hono } from 'hono';
import { z } from 'zod';
import {
  presentUser,
  type StartedSession,
  signIn,
  signInWithLink,
  signOut,
  signUp,
} from '../../domain/accounts/index.ts';
import { createDemoCopy } from '../../domain/demo/index.ts';
import { isAppError } from '../../errors.ts';
import { authContracts as auth } from '../../shared/contracts/accounts.ts';
import { bindContract } from '../bind-contract.ts';
import { clientAddress } from '../client-address.ts';
import { checkStorableText } from '../input-hygiene.ts';
import { refuseCrossSite } from '../middleware.ts';
import { type AppEnv, defineRoute, type RouteRegistry } from '../route.ts';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from '../session-cookie.ts';
import { htmlResponse } from './public-pages/html.tsx';
import { messageHtml, signinLinkHtml } from './public-pages/pages.tsx';

/** Sets the session cookie and answers the session's user and CSRF token. */
function started(c: Context<AppEnv>, s: StartedSession) {
  writeSessionCookie(c, s.token, s.expiresAt);
  return { user: presentUser(s.user), csrfToken: s.csrfToken };
}

function clientOf(c: Context<AppEnv>) {
  return { ip: clientAddress(c), userAgent: c.req.header('user-agent') };
}

/** Sign-up, sign-in, "Try the demo", sign-out, the current session, and the demo hint. */
export function authRoutes(
  app: Hono<AppEnv>,
  reg: RouteRegistry,
  demo: { email: string; password: string } | undefined,
): void {
  bindContract(app, reg, auth.signUp, async (c, { body }) =>
    started(c, await signUp(c.get('ctx'), body, clientOf(c).userAgent)),
  );
  bindContract(app, reg, auth.signIn, async (c, { body }) =>
    started(c, await signIn(c.get('ctx'), body, clientOf(c))),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/signin-link',
      tag: 'auth',
      summary: 'The page a one-time sign-in link opens (HTML; signing in takes its button)',
      query: z.object({ token: z.string().max(200).default('') }),
      public: true,
    },
    (_c, { query }) => htmlResponse(signinLinkHtml(query.token)),
  );

  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/signin-link',
      tag: 'auth',
      summary: 'Sign in with a one-time link (form post; redirects to the app)',
      public: true,
      maxBody: 4_000,
    },
    async (c) => {
      refuseCrossSite(c);
      const form = await c.req.parseBody();
      checkStorableText(form, 'form');
      const token = typeof form.token === 'string' ? form.token : '';
      try {
        const s = await signInWithLink(c.get('ctx'), token, clientOf(c).userAgent);
        started(c, s);
        return c.redirect('/app', 303);
      } catch (e) {
        if (!isAppError(e, 'unauthenticated')) throw e;
        return htmlResponse(messageHtml('Not signed in', e.message), 401);
      }
    },
  );

  bindContract(app, reg, auth.tryDemo, async (c) =>
    started(c, await createDemoCopy(c.get('ctx'), clientOf(c))),
  );
  bindContract(app, reg, auth.signOut, async (c) => {
    const token = readSessionCookie(c);
    if (token) await signOut(c.get('ctx'), token);
    clearSessionCookie(c);
  });
  bindContract(app, reg, auth.session, async (c) => {
    const p = c.get('principal');
    if (!p) return { user: null, csrfToken: '' };
    return {
      user: presentUser(p.user),
      csrfToken: p.kind === 'session' ? p.session.csrf_token : '',
    };
  });
  bindContract(app, reg, auth.demoHint, async (c) => ({
    personal: c.get('ctx').config.demo !== 'off',
    email: demo?.email ?? null,
    password: demo?.password ?? null,
  }));
}
