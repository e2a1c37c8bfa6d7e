import type { Context, Hono } from 'hono';
import { z } from 'zod';
import {
  presentUser,
  type StartedSession,
  signIn,
  signOut,
  signUp,
} from '../../domain/accounts/index.ts';
import { createDemoCopy } from '../../domain/demo/index.ts';
import {
  DemoHint,
  SessionCheck,
  SessionInfo,
  SignInInput,
  SignUpInput,
} from '../../shared/accounts.ts';
import { clientAddress } from '../client-address.ts';
import { type AppEnv, defineRoute, type RouteRegistry } from '../route.ts';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from '../session-cookie.ts';

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
