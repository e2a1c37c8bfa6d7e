import type { Ctx } from '../../ctx.ts';
import { NO_REPOST_KEY, REPOST_BAND, REPOST_MAX_BYTES, repostKey } from './fingerprint.ts';

const BATCH = 500;

/**
 * Gives every short post (`REPOST_MAX_BYTES` or fewer, title and text) stored without one its repost key
 * (`repostKey`; `NO_REPOST_KEY` when it has none, so a finished backfill reads nothing again),
 * batch by batch, so a short repost of a post stored before repost keys existed
 * (or restored from an older export, or whose text was edited) is still found. Posts that have
 * one are not read again: the run after that reads nothing. Stops between batches on shutdown.
 * Returns how many posts it looked at.
 */
export async function backfillRepostKeys(
  ctx: Ctx,
  opts: { batchSize?: number } = {},
): Promise<number> {
  const batch = opts.batchSize ?? BATCH;
  let seen = 0;
  let first: string | undefined;
  for (;;) {
    if (ctx.signal?.aborted) break;
    const rows = await ctx.store.radar.postsWithoutBand(REPOST_BAND, REPOST_MAX_BYTES, batch);
    if (rows.length === 0) break;
    // A batch that starts where the last one did was not stored: stop rather than loop.
    if (rows[0]?.id === first) break;
    first = rows[0]?.id;
    await ctx.store.radar.appendBandKeys(
      rows.map((r) => ({ id: r.id, key: repostKey(`${r.title}\n${r.text}`) ?? NO_REPOST_KEY })),
    );
    seen += rows.length;
    if (rows.length < batch) break;
    // Let the event loop and the embedded database's one connection serve requests.
    await new Promise((r) => setImmediate(r));
  }
  if (seen > 0) ctx.log.info('radar repost keys computed', { posts: seen });
  return seen;
}
