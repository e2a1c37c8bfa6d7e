import { purgeExpired } from '../domain/accounts/index.ts';
import { removeExpiredDemos } from '../domain/demo/index.ts';
import {
  checkLinks,
  LINK_CHECK_BATCH,
  LINK_CHECK_FIRST_AFTER_MINUTES,
  LINK_CHECK_QUEUE,
} from '../domain/paths/index.ts';
import { PATH_CARDS_QUEUE, runPathCardsJob } from '../domain/practice/index.ts';
import { scanNotifications } from '../domain/progress/index.ts';
import {
  backfillRepostKeys,
  checkExtractionVersion,
  enqueueDueFeeds,
  FEED_POLL_QUEUE,
  IMPORT_QUEUE,
  REEXTRACT_QUEUE,
  runFeedPollJob,
  runImportJob,
  runReextractionJob,
} from '../domain/radar/index.ts';
import type { JobSystem } from './job-system.ts';

/**
 * Registers every background job and schedule. Each capability adds its jobs here,
 * calling domain verbs only.
 */
export function registerJobs(jobs: JobSystem): void {
  jobs.register('maintenance.purge', (ctx) => purgeExpired(ctx));
  jobs.every('maintenance.purge', 60);
  // Every 15 minutes: visitors' demo copies whose 24 hours are up go, with all they own.
  jobs.register('demo.remove-expired', async (ctx) => {
    await removeExpiredDemos(ctx);
  });
  jobs.every('demo.remove-expired', 15);
  // Every 15 minutes, each feed whose interval has passed gets its own job (singleton: feed id).
  jobs.register('radar.feeds.schedule', async (ctx) => {
    await enqueueDueFeeds(ctx);
  });
  jobs.every('radar.feeds.schedule', 15);
  jobs.register(FEED_POLL_QUEUE, (ctx, payload) => runFeedPollJob(ctx, payload));
  // Large file imports: written chunk by chunk, visible when done (resumed at start).
  jobs.register(IMPORT_QUEUE, (ctx, payload) => runImportJob(ctx, payload));
  // From start, then every 15 minutes: posts read with an older extraction version (taxonomy,
  // alias evidence, extractor or imported ESCO / O*NET entries changed) are re-extracted by
  // one job, person by person, resuming from its stored cursor.
  // The same check gives posts stored without a repost key theirs (short reposts are found).
  jobs.register('radar.reextract.check', async (ctx) => {
    await checkExtractionVersion(ctx);
    await backfillRepostKeys(ctx);
  });
  jobs.every('radar.reextract.check', 15);
  jobs.register(REEXTRACT_QUEUE, (ctx, payload) => runReextractionJob(ctx, payload));
  // Hourly: 25 catalog links (never-checked and oldest first) through the SSRF guard, two at
  // a time: a fresh instance has its ~700 links checked within about a day, spread over time
  // instead of hundreds at once at start. The first batch runs a minute after start (not at
  // the next hourly slot), so paths soon cite checked links.
  jobs.register(LINK_CHECK_QUEUE, async (ctx) => {
    await checkLinks(ctx, { limit: LINK_CHECK_BATCH, concurrency: 2 });
  });
  jobs.every(LINK_CHECK_QUEUE, 60, {}, { firstAfterMinutes: LINK_CHECK_FIRST_AFTER_MINUTES });
  // Hourly: "reviews due" (once a day) and "schedule slipping" (once a week per goal) notifications.
  jobs.register('progress.notifications.scan', async (ctx) => {
    await scanNotifications(ctx);
  });
  jobs.every('progress.notifications.scan', 60);
  // A path created or re-planned: its objectives become review cards in the background.
  jobs.register(PATH_CARDS_QUEUE, (ctx, payload) => runPathCardsJob(ctx, payload));
}
