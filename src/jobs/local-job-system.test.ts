import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, makeTestApp, seededIds } from '../../test/test-app.ts';
import { makeTestStore, STORE_KINDS } from '../../test/test-store.ts';
import type { App } from '../app.ts';
import { createLocalJobSystem } from './local-job-system.ts';

// What every job system must do is in job-system-suite.test.ts; here, what only the
// table-backed queue promises: its backoff schedule, giving up, and singleton keys.
describe.each(STORE_KINDS)('table-backed job queue on %s', (kind) => {
  let app: App;
  const clock = fixedClock();
  beforeAll(async () => {
    const store = await makeTestStore(kind);
    const ids = seededIds('jobs');
    app = makeTestApp(store, { clock, ids });
  });
  afterAll(() => app.close());

  it('runs a job, retries a failure with backoff, and gives up after its attempts', async () => {
    const jobs = createLocalJobSystem(app.ctx.store, {
      newId: app.ctx.ids.id,
      now: () => clock.now(),
      pollMs: 60_000,
    });
    const seen: unknown[] = [];
    let failures = 0;
    jobs.register('test.ok', async (_ctx, p) => {
      seen.push(p);
    });
    jobs.register('test.flaky', async () => {
      failures++;
      throw new Error('boom');
    });
    await jobs.start(app.ctx);
    await jobs.enqueue('test.ok', { n: 1 });
    await jobs.enqueue('test.flaky', {}, { maxAttempts: 2 });
    expect(await jobs.drain!()).toBe(2);
    expect(seen).toEqual([{ n: 1 }]);
    expect(failures).toBe(1);
    // The retry is not due yet…
    expect(await jobs.drain!()).toBe(0);
    clock.advance(11_000);
    expect(await jobs.drain!()).toBe(1);
    expect(failures).toBe(2);
    clock.advance(60_000);
    // …and after the last attempt it stays failed.
    expect(await jobs.drain!()).toBe(0);
    await jobs.stop();
  });

  it('keeps one pending job per singleton key', async () => {
    const jobs = createLocalJobSystem(app.ctx.store, {
      newId: app.ctx.ids.id,
      now: () => clock.now(),
      pollMs: 60_000,
    });
    let runs = 0;
    jobs.register('test.single', async () => {
      runs++;
    });
    await jobs.start(app.ctx);
    await jobs.enqueue('test.single', {}, { singletonKey: 'feed-1' });
    await jobs.enqueue('test.single', {}, { singletonKey: 'feed-1' });
    await jobs.drain!();
    expect(runs).toBe(1);
    await jobs.enqueue('test.single', {}, { singletonKey: 'feed-1' });
    await jobs.drain!();
    expect(runs).toBe(2);
    await jobs.stop();
  });
});
