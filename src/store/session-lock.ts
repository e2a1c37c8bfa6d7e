import pg from 'pg';

/**
 * Runs `fn` while holding a PostgreSQL session advisory lock named `name` on its own
 * connection, so work that must not run concurrently across processes (pg-boss setup on a
 * fresh database) runs one process at a time. The lock is released when `fn` settles.
 */
export async function withSessionLock<T>(
  databaseUrl: string,
  name: string,
  fn: () => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [name]);
    return await fn();
  } finally {
    await client.query('select pg_advisory_unlock(hashtext($1))', [name]).catch(() => undefined);
    await client.end();
  }
}
