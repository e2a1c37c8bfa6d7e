import type { Ctx, JobQueue } from '../domain/ctx.ts';

export type JobHandler = (ctx: Ctx, payload: unknown) => Promise<void>;

/** Background work: one interface, run in-process on the embedded database, by pg-boss on PostgreSQL. */
export interface JobSystem extends JobQueue {
  /** Registers the handler of a queue (before `start`). */
  register(queue: string, handler: JobHandler): void;
  /** Enqueues `queue` every `minutes` (at most one pending at a time). */
  every(queue: string, minutes: number, payload?: unknown): void;
  start(ctx: Ctx): Promise<void>;
  stop(): Promise<void>;
  /** Runs every due job now and waits for them (tests and CLI). */
  drain?(): Promise<number>;
}
