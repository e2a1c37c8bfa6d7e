import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import type { Principal } from '../domain/accounts/index.ts';
import type { Ctx, Logger } from '../domain/ctx.ts';
import { AppError } from '../errors.ts';
import { checkJsonDepth, checkStorableText } from './input-hygiene.ts';

/** Per-request variables every handler can read. */
export interface AppEnv {
  Variables: {
    ctx: Ctx;
    requestId: string;
    log: Logger;
    principal: Principal | undefined;
    /**
     * The JSON request body's bytes, as `bodyLimit` read them (the request's own body is then
     * spent): what `defineRoute` parses. Unset for other bodies, which stay readable.
     */
    bodyBytes: Buffer | undefined;
  };
}

/** Strict: bytes that are no UTF-8 character are an error, not U+FFFD in a stored record. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** What one route declares: the OpenAPI document and input validation both come from it. */
export interface RouteSpec<B extends z.ZodType | undefined, Q extends z.ZodType | undefined> {
  method: Method;
  /** Hono-style path, e.g. `/api/tokens/:id`. */
  path: string;
  tag: string;
  summary: string;
  body?: B;
  query?: Q;
  /** Schema of the 2xx answer body (documentation); omitted for 204 and non-JSON answers. */
  response?: z.ZodType;
  status?: number;
  /** Other success statuses answered with the same response schema (see `Contract`). */
  alsoStatus?: readonly number[];
  /**
   * Largest accepted request body in bytes, enforced while streaming by `bodyLimit`
   * (default 1 MiB signed in, 64 KiB for anonymous callers).
   */
  maxBody?: number;
  /** Listed in PUBLIC_ROUTES: no sign-in needed. Documentation only; the allowlist decides. */
  public?: boolean;
  /** Admins only: members get 403 before anything else is looked at. */
  admin?: boolean;
}

export type RouteInput<B, Q> = {
  body: B extends z.ZodType ? z.infer<B> : undefined;
  query: Q extends z.ZodType ? z.infer<Q> : undefined;
};

/** The routes declared on one app, for the OpenAPI document and the authorization test. */
export type RouteRegistry = RouteSpec<z.ZodType | undefined, z.ZodType | undefined>[];

function invalid(where: string, issues: z.core.$ZodIssue[]): AppError {
  const rows = issues.map((i) => ({
    path: [where, ...i.path.map(String)].join('.'),
    message: i.message,
  }));
  return new AppError('invalid_input', rows.map((r) => `${r.path}: ${r.message}`).join('; '), {
    details: { issues: rows },
  });
}

/**
 * Declares a route: registers it for the OpenAPI document, refuses path, query and body text
 * that cannot be stored (NUL, lone surrogates) or JSON nested too deep, parses and validates
 * its JSON body (size-limited) and query with zod, and hands the typed input to `handler`.
 */
export function defineRoute<B extends z.ZodType | undefined, Q extends z.ZodType | undefined>(
  app: Hono<AppEnv>,
  registry: RouteRegistry,
  spec: RouteSpec<B, Q>,
  handler: (c: Context<AppEnv>, input: RouteInput<B, Q>) => Promise<Response> | Response,
): void {
  registry.push(spec as RouteSpec<z.ZodType | undefined, z.ZodType | undefined>);
  app.on(spec.method.toUpperCase(), spec.path, async (c) => {
    if (spec.admin && userOf(c).role !== 'admin')
      throw new AppError('forbidden', 'Only an admin can do this');
    checkStorableText(c.req.param(), 'params');
    checkStorableText(c.req.queries(), 'query');
    let body: unknown;
    if (spec.body) {
      // bodyLimit (body-limit.ts) has already stopped reading at the route's maxBody; a JSON
      // body's bytes are handed over as they are, decoded once (UTF-8, a leading BOM dropped;
      // invalid sequences refused, so no record stores a replaced character).
      const bytes = c.get('bodyBytes') ?? new Uint8Array(await c.req.arrayBuffer());
      let text: string;
      try {
        text = utf8.decode(bytes);
      } catch {
        throw new AppError(
          'invalid_input',
          'The request body is not valid UTF-8: some bytes are no character (send text as UTF-8)',
          { details: { issues: [{ path: 'body', message: 'not valid UTF-8' }] } },
        );
      }
      checkJsonDepth(text, 'body');
      let json: unknown;
      try {
        json = text.length ? JSON.parse(text) : {};
      } catch (e) {
        throw new AppError(
          'invalid_input',
          `The request body is not valid JSON: ${(e as Error).message}`,
        );
      }
      checkStorableText(json, 'body');
      const r = spec.body.safeParse(json);
      if (!r.success) throw invalid('body', r.error.issues);
      body = r.data;
    }
    let query: unknown;
    if (spec.query) {
      const r = spec.query.safeParse(c.req.query());
      if (!r.success) throw invalid('query', r.error.issues);
      query = r.data;
    }
    return handler(c, { body, query } as RouteInput<B, Q>);
  });
}

/** The signed-in user of this request; throws `unauthenticated` when there is none. */
export function userOf(c: Context<AppEnv>) {
  const p = c.get('principal');
  if (!p) throw new AppError('unauthenticated', 'Sign in first');
  return p.user;
}
