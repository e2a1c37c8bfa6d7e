import type { Hono } from 'hono';
import { requireAdmin } from '../../domain/accounts/index.ts';
import {
  checkLinks,
  getCalendarFeed,
  getCatalogData,
  getCatalogResource,
  searchCatalog,
} from '../../domain/paths/index.ts';
import { AppError } from '../../errors.ts';
import { catalogContracts as catalog } from '../../shared/contracts/catalog.ts';
import { bindContract } from '../bind-contract.ts';
import { type AppEnv, type RouteRegistry, userOf } from '../route.ts';
import { bindUserContracts } from '../user-contract.ts';

/** The source catalog (search, provenance, deprecations, admin link check) and the public calendar feed. */
export function catalogRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  const on = bindUserContracts(app, reg);
  on(catalog.search, ({ ctx, query }) => searchCatalog(ctx, query));
  on(catalog.deprecations, async () => ({
    deprecations: getCatalogData().deprecations.map((d) => ({
      ...d,
      skillId: d.skillId,
      names: d.names,
    })),
  }));
  on(catalog.getResource, ({ ctx, params }) => getCatalogResource(ctx, params.id ?? ''));
  bindContract(app, reg, catalog.checkLinks, async (c, { body }) => {
    requireAdmin(userOf(c));
    const r = await checkLinks(c.get('ctx'), { limit: body.limit });
    return { checked: r.checked, byStatus: r.byStatus };
  });
  bindContract(app, reg, catalog.calendarFeed, async (c) => {
    const file = c.req.param('file') ?? '';
    if (!file.endsWith('.ics')) throw new AppError('not_found', 'Calendar not found');
    const ics = await getCalendarFeed(c.get('ctx'), file.slice(0, -4));
    return c.body(ics, 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'cache-control': 'private, max-age=300',
      'content-disposition': 'inline; filename="skilltrace-path.ics"',
    });
  });
}
