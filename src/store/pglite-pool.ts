import type { PGlite } from '@electric-sql/pglite';

interface PoolClient {
  query(
    sql: string,
    params: readonly unknown[],
  ): Promise<{ command: string; rowCount: number; rows: unknown[] }>;
  release(): void;
}

/**
 * Presents one PGlite instance as the `pg.Pool` shape Kysely's PostgresDialect expects.
 * PGlite has a single connection, so a connection is handed out to one user at a time:
 * a transaction's statements can never interleave with another request's.
 */
export function pglitePool(db: PGlite): { connect(): Promise<PoolClient>; end(): Promise<void> } {
  let tail: Promise<void> = Promise.resolve();
  return {
    async connect() {
      let release!: () => void;
      const previous = tail;
      tail = new Promise<void>((r) => {
        release = r;
      });
      await previous;
      let released = false;
      return {
        async query(sql, params) {
          const res = await db.query(sql, params as unknown[]);
          const command = (/^\s*(\w+)/.exec(sql)?.[1] ?? '').toUpperCase();
          return { command, rowCount: res.affectedRows ?? 0, rows: res.rows };
        },
        release() {
          if (!released) {
            released = true;
            release();
          }
        },
      };
    },
    async end() {
      await tail;
      await db.close();
    },
  };
}
