import type { CatalogInsert } from '../src/store/repos/catalog-repo.ts';

/** A catalog row for tests: an imported, never-checked SQL reading with no recorded duration. */
export function catalogRow(
  over: Partial<CatalogInsert> & Pick<CatalogInsert, 'id' | 'url'>,
): CatalogInsert {
  return {
    url_norm: over.url,
    title: over.id,
    description: '',
    publisher: 'test',
    kind: 'official-docs',
    format: 'reading',
    level: 'all',
    cost: 'free',
    language: 'en',
    skills: ['sql'],
    search_text: over.id,
    vouched_by: 'test',
    provenance: 'test',
    source: 'import',
    added_at: '2026-03-01',
    last_checked: null,
    link_status: 'unchecked',
    http_status: null,
    final_url: null,
    redirects: [],
    check_error: null,
    duration_minutes: null,
    duration_source: null,
    updated_at: new Date(),
    ...over,
  };
}
