import type { CatalogResource, CitedResource } from '../../shared/paths.ts';
import { normalizeUrl } from './normalize-url.ts';

/** A resource a model suggested: only a title and a URL, not trusted. */
export interface ProposedResource {
  title: string;
  url: string;
}

/** How fresh a link check is relative to `refDate` (YYYY-MM-DD): within 90 days is recent. */
export function freshnessOf(
  lastChecked: string | null,
  refDate: string,
): CitedResource['freshness'] {
  if (!lastChecked) return 'never';
  const age = (Date.parse(`${refDate}T00:00:00Z`) - Date.parse(lastChecked)) / 86_400_000;
  return age <= 90 ? 'recent' : 'stale';
}

/** A catalog resource as a step cites it, with why it is (or is not) to be trusted. */
export function citeCatalogResource(
  r: CatalogResource,
  refDate: string,
  proposedBy: CitedResource['proposedBy'] = 'catalog',
): CitedResource {
  const fresh = freshnessOf(r.lastChecked, refDate);
  const why =
    r.linkStatus === 'dead'
      ? `In the catalog, but the link is dead (HTTP ${r.httpStatus ?? '?'}).`
      : r.linkStatus === 'moved'
        ? `In the catalog; the link now redirects to ${r.finalUrl ?? 'another page'}.`
        : r.linkStatus === 'unchecked'
          ? `In the catalog (${r.vouchedBy}); the link has not been checked yet.`
          : r.linkStatus === 'ok'
            ? `In the catalog (${r.vouchedBy}); link checked.`
            : `In the catalog; the last link check failed (${r.linkStatus}).`;
  // Keys in sorted order: plans' canonical JSON then needs no re-sorted copy.
  return {
    cost: r.cost,
    deprecated: r.deprecation,
    durationMinutes: r.durationMinutes,
    durationSource: r.durationSource,
    format: r.format,
    freshness: fresh,
    id: r.id,
    kind: r.kind,
    level: r.level,
    linkStatus: r.linkStatus,
    proposedBy,
    publisher: r.publisher,
    status: r.linkStatus === 'dead' ? 'unverified' : 'verified',
    title: r.title,
    url: r.url,
    why,
  };
}

/**
 * Checks model-proposed resources against the catalog (URL match after normalisation) and
 * the link checker's results. A match that is live is `verified`; anything else is
 * `unverified` with the reason: not in the catalog, not a valid web address, or dead link.
 * Never trusts the model's title over the catalog's.
 */
export function verifyProposedResources(
  proposed: ProposedResource[],
  catalogByNormUrl: ReadonlyMap<string, CatalogResource>,
  refDate: string,
): CitedResource[] {
  const out: CitedResource[] = [];
  const seen = new Set<string>();
  for (const p of proposed) {
    const norm = normalizeUrl(p.url);
    const key = norm ?? p.url;
    if (seen.has(key)) continue;
    seen.add(key);
    const hit = norm ? catalogByNormUrl.get(norm) : undefined;
    if (hit) {
      out.push(citeCatalogResource(hit, refDate, 'model'));
      continue;
    }
    out.push({
      id: null,
      title: p.title.slice(0, 200),
      url: p.url.slice(0, 2000),
      publisher: null,
      kind: null,
      format: null,
      level: null,
      cost: null,
      linkStatus: 'unchecked',
      freshness: 'never',
      status: 'unverified',
      why: norm
        ? 'Proposed by the model and not in the source catalog: it may not exist. Check it before relying on it.'
        : 'Proposed by the model, but it is not a valid web address.',
      deprecated: null,
      proposedBy: 'model',
    });
  }
  return out;
}
