import type { Ctx } from '../ctx.ts';
import { getTaxonomy } from '../radar/index.ts';
import { normalizeUrl } from '../verify/index.ts';
import { getCatalogData } from './catalog-data.ts';

const SETTING = 'paths.catalogSeedVersion';
const synced = new WeakMap<object, string>();

/** The text the full-text index covers: title, description, publisher and skill names. */
export function searchTextOf(r: {
  title: string;
  description: string;
  publisher: string;
  skills: string[];
}): string {
  const tax = getTaxonomy();
  const names = r.skills.map((s) => tax.skillById.get(s)?.name ?? s);
  return [r.title, r.description, r.publisher, ...names].join(' ');
}

/**
 * Makes sure the shipped starter catalog is in the database: when its content hash differs
 * from the one recorded, upserts every seed resource (link-check results are kept). Cheap
 * after the first call in a process. Returns the seed version.
 */
/** The link-check columns of a catalog row whose link nobody has checked yet. */
export function uncheckedLink() {
  return {
    last_checked: null,
    link_status: 'unchecked' as const,
    http_status: null,
    final_url: null,
    redirects: [],
    check_error: null,
  };
}

export async function ensureCatalog(ctx: Ctx): Promise<string> {
  const data = getCatalogData();
  if (synced.get(ctx.store.db) === data.version) return data.version;
  const stored = await ctx.store.instance.getSetting<string>(SETTING);
  if (stored !== data.version) {
    const now = ctx.clock.now();
    // A link someone imported before it joined the seed keeps its imported row.
    const norms = data.resources.map((r) => normalizeUrl(r.url) ?? r.url);
    const taken = new Map(
      (await ctx.store.catalog.findByNormUrls(norms)).map((row) => [row.url_norm, row.id]),
    );
    const seeds = data.resources.filter((r, i) => {
      const owner = taken.get(norms[i]!);
      return owner === undefined || owner === r.id;
    });
    await ctx.store.catalog.upsertSeed(
      seeds.map((r) => ({
        id: r.id,
        url: r.url,
        url_norm: normalizeUrl(r.url) ?? r.url,
        title: r.title,
        description: r.description,
        publisher: r.publisher,
        kind: r.kind,
        format: r.format,
        level: r.level,
        cost: r.cost,
        language: r.language,
        skills: r.skills,
        search_text: searchTextOf(r),
        vouched_by: r.vouchedBy,
        provenance: 'Skilltrace starter catalog (data/catalog)',
        source: 'seed' as const,
        added_at: r.addedAt,
        ...uncheckedLink(),
        duration_minutes: r.durationMinutes,
        duration_source: r.durationSource,
        updated_at: now,
      })),
    );
    await ctx.store.instance.setSetting(SETTING, data.version, now);
  }
  synced.set(ctx.store.db, data.version);
  return data.version;
}
