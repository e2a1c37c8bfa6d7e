import '../../test/no-internet.ts';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makeTestApp } from '../../test/test-app.ts';
import { makeTestStore, STORE_KINDS } from '../../test/test-store.ts';
import type { App } from '../app.ts';
import { guardedRequest } from '../net/guarded-fetch.ts';
import { withSessionLock } from '../store/session-lock.ts';
import { createLocalJobSystem } from './local-job-system.ts';
import { createPgBossJobSystem } from './pg-boss-job-system.ts';
import { registerJobs } from './register-jobs.ts';

let app: App;
let hanging: Server;
let hangUrl: string;

beforeAll(async () => {
  app = makeTestApp(await makeTestStore());
  // Answers the head, then drips a byte a second forever: a job stuck in outbound work.
  hanging = createServer((_req, res) => {
    res.writeHead(200);
    const t = setInterval(() => res.write('x'), 1000);
    res.on('close', () => clearInterval(t));
  });
  await new Promise<void>((r) => hanging.listen(0, '127.0.0.1', r));
  hangUrl = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  hanging.closeAllConnections();
  hanging.close();
  await app.close();
});

describe('job system start and stop', () => {
  it('stops in under 5 s while a job is stuck in outbound work (the work is cancelled)', async () => {
    const jobs = createLocalJobSystem(app.ctx.store, {
      newId: () => randomBytes(8).toString('hex'),
      pollMs: 50,
    });
    let entered!: () => void;
    const inJob = new Promise<void>((r) => {
      entered = r;
    });
    jobs.register('test.slow', async (ctx) => {
      entered();
      await guardedRequest(hangUrl, {
        allowPrivate: true,
        timeoutMs: 60_000,
        deadlineMs: 60_000,
        ...(ctx.signal ? { signal: ctx.signal } : {}),
      });
    });
    await jobs.start(app.ctx);
    await jobs.enqueue('test.slow', {});
    await inJob;
    const started = Date.now();
    await jobs.stop();
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it.skipIf(!STORE_KINDS.includes('postgres'))(
    'starts two processes at once on a fresh PostgreSQL database cleanly, 10 of 10 times',
    { timeout: 600_000 },
    async () => {
      const url = inject('pgUrl')!;
      let clean = 0;
      for (let trial = 0; trial < 10; trial++) {
        const name = `skilltrace_boss_${randomBytes(6).toString('hex')}`;
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        await admin.query(`create database ${name}`);
        const u = new URL(url);
        u.pathname = `/${name}`;
        // As app.ts wires it: setup under a PostgreSQL advisory lock.
        const lock = <T>(fn: () => Promise<T>) =>
          withSessionLock(u.toString(), 'skilltrace:pg-boss-setup', fn);
        const a = createPgBossJobSystem(u.toString(), lock);
        const b = createPgBossJobSystem(u.toString(), lock);
        registerJobs(a);
        registerJobs(b);
        try {
          const r = await Promise.allSettled([a.start(app.ctx), b.start(app.ctx)]);
          if (r.every((x) => x.status === 'fulfilled')) clean++;
          else
            console.log(
              r
                .filter((x) => x.status === 'rejected')
                .map((x) => String((x as PromiseRejectedResult).reason)),
            );
        } finally {
          await Promise.allSettled([a.stop(), b.stop()]);
          await admin.query(`drop database if exists ${name} with (force)`);
          await admin.end();
        }
      }
      expect(clean).toBe(10);
    },
  );
});
