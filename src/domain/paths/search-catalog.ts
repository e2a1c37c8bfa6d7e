import { AppError } from '../../errors.ts';
import type { CatalogResource, CatalogSearchQuery } from '../../shared/paths.ts';
import type { Ctx } from '../ctx.ts';
import { presentResource } from './present-resource.ts';
import { ensureCatalog } from './sync-catalog.ts';

/**
 * Searches the source catalog (PostgreSQL full-text search over title, description,
 * publisher and skill names), filtered by skill, kind or link status; lists by title without
 * a query.
 */
export async function searchCatalog(
  ctx: Ctx,
  q: CatalogSearchQuery,
): Promise<{ total: number; resources: Array<CatalogResource & { rank?: number }> }> {
  await ensureCatalog(ctx);
  const r = await ctx.store.catalog.search({
    text: q.q,
    skill: q.skill,
    kind: q.kind,
    linkStatus: q.linkStatus,
    limit: q.limit,
    offset: q.offset,
  });
  return {
    total: r.total,
    resources: r.rows.map((row) => ({
      ...presentResource(row),
      rank: Math.round(row.rank * 1e4) / 1e4,
    })),
  };
}

/** One catalog resource with its provenance and link-check history. Throws `not_found`. */
export async function getCatalogResource(ctx: Ctx, id: string): Promise<CatalogResource> {
  await ensureCatalog(ctx);
  const row = await ctx.store.catalog.findById(id);
  if (!row) throw new AppError('not_found', 'Resource not found');
  return presentResource(row);
}
