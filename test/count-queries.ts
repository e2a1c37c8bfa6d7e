import type { App } from '../src/app.ts';

/** Counts the statements the embedded database of `app` runs while `fn` runs. */
export async function countQueries(app: App, fn: () => Promise<unknown>): Promise<number> {
  const db = app.ctx.store.pglite as unknown as { query: (...a: unknown[]) => Promise<unknown> };
  const original = db.query;
  let n = 0;
  db.query = (...a: unknown[]) => {
    n++;
    return original.apply(db, a);
  };
  try {
    await fn();
  } finally {
    db.query = original;
  }
  return n;
}
