/**
 * `npm run bench:append [-- --procs=2 --seconds=15]`: evidence appends on PostgreSQL from
 * several app processes at once (`TEST_DATABASE_URL`, a fresh `bench_append_…` database,
 * dropped after). 40 people, 16 appends in flight per process, through `recordEvidence`; every
 * chain is verified afterwards. Prints appends/s in total, errors, client CPU per append (the
 * database server's CPU is not counted), the chains that verify and the machine's load.
 */
import { fork } from 'node:child_process';
import { loadavg } from 'node:os';
import pg from 'pg';
import { systemClock } from '../src/app.ts';
import { createUser } from '../src/domain/accounts/index.ts';
import { recordEvidence, verifyLedger } from '../src/domain/evidence/index.ts';
import { openStore } from '../src/store/open-store.ts';
import { makeTestApp } from '../test/test-app.ts';
import { numberArg } from './bench-args.ts';

const PEOPLE = 40;
const IN_FLIGHT = 16;
const SECONDS = numberArg('seconds', 15);
const PROCS = numberArg('procs', 2);

async function appOn(url: string) {
  const store = await openStore({ kind: 'postgres', url });
  const ids = { id: () => crypto.randomUUID(), token: () => crypto.randomUUID() };
  return { store, app: makeTestApp(store, { clock: systemClock, ids }) };
}

interface ChildResult {
  n: number;
  errors: number;
  cpuMs: number;
}

if (process.argv[2] === 'child') {
  const users = JSON.parse(process.argv[4] ?? '[]') as string[];
  const { app } = await appOn(process.argv[3] ?? '');
  const c0 = process.cpuUsage();
  const end = Date.now() + SECONDS * 1000;
  const r: ChildResult = { n: 0, errors: 0, cpuMs: 0 };
  let turn = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (Date.now() < end) {
        const user = users[turn++ % users.length] ?? '';
        try {
          await recordEvidence(app.ctx, user, {
            kind: 'reflection',
            title: `Reflection ${r.n}`,
            description: 'What I learned about pivot tables',
            skills: ['excel'],
          });
          r.n += 1;
        } catch (e) {
          r.errors += 1;
          if (r.errors < 3) process.stderr.write(`${(e as Error).message}\n`);
        }
      }
    }),
  );
  const c = process.cpuUsage(c0);
  r.cpuMs = (c.user + c.system) / 1000;
  process.send?.(r);
  await app.close();
  process.exit(0);
}

const base = process.env.TEST_DATABASE_URL;
if (!base)
  throw new Error('Set TEST_DATABASE_URL (a PostgreSQL server this may create databases on)');
const admin = new pg.Client({ connectionString: base });
await admin.connect();
const name = `bench_append_${Date.now().toString(36)}`;
await admin.query(`create database ${name}`);
const url = new URL(base);
url.pathname = `/${name}`;
try {
  const { store, app } = await appOn(url.toString());
  await store.migrate();
  const users: string[] = [];
  for (let k = 0; k < PEOPLE; k++) {
    const u = await createUser(app.ctx, {
      email: `append-${k}@example.com`,
      password: 'correct-horse-battery',
      name: 'Appender',
    });
    users.push(u.id);
  }
  // The signing key is made on first use, before the processes start.
  await recordEvidence(app.ctx, users[0] ?? '', {
    kind: 'reflection',
    title: 'First',
    description: 'First entry',
    skills: ['excel'],
  });
  const load = loadavg().map((l) => Number(l.toFixed(2)));
  const results = await Promise.all(
    Array.from(
      { length: PROCS },
      () =>
        new Promise<ChildResult>((resolve, reject) => {
          const child = fork(
            import.meta.filename,
            ['child', url.toString(), JSON.stringify(users), ...process.argv.slice(2)],
            { execArgv: process.execArgv },
          );
          child.once('message', (m) => resolve(m as ChildResult));
          child.once('error', reject);
        }),
    ),
  );
  const appends = results.reduce((a, r) => a + r.n, 0);
  let verified = 0;
  for (const id of users) if ((await verifyLedger(app.ctx, id)).ok) verified += 1;
  const out = {
    procs: PROCS,
    appends,
    perSec: Math.round(appends / SECONDS),
    errors: results.reduce((a, r) => a + r.errors, 0),
    cpuMsPerAppend: Number((results.reduce((a, r) => a + r.cpuMs, 0) / appends).toFixed(2)),
    chainsVerified: `${verified}/${users.length}`,
    load,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
  await app.close();
} finally {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
