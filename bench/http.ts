/**
 * HTTP benchmark (`npm run bench:http -- --json`).
 *
 * Seeds a store (the demo workspace with its year of history, `--posts` more market posts for
 * the demo user, default 10,000, and 20 other people with API tokens), starts the real server
 * (`skilltrace serve`) on it, and drives each endpoint with autocannon for `--seconds` (default
 * 8) at `--connections` (default 32) while a writer keeps importing posts for the demo user
 * and appending evidence to other people's ledgers (a round every `--write-every` ms, default
 * 1000, on a fixed schedule with at most two rounds in flight, so a slower server gets as many
 * writes). Runs on the embedded store, and on
 * PostgreSQL too when TEST_DATABASE_URL is set (a fresh database per run).
 *
 * Prints a JSON array, one object per store:
 * `{ store, healthRps, endpoints: { health, profile, dashboard, "learn-next", trends,
 *    "create-path", "append-evidence": { rps, p50Ms, p99Ms, errors } } }`.
 * `dashboard` is one page load: the requests the dashboard page makes, issued together.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { freePort } from '../web/e2e/harness.ts';
import { numberArg } from './bench-args.ts';
import { type EndpointResult, loadTest, pageLoads, startWriter } from './http-drive.ts';
import { type SeededData, seedHttpBench } from './http-seed.ts';

const json = process.argv.includes('--json');
const POSTS = numberArg('posts', 10_000);
const SECONDS = numberArg('seconds', 8);
const CONNECTIONS = numberArg('connections', 32);
const WRITE_EVERY = numberArg('write-every', 1_000);
/** `--only=dashboard,health`: drive just these endpoints (health is always driven). */
const ONLY = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
/** `--server-cpu-prof=dir`: the server writes a V8 CPU profile there when it stops. */
const PROFILE_DIR = process.argv.find((a) => a.startsWith('--server-cpu-prof='))?.slice(18);
const wanted = (name: string) => !ONLY || name === 'health' || ONLY.includes(name);
const log = (m: string) => process.stderr.write(`${m}\n`);

/**
 * The requests a load of the dashboard page makes: the app shell's session check and the
 * page's one summary (profile, progress strip, next step and session, market, proof).
 */
const DASHBOARD = ['/api/auth/session', '/api/dashboard'];

async function startApp(
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      ...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []),
      '--import',
      'tsx',
      'cli/main.ts',
      'serve',
      '--no-web-build',
      '--port',
      String(port),
    ],
    {
      cwd: join(import.meta.dirname, '..'),
      // The user under test is the shared demo account: without `shared`, start-up closes
      // its published password, which ends its API tokens too (every request would be a 401).
      env: { ...process.env, ...env, SKILLTRACE_LOG_LEVEL: 'info', SKILLTRACE_DEMO: 'shared' },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
    const ok = await fetch(`${url}/api/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 8_000).unref();
      }),
  };
}

async function benchStore(
  store: 'pglite' | 'postgres',
  env: Record<string, string>,
): Promise<{ store: string; healthRps: number; endpoints: Record<string, EndpointResult> }> {
  const config = loadConfig({ ...env, NODE_ENV: 'production', SKILLTRACE_LOG_LEVEL: 'silent' });
  log(`${store}: seeding ${POSTS} posts…`);
  const seeded: SeededData = await seedHttpBench(config, { posts: POSTS, others: 20, log });
  const app = await startApp(env);
  log(`${store}: serving at ${app.url}`);
  const auth = { authorization: `Bearer ${seeded.mainToken}` };
  const opts = { url: app.url, seconds: SECONDS, connections: CONNECTIONS };
  const endpoints: Record<string, EndpointResult> = {};
  const writer = startWriter(app.url, seeded, WRITE_EVERY);
  try {
    await writer.ready;
    // Warm the process (taxonomy, caches) the way a first visitor would.
    for (const p of ['/api/radar/learn-next', '/api/radar/trends', ...DASHBOARD]) {
      const t0 = performance.now();
      const res = await fetch(`${app.url}${p}`, { headers: auth });
      const body = await res.arrayBuffer();
      log(
        `  first ${p}: ${res.status}, ${Math.round(performance.now() - t0)} ms, ${body.byteLength} B`,
      );
    }
    endpoints.health = await loadTest({ ...opts, path: '/api/health' });
    if (wanted('profile'))
      endpoints.profile = await loadTest({ ...opts, path: '/api/profile', headers: auth });
    if (wanted('dashboard'))
      endpoints.dashboard = await pageLoads({ ...opts, paths: DASHBOARD, headers: auth });
    if (wanted('learn-next'))
      endpoints['learn-next'] = await loadTest({
        ...opts,
        path: '/api/radar/learn-next',
        headers: auth,
      });
    if (wanted('trends'))
      endpoints.trends = await loadTest({ ...opts, path: '/api/radar/trends', headers: auth });
    if (wanted('create-path'))
      endpoints['create-path'] = await loadTest({
        ...opts,
        path: '/api/paths',
        method: 'POST',
        headers: auth,
        bodies: seeded.skillIds.map((id) => JSON.stringify({ goal: { skillIds: [id] } })),
      });
    if (wanted('append-evidence'))
      endpoints['append-evidence'] = await loadTest({
        ...opts,
        path: '/api/evidence',
        method: 'POST',
        tokens: seeded.otherTokens,
        bodies: seeded.skillIds.map((id, i) =>
          JSON.stringify({ kind: 'reflection', title: `Bench note ${i}`, skills: [id] }),
        ),
      });
  } finally {
    const written = await writer.stop();
    log(
      `${store}: writer added ${written.posts} posts and ${written.evidence} entries (${written.errors} errors, import ${written.importMsAvg} ms on average, ${written.roundsPerSec} rounds/s)`,
    );
    await app.stop();
  }
  return { store, healthRps: endpoints.health?.rps ?? 0, endpoints };
}

async function main(): Promise<void> {
  const results = [];
  const dir = mkdtempSync(join(tmpdir(), 'skilltrace-bench-http-'));
  try {
    results.push(await benchStore('pglite', { SKILLTRACE_DATA_DIR: dir }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    const name = `skilltrace_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const u = new URL(pgUrl);
    u.pathname = `/${name}`;
    const pgDir = mkdtempSync(join(tmpdir(), 'skilltrace-bench-http-'));
    try {
      results.push(
        await benchStore('postgres', { DATABASE_URL: u.toString(), SKILLTRACE_DATA_DIR: pgDir }),
      );
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
      rmSync(pgDir, { recursive: true, force: true });
    }
  }
  if (json) process.stdout.write(`${JSON.stringify(results)}\n`);
  else process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

await main();
