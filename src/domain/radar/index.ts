/** The radar capability's public surface: the skill taxonomy, extraction, demand and insight. */

// The taxonomy is its own capability one tier down; re-exported for radar's callers.
export {
  getTaxonomy,
  loadTaxonomy,
  type Taxonomy,
  type TaxonomyRole,
  type TaxonomySkill,
} from '../taxonomy/index.ts';
export { confirmProfileSkills } from './confirm-profile-skills.ts';
export { addBrief } from './demand/add-brief.ts';
export { addClientRequest } from './demand/add-client-request.ts';
export { backfillRepostKeys } from './demand/backfill-repost-keys.ts';
export { deletePost } from './demand/delete-post.ts';
export { getImport, listImports } from './demand/get-import.ts';
export {
  IMPORT_QUEUE,
  importPosts,
  resumeImports,
  runImport,
  runImportJob,
} from './demand/import-posts.ts';
export { listPosts } from './demand/list-posts.ts';
export { createFeed, deleteFeed, listFeeds, updateFeed } from './demand/manage-feeds.ts';
export { pollFeed } from './demand/poll-feed.ts';
export {
  checkExtractionVersion,
  REEXTRACT_QUEUE,
  runReextraction,
  runReextractionJob,
} from './demand/reextract-posts.ts';
export { enqueueDueFeeds, FEED_POLL_QUEUE, runFeedPollJob } from './demand/schedule-feeds.ts';
export { deleteClientRequest, updateClientRequest } from './demand/update-client-request.ts';
export { warmImportPool } from './demand/warm-import-pool.ts';
export { currentExtractionVersion, EXTRACTOR_VERSION } from './extraction-version.ts';
export {
  extractFromText,
  getSkillIndex,
  IMPORTED_VERSION_KEY,
  STORED_EXTRACTION,
} from './get-skill-index.ts';
export { ATTRIBUTIONS, importOfficialSkills } from './import-official-skills.ts';
export { getGap } from './insight/get-gap.ts';
export { getTrajectories } from './insight/get-trajectories.ts';
export { ensureSkillDomains, getTrends } from './insight/get-trends.ts';
export { getLearnNext } from './insight/learn-next.ts';
export { getMarketMoves, type MarketMoves } from './insight/market-moves.ts';
export { type SkillSummary, searchSkills, summarizeSkill } from './search-skills.ts';
export { seedRadarDemo } from './seed-radar-demo.ts';
export { suggestProfileSkills } from './suggest-profile-skills.ts';
