import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, makeTestApp } from '../../test/test-app.ts';
import { makeTestStore, STORE_KINDS, type StoreKind } from '../../test/test-store.ts';
import type { App } from '../app.ts';
import type { JobSystem } from './job-system.ts';
import { createLocalJobSystem } from './local-job-system.ts';
import { createPgBossJobSystem } from './pg-boss-job-system.ts';

/**
 * One job system under test: how to build it on an app, and how to let due work run (the
 * local system drains on a clock the test moves; pg-boss polls on its own, so we wait).
 */
interface Subject {
  name: string;
  store: StoreKind;
  /** Why this run skips the subject, shown in the test name; undefined when it runs. */
  skip: string | undefined;
  make(app: App, clock: ReturnType<typeof fixedClock>): JobSystem & { runDue(): Promise<void> };
}

const NO_PG = STORE_KINDS.includes('postgres') ? undefined : 'TEST_DATABASE_URL is not set';

const SUBJECTS: Subject[] = [
  ...(['pglite', 'postgres'] as const).map(
    (store): Subject => ({
      name: `local (table-backed) job system on ${store}`,
      store,
      skip: store === 'postgres' ? NO_PG : undefined,
      make(app, clock) {
        const jobs = createLocalJobSystem(app.ctx.store, {
          newId: app.ctx.ids.id,
          now: () => clock.now(),
          pollMs: 60_000,
        });
        return Object.assign(jobs, {
          async runDue() {
            // Past any retry backoff, then run what is due.
            clock.advance(60_000);
            await jobs.drain!();
          },
        });
      },
    }),
  ),
  {
    name: 'pg-boss job system on postgres',
    store: 'postgres',
    skip: NO_PG,
    make(app) {
      const url = (app.ctx.store as { testUrl?: string }).testUrl!;
      return Object.assign(createPgBossJobSystem(url), {
        runDue: () => new Promise<void>((r) => setTimeout(r, 250)),
      });
    },
  },
];

/** Lets due work run until `done` holds, for at most 30 s. */
async function until(jobs: { runDue(): Promise<void> }, done: () => boolean): Promise<void> {
  const end = Date.now() + 30_000;
  while (!done()) {
    if (Date.now() > end) throw new Error('the job system did not finish in 30 s');
    await jobs.runDue();
  }
}

// The same tests for every job system, in the style of Kysely's per-dialect loop: what the
// app relies on must hold whichever system runs its jobs.
for (const subject of SUBJECTS) {
  const title = subject.skip ? `${subject.name} (skipped: ${subject.skip})` : subject.name;
  describe.skipIf(subject.skip !== undefined)(title, () => {
    let app: App;
    const clock = fixedClock();
    beforeAll(async () => {
      app = makeTestApp(await makeTestStore(subject.store), { clock });
    });
    afterAll(() => app.close());

    it('runs an enqueued job with its payload and the app context', async () => {
      const jobs = subject.make(app, clock);
      const seen: unknown[] = [];
      jobs.register('suite.ok', async (ctx, payload) => {
        seen.push({ payload, hasStore: Boolean(ctx.store) });
      });
      await jobs.start(app.ctx);
      try {
        await jobs.enqueue('suite.ok', { hello: 'world' });
        await until(jobs, () => seen.length > 0);
        expect(seen).toEqual([{ payload: { hello: 'world' }, hasStore: true }]);
      } finally {
        await jobs.stop();
      }
    }, 40_000);

    it('retries a failed job within its attempts, with the same payload', async () => {
      const jobs = subject.make(app, clock);
      const attempts: unknown[] = [];
      let succeeded = false;
      jobs.register('suite.flaky', async (_ctx, payload) => {
        attempts.push(payload);
        if (attempts.length === 1) throw new Error('first attempt fails');
        succeeded = true;
      });
      await jobs.start(app.ctx);
      try {
        await jobs.enqueue('suite.flaky', { n: 7 }, { maxAttempts: 2 });
        await until(jobs, () => succeeded);
        expect(attempts).toEqual([{ n: 7 }, { n: 7 }]);
      } finally {
        await jobs.stop();
      }
    }, 40_000);
  });
}
