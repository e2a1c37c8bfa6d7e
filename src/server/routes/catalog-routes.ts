import type { Hono } from 'hono';
import { z } from 'zod';
import { requireAdmin } from '../../domain/accounts/index.ts';
import {
  checkLinks,
  getCalendarFeed,
  getCatalogData,
  getCatalogResource,
  searchCatalog,
} from '../../domain/paths/index.ts';
import { AppError } from '../../errors.ts';
import {
  CatalogResource,
  CatalogSearchQuery,
  CatalogSearchResult,
  Deprecation,
} from '../../shared/paths.ts';
import { type AppEnv, defineRoute, type RouteRegistry, userOf } from '../route.ts';

/** The source catalog (search, provenance, deprecations, admin link check) and the public calendar feed. */
export function catalogRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/catalog',
      tag: 'catalog',
      summary:
        'Search or list the source catalog (full-text `q`, filters `skill`, `kind`, `linkStatus`)',
      query: CatalogSearchQuery,
      response: CatalogSearchResult,
    },
    async (c, { query }) => {
      userOf(c);
      return c.json(await searchCatalog(c.get('ctx'), query));
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/catalog/deprecations',
      tag: 'catalog',
      summary: 'Tools, versions and resources the paths flag as deprecated or superseded',
      response: z.object({
        deprecations: z.array(
          Deprecation.extend({ skillId: z.string().optional(), names: z.array(z.string()) }),
        ),
      }),
    },
    (c) => {
      userOf(c);
      return c.json({
        deprecations: getCatalogData().deprecations.map((d) => ({
          ...d,
          skillId: d.skillId,
          names: d.names,
        })),
      });
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/catalog/:id',
      tag: 'catalog',
      summary: 'One resource with its provenance and link-check result',
      response: CatalogResource,
    },
    async (c) => {
      userOf(c);
      return c.json(await getCatalogResource(c.get('ctx'), c.req.param('id') ?? ''));
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/admin/catalog/check-links',
      admin: true,
      tag: 'catalog',
      summary: 'Check catalog links now (admin): never-checked first, bounded concurrency',
      body: z.object({ limit: z.number().int().min(1).max(1000).default(50) }),
      response: z.object({ checked: z.number(), byStatus: z.record(z.string(), z.number()) }),
    },
    async (c, { body }) => {
      requireAdmin(userOf(c));
      const r = await checkLinks(c.get('ctx'), { limit: body.limit });
      return c.json({ checked: r.checked, byStatus: r.byStatus });
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/cal/:file',
      tag: 'paths',
      summary:
        'A path schedule as an iCalendar feed; `file` is `<token>.ics` from a calendar token (public, secret URL)',
      public: true,
    },
    async (c) => {
      const file = c.req.param('file') ?? '';
      if (!file.endsWith('.ics')) throw new AppError('not_found', 'Calendar not found');
      const ics = await getCalendarFeed(c.get('ctx'), file.slice(0, -4));
      return c.body(ics, 200, {
        'content-type': 'text/calendar; charset=utf-8',
        'cache-control': 'private, max-age=300',
        'content-disposition': 'inline; filename="skilltrace-path.ics"',
      });
    },
  );
}
