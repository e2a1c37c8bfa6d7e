import { type Kysely, sql } from 'kysely';
import type { Database } from './db-types.ts';
import type { StampReads } from './stamp-watch.ts';

/**
 * Computed reads of one person's own data (paths with their numbers, progress, the review
 * queue, notifications), cached in memory and served again while the person's stamp in
 * `person_versions` is unchanged. Triggers renew the stamp on any change to the tables those
 * reads come from (migration 0019), so a change made by another process, or straight in SQL,
 * is seen too: a hit costs one primary-key read. Callers asking at once share one computation;
 * the value is shared, so callers must not change it. A failure is not remembered.
 */
export interface PersonCache {
  /**
   * The value of `compute` for (`userId`, `key`); `key` must name everything else the value
   * depends on (query, clock window).
   */
  read<T>(userId: string, key: string, compute: () => Promise<T>): Promise<T>;
}

/** Entries kept; past it the oldest go first (insertion order). */
const MAX_ENTRIES = 5_000;

/** The person's current stamp ('0' before any change was recorded). */
export async function personStamp(db: Kysely<Database>, userId: string): Promise<string> {
  const r = await sql<{ v: string }>`
    select version::text as v from person_versions where user_id = ${userId}`.execute(db);
  return r.rows[0]?.v ?? '0';
}

/** A PersonCache over `db`, its stamps read through `stamps`. */
export function createPersonCache(db: Kysely<Database>, stamps: StampReads): PersonCache {
  const entries = new Map<string, { stamp: string; value: Promise<unknown> }>();
  return {
    async read<T>(userId: string, key: string, compute: () => Promise<T>): Promise<T> {
      const stamp = await stamps.read(userId, 'person', () => personStamp(db, userId));
      const full = `${userId}\n${key}`;
      const hit = entries.get(full);
      if (hit?.stamp === stamp) return hit.value as Promise<T>;
      const value = compute();
      entries.delete(full);
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      entries.set(full, { stamp, value });
      value.catch(() => {
        if (entries.get(full)?.value === value) entries.delete(full);
      });
      return value;
    },
  };
}

/** Inside a transaction nothing is cached: its reads must see its own uncommitted writes. */
export const uncachedPersonReads: PersonCache = {
  read: (_userId, _key, compute) => compute(),
};
