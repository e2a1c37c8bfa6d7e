import type { Config } from '../config.ts';
import type { Llm } from '../llm/index.ts';
import type { Store } from '../store/open-store.ts';

/** Where "now" comes from; tests pass a fixed or stepping clock. */
export interface Clock {
  now(): Date;
}

/** Where new ids and random secrets come from; tests pass a seeded generator. */
export interface Ids {
  /** A new unique id for a record. */
  id(): string;
  /** `bytes` random bytes as base64url, for tokens and secrets. */
  token(bytes?: number): string;
}

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

/** Queues background work; implemented in-process (embedded) or with pg-boss (PostgreSQL). */
export interface JobQueue {
  enqueue(
    queue: string,
    payload: unknown,
    opts?: { runAt?: Date; singletonKey?: string; maxAttempts?: number },
  ): Promise<void>;
}

/** Everything a use case may touch, passed explicitly. Built only in `src/app.ts` (and test helpers). */
export interface Ctx {
  config: Config;
  store: Store;
  llm: Llm;
  clock: Clock;
  ids: Ids;
  log: Logger;
  jobs: JobQueue;
  /** Aborted when the process shuts down: long outbound work (background jobs) stops early. */
  signal?: AbortSignal;
}

/**
 * Runs `fn` with a context whose store works inside one transaction: all its writes land
 * together or not at all.
 */
export function inTransaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  return ctx.store.transaction((repos) =>
    // A nested transaction joins the open one: on the embedded database a second
    // transaction would wait forever for the single connection this one holds.
    fn({ ...ctx, store: { ...ctx.store, ...repos, transaction: (inner) => inner(repos) } }),
  );
}
