import type { Ctx, JobQueue } from '../domain/ctx.ts';

export type JobHandler = (ctx: Ctx, payload: unknown) => Promise<void>;

export interface EveryOptions {
  /** Minutes after start for the first run, instead of waiting for the first interval. */
  firstAfterMinutes?: number;
}

/** Background work: one interface, run in-process on the embedded database, by pg-boss on PostgreSQL. */
export interface JobSystem extends JobQueue {
  /** Registers the handler of a queue (before `start`). */
  register(queue: string, handler: JobHandler): void;
  /**
   * Enqueues `queue` every `minutes` (at most one pending at a time). The first run comes
   * `firstAfterMinutes` after start (default: at once on the embedded database, at the next
   * cron slot on PostgreSQL).
   */
  every(queue: string, minutes: number, payload?: unknown, opts?: EveryOptions): void;
  start(ctx: Ctx): Promise<void>;
  stop(): Promise<void>;
  /** Runs every due job now and waits for them (tests and CLI). */
  drain?(): Promise<number>;
}
