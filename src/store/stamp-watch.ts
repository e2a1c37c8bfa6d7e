import { type Kysely, sql } from 'kysely';
import type { Database } from './db-types.ts';
import {
  STAMP_CHANNEL,
  STAMP_NOTIFY_SETTING,
  STAMP_NOTIFY_TRIGGERS,
} from './migrations/0031-stamp-notify.ts';

/**
 * Reads of cache stamps (`person_versions`, `insight_versions`, instance settings). Cached
 * reads check a stamp on every hit; on the embedded store this process is the database's only
 * client, so it can know a stamp is unchanged without asking the database.
 */
export interface StampReads {
  /**
   * The stamp `fetch` reads for (`userId`, `key`): read again unless a stamp of `userId` (or
   * an instance setting) is known to be unchanged since it was last read.
   */
  read(userId: string, key: string, fetch: () => Promise<string>): Promise<string>;
  /** Forgets every stamp read (after loading rows no trigger saw). */
  clear(): void;
}

/** Always asks the database (PostgreSQL: other processes write too; inside transactions). */
export const askedStamps: StampReads = { read: (_u, _k, fetch) => fetch(), clear() {} };

/** Stamps read at most; past it the oldest go first. */
const MAX_ENTRIES = 20_000;

/**
 * Stamp reads for the embedded store: the database announces every stamp change on commit
 * (migration 0031's triggers, NOTIFY on the store's one connection), and the notification is
 * handled before the committing statement's answer, so by the time a write has returned every
 * later read knows. A stamp read while no change to that person's stamps (nor any instance
 * setting) was announced since just before it was asked is served again; reads inside a
 * transaction always ask. Off (always asking) until `enable` has seen the triggers and started
 * listening.
 */
export function stampWatch(
  subscribe: (cb: (channel: string, payload: string) => void) => void,
  inTransaction: () => boolean,
): {
  reads: StampReads;
  /**
   * Listens, asks this session's triggers to announce changes, and turns the watch on when
   * the triggers exist; off otherwise.
   */
  enable(db: Kysely<Database>): Promise<void>;
  disable(): void;
} {
  let on = false;
  let seq = 0;
  let everyoneAt = 0;
  const changedAt = new Map<string, number>();
  const read = new Map<string, { stamp: string; mark: number }>();
  const forgetAll = () => {
    seq++;
    everyoneAt = seq;
    changedAt.clear();
    read.clear();
  };
  subscribe((channel, payload) => {
    if (channel !== STAMP_CHANNEL) return;
    if (payload === '' || changedAt.size >= MAX_ENTRIES) return forgetAll();
    changedAt.set(payload, ++seq);
  });
  return {
    reads: {
      async read(userId, key, fetch) {
        // Inside a transaction a stamp may be uncommitted (and never announced if it rolls back).
        if (!on || inTransaction()) return fetch();
        const full = `${userId}\n${key}`;
        const known = read.get(full);
        if (known && everyoneAt <= known.mark && (changedAt.get(userId) ?? 0) <= known.mark)
          return known.stamp;
        // Taken before asking: a change announced while the read is under way (before or
        // after it in the database) makes the next read ask again.
        const mark = seq;
        const stamp = await fetch();
        read.delete(full);
        if (read.size >= MAX_ENTRIES) read.delete(read.keys().next().value as string);
        read.set(full, { stamp, mark });
        return stamp;
      },
      clear: forgetAll,
    },
    async enable(db) {
      on = false;
      forgetAll();
      await sql`listen ${sql.raw(STAMP_CHANNEL)}`.execute(db);
      await sql`select set_config(${STAMP_NOTIFY_SETTING}, 'on', false)`.execute(db);
      const r = await sql<{ n: number; s: string | null }>`
        select count(*)::int as n, current_setting(${STAMP_NOTIFY_SETTING}, true) as s
        from pg_trigger where tgname in (${sql.join([...STAMP_NOTIFY_TRIGGERS])})`.execute(db);
      on = r.rows[0]?.n === STAMP_NOTIFY_TRIGGERS.length && r.rows[0]?.s === 'on';
    },
    disable() {
      on = false;
      forgetAll();
    },
  };
}
