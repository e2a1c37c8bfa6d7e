/**
 * `npm run bench:trends [-- --posts=N --runs=N --json]`: market trends at scale on the embedded
 * store. Seeds the demo workspace plus `--posts` market posts (default 100,000: real job-ad
 * texts spread over a year, see `yearOfPosts`), then times `getTrends` for the demo user:
 * `cold` computes anew each run (a distinct query per run, so the per-person cache cannot
 * answer), `warm` is the default query answered again with nothing changed. Reports p50/p95 of
 * each, and the answer's size. Prints `{ posts, coldP50Ms, coldP95Ms, warmP50Ms, warmP95Ms,
 * answerKB }` with `--json`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, openConfiguredStore } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { getTrends } from '../src/domain/radar/insight/get-trends.ts';
import { createLogger } from '../src/logger.ts';
import { numberArg, percentile } from './bench-args.ts';
import { seedHttpBench } from './http-seed.ts';

const POSTS = numberArg('posts', 100_000);
const RUNS = numberArg('runs', 20);
const JSON_OUT = process.argv.includes('--json');
const log = (s: string) => {
  if (!JSON_OUT) process.stderr.write(`${s}\n`);
};
const pct = (xs: number[], p: number) => Math.round(percentile(xs, p) * 10) / 10;

const dir = mkdtempSync(join(tmpdir(), 'skilltrace-trends-'));
try {
  const config = loadConfig({
    SKILLTRACE_DATA_DIR: dir,
    NODE_ENV: 'production',
    SKILLTRACE_LOG_LEVEL: 'silent',
  });
  let step = 0;
  await seedHttpBench(config, {
    posts: POSTS,
    others: 0,
    log: (m) => {
      if (step++ % 10 === 0) log(m);
    },
  });
  const store = await openConfiguredStore(config, 'bench:trends');
  const app = createApp({ config, store, log: createLogger('silent') });
  try {
    const demo = await store.accounts.findUserByEmail('demo@skilltrace.local');
    if (!demo) throw new Error('the demo user was not created');
    const first = await getTrends(app.ctx, demo.id, {});
    const answerKB = Math.round(Buffer.byteLength(JSON.stringify(first)) / 1024);
    const cold: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      // A distinct query each run: computed anew, not read from the cache.
      await getTrends(app.ctx, demo.id, { minPosts: 1 + (i % 25), months: 12 + (i % 13) });
      cold.push(performance.now() - t0);
    }
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await getTrends(app.ctx, demo.id, {});
      warm.push(performance.now() - t0);
    }
    const result = {
      posts: POSTS,
      coldP50Ms: pct(cold, 50),
      coldP95Ms: pct(cold, 95),
      warmP50Ms: pct(warm, 50),
      warmP95Ms: pct(warm, 95),
      answerKB,
    };
    if (JSON_OUT) process.stdout.write(`${JSON.stringify(result)}\n`);
    else log(JSON.stringify(result));
  } finally {
    await app.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
