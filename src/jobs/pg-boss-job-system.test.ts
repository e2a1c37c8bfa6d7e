import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp } from '../../test/test-app.ts';
import { makeTestStore, STORE_KINDS } from '../../test/test-store.ts';
import type { App } from '../app.ts';
import { createPgBossJobSystem } from './pg-boss-job-system.ts';

describe.skipIf(!STORE_KINDS.includes('postgres'))('pg-boss job system on PostgreSQL', () => {
  let app: App;
  let url: string;
  beforeAll(async () => {
    const store = await makeTestStore('postgres');
    url = store.testUrl!;
    app = makeTestApp(store);
  });
  afterAll(() => app.close());

  it('runs an enqueued job through pg-boss with the app context', async () => {
    const jobs = createPgBossJobSystem(url);
    const seen: unknown[] = [];
    let done!: () => void;
    const finished = new Promise<void>((r) => {
      done = r;
    });
    jobs.register('test.boss', async (ctx, payload) => {
      seen.push({ payload, hasStore: Boolean(ctx.store) });
      done();
    });
    await jobs.start(app.ctx);
    await jobs.enqueue('test.boss', { hello: 'world' });
    await Promise.race([
      finished,
      new Promise((_, rej) => setTimeout(() => rej(new Error('job did not run in 20 s')), 20_000)),
    ]);
    await jobs.stop();
    expect(seen).toEqual([{ payload: { hello: 'world' }, hasStore: true }]);
  }, 40_000);
});
