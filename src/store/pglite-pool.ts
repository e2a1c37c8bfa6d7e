import { AsyncLocalStorage } from 'node:async_hooks';
import type { EmbeddedDb } from './pglite-thread.ts';

interface PoolClient {
  query(
    sql: string,
    params: readonly unknown[],
  ): Promise<{ command: string; rowCount: number; rows: unknown[] }>;
  release(): void;
}

export interface PglitePool {
  connect(): Promise<PoolClient>;
  end(): Promise<void>;
  /**
   * Runs `fn` as the holder of the connection a transaction has taken: queries made anywhere
   * in `fn`'s async context (even through the non-transactional store) join that transaction
   * instead of waiting forever for the single connection.
   */
  asHolder<T>(fn: () => Promise<T>): Promise<T>;
  /** True in the async context of a transaction (its queries see its uncommitted writes). */
  inTransaction(): boolean;
}

/**
 * Presents one embedded database (PGlite, here or on its own thread) as the `pg.Pool` shape
 * Kysely's PostgresDialect expects.
 * PGlite has a single connection, so it is handed out to one user at a time: another
 * request's statements never interleave with a transaction. Code running inside a
 * transaction (see `asHolder`) shares the connection instead of deadlocking on it.
 */
export function pglitePool(db: EmbeddedDb): PglitePool {
  let tail: Promise<void> = Promise.resolve();
  const holder = new AsyncLocalStorage<symbol>();
  let current: symbol | undefined;

  const client = (release: () => void): PoolClient => ({
    async query(sql, params) {
      const res = await db.query(sql, params as unknown[]);
      const command = (/^\s*(\w+)/.exec(sql)?.[1] ?? '').toUpperCase();
      return { command, rowCount: res.affectedRows ?? 0, rows: res.rows };
    },
    release,
  });

  return {
    async connect() {
      const mine = holder.getStore();
      if (mine !== undefined && mine === current) return client(() => {});
      let release!: () => void;
      const previous = tail;
      tail = new Promise<void>((r) => {
        release = r;
      });
      await previous;
      let released = false;
      return client(() => {
        if (!released) {
          released = true;
          release();
        }
      });
    },
    async asHolder(fn) {
      const token = Symbol('transaction');
      const outer = current;
      current = token;
      try {
        return await holder.run(token, fn);
      } finally {
        current = outer;
      }
    },
    inTransaction: () => holder.getStore() !== undefined,
    async end() {
      await tail;
      await db.close();
    },
  };
}
