import { isIP } from 'node:net';
import { AppError, parseInput } from '../../../errors.ts';
import { isBlockedAddress } from '../../../net/blocked-addresses.ts';
import { type FeedInfo, FeedInput, FeedPatch } from '../../../shared/radar.ts';
import { getInstanceSettings } from '../../accounts/index.ts';
import type { Ctx } from '../../ctx.ts';
import { presentFeed } from './present.ts';

/**
 * Adds a job feed (RSS, Atom or JSON Feed URL) to poll every `intervalMinutes` (default 60).
 * Throws `invalid_input` and `conflict` (the user already follows this URL).
 */
export async function createFeed(ctx: Ctx, userId: string, input: unknown): Promise<FeedInfo> {
  const f = parseInput(FeedInput, input, 'The feed is invalid');
  if (!/^https?:\/\//i.test(f.url))
    throw new AppError('invalid_input', 'Feeds must be http or https addresses');
  // A local or private address is refused now, not at the first poll (the name of a host is
  // resolved, and checked again, at every poll).
  if (!(await getInstanceSettings(ctx)).allowPrivateNetwork) {
    const host = new URL(f.url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (
      (isIP(host) && isBlockedAddress(host)) ||
      host === 'localhost' ||
      host.endsWith('.localhost')
    ) {
      throw new AppError(
        'invalid_input',
        `${host} is a private or local address, which this instance does not call`,
        { details: { issues: [{ path: 'url', message: 'private or local address' }] } },
      );
    }
  }
  if (await ctx.store.radar.findFeedByUrl(userId, f.url)) {
    throw new AppError('conflict', 'You already follow this feed');
  }
  const row = {
    id: ctx.ids.id(),
    user_id: userId,
    url: f.url,
    title: f.title || new URL(f.url).hostname,
    enabled: f.enabled,
    interval_minutes: f.intervalMinutes,
    etag: null,
    last_modified: null,
    last_polled_at: null,
    last_status: null,
    last_error: null,
    items_added: 0,
    created_at: ctx.clock.now(),
  };
  await ctx.store.radar.insertFeed(row);
  return presentFeed(row);
}

/** The user's feeds, oldest first. */
export async function listFeeds(ctx: Ctx, userId: string): Promise<FeedInfo[]> {
  return (await ctx.store.radar.listFeeds(userId)).map(presentFeed);
}

/**
 * Renames, re-times, pauses or resumes a feed. Throws `not_found`, and `invalid_input` for a
 * bad or empty change.
 */
export async function updateFeed(
  ctx: Ctx,
  userId: string,
  id: string,
  input: unknown,
): Promise<FeedInfo> {
  const row = await ctx.store.radar.findFeed(userId, id);
  if (!row) throw new AppError('not_found', 'Feed not found');
  const p = parseInput(FeedPatch, input, 'The feed change is invalid');
  const patch = {
    ...(p.title !== undefined ? { title: p.title } : {}),
    ...(p.intervalMinutes !== undefined ? { interval_minutes: p.intervalMinutes } : {}),
    ...(p.enabled !== undefined ? { enabled: p.enabled } : {}),
  };
  if (Object.keys(patch).length === 0) {
    const message = 'give at least one of title, intervalMinutes, enabled';
    throw new AppError('invalid_input', `The feed change is empty: ${message}`, {
      details: { issues: [{ path: 'body', message }] },
    });
  }
  await ctx.store.radar.updateFeed(id, patch);
  return presentFeed({ ...row, ...patch });
}

/** Stops following a feed; posts it brought in stay. Throws `not_found`. */
export async function deleteFeed(ctx: Ctx, userId: string, id: string): Promise<void> {
  if (!(await ctx.store.radar.deleteFeed(userId, id)))
    throw new AppError('not_found', 'Feed not found');
}
