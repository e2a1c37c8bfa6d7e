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
import {
  DemoHint,
  SessionCheck,
  SessionInfo,
  SignInInput,
  SignUpInput,
} from '../../shared/accounts.ts';
import { clientAddress } from '../client-address.ts';
import { checkStorableText } from '../input-hygiene.ts';
import { refuseCrossSite } from '../middleware.ts';
import { type AppEnv, defineRoute, type RouteRegistry } from '../route.ts';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from '../session-cookie.ts';
import { htmlResponse } from './public-pages/html.tsx';
import { messageHtml, signinLinkHtml } from './public-pages/pages.tsx';

function setSessionCookie(c: Context<AppEnv>, s: StartedSession): void {
  writeSessionCookie(c, s.token, s.expiresAt);
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
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/auth/signup',
      tag: 'auth',
      summary: 'Create an account and sign in',
      body: SignUpInput,
      response: SessionInfo,
      status: 201,
      public: true,
    },
    async (c, { body }) => {
      const s = await signUp(c.get('ctx'), body, clientOf(c).userAgent);
      setSessionCookie(c, s);
      return c.json({ user: presentUser(s.user), csrfToken: s.csrfToken }, 201);
    },
  );

  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/auth/signin',
      tag: 'auth',
      summary: 'Sign in with email and password',
      body: SignInInput,
      response: SessionInfo,
      public: true,
    },
    async (c, { body }) => {
      const s = await signIn(c.get('ctx'), body, clientOf(c));
      setSessionCookie(c, s);
      return c.json({ user: presentUser(s.user), csrfToken: s.csrfToken });
    },
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
        setSessionCookie(c, s);
        return c.redirect('/app', 303);
      } catch (e) {
        if (!isAppError(e, 'unauthenticated')) throw e;
        return htmlResponse(messageHtml('Not signed in', e.message), 401);
      }
    },
  );

  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/auth/demo',
      tag: 'auth',
      summary: 'Create your own 24-hour copy of the demo workspace and sign in to it',
      response: SessionInfo,
      status: 201,
      public: true,
    },
    async (c) => {
      const s = await createDemoCopy(c.get('ctx'), clientOf(c));
      setSessionCookie(c, s);
      return c.json({ user: presentUser(s.user), csrfToken: s.csrfToken }, 201);
    },
  );

  defineRoute(
    app,
    reg,
    { method: 'post', path: '/api/auth/signout', tag: 'auth', summary: 'Sign out of this session' },
    async (c) => {
      const token = readSessionCookie(c);
      if (token) await signOut(c.get('ctx'), token);
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  );

  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/auth/session',
      tag: 'auth',
      summary: 'The signed-in user and CSRF token; `user: null` when no one is signed in',
      response: SessionCheck,
      public: true,
    },
    (c) => {
      const p = c.get('principal');
      if (!p) return c.json({ user: null, csrfToken: '' });
      return c.json({
        user: presentUser(p.user),
        csrfToken: p.kind === 'session' ? p.session.csrf_token : '',
      });
    },
  );

  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/auth/demo-hint',
      tag: 'auth',
      summary:
        'Which demos this instance offers: "Try the demo" (personal copies) and the shared account',
      response: DemoHint,
      public: true,
    },
    (c) => {
      const mode = c.get('ctx').config.demo;
      return c.json({
        personal: mode !== 'off',
        email: demo?.email ?? null,
        password: demo?.password ?? null,
      });
    },
  );
}
