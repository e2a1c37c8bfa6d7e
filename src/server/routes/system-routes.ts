import type { Hono } from 'hono';
import { z } from 'zod';
import { getTaxonomy } from '../../domain/radar/index.ts';
import { AppError } from '../../errors.ts';
import { buildOpenApi } from '../openapi.ts';
import { type AppEnv, defineRoute, type RouteRegistry } from '../route.ts';

export const VERSION = '0.1.0';

const Attribution = z.object({ source: z.string(), text: z.string(), url: z.string() });

/** Health, readiness, the OpenAPI document and the about page's data. */
export function systemRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/health',
      tag: 'system',
      summary: 'The process is up',
      response: z.object({ status: z.literal('ok') }),
      public: true,
    },
    (c) => c.json({ status: 'ok' as const }),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/ready',
      tag: 'system',
      summary: 'The database answers and is migrated',
      response: z.object({ status: z.literal('ready'), store: z.string() }),
      public: true,
    },
    async (c) => {
      const ctx = c.get('ctx');
      try {
        await ctx.store.ping();
      } catch (e) {
        throw new AppError('store_locked', 'The database does not answer', { cause: e });
      }
      return c.json({ status: 'ready' as const, store: ctx.store.kind });
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/openapi.json',
      tag: 'system',
      summary: 'This document',
      public: true,
    },
    (c) =>
      c.json(
        buildOpenApi(reg, { version: VERSION, serverUrl: c.get('ctx').config.publicUrl }) as object,
      ),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/about',
      tag: 'system',
      summary: 'Version, taxonomy and data attributions',
      public: true,
      response: z.object({
        version: z.string(),
        taxonomy: z.object({ version: z.string(), skills: z.number(), roles: z.number() }),
        attributions: z.array(Attribution),
      }),
    },
    async (c) => {
      const t = getTaxonomy();
      const attributions =
        (await c
          .get('ctx')
          .store.instance.getSetting<z.infer<typeof Attribution>[]>('attributions')) ?? [];
      return c.json({
        version: VERSION,
        taxonomy: { version: t.version, skills: t.skills.length, roles: t.roles.length },
        attributions,
      });
    },
  );
}
