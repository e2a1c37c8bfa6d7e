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
  const makeJobs = () =>
    createLocalJobSystem(app.ctx.store, {
      newId: app.ctx.ids.id,
      now: () => clock.now(),
      pollMs: 60_000,
    });

  it('runs a job, retries a failure with backoff, and gives up after its attempts', async () => {
    const jobs = makeJobs();
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

  it('starts work due now at once instead of at the next poll (60 s away here)', async () => {
    const jobs = makeJobs();
    const ran = new Promise<unknown>((resolve) => {
      jobs.register('test.now', async (_ctx, p) => resolve(p));
    });
    await jobs.start(app.ctx);
    await jobs.enqueue('test.now', { n: 7 });
    const late = new Promise((resolve) => setTimeout(() => resolve('not started'), 5_000));
    expect(await Promise.race([ran, late])).toEqual({ n: 7 });
    await jobs.stop();
  });

  it('keeps one pending job per singleton key', async () => {
    const jobs = makeJobs();
    let runs = 0;
    jobs.register('test.single', async () => {
      runs++;
    });
    await jobs.start(app.ctx);
    // Both due a minute from now, so the first is still pending when the second comes (due
    // now, the poller could claim the first in between and the second would rightly queue).
    const runAt = new Date(clock.now().getTime() + 60_000);
    await jobs.enqueue('test.single', {}, { singletonKey: 'feed-1', runAt });
    await jobs.enqueue('test.single', {}, { singletonKey: 'feed-1', runAt });
    clock.advance(61_000);
    await jobs.drain!();
    expect(runs).toBe(1);
    await jobs.enqueue('test.single', {}, { singletonKey: 'feed-1' });
    await jobs.drain!();
    expect(runs).toBe(2);
    await jobs.stop();
  });

  it('runs a schedule first after its start delay, then every interval', async () => {
    const jobs = makeJobs();
    let runs = 0;
    jobs.register('test.hourly', async () => {
      runs++;
    });
    jobs.every('test.hourly', 60, {}, { firstAfterMinutes: 1 });
    await jobs.start(app.ctx);
    await jobs.drain!();
    expect(runs).toBe(0);
    clock.advance(61_000);
    await jobs.drain!();
    expect(runs).toBe(1);
    clock.advance(30 * 60_000);
    await jobs.drain!();
    expect(runs).toBe(1);
    clock.advance(30 * 60_000);
    await jobs.drain!();
    expect(runs).toBe(2);
    await jobs.stop();
  });
});
