import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from './open-store.ts';

/** Longest gap between ticks of a 5 ms timer while `work` runs. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(longest, performance.now() - last);
}

describe('embedded database on its own thread', () => {
  let dir: string;
  let store: Store;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'skilltrace-thread-'));
    store = await openStore({ kind: 'pglite', dataDir: dir, thread: true });
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs on a worker thread: no PGlite in this thread', () => {
    expect(store.kind).toBe('pglite');
    expect(store.pglite).toBeUndefined();
  });

  it('returns typed values intact (dates, bytes, integers, JSON)', async () => {
    const r = await sql<{ d: Date; b: Uint8Array; n: number; j: unknown; t: string | null }>`
      select '2025-01-02T03:04:05Z'::timestamptz as d, '\\x0102ff'::bytea as b,
             42::int4 as n, '{"a":[1,"x"]}'::jsonb as j, null::text as t`.execute(store.db);
    const row = r.rows[0];
    expect(row?.d).toBeInstanceOf(Date);
    expect(row?.d.toISOString()).toBe('2025-01-02T03:04:05.000Z');
    expect([...(row?.b ?? [])]).toEqual([1, 2, 255]);
    expect(row?.n).toBe(42);
    expect(row?.j).toEqual({ a: [1, 'x'] });
    expect(row?.t).toBeNull();
  });

  it('keeps database errors fields and rolls back failed transactions', async () => {
    await sql`create table thread_t (id int primary key, v text)`.execute(store.db);
    await sql`insert into thread_t values (1, 'a')`.execute(store.db);
    const dup = await sql`insert into thread_t values (1, 'b')`.execute(store.db).catch((e) => e);
    expect(dup).toBeInstanceOf(Error);
    expect(dup.code).toBe('23505');
    expect(dup.constraint).toBe('thread_t_pkey');
    await expect(
      store.transaction(async (tx) => {
        await sql`insert into thread_t values (2, 'c')`.execute(tx.db);
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    const n = await sql<{ n: number }>`select count(*)::int as n from thread_t`.execute(store.db);
    expect(n.rows[0]?.n).toBe(1);
    const upd = await store.db
      .updateTable('thread_t' as never)
      .set({ v: 'z' } as never)
      .executeTakeFirst();
    expect(Number(upd.numUpdatedRows)).toBe(1);
  });

  it('leaves the event loop running while a long statement executes', async () => {
    // Hundreds of ms of work inside the database; on this thread it would stall every timer
    // for the whole statement. Compared with the statement's own time (the machine may be busy).
    let ms = 0;
    const stall = await longestStall(async () => {
      const t0 = performance.now();
      await sql`select count(*) from generate_series(1, 5000000)`.execute(store.db);
      ms = performance.now() - t0;
    });
    expect(ms).toBeGreaterThan(200);
    expect(stall).toBeLessThan(ms / 3);
  });

  it('forwards notifications before the answer: stamps stay known until a change commits', async () => {
    await store.migrate();
    let asked = 0;
    const fetch = async () => `s${++asked}`;
    await store.stamps.read('someone', 'k', fetch);
    await store.stamps.read('someone', 'k', fetch);
    expect(asked).toBe(1);
    await sql`insert into instance_settings (key, value, updated_at)
      values ('thread-test', '1', now())`.execute(store.db);
    expect(await store.stamps.read('someone', 'k', fetch)).toBe('s2');
  }, 120_000);
});
