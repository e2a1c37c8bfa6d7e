import { AppError, isAppError } from '../../../errors.ts';
import { guardedRequest } from '../../../net/guarded-fetch.ts';
import type { PollResult } from '../../../shared/radar.ts';
import { getInstanceSettings } from '../../accounts/index.ts';
import type { Ctx } from '../../ctx.ts';
import { addPosts } from './add-posts.ts';
import { feedCandidates, parseFeed } from './parse-feed.ts';

/** Bounds of one feed request. */
export const FEED_LIMITS = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 3,
} as const;

/**
 * Polls one feed now with a conditional request (If-None-Match / If-Modified-Since from the
 * last answer; 304 adds nothing), parses RSS, Atom or JSON Feed, and stores new items as
 * posts (duplicates skipped). With `userId` the feed must be that user's. Goes through the
 * outbound guard: private and loopback addresses only when the admin allows them.
 * Throws `not_found`, `forbidden` (refused address), `upstream_failed` (timeout, too large,
 * an HTTP error) and `invalid_input` (not a feed); the error is also recorded on the feed.
 */
export async function pollFeed(ctx: Ctx, feedId: string, userId?: string): Promise<PollResult> {
  const feed = userId
    ? await ctx.store.radar.findFeed(userId, feedId)
    : await ctx.store.radar.findFeedById(feedId);
  if (!feed) throw new AppError('not_found', 'Feed not found');
  const settings = await getInstanceSettings(ctx);
  const headers: Record<string, string> = {
    accept:
      'application/feed+json, application/json, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5',
    'user-agent': 'Skilltrace feed reader',
  };
  if (feed.etag) headers['if-none-match'] = feed.etag;
  if (feed.last_modified) headers['if-modified-since'] = feed.last_modified;
  const now = ctx.clock.now();
  try {
    const res = await guardedRequest(feed.url, {
      ...FEED_LIMITS,
      headers,
      allowPrivate: settings.allowPrivateNetwork,
    });
    if (res.status === 304) {
      await ctx.store.radar.updateFeed(feed.id, {
        last_polled_at: now,
        last_status: 304,
        last_error: null,
      });
      return {
        status: 304,
        notModified: true,
        items: 0,
        added: 0,
        duplicates: 0,
        nearDuplicates: 0,
        errors: [],
      };
    }
    if (res.status < 200 || res.status >= 300) {
      throw new AppError('upstream_failed', `The feed answered HTTP ${res.status}`, {
        details: { status: res.status },
      });
    }
    const parsed = parseFeed(res.text());
    const { candidates, errors } = feedCandidates(parsed);
    const r = await addPosts(ctx, feed.user_id, 'feed', candidates, { feedId: feed.id });
    await ctx.store.radar.updateFeed(feed.id, {
      last_polled_at: now,
      last_status: res.status,
      last_error: null,
      etag: res.headers.get('etag'),
      last_modified: res.headers.get('last-modified'),
      items_added: feed.items_added + r.added,
      ...(feed.title === new URL(feed.url).hostname && parsed.title
        ? { title: parsed.title.slice(0, 200) }
        : {}),
    });
    return {
      status: res.status,
      notModified: false,
      items: parsed.items.length,
      added: r.added,
      duplicates: r.duplicates,
      nearDuplicates: r.nearDuplicates,
      errors,
    };
  } catch (e) {
    const message = isAppError(e) ? e.message : `Polling failed: ${(e as Error).message}`;
    const status = isAppError(e) && typeof e.details?.status === 'number' ? e.details.status : null;
    await ctx.store.radar.updateFeed(feed.id, {
      last_polled_at: now,
      last_status: status,
      last_error: message,
    });
    throw isAppError(e) ? e : new AppError('upstream_failed', message, { cause: e });
  }
}
