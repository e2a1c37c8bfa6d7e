/**
 * `npm run bench:import [-- --rows=N --big=N --seconds=N --store=pglite|postgres --warmup=N --json --trace]`: how fast file imports are
 * written, and how the server answers while one runs. Bounded in time (each phase stops at
 * `--seconds`, default 120).
 *
 * 1. Real-sized rows: job ads built from the Tabiya hahu ads (title + description, ~2.6 KB
 *    each; three ads spliced per row so rows are distinct and not near-duplicates), one file
 *    of `--rows` (default 6,000: ~16 MB, under the 20 MB file limit), imported through the real
 *    HTTP server as a job, on the embedded store (a temporary data folder) and, when
 *    `TEST_DATABASE_URL` is set, on PostgreSQL (a fresh `h33_bench_…` database, dropped after).
 *    Reports rows/s from the upload to `done`, and the CPU per row of each busy thread of this
 *    process (main, import worker, V8's compiler and garbage-collector helpers; from /proc), so a
 *    run says where its time went. Then a second file of `--more` rows (default
 *    half of `--rows`, other ads) into the same account, now holding posts: its near-duplicate
 *    checks compare the account's posts, their band keys held in memory (up to 20 posts per
 *    row of the file) or asked of the database's index, and read the candidates' stored
 *    fingerprints.
 *    Then the store's write floor: the posts and skill rows that import stored, read back and
 *    written again into a fresh database of the same kind with the import's own insert
 *    statements (800 rows a transaction, its counting triggers set aside as an import's are),
 *    with no parsing, extraction or near-duplicate check: how fast that store takes these rows
 *    at all on this machine, the ceiling any import of them can reach. Reported beside the
 *    import's rows/s as `floorRowsPerSec`.
 * 2. Latency during a large import (embedded store): a `--big`-row file (default 50,000 short
 *    rows, the row limit) while autocannon drives `/api/ready` and a signed-in
 *    `GET /api/profile` (5 connections each); reports p50/p99/max and errors.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import pg from 'pg';
import { parseCsv } from '../src/domain/radar/importers/parse-csv.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import {
  insertPostRowParams,
  stageImportChunk,
  unpackBandKey,
} from '../src/store/repos/radar-post-rows.ts';
import type { NewRadarPost, NewRadarPostSkill } from '../src/store/repos/radar-types.ts';
import { numberArg } from './bench-args.ts';
import { serveForBench } from './serve-for-bench.ts';

const ROWS = numberArg('rows', 6000);
const BIG = numberArg('big', 50_000);
const MORE = numberArg('more', Math.floor(ROWS / 2));
/**
 * `--warmup=N`: first import N other rows on the same server, unmeasured, so the figures are
 * those of a server already running imports (code compiled, import workers started) rather
 * than of the first import after a start. Default 0 (the first import is measured).
 */
const WARMUP = numberArg('warmup', 0);
const SECONDS = numberArg('seconds', 120);
const JSON_OUT = process.argv.includes('--json');
/** How often the web app's import dialog asks for progress (`import-dialog.tsx`). */
const POLL_MS = 800;
/** `--trace`: each progress poll (seconds since the upload began, status, rows done) to stderr. */
const TRACE = process.argv.includes('--trace');
/** `--store=pglite` or `--store=postgres`: the real-sized run on that store only. */
const STORE = process.argv.find((a) => a.startsWith('--store='))?.slice(8);
const log = (s: string) => {
  if (!JSON_OUT) process.stdout.write(`${s}\n`);
};

const ADS = (() => {
  const file = join(import.meta.dirname, '../../shared/data/tabiya-hahu-jobs/hahu_dev.csv');
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const t = header?.indexOf('title') ?? 1;
  const d = header?.indexOf('description') ?? 2;
  return rows.filter((r) => r[d]).map((r) => ({ title: r[t] ?? '', text: r[d] ?? '' }));
})();

