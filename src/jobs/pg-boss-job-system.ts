import PgBoss from 'pg-boss';
import type { Ctx } from '../domain/ctx.ts';
import type { JobHandler, JobSystem } from './job-system.ts';

/** How long stop() lets running jobs finish after their outbound work was cancelled. */
const STOP_GRACE_MS = 3_000;

/** Runs `fn` while no other process runs its own setup (a cross-process lock). */
export type SetupLock = <T>(fn: () => Promise<T>) => Promise<T>;

/**
 * The job system on a PostgreSQL server, through pg-boss (its own `pgboss` schema).
 * `setupLock` serialises pg-boss setup across processes: two processes starting at once on a
 * fresh database would otherwise create its schema, queues and schedules concurrently, which
 * deadlocks (app.ts passes a PostgreSQL advisory lock).
 */
export function createPgBossJobSystem(
  databaseUrl: string,
  setupLock: SetupLock = (fn) => fn(),
): JobSystem {
  const boss = new PgBoss({ connectionString: databaseUrl, max: 4 });
  const handlers = new Map<string, JobHandler>();
  const schedules: {
    queue: string;
    minutes: number;
    payload: unknown;
    firstAfterMinutes: number | undefined;
  }[] = [];
  const created = new Set<string>();
  /** This process's worker of each queue, woken when it enqueues work due now. */
  const workers = new Map<string, string>();
  let started = false;
  let shutdown = new AbortController();

  return {
    register(queue, handler) {
      handlers.set(queue, handler);
    },
    every(queue, minutes, payload = {}, o = {}) {
      schedules.push({ queue, minutes, payload, firstAfterMinutes: o.firstAfterMinutes });
    },
    async enqueue(queue, payload, o = {}) {
      if (!started) throw new Error('job system not started');
      if (!created.has(queue)) {
        await setupLock(() => boss.createQueue(queue));
        created.add(queue);
      }
      await boss.send(queue, payload as object, {
        ...(o.runAt ? { startAfter: o.runAt } : {}),
        ...(o.singletonKey ? { singletonKey: o.singletonKey } : {}),
        retryLimit: (o.maxAttempts ?? 3) - 1,
        retryBackoff: true,
      });
      // Work due now starts now here instead of at the worker's next poll (up to 2 s away);
      // other processes still find it at their next poll.
      const worker = workers.get(queue);
      if (!o.runAt && worker) boss.notifyWorker(worker);
    },
    async start(c: Ctx) {
      shutdown = new AbortController();
      const ctx: Ctx = { ...c, signal: shutdown.signal };
      boss.on('error', (e) => ctx.log.error('pg-boss error', { error: e.message }));
      await setupLock(async () => {
        await boss.start();
        for (const queue of new Set([...handlers.keys(), ...schedules.map((s) => s.queue)])) {
          await boss.createQueue(queue);
          created.add(queue);
        }
        for (const s of schedules) {
          // Cron has minute granularity; schedules of an hour or more run at minute 0.
          const cron =
            s.minutes >= 60
              ? `0 */${Math.max(1, Math.round(s.minutes / 60))} * * *`
              : `*/${Math.max(1, s.minutes)} * * * *`;
          await boss.schedule(s.queue, cron, s.payload as object);
          // A first run soon after start instead of at the next cron slot (up to an hour away);
          // processes starting together send it once (same key within the window).
          if (s.firstAfterMinutes !== undefined)
            await boss.send(s.queue, s.payload as object, {
              startAfter: Math.max(0, Math.round(s.firstAfterMinutes * 60)),
              singletonKey: 'first-run',
              singletonSeconds: Math.max(60, Math.round(s.minutes * 60)),
            });
        }
      });
      started = true;
      for (const [queue, handler] of handlers) {
        const worker = await boss.work(queue, async (jobs) => {
          for (const job of jobs) await handler(ctx, job.data);
        });
        workers.set(queue, worker);
      }
    },
    async stop() {
      shutdown.abort();
      if (started) await boss.stop({ graceful: true, wait: true, timeout: STOP_GRACE_MS });
      started = false;
      workers.clear();
    },
  };
}
