import type { Ctx } from '../domain/ctx.ts';
import type { Store } from '../store/open-store.ts';
import type { JobHandler, JobSystem } from './job-system.ts';

/**
 * The table-backed job system for the embedded database: jobs live in the `jobs` table,
 * a poller claims due ones (with a lock that lapses if the process dies) and retries
 * failures with exponential backoff.
 */
export function createLocalJobSystem(
  store: Store,
  opts: { pollMs?: number; now?: () => Date; newId: () => string },
): JobSystem {
  const handlers = new Map<string, JobHandler>();
  const schedules: {
    queue: string;
    minutes: number;
    payload: unknown;
    next: number;
    firstAfterMinutes: number | undefined;
  }[] = [];
  const now = opts.now ?? (() => new Date());
  let ctx: Ctx | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let shutdown = new AbortController();

  async function tick(): Promise<number> {
    if (!ctx) return 0;
    const t = now();
    for (const s of schedules) {
      if (t.getTime() >= s.next) {
        s.next = t.getTime() + s.minutes * 60_000;
        await store.jobs.enqueue({
          id: opts.newId(),
          queue: s.queue,
          payload: s.payload,
          runAt: t,
          maxAttempts: 1,
          singletonKey: 'schedule',
          now: t,
        });
      }
    }
    const jobs = await store.jobs.claimDue([...handlers.keys()], t, 5 * 60_000, 5);
    for (const job of jobs) {
      const handler = handlers.get(job.queue);
      if (!handler) continue;
      try {
        await handler(ctx, job.payload);
        await store.jobs.complete(job.id, now());
      } catch (e) {
        const retry =
          job.attempts < job.max_attempts
            ? new Date(now().getTime() + 2 ** job.attempts * 5_000)
            : null;
        ctx.log.warn('job failed', {
          queue: job.queue,
          jobId: job.id,
          attempt: job.attempts,
          retry: Boolean(retry),
          error: (e as Error).message,
        });
        await store.jobs.fail(job.id, (e as Error).message, now(), retry);
      }
    }
    return jobs.length;
  }

  const runTick = () => {
    running ??= tick().finally(() => {
      running = undefined;
    });
    return running;
  };

  /** Poll once more as soon as the current pass (if any) ends: work due now starts now. */
  let soon: Promise<void> | undefined;
  const pollSoon = () => {
    if (!timer || soon) return;
    soon = (running ?? Promise.resolve(0))
      .catch(() => 0)
      .then(() => {
        soon = undefined;
        if (!timer) return;
        return runTick().then(
          (n) => {
            // A full batch may have left more due work behind: keep going without waiting.
            if (n > 0) pollSoon();
          },
          (e) => ctx?.log.error('job poller failed', { error: (e as Error).message }),
        );
      });
  };

  return {
    register(queue, handler) {
      handlers.set(queue, handler);
    },
    every(queue, minutes, payload = {}, o = {}) {
      schedules.push({ queue, minutes, payload, next: 0, firstAfterMinutes: o.firstAfterMinutes });
    },
    async enqueue(queue, payload, o = {}) {
      const t = now();
      await store.jobs.enqueue({
        id: opts.newId(),
        queue,
        payload,
        runAt: o.runAt ?? t,
        maxAttempts: o.maxAttempts ?? 3,
        singletonKey: o.singletonKey ?? null,
        now: t,
      });
      if (!o.runAt || o.runAt.getTime() <= t.getTime()) pollSoon();
    },
    async start(c) {
      shutdown = new AbortController();
      ctx = { ...c, signal: shutdown.signal };
      const t = now().getTime();
      for (const s of schedules)
        s.next = s.firstAfterMinutes === undefined ? 0 : t + s.firstAfterMinutes * 60_000;
      timer = setInterval(() => {
        runTick().catch((e) =>
          ctx?.log.error('job poller failed', { error: (e as Error).message }),
        );
      }, opts.pollMs ?? 2_000);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      // Outbound work in a running job (link checks, feed polls) stops instead of finishing.
      shutdown.abort();
      await running;
      ctx = undefined;
    },
    async drain() {
      let total = 0;
      for (let n = await runTick(); n > 0; n = await runTick()) total += n;
      return total;
    },
  };
}