/** Row `i`: thirds of three different ads, a date, and a reference: distinct, ~2.6 KB. */
function realRow(i: number): { title: string; text: string; date: string } {
  // 32-bit arithmetic: a float product past 2^53 loses its low bits, and rows past ~3,000
  // came out as near-duplicates of earlier ones (the import then dropped half a 6k file).
  let x = Math.imul(i + 7, 2654435761) >>> 0;
  const pick = () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return ADS[(x >>> 8) % ADS.length]!;
  };
  const [a, b, c] = [pick(), pick(), pick()];
  const third = (s: string, k: number) => s.slice((s.length * k) / 3, (s.length * (k + 1)) / 3);
  return {
    title: `${a.title} (${i})`,
    text: `${third(a.text, 0)} ${third(b.text, 1)} ${third(c.text, 2)} Reference ${i}.`,
    date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
  };
}
/** A short row (the 50 k-row file must stay under 20 MB): 90 characters from each of three ads. */
function shortRow(i: number): { title: string; text: string; date: string } {
  let x = Math.imul(i + 11, 2246822519) >>> 0;
  const piece = () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const ad = ADS[(x >>> 4) % ADS.length]!.text;
    const at = (x >>> 8) % Math.max(1, ad.length - 90);
    return ad.slice(at, at + 90);
  };
  const r = realRow(i);
  return { ...r, text: `${piece()} ${piece()} ${piece()} Reference ${i}.` };
}

/**
 * CPU time (ms) of this machine's PostgreSQL server processes so far, from /proc (Linux; 0
 * elsewhere): with the app's own CPU it says what an import costs whatever the machine's load
 * (on this 2-core machine a run is CPU-bound, so rows/s alone moves with any other work).
 */
function localServerCpuMs(): number {
  let ms = 0;
  for (const { name, ms: used } of procCpuMs('/proc').values())
    if (name.startsWith('postgres')) ms += used;
  return ms;
}

/**
 * The name and CPU time (ms, user + system) of each process or thread listed in `dir` (`/proc`,
 * `/proc/self/task`), by id, from its `stat` file (Linux; none elsewhere). Entries that end while
 * read are left out.
 */
