import PgBoss from 'pg-boss';
import type { Ctx } from '../domain/ctx.ts';
import type { JobHandler, JobSystem } from './job-system.ts';

/** The job system on a PostgreSQL server, through pg-boss (its own `pgboss` schema). */
export function createPgBossJobSystem(databaseUrl: string): JobSystem {
  const boss = new PgBoss({ connectionString: databaseUrl, max: 4 });
  const handlers = new Map<string, JobHandler>();
  const schedules: { queue: string; minutes: number; payload: unknown }[] = [];
  let started = false;

  return {
    register(queue, handler) {
      handlers.set(queue, handler);
    },
    every(queue, minutes, payload = {}) {
      schedules.push({ queue, minutes, payload });
    },
    async enqueue(queue, payload, o = {}) {
      if (!started) throw new Error('job system not started');
      await boss.createQueue(queue);
      await boss.send(queue, payload as object, {
        ...(o.runAt ? { startAfter: o.runAt } : {}),
        ...(o.singletonKey ? { singletonKey: o.singletonKey } : {}),
        retryLimit: (o.maxAttempts ?? 3) - 1,
        retryBackoff: true,
      });
    },
    async start(ctx: Ctx) {
      boss.on('error', (e) => ctx.log.error('pg-boss error', { error: e.message }));
      await boss.start();
      started = true;
      for (const [queue, handler] of handlers) {
        await boss.createQueue(queue);
        await boss.work(queue, async (jobs) => {
          for (const job of jobs) await handler(ctx, job.data);
        });
      }
      for (const s of schedules) {
        // Cron has minute granularity; schedules of an hour or more run at minute 0.
        const cron =
          s.minutes >= 60
            ? `0 */${Math.max(1, Math.round(s.minutes / 60))} * * *`
            : `*/${Math.max(1, s.minutes)} * * * *`;
        await boss.schedule(s.queue, cron, s.payload as object);
      }
    },
    async stop() {
      if (started) await boss.stop({ graceful: true, wait: true });
      started = false;
    },
  };
}
