/**
 * Dashboard rebuild cost (`npx tsx bench/dashboard-rebuild.ts [--rounds=20] [--dir=path]`).
 *
 * In one process: seeds (or reuses, with `--dir`) the HTTP bench's store, then repeats a
 * writer round (the bench writer's import of three posts for the user under test and an
 * evidence entry for another person) followed by the dashboard read the next visitor makes,
 * and reports the mean and worst wall and CPU time of that read (the rebuild every visitor
 * waiting at that moment shares), of a read served from cache, and of the parts of a rebuild.
 * Embedded store, or PostgreSQL when DATABASE_URL is set. CPU time is what a loaded machine
 * does not distort. With `--dir`, a store seeded before (the marker file `seeded` in it) is
 * reused; with DATABASE_URL, pass a `--dir` per database.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createApp, openConfiguredStore } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { getDashboardSummary } from '../src/domain/progress/index.ts';
import { getMarketMoves } from '../src/domain/radar/index.ts';
import { createLogger } from '../src/logger.ts';
import { numberArg } from './bench-args.ts';
import { seedHttpBench, yearOfPosts } from './http-seed.ts';

const ROUNDS = numberArg('rounds', 20);
const dirArg = process.argv.find((a) => a.startsWith('--dir='))?.slice(6);
const dir = dirArg ?? mkdtempSync(join(tmpdir(), 'skilltrace-bench-rebuild-'));
const log = (m: string) => process.stderr.write(`${m}\n`);

const env = {
  SKILLTRACE_DATA_DIR: dir,
  ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
  NODE_ENV: 'production',
  SKILLTRACE_LOG_LEVEL: 'silent',
};
const config = loadConfig(env);
const marker = join(dir, 'seeded');
if (!existsSync(marker)) {
  await seedHttpBench(config, { posts: 10_000, others: 2, log });
  (await import('node:fs')).writeFileSync(marker, '');
}
const store = await openConfiguredStore(config, 'bench:rebuild');
const app = createApp({ config, store, log: createLogger('silent') });
const ctx = app.ctx;
const demo = await store.accounts.findUserByEmail('demo@skilltrace.local');
if (!demo) throw new Error('no demo user');
const other = (await store.accounts.findUserByEmail('bench-0@example.test'))?.id;
const { createApiToken } = await import('../src/domain/accounts/index.ts');
const token = (await createApiToken(ctx, demo.id, { name: 'rebuild' })).token;
const otherToken = other ? (await createApiToken(ctx, other, { name: 'rebuild' })).token : '';
const skillId = (await store.radar.monthlySkillCounts(demo.id, ['import'], new Date(0)))[0]
  ?.skillId;

let tick = 0;
async function writerRound(): Promise<void> {
  const fresh = yearOfPosts(3, new Date(), 20_000 + tick * 3 + Math.floor(Math.random() * 1e6));
  tick++;
  const body = (b: unknown) => ({
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(b),
  });
  const content = fresh
    .map((p) => JSON.stringify({ title: p.title, text: p.text, date: p.postedAt?.toISOString() }))
    .join('\n');
  const r = await app.http.request('/api/radar/imports', body({ format: 'jsonl', content }));
  if (!r.ok) throw new Error(`import ${r.status}`);
  if (otherToken) {
    const e = await app.http.request('/api/evidence', {
      ...body({ kind: 'reflection', title: `note ${tick}`, skills: [skillId] }),
      headers: { authorization: `Bearer ${otherToken}`, 'content-type': 'application/json' },
    });
    if (!e.ok) throw new Error(`evidence ${e.status}`);
  }
  // Let the jobs the import started finish, as a second between rounds would.
  await new Promise((r) => setTimeout(r, 300));
}

async function timed(fn: () => Promise<unknown>): Promise<{ ms: number; cpuMs: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000 };
}

const samples = new Map<string, { ms: number; cpuMs: number }[]>();
const add = (k: string, s: { ms: number; cpuMs: number }) => {
  const l = samples.get(k) ?? [];
  l.push(s);
  samples.set(k, l);
};
const page = () =>
  Promise.all(
    ['/api/auth/session', '/api/dashboard'].map((p) =>
      Promise.resolve(app.http.request(p, { headers: { authorization: `Bearer ${token}` } })).then(
        (r) => r.arrayBuffer(),
      ),
    ),
  );

await page();
// The longest stretch a write round holds the event loop (every visitor waits that long).
const blocked = monitorEventLoopDelay({ resolution: 1 });
const held: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  blocked.reset();
  blocked.enable();
  add('write round', await timed(writerRound));
  blocked.disable();
  held.push(Math.round(blocked.max / 1e6));
  add('page load after a write', await timed(page));
  add('page load, cached', await timed(page));
  await writerRound();
  add('market moves after a write', await timed(() => getMarketMoves(ctx, demo.id)));
  add('summary (market cached)', await timed(() => getDashboardSummary(ctx, demo.id)));
}
const out: Record<string, unknown> = {};
for (const [k, l] of samples) {
  const mean = (f: (s: { ms: number; cpuMs: number }) => number) =>
    Math.round((l.reduce((a, s) => a + f(s), 0) / l.length) * 10) / 10;
  out[k] = {
    ms: mean((s) => s.ms),
    cpuMs: mean((s) => s.cpuMs),
    maxMs: Math.round(Math.max(...l.map((s) => s.ms))),
  };
}
out['write round: longest event-loop hold, ms per round'] = held;
process.stdout.write(`${JSON.stringify({ store: store.kind, rounds: ROUNDS, ...out }, null, 1)}\n`);
await app.close();
