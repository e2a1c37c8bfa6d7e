/**
 * `npm run bench:peers [-- --profiles=N --queries=N --json]`: peer matches through the API at
 * scale. Seeds `--profiles` opted-in people (default 100,000; synthetic, from the taxonomy's
 * roles, see `syntheticPeers`) straight into the store, signs up one more person, and asks
 * `GET /api/peers/matches` for them `--queries` times (default 200) through the app's whole
 * HTTP stack (auth, pool fingerprint, matcher, names). Reports p50/p95 per store: the embedded
 * store always, PostgreSQL too when `TEST_DATABASE_URL` is set (a fresh database, dropped
 * after). The first call, which builds the pool, is reported apart (`firstMs`), and so is a
 * call right after someone changed their profile (`afterChangeMs`: the pool is rebuilt).
 * With `--json`, prints one JSON array: `[{ store, profiles, firstMs, p50Ms, p95Ms, afterChangeMs }]`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { systemClock } from '../src/app.ts';
import { syntheticPeers } from '../src/domain/peers/matcher/synthetic-profiles.ts';
import { getTaxonomy } from '../src/domain/radar/index.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { makeTestApp, TestAgent } from '../test/test-app.ts';
import { numberArg, percentile } from './bench-args.ts';

const PROFILES = numberArg('profiles', 100_000);
const QUERIES = numberArg('queries', 200);
const JSON_OUT = process.argv.includes('--json');
const log = (s: string) => {
  if (!JSON_OUT) process.stderr.write(`${s}\n`);
};
const round = (v: number) => Math.round(v * 10) / 10;

interface Result {
  store: 'pglite' | 'postgres';
  profiles: number;
  seedSeconds: number;
  firstMs: number;
  p50Ms: number;
  p95Ms: number;
  afterChangeMs: number;
  /** Median time of the pool-fingerprint query alone. */
  signatureMs: number;
}

/** Users, account profiles (self-rated skills, target roles) and opted-in peer profiles. */
async function seed(store: Store, n: number): Promise<void> {
  const t = getTaxonomy();
  const people = syntheticPeers(n, t.roles, t.skills, 2026);
  const BATCH = 2_000;
  const now = new Date().toISOString();
  for (let i = 0; i < people.length; i += BATCH) {
    const part = people.slice(i, i + BATCH);
    const users = part.map((_p, k) => ({
      id: `peer-${i + k}`,
      email: `peer-${i + k}@bench.test`,
      name: `Peer ${i + k}`,
    }));
    const profiles = part.map((p, k) => ({
      user_id: `peer-${i + k}`,
      data: {
        skills: [...p.teach].map(([skillId, w]) => ({
          skillId,
          level: Math.max(1, Math.min(5, Math.round(w * 10))),
        })),
        targetRoles: p.targetRoles,
      },
    }));
    const peerRows = part.map((p, k) => ({
      user_id: `peer-${i + k}`,
      wants: [...p.learn.keys()].slice(0, 5),
      niches: p.niches,
      segments: p.segments,
    }));
    await store.db.transaction().execute(async (trx) => {
      await sql`insert into users (id, email, name, password_hash, role, is_demo, created_at, updated_at)
        select x.id, x.email, x.name, 'bench-no-login', 'member', false, ${now}::timestamptz, ${now}::timestamptz
        from jsonb_to_recordset(${JSON.stringify(users)}::jsonb) as x(id text, email text, name text)`.execute(
        trx,
      );
      await sql`insert into profiles (user_id, headline, data, visibility, updated_at)
        select x.user_id, '', x.data, 'private', ${now}::timestamptz
        from jsonb_to_recordset(${JSON.stringify(profiles)}::jsonb) as x(user_id text, data jsonb)`.execute(
        trx,
      );
      await sql`insert into peer_profiles (user_id, opted_in, accepting_questions, weekly_question_limit,
          wants, niches, segments, platforms, visibility, revision, created_at, updated_at)
        select x.user_id, true, true, 3, x.wants, x.niches, x.segments, null, '{}'::jsonb, 1,
          ${now}::timestamptz, ${now}::timestamptz
        from jsonb_to_recordset(${JSON.stringify(peerRows)}::jsonb)
          as x(user_id text, wants jsonb, niches jsonb, segments jsonb)`.execute(trx);
    });
    if ((i / BATCH) % 10 === 0) log(`seeded ${i + part.length} / ${n}`);
  }
}

async function run(kind: 'pglite' | 'postgres', store: Store): Promise<Result> {
  await store.migrate();
  const t0 = performance.now();
  await seed(store, PROFILES);
  const seedSeconds = (performance.now() - t0) / 1000;
  const app = makeTestApp(store, { clock: systemClock, config: { scryptLog2N: 10 } });
  try {
    const agent = new TestAgent(app);
    await agent.signUp('bench-peer@example.com', 'Bench');
    const t = getTaxonomy();
    const role = t.roles[0];
    const put = async (path: string, body: unknown) => {
      const res = await agent.req('PUT', path, body);
      if (res.status !== 200)
        throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    };
    await put('/api/profile', {
      skills: (role?.core ?? []).slice(0, 4).map((skillId) => ({ skillId, level: 3 })),
      targetRoles: t.roles[1] ? [t.roles[1].id] : [],
    });
    await put('/api/peers/profile', { optedIn: true, niches: ['saas'], segments: ['startups'] });
    const call = async () => {
      const s = performance.now();
      const res = await agent.req('GET', '/api/peers/matches');
      if (res.status !== 200)
        throw new Error(`matches answered ${res.status}: ${await res.text()}`);
      await res.arrayBuffer();
      return performance.now() - s;
    };
    const firstMs = await call();
    const times: number[] = [];
    for (let i = 0; i < QUERIES; i++) times.push(await call());
    // Someone else changes their profile: the next call sees it (the pool is rebuilt).
    await store.db
      .updateTable('peer_profiles')
      .set({ niches: JSON.stringify(['saas']) })
      .where('user_id', '=', 'peer-1')
      .execute();
    const afterChangeMs = await call();
    // What each call pays to know whether the pool is current.
    const sig: number[] = [];
    for (let i = 0; i < 20; i++) {
      const s = performance.now();
      await store.peers.matchSignature();
      sig.push(performance.now() - s);
    }
    const r: Result = {
      store: kind,
      profiles: PROFILES,
      seedSeconds: round(seedSeconds),
      firstMs: round(firstMs),
      p50Ms: round(percentile(times, 50)),
      p95Ms: round(percentile(times, 95)),
      afterChangeMs: round(afterChangeMs),
      signatureMs: round(percentile(sig, 50)),
    };
    log(JSON.stringify(r));
    return r;
  } finally {
    await app.close();
  }
}

const results: Result[] = [];
const dir = mkdtempSync(join(tmpdir(), 'skilltrace-peers-'));
try {
  results.push(await run('pglite', await openStore({ kind: 'pglite', dataDir: join(dir, 'db') })));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const pgUrl = process.env.TEST_DATABASE_URL;
if (pgUrl) {
  const name = `bench_peers_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  try {
    const u = new URL(pgUrl);
    u.pathname = `/${name}`;
    results.push(await run('postgres', await openStore({ kind: 'postgres', url: u.toString() })));
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
if (JSON_OUT) process.stdout.write(`${JSON.stringify(results)}\n`);