function procCpuMs(dir: string): Map<string, { name: string; ms: number }> {
  const out = new Map<string, { name: string; ms: number }>();
  let ids: string[];
  try {
    ids = readdirSync(dir).filter((id) => /^\d+$/.test(id));
  } catch {
    return out;
  }
  for (const id of ids) {
    try {
      const stat = readFileSync(`${dir}/${id}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const f = stat.slice(close + 2).split(' ');
      // USER_HZ is 100 on Linux: a tick is 10 ms.
      out.set(id, {
        name: stat.slice(stat.indexOf('(') + 1, close),
        ms: (Number(f[11]) + Number(f[12])) * 10,
      });
    } catch {
      // It ended meanwhile.
    }
  }
  return out;
}

/** CPU time (ms) of each thread of this process so far, by thread id. */
const threadCpuMs = () => procCpuMs('/proc/self/task');

/** The threads that used over 1% of the CPU between two readings, busiest first, as text. */
function threadSummary(before: ReturnType<typeof threadCpuMs>, rows: number): string {
  const after = threadCpuMs();
  const used = [...after].map(([tid, t]) => ({
    tid,
    name: t.name,
    ms: t.ms - (before.get(tid)?.ms ?? 0),
  }));
  const total = used.reduce((a, t) => a + t.ms, 0);
  return used
    .filter((t) => t.ms > total / 100)
    .sort((a, b) => b.ms - a.ms)
    .map((t) => `${t.name}#${t.tid} ${(t.ms / Math.max(1, rows)).toFixed(3)}`)
    .join(', ');
}

async function startServer(store: Store) {
  const server = await serveForBench(
    store,
    { email: 'bench@example.com', name: 'B' },
    { jobs: true },
  );
  const { base } = server;
  const headers = {
    cookie: server.cookie,
    'x-csrf-token': server.csrfToken,
    'content-type': 'application/json',
  };
  return {
    base,
    cookie: server.cookie,
    async importFile(rows: object[]) {
      const content = rows.map((r) => JSON.stringify(r)).join('\n');
      // The request body is the client's work, made before the clock starts (it runs in this
      // process, on the server's thread, as a browser's would not).
      const body = JSON.stringify({ format: 'jsonl', content });
      const started = performance.now();
      const startedWall = Date.now();
      // CPU of this process (all its threads: server, import workers, the embedded database).
      const cpu0 = process.cpuUsage();
      const threads0 = threadCpuMs();
      const server0 = localServerCpuMs();
      const res = await fetch(`${base}/api/radar/imports`, {
        method: 'POST',
        headers,
        body,
      });
      const rec = (await res.json()) as { id: string; status: string };
      const uploadSeconds = (performance.now() - started) / 1000;
      if (res.status >= 300 && res.status !== 202) throw new Error(JSON.stringify(rec));
      const deadline = started + SECONDS * 1000;
      let last = rec as {
        status: string;
        processed?: number;
        added?: number;
        finishedAt?: string | null;
      };
      while (last.status === 'queued' || last.status === 'running') {
        if (performance.now() > deadline) break;
        // Polled as the web app's import dialog does (every 800 ms; `--trace`: every 20 ms). The
        // run is timed to the server's own `finishedAt`, so neither the poll's delay nor the
        // cost of answering polls far more often than a browser would is counted.
        await new Promise((r) => setTimeout(r, TRACE ? 20 : POLL_MS));
        last = (await (await fetch(`${base}/api/radar/imports/${rec.id}`, { headers })).json()) as {
          status: string;
        };
        if (TRACE)
          process.stderr.write(
            `${((performance.now() - started) / 1000).toFixed(2)} ${last.status} ${last.processed}\n`,
          );
      }
      // Same machine, same clock: the upload's start (wall time) to the server's finish.
      const finished = last.finishedAt ? Date.parse(last.finishedAt) : Number.NaN;
      const seconds = Number.isFinite(finished)
        ? (finished - startedWall) / 1000
        : (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpu0);
      const threads = threadSummary(threads0, last.processed ?? 0);
      const cpuMsPerRow = (cpu.user + cpu.system) / 1000 / Math.max(1, last.processed ?? 0);
      const serverCpu = localServerCpuMs() - server0;
      return {
        serverCpuMsPerRow: Math.round((serverCpu / Math.max(1, last.processed ?? 0)) * 1000) / 1000,
        ...last,
        seconds,
        uploadSeconds: Math.round(uploadSeconds * 100) / 100,
        rowsPerSec: Math.round((last.processed ?? 0) / seconds),
        cpuMsPerRow: Math.round(cpuMsPerRow * 1000) / 1000,
        /** CPU ms per row of each busy thread of this process (name#id). */
        threads,
      };
    },
    close: server.close,
  };
}

const results: Record<string, unknown> = { machineLoad: (await import('node:os')).loadavg() };

/**
 * The write floor (see the header): every post and skill row of `from` written again into
 * `to` (fresh, migrated) with the import's insert statements; rows/s and this process's CPU per
 * row.
 */
async function writeFloor(from: Store, to: Store) {
  const posts = await sql<Record<string, unknown>>`select * from radar_posts order by id`.execute(
    from.db,
  );
  const skills = await sql<NewRadarPostSkill>`select post_id, user_id, skill_id, source, posted_at,
      confidence from radar_post_skills order by post_id`.execute(from.db);
  const userId = String(posts.rows[0]?.user_id ?? 'none');
  const now = new Date();
  await sql`insert into users (id, email, name, password_hash, created_at, updated_at)
    values (${userId}, 'floor@example.com', 'Floor', 'x', ${now}, ${now})`.execute(to.db);
  const rows: NewRadarPost[] = posts.rows.map((p) => ({
    ...(p as unknown as NewRadarPost),
    import_id: null,
    bands: ((p.band_keys as (number | string)[]) ?? []).map((k) => unpackBandKey(Number(k))),
  }));
  const byPost = new Map<string, NewRadarPostSkill[]>();
  for (const k of skills.rows) byPost.set(k.post_id, [...(byPost.get(k.post_id) ?? []), k]);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < rows.length; i += 800) {
    const part = rows.slice(i, i + 800);
    const staged = stageImportChunk(
      part,
      part.flatMap((p) => byPost.get(p.id) ?? []),
    );
    await to.db.transaction().execute(async (tx) => {
      await sql`select set_config('skilltrace.import_staging', 'on', true)`.execute(tx);
      await insertPostRowParams(tx, staged.rows);
    });
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return {
    rows: rows.length,
    skillRows: skills.rows.length,
    floorRowsPerSec: Math.round(rows.length / seconds),
    floorCpuMsPerRow:
      Math.round(((cpu.user + cpu.system) / 1000 / Math.max(1, rows.length)) * 1000) / 1000,
  };
}
const floorLine = (label: string, f: Awaited<ReturnType<typeof writeFloor>>, importRate: number) =>
  `  ${label} write floor: ${f.rows} posts and ${f.skillRows} skill rows written again with the import's statements alone = ${f.floorRowsPerSec} rows/s (${f.floorCpuMsPerRow} ms CPU/row here); the import reached ${Math.round((importRate / Math.max(1, f.floorRowsPerSec)) * 100)} % of it`;

// 1. Real-sized rows on each store.
const real = Array.from({ length: ROWS }, (_, i) => realRow(i));
// Other splices than the first file's rows: nearly all are added (a few are near-duplicates).
const more = Array.from({ length: MORE }, (_, i) => realRow(1_000_000 + i));
type Started = Awaited<ReturnType<typeof startServer>>;
/** The unmeasured warm-up import (`--warmup`), of rows neither measured file holds. */
async function warmUp(s: Started) {
  if (WARMUP <= 0) return;
  const r = await s.importFile(Array.from({ length: WARMUP }, (_, i) => realRow(2_000_000 + i)));
  log(`  warm-up: ${r.processed} rows in ${r.seconds.toFixed(1)} s (not counted)`);
}
/** The second file, into the account the first one filled. */
async function importMore(s: Started, label: string) {
  if (MORE <= 0) return undefined;
  const r = await s.importFile(more);
  log(
    `${label}, into an account of ${ROWS} posts: ${r.status}, ${r.processed} rows (${r.added} added) in ${r.seconds.toFixed(1)} s = ${r.rowsPerSec} rows/s, ${r.cpuMsPerRow} ms CPU/row${label === 'postgres' ? ` + ${r.serverCpuMsPerRow} ms (PostgreSQL)` : ''}`,
  );
  return r;
}
const bytes = Buffer.byteLength(real.map((r) => JSON.stringify(r)).join('\n'));
log(
  `real-sized file: ${ROWS} rows, ${(bytes / 1e6).toFixed(1)} MB, ${Math.round(bytes / ROWS)} B/row`,
);
const dir = mkdtempSync(join(tmpdir(), 'h33-bench-import-'));
if (ROWS > 0 && STORE !== 'postgres') {
  const store = await openStore({ kind: 'pglite', dataDir: join(dir, 'real') });
  await store.migrate();
  const s = await startServer(store);
  await warmUp(s);
  const r = await s.importFile(real);
  log(
    `embedded: ${r.status}, ${r.processed} rows (${r.added} added) in ${r.seconds.toFixed(1)} s (upload ${r.uploadSeconds} s) = ${r.rowsPerSec} rows/s, ${r.cpuMsPerRow} ms CPU/row (this process, all threads)`,
  );
  log(`  CPU ms/row by thread: ${r.threads}`);
  const fresh = await openStore({ kind: 'pglite', dataDir: join(dir, 'floor') });
  await fresh.migrate();
  const floor = await writeFloor(store, fresh);
  await fresh.close();
  log(floorLine('embedded', floor, r.rowsPerSec));
  results.pglite = { ...r, ...floor };
  results.pgliteIntoExisting = await importMore(s, 'embedded');
  await s.close();
}
const pgUrl = process.env.TEST_DATABASE_URL;
if (pgUrl && ROWS > 0 && STORE !== 'pglite') {
  const name = `h33_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const u = new URL(pgUrl);
  u.pathname = `/${name}`;
  try {
    const store = await openStore({ kind: 'postgres', url: u.toString() });
    await store.migrate();
    const s = await startServer(store);
    await warmUp(s);
    const r = await s.importFile(real);
    log(
      `postgres: ${r.status}, ${r.processed} rows (${r.added} added) in ${r.seconds.toFixed(1)} s (upload ${r.uploadSeconds} s) = ${r.rowsPerSec} rows/s, ${r.cpuMsPerRow} ms CPU/row (this process, all threads) + ${r.serverCpuMsPerRow} ms (this machine's PostgreSQL processes)`,
    );
    log(`  CPU ms/row by thread: ${r.threads}`);
    await admin.query(`create database ${name}_floor`);
    u.pathname = `/${name}_floor`;
    const fresh = await openStore({ kind: 'postgres', url: u.toString() });
    await fresh.migrate();
    const floor = await writeFloor(store, fresh);
    await fresh.close();
    log(floorLine('postgres', floor, r.rowsPerSec));
    results.postgres = { ...r, ...floor };
    results.postgresIntoExisting = await importMore(s, 'postgres');
    await s.close();
  } finally {
    await admin.query(`drop database if exists ${name}_floor with (force)`);
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

// 2. Latency of /api/ready and a signed-in /api/profile during a 50 k-row embedded import.
if (BIG > 0) {
  const store = await openStore({ kind: 'pglite', dataDir: join(dir, 'big') });
  await store.migrate();
  const s = await startServer(store);
  const big = Array.from({ length: BIG }, (_, i) => shortRow(i));
  const importing = s.importFile(big);
  type Result = {
    requests: { total: number };
    errors: number;
    non2xx: number;
    latency: { p50: number; p99: number; max: number };
  };
  // Driven while the import runs (stopped when it ends), 5 connections per route.
  const stops: (() => void)[] = [];
  const drive = (path: string, headers: Record<string, string>) =>
    new Promise<Result>((resolve, reject) => {
      const inst = autocannon(
        { url: `${s.base}${path}`, connections: 5, duration: SECONDS, headers },
        (err, r) => (err ? reject(err) : resolve(r as unknown as Result)),
      );
      stops.push(() => inst.stop());
    });
  const running = Promise.all([
    drive('/api/ready', {}),
    drive('/api/profile', { cookie: s.cookie }),
  ]);
  const imp = await importing;
  for (const stop of stops) stop();
  const [ready, profile] = await running;
  const summary = (r: Result) => ({
    requests: r.requests.total,
    errors: r.errors,
    non2xx: r.non2xx,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    maxMs: r.latency.max,
  });
  results.during = {
    import: imp,
    ready: summary(ready),
    profile: summary(profile),
  };
  log(
    `during a ${BIG}-row import (${imp.status}, ${imp.processed} rows, ${imp.rowsPerSec} rows/s): /api/ready p99 ${ready.latency.p99} ms (max ${ready.latency.max}), /api/profile p99 ${profile.latency.p99} ms (max ${profile.latency.max}), errors ${ready.errors + profile.errors}`,
  );
  await s.close();
}
rmSync(dir, { recursive: true, force: true });
if (JSON_OUT) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
