import type { Ctx } from '../../ctx.ts';
import { IMPORTED_VERSION_KEY } from '../get-skill-index.ts';

interface Entry {
  stamp: string;
  value: Promise<unknown>;
}

/** Entries kept per store; past it the oldest go first (insertion order). */
const MAX_ENTRIES = 5_000;
const caches = new WeakMap<object, Map<string, Entry>>();

/**
 * Computed radar insight (trends, gap, trajectories, learn-next) of one person, cached in
 * memory and served again while nothing it depends on changed: the person's posts, post
 * skills and profile (a stamp the database renews on every change, read with one query, so
 * a change made by another process is seen too), the imported-skills version and the UTC day
 * (month windows move with the clock). Callers asking at once share one computation. The
 * value is shared: callers must not change it.
 */
export async function cachedInsight<T>(
  ctx: Ctx,
  userId: string,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const stamp = await ctx.store.stamps.read(userId, `insight:${IMPORTED_VERSION_KEY}`, () =>
    ctx.store.radar.insightStamp(userId, IMPORTED_VERSION_KEY),
  );
  let cache = caches.get(ctx.store);
  if (!cache) {
    cache = new Map();
    caches.set(ctx.store, cache);
  }
  const day = ctx.clock.now().toISOString().slice(0, 10);
  const full = `${userId}\n${key}\n${day}`;
  const hit = cache.get(full);
  if (hit?.stamp === stamp) return hit.value as Promise<T>;
  const value = compute();
  cache.delete(full);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(full, { stamp, value });
  // A failure is not remembered: the next call computes again.
  value.catch(() => {
    if (cache.get(full)?.value === value) cache.delete(full);
  });
  return value;
}
