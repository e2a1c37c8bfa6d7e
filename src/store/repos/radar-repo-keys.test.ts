import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '../db-types.ts';
import { radarRepo } from './radar-repo.ts';

/**
 * Every method `ctx.store.radar` had when `radar-repo.ts` was one file (split by meaning since),
 * and `holdBandKeys`, `postsWithoutBand` and `appendBandKeys` (added after).
 */
const METHODS = [
  'appendBandKeys',
  'clearImportStaging',
  'clientRequestSkills',
  'commitImportChunk',
  'countImportedSkills',
  'deleteFeed',
  'deletePost',
  'dropFailedImportChunks',
  'dropStaleStaging',
  'existingHashes',
  'findFeed',
  'findFeedById',
  'findFeedByUrl',
  'findImport',
  'findImportById',
  'findPost',
  'hasStaleExtraction',
  'holdBandKeys',
  'importedHashes',
  'importedOccupationHashes',
  'importedOccupationNames',
  'insertFeed',
  'insertImport',
  'insertImportChunks',
  'insertPosts',
  'insightStamp',
  'listDueFeeds',
  'listFeeds',
  'listImportedOccupations',
  'listImportedSkills',
  'listImports',
  'listPosts',
  'monthlyFacetCounts',
  'monthlyOccupationCounts',
  'monthlyPostCounts',
  'monthlySkillCounts',
  'nearCandidates',
  'nextImportChunk',
  'personAndInsightStamp',
  'postSkillMonths',
  'postsOfImport',
  'postsWithoutBand',
  'publishImport',
  'removeStagedImportRows',
  'setDelivery',
  'skillWindowCounts',
  'stageImportChunk',
  'stageReextraction',
  'staleExtractionPosts',
  'swapReextraction',
  'syncSkillDomains',
  'unfinishedImports',
  'updateFeed',
  'updateImport',
  'updatePost',
  'upsertImportedOccupations',
  'upsertImportedSkills',
];

describe('radarRepo', () => {
  it('composes every method of its parts, none dropped, none added', () => {
    // Building the object runs no query, so no database is needed.
    const repo = radarRepo({} as Kysely<Database>, { embedded: true });
    expect(Object.keys(repo).sort()).toEqual(METHODS);
    for (const name of METHODS) expect(typeof repo[name as keyof typeof repo]).toBe('function');
  });
});
