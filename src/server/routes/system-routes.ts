import type { Hono } from 'hono';
import { getTaxonomy } from '../../domain/radar/index.ts';
import { AppError } from '../../errors.ts';
import { type Attribution, systemContracts as system } from '../../shared/contracts/system.ts';
import { bindContract } from '../bind-contract.ts';
import { buildOpenApi } from '../openapi.ts';
import type { AppEnv, RouteRegistry } from '../route.ts';

export const VERSION = '0.1.0';

/** Health, readiness, the OpenAPI document and the about page's data. */
export function systemRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  bindContract(app, reg, system.health, async () => ({ status: 'ok' as const }));
  bindContract(app, reg, system.ready, async (c) => {
    const ctx = c.get('ctx');
    try {
      await ctx.store.ping();
    } catch (e) {
      throw new AppError('store_locked', 'The database does not answer', { cause: e });
    }
    return { status: 'ready' as const, store: ctx.store.kind };
  });
  bindContract(app, reg, system.openapi, async (c) =>
    c.json(
      buildOpenApi(reg, { version: VERSION, serverUrl: c.get('ctx').config.publicUrl }) as object,
    ),
  );
  bindContract(app, reg, system.about, async (c) => {
    const t = getTaxonomy();
    const attributions =
      (await c.get('ctx').store.instance.getSetting<Attribution[]>('attributions')) ?? [];
    return {
      version: VERSION,
      taxonomy: { version: t.version, skills: t.skills.length, roles: t.roles.length },
      attributions,
    };
  });
}
