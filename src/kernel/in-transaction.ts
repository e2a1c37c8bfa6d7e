import type { StorePort } from './ports.ts';

/**
 * Runs `fn` with a context whose store works inside one transaction: all its writes land
 * together or not at all. Nesting-aware: inside an open transaction (a caller's, or the demo
 * seeding's) `fn` joins it rather than opening a second one, which on the embedded database
 * would wait forever for the single connection the first one holds.
 */
export function inTransaction<C extends { store: StorePort }, T>(
  ctx: C,
  fn: (tx: C) => Promise<T>,
): Promise<T> {
  if (ctx.store.db.isTransaction) return fn(ctx);
  return ctx.store.transaction((repos) => {
    const store = {
      ...ctx.store,
      ...(repos as object),
      transaction: <U>(inner: (tx: unknown) => Promise<U>) => inner(repos),
    };
    return fn({ ...ctx, store: store as unknown as C['store'] });
  });
}
