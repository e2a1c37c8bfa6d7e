import type { Kysely } from 'kysely';
import type { Database } from '../db-types.ts';
import { radarCountsRepo } from './radar-counts-repo.ts';
import { radarFeedsRepo } from './radar-feeds-repo.ts';
import { radarImportsRepo } from './radar-imports-repo.ts';
import { radarPostsRepo } from './radar-posts-repo.ts';
import { radarReextractionRepo } from './radar-reextraction-repo.ts';
import { radarTaxonomyRepo } from './radar-taxonomy-repo.ts';

export {
  POST_INSERT_COLUMNS,
  type PostRowParams,
  packBandKey,
  postRowParams,
  type StagedImportChunk,
  stageImportChunk,
  unpackBandKey,
} from './radar-post-rows.ts';
export type * from './radar-types.ts';

/**
 * Demand signals, their extracted skills, imports, feeds and imported ESCO / O*NET skills.
 * `embedded`: the store is the embedded database (one connection, its own superuser), where
 * an import chunk's inserts skip the per-row foreign-key checks (see `commitImportChunk`).
 */
export function radarRepo(db: Kysely<Database>, opts: { embedded?: boolean } = {}) {
  return {
    ...radarPostsRepo(db),
    ...radarReextractionRepo(db),
    ...radarCountsRepo(db),
    ...radarImportsRepo(db, opts),
    ...radarFeedsRepo(db),
    ...radarTaxonomyRepo(db),
  };
}
