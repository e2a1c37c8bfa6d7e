/**
 * A short-lived, in-process cache of the rows every authenticated request reads (session, API
 * token, user), so a request costs no database round trip for them. Any write through this
 * process's store drops what it changes (or everything, for bulk writes); a write made by
 * another process (PostgreSQL with several app processes) is seen within `ttlMs`.
 */
export interface AuthCache {
  /** The cached value under `key`, or the result of `load` (cached unless a write raced it). */
  read<T>(key: string, load: () => Promise<T>): Promise<T>;
  /** Forgets entries whose value matches. */
  drop(match: (key: string, value: unknown) => boolean): void;
  /** Forgets everything. */
  clear(): void;
}

/** Entries kept at most; past it the cache starts over (an unbounded map would be a leak). */
const MAX_ENTRIES = 20_000;

/** An AuthCache whose entries live `ttlMs` (default 5 s); `now` is injectable for tests. */
export function createAuthCache(ttlMs = 5_000, now: () => number = Date.now): AuthCache {
  const entries = new Map<string, { value: unknown; until: number }>();
  // Bumped by every write: a read that started before a write must not store what it read.
  let generation = 0;
  return {
    async read<T>(key: string, load: () => Promise<T>): Promise<T> {
      const hit = entries.get(key);
      if (hit && hit.until > now()) return hit.value as T;
      const started = generation;
      const value = await load();
      if (started === generation) {
        if (entries.size >= MAX_ENTRIES) entries.clear();
        entries.set(key, { value, until: now() + ttlMs });
      }
      return value;
    },
    drop(match) {
      generation++;
      for (const [key, e] of entries) if (match(key, e.value)) entries.delete(key);
    },
    clear() {
      generation++;
      entries.clear();
    },
  };
}

/** The cache as seen inside one transaction: reads go to the database, writes still invalidate. */
export function transactionView(cache: AuthCache): { view: AuthCache; wrote(): boolean } {
  let wrote = false;
  return {
    view: {
      read: (_key, load) => load(),
      drop(match) {
        wrote = true;
        cache.drop(match);
      },
      clear() {
        wrote = true;
        cache.clear();
      },
    },
    wrote: () => wrote,
  };
}
