import type { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { Ctx } from '../domain/ctx.ts';
import {
  type AppEnv,
  defineRoute,
  type RouteInput,
  type RouteRegistry,
  type RouteSpec,
  userOf,
} from './route.ts';

/** What the handler of a signed-in person's route receives. */
export type UserRequest<B, Q> = RouteInput<B, Q> & {
  ctx: Ctx;
  /** The signed-in person (`unauthenticated` before the handler runs otherwise). */
  userId: string;
  /** The path's `:name` parameters. */
  params: Record<string, string>;
};

/**
 * Declares a signed-in person's route: `run` gets the context, the person's id, the path
 * parameters and the validated input; what it returns is answered as JSON with the spec's
 * status (200 by default), and nothing (undefined) as 204.
 */
export type UserRoute = <B extends z.ZodType | undefined, Q extends z.ZodType | undefined>(
  spec: Omit<RouteSpec<B, Q>, 'tag'>,
  run: (req: UserRequest<B, Q>) => Promise<unknown>,
) => void;

/** `UserRoute` bound to one app, registry and OpenAPI tag. */
export function bindUserRoutes(app: Hono<AppEnv>, reg: RouteRegistry, tag: string): UserRoute {
  return (spec, run) =>
    defineRoute(app, reg, { ...spec, tag }, async (c, input) => {
      const ctx = c.get('ctx');
      const out = await run({ ...input, ctx, userId: userOf(c).id, params: c.req.param() });
      if (out === undefined) return c.body(null, 204);
      return c.json(out as object, (spec.status ?? 200) as ContentfulStatusCode);
    });
}
