import { type Ctx, inTransaction } from '../ctx.ts';

/** Runs `fn` in the caller's transaction when there is one (demo seeding), else in a new one. */
export function withinTransaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  return ctx.store.db.isTransaction ? fn(ctx) : inTransaction(ctx, fn);
}
