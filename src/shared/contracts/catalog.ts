import { z } from 'zod';
import { CatalogResource, CatalogSearchQuery, CatalogSearchResult, Deprecation } from '../paths.ts';
import { contract } from './contract.ts';

/** The source catalog (search, provenance, deprecations, admin link check) and the public calendar feed. */
export const catalogContracts = {
  search: contract({
    method: 'get',
    path: '/api/catalog',
    tag: 'catalog',
    summary:
      'Search or list the source catalog (full-text `q`, filters `skill`, `kind`, `linkStatus`)',
    query: CatalogSearchQuery,
    response: CatalogSearchResult,
  }),
  deprecations: contract({
    method: 'get',
    path: '/api/catalog/deprecations',
    tag: 'catalog',
    summary: 'Tools, versions and resources the paths flag as deprecated or superseded',
    response: z.object({
      deprecations: z.array(
        Deprecation.extend({ skillId: z.string().optional(), names: z.array(z.string()) }),
      ),
    }),
  }),
  getResource: contract({
    method: 'get',
    path: '/api/catalog/:id',
    tag: 'catalog',
    summary: 'One resource with its provenance and link-check result',
    response: CatalogResource,
  }),
  checkLinks: contract({
    method: 'post',
    path: '/api/admin/catalog/check-links',
    admin: true,
    tag: 'catalog',
    summary: 'Check catalog links now (admin): never-checked first, bounded concurrency',
    body: z.object({ limit: z.number().int().min(1).max(1000).default(50) }),
    response: z.object({ checked: z.number(), byStatus: z.record(z.string(), z.number()) }),
  }),
  calendarFeed: contract({
    method: 'get',
    path: '/cal/:file',
    tag: 'paths',
    summary:
      'A path schedule as an iCalendar feed; `file` is `<token>.ics` from a calendar token (public, secret URL)',
    public: true,
    raw: 'text/calendar',
  }),
};
