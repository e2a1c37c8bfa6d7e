import type { Ctx } from '../../ctx.ts';
import { pollFeed } from './poll-feed.ts';

/** Queue name of the per-feed polling job. */
export const FEED_POLL_QUEUE = 'radar.feed.poll';

/**
 * Enqueues a polling job for every enabled feed whose interval has passed, one job per feed
 * (singleton key: the feed id, so a slow feed is never polled twice at once). Returns how
 * many feeds were due.
 */
export async function enqueueDueFeeds(ctx: Ctx): Promise<number> {
  const due = await ctx.store.radar.listDueFeeds(ctx.clock.now());
  for (const f of due) {
    await ctx.jobs.enqueue(
      FEED_POLL_QUEUE,
      { feedId: f.id },
      { singletonKey: f.id, maxAttempts: 2 },
    );
  }
  return due.length;
}

/** The job handler: polls the feed named in the payload; a deleted feed is skipped. */
export async function runFeedPollJob(ctx: Ctx, payload: unknown): Promise<void> {
  const feedId = (payload as { feedId?: unknown } | null)?.feedId;
  if (typeof feedId !== 'string') return;
  if (!(await ctx.store.radar.findFeedById(feedId))) return;
  await pollFeed(ctx, feedId);
}
