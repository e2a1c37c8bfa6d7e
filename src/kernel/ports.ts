/**
 * The ports every layer shares. The kernel imports nothing of ours: `store`, `llm`, `jobs`
 * and `logger.ts` implement these, and the domain receives them in a `ctx`.
 */

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

/** Structured logging; `child` adds fields to every line it writes. */
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

/**
 * What the kernel needs of a store: whether it is already bound to a transaction, and a way
 * to open one that hands out repositories bound to it. `src/store/open-store.ts` implements
 * it (with every repository on top).
 */
export interface StorePort<Repos = unknown> {
  readonly db: { readonly isTransaction: boolean };
  transaction<T>(fn: (tx: Repos) => Promise<T>): Promise<T>;
}

/**
 * Everything a use case may touch, passed explicitly. The store, model and configuration are
 * type parameters so the kernel names no concrete layer; `src/domain/ctx.ts` fixes them.
 */
export interface KernelCtx<Config, Store extends StorePort, Llm> {
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
