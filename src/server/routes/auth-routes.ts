import type { Context, Hono } from 'hono';
import { z } from 'zod';
import {
  presentUser,
  type StartedSession,
  signIn,
  signOut,
  signUp,
} from '../../domain/accounts/index.ts';
import { SessionInfo, SignInInput, SignUpInput } from '../../shared/accounts.ts';
import { clientAddress } from '../client-address.ts';
import { type AppEnv, defineRoute, type RouteRegistry } from '../route.ts';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from '../session-cookie.ts';

function setSessionCookie(c: Context<AppEnv>, s: StartedSession): void {
  writeSessionCookie(c, s.token, s.expiresAt);
}

function clientOf(c: Context<AppEnv>) {
  return { ip: clientAddress(c), userAgent: c.req.header('user-agent') };
}

/** Sign-up, sign-in, sign-out, the current session, and the demo hint. */
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
      summary: 'The signed-in user and CSRF token',
      response: SessionInfo,
    },
    (c) => {
      const p = c.get('principal');
      if (!p) throw new Error('unreachable: authenticate() guards this route');
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
      summary: 'Demo credentials, when this instance runs the demo workspace',
      response: z.object({ email: z.string(), password: z.string() }),
      public: true,
    },
    (c) => {
      if (!demo)
        return c.json(
          { error: { code: 'not_found', message: 'This instance has no demo workspace' } },
          404,
        );
      return c.json(demo);
    },
  );
}
