import type { CatalogResource, Deprecation } from '../../shared/paths.ts';
import type { CatalogRow } from '../../store/repos/catalog-repo.ts';
import { deprecationsInText } from './catalog-data.ts';
import { estimateDurationMinutes } from './estimate-duration.ts';

/** A catalog row as the API and the planner see it, with any deprecation that names it. */
export function presentResource(row: CatalogRow): CatalogResource {
  const dep: Deprecation | undefined = deprecationsInText(`${row.title} ${row.url}`)[0];
  const kind = row.kind as CatalogResource['kind'];
  const format = row.format as CatalogResource['format'];
  const skills = row.skills as string[];
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    description: row.description,
    publisher: row.publisher,
    kind,
    format,
    level: row.level as CatalogResource['level'],
    cost: row.cost as CatalogResource['cost'],
    language: row.language,
    skills,
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
    // Rows imported before durations were recorded get the same estimate an import makes now.
    durationMinutes:
      row.duration_minutes ?? estimateDurationMinutes({ kind, format, title: row.title, skills }),
    durationSource: row.duration_source ?? 'estimated',
  };
}
