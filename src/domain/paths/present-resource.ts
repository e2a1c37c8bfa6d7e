import type { CatalogResource, Deprecation } from '../../shared/paths.ts';
import type { CatalogRow } from '../../store/repos/catalog-repo.ts';
import { deprecationsInText } from './catalog-data.ts';

/** A catalog row as the API and the planner see it, with any deprecation that names it. */
export function presentResource(row: CatalogRow): CatalogResource {
  const dep: Deprecation | undefined = deprecationsInText(`${row.title} ${row.url}`)[0];
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    description: row.description,
    publisher: row.publisher,
    kind: row.kind as CatalogResource['kind'],
    format: row.format as CatalogResource['format'],
    level: row.level as CatalogResource['level'],
    cost: row.cost as CatalogResource['cost'],
    language: row.language,
    skills: row.skills as string[],
    vouchedBy: row.vouched_by,
    provenance: row.provenance,
    source: row.source,
    addedAt: row.added_at,
    lastChecked: row.last_checked ? row.last_checked.toISOString() : null,
    linkStatus: row.link_status,
    httpStatus: row.http_status,
    finalUrl: row.final_url,
    redirects: (row.redirects as CatalogResource['redirects']) ?? [],
    checkError: row.check_error,
    deprecation: dep ?? null,
  };
}
