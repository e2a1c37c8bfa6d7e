import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countQueries } from '../../../../test/count-queries.ts';
import { insertTestUser } from '../../../../test/insert-user.ts';
import { makeTestApp } from '../../../../test/test-app.ts';
import { makeTestStore, STORE_KINDS } from '../../../../test/test-store.ts';
import type { App } from '../../../app.ts';
import { prepareChunk } from './add-posts.ts';
import {
  IMPORT_CHUNK_ROWS,
  importPosts,
  resumeImports,
  runImport,
  SYNC_IMPORT_ROWS,
} from './import-posts.ts';

/** At least three chunks and more rows than an import writes before answering. */
const QUEUED_ROWS = Math.max(3 * IMPORT_CHUNK_ROWS, SYNC_IMPORT_ROWS);

const WORDS =
  'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu amber birch cedar dune ember fjord grove heath isle jade kelp loch moss'.split(
    ' ',
  );
const SKILLS = ['Power BI dashboards', 'SQL queries', 'Python scripts', 'Tableau reports'];

/** A post text of its own (random words, so no two are near-duplicates) naming one skill. */
function text(i: number): string {
  let x = (i + 1) * 2654435761;
  const words: string[] = [];
  for (let k = 0; k < 40; k++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    words.push(WORDS[x % WORDS.length] ?? 'x');
  }
  return `Post ${i}: we need ${SKILLS[i % SKILLS.length]} for ${words.join(' ')}.`;
}
/** Like `text`, with 32-bit arithmetic: distinct for any `i` (the float one repeats past ~2^53). */
function text32(i: number): string {
  let x = Math.imul(i + 1, 2654435761) >>> 0;
  const words: string[] = [];
  for (let k = 0; k < 40; k++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    words.push(WORDS[(x >>> 8) % WORDS.length] ?? 'x');
  }
  return `Post ${i}: we need ${SKILLS[i % SKILLS.length]} for ${words.join(' ')}.`;
}
const jsonl = (from: number, n: number, date = true) =>
  Array.from({ length: n }, (_, k) =>
    JSON.stringify({
      title: `Job ${from + k}`,
      text: text(from + k),
      ...(date ? { date: `2026-0${1 + ((from + k) % 3)}-15` } : {}),
    }),
  ).join('\n');

describe.each(STORE_KINDS)('imports as jobs (%s)', (kind) => {
  let app: App;
  let userId: string;
  const db = () => app.ctx.store.db;
  const postsOf = async (importId: string) =>
    Number(
      (
        await db()
          .selectFrom('radar_posts')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('import_id', '=', importId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const counted = async () =>
    Number(
      (
        await sql<{ n: number | null }>`select coalesce(sum(n), 0) as n from radar_month_counts
          where user_id = ${userId} and skill_id = ''`.execute(db())
      ).rows[0]?.n ?? 0,
    );
  /** Domain and occupation facets as kept by the read model, and as scanning the rows says. */
  const facets = async () => {
    const kept = await sql<{ f: string; m: string; n: number }>`
      select facet as f, month as m, sum(n)::int as n from radar_month_facets
      where user_id = ${userId} group by 1, 2 order by 1, 2`.execute(db());
    const scanned = await sql<{ f: string; m: string; n: number }>`
      select f, m, count(*)::int as n from (
        select distinct p.id, 'domain:' || radar_skill_domain(s.skill_id) as f, radar_month_of(p.posted_at) as m
        from radar_post_skills s join radar_posts p on p.id = s.post_id
        where p.user_id = ${userId} and (p.import_id is null or p.import_id not in (select id from radar_imports where status <> 'done'))
        union all
        select distinct p.id, 'occupation:' || p.occupation, radar_month_of(p.posted_at)
        from radar_posts p where p.user_id = ${userId} and p.occupation is not null
          and (p.import_id is null or p.import_id not in (select id from radar_imports where status <> 'done'))) k
      group by 1, 2 order by 1, 2`.execute(db());
    return { kept: kept.rows, scanned: scanned.rows };
  };
  const visible = async () =>
    (await app.ctx.store.radar.listPosts(userId, { limit: 1, offset: 0 })).total;

  beforeAll(async () => {
    app = makeTestApp(await makeTestStore(kind));
    userId = app.ctx.ids.id();
    await insertTestUser(app.ctx.store, userId, `imports-${kind}`);
  });
  afterAll(() => app.close());

  it('queues a large file, writes it in chunks hidden until done, and resumes after a stop', async () => {
    const rows = QUEUED_ROWS + 20;
    const rec = await importPosts(
      app.ctx,
      userId,
      { format: 'jsonl', content: jsonl(0, rows) },
      { background: true },
    );
    expect(rec).toMatchObject({ status: 'queued', total: rows, processed: 0, added: 0 });
    // Two chunks written, then the process "stops" (as a shutdown or a crash between chunks).
    const stop = new AbortController();
    let chunks = 0;
    const status = await runImport({ ...app.ctx, signal: stop.signal }, rec.id, {
      onProgress: () => {
        if (++chunks === 2) stop.abort();
      },
    });
    expect(status).toBe('running');
    expect(await postsOf(rec.id)).toBe(2 * IMPORT_CHUNK_ROWS);
    const mid = await app.ctx.store.radar.findImport(userId, rec.id);
    expect(mid).toMatchObject({ status: 'running', processed: 2 * IMPORT_CHUNK_ROWS });
    // Hidden from every read while running: the list, one post, and the read model.
    expect(await visible()).toBe(0);
    const somePost = await db()
      .selectFrom('radar_posts')
      .select('id')
      .where('import_id', '=', rec.id)
      .executeTakeFirstOrThrow();
    expect(await app.ctx.store.radar.findPost(userId, somePost.id)).toBeUndefined();
    expect(await counted()).toBe(0);
    expect((await facets()).kept).toEqual([]);
    // "Restart": the unfinished import is queued again and resumes after its last chunk.
    expect(await resumeImports(app.ctx)).toEqual([rec.id]);
    expect(await runImport(app.ctx, rec.id)).toBe('done');
    const done = await app.ctx.store.radar.findImport(userId, rec.id);
    expect(done).toMatchObject({ status: 'done', processed: rows, added: rows, duplicates: 0 });
    expect(await postsOf(rec.id)).toBe(rows);
    expect(await visible()).toBe(rows);
    expect(await counted()).toBe(rows);
    const published = await facets();
    expect(published.kept).toEqual(published.scanned);
    expect(published.kept.length).toBeGreaterThan(0);
    // Nothing is left held or staged.
    const left = await sql<{
      n: number;
    }>`select (select count(*) from radar_import_chunks where import_id = ${rec.id})
      + (select count(*) from radar_import_counts where import_id = ${rec.id}) as n`.execute(db());
    expect(Number(left.rows[0]?.n)).toBe(0);
  });

  it('removes every row of an import that fails part way, leaving the read model as it was', async () => {
    const before = { visible: await visible(), counted: await counted() };
    const rec = await importPosts(
      app.ctx,
      userId,
      { format: 'jsonl', content: jsonl(10_000, QUEUED_ROWS + 5) },
      { background: true },
    );
    expect(rec.status).toBe('queued');
    // The third chunk is unreadable: the first two are written, then the import fails.
    await db()
      .updateTable('radar_import_chunks')
      .set({ rows: 'not json' })
      .where('import_id', '=', rec.id)
      .where('seq', '=', 2)
      .execute();
    expect(await runImport(app.ctx, rec.id)).toBe('failed');
    expect(await postsOf(rec.id)).toBe(0);
    expect(await visible()).toBe(before.visible);
    expect(await counted()).toBe(before.counted);
    const after = await facets();
    expect(after.kept).toEqual(after.scanned);
    const failed = await app.ctx.store.radar.findImport(userId, rec.id);
    expect(failed?.status).toBe('failed');
    expect(JSON.stringify(failed?.errors)).toContain('the import stopped');
  });

  it('imports a file without dates with a warning, dates it by defaultDate, and names near-duplicates', async () => {
    const undated = await importPosts(app.ctx, userId, {
      format: 'jsonl',
      content: jsonl(20_000, 3, false),
    });
    expect(undated.status).toBe('done');
    expect(undated.added).toBe(3);
    expect(undated.warnings).toEqual([expect.stringContaining('no date column')]);
    expect(undated.warnings[0]).toContain('defaultDate');
    const base = text(30_000);
    const dated = await importPosts(app.ctx, userId, {
      format: 'json',
      content: JSON.stringify([
        { title: 'A', text: base },
        { title: 'B', text: `${base} Thanks a lot!` },
      ]),
      defaultDate: '2025-11-03',
    });
    expect(dated).toMatchObject({ added: 1, nearDuplicates: 1 });
    expect(dated.warnings[0]).toContain('2025-11-03');
    const kept = await db()
      .selectFrom('radar_posts')
      .selectAll()
      .where('user_id', '=', userId)
      .where('title', '=', 'A')
      .executeTakeFirst();
    expect(kept?.posted_at.toISOString()).toBe('2025-11-03T00:00:00.000Z');
    expect(dated.nearDuplicateRows).toEqual([{ row: 2, duplicateOf: kept?.id, sameAsRow: 1 }]);
    expect(dated.duplicateRows).toEqual([]);
    // Exact duplicates are named by row too: of a row of the same file, of a post stored before.
    const again = await importPosts(app.ctx, userId, {
      format: 'json',
      content: JSON.stringify([
        { title: 'C', text: text(70_000) },
        { title: 'C again', text: text(70_000) },
        { title: 'A again', text: base },
      ]),
      defaultDate: '2025-11-04',
    });
    expect(again).toMatchObject({ added: 1, duplicates: 2 });
    const c = await db()
      .selectFrom('radar_posts')
      .select('id')
      .where('user_id', '=', userId)
      .where('title', '=', 'C')
      .executeTakeFirst();
    expect(again.duplicateRows).toEqual([
      // A row of the same file is named by its row; a post stored before by the post.
      { row: 2, duplicateOf: c?.id, sameAsRow: 1 },
      { row: 3, duplicateOf: kept?.id },
    ]);
    // The first 1,000 are named, however the chunks fall.
    const many = await importPosts(app.ctx, userId, {
      format: 'jsonl',
      content: Array.from({ length: 1_150 }, () =>
        JSON.stringify({ title: 'Same', text: text(80_000) }),
      ).join('\n'),
      defaultDate: '2025-11-05',
    });
    expect(many).toMatchObject({ added: 1, duplicates: 1_149 });
    expect(many.duplicateRows).toHaveLength(1_000);
    expect(many.duplicateRows[999]).toMatchObject({ row: 1_001 });
    // A resumed import knows the rows of its own run only: an earlier run's row is still said
    // to be of this file, never "already in your radar".
    // Over the 500 rows an import writes in the request, so a job writes it (and stops).
    const rows = Array.from({ length: 620 }, (_, k) => ({
      title: `R${k}`,
      text: text(90_000 + k),
      date: '2025-10-01',
    }));
    rows[580] = { ...rows[580]!, text: rows[3]!.text };
    const held = await importPosts(
      app.ctx,
      userId,
      { format: 'jsonl', content: rows.map((r) => JSON.stringify(r)).join('\n') },
      { background: true },
    );
    const halt = new AbortController();
    const first = await runImport({ ...app.ctx, signal: halt.signal }, held.id, {
      onProgress: (p) => {
        if (p >= 200) halt.abort();
      },
    });
    expect(first).toBe('running');
    expect(await runImport(app.ctx, held.id)).toBe('done');
    const resumed = await app.ctx.store.radar.findImport(userId, held.id);
    expect(resumed?.duplicate_rows).toEqual([
      { row: 581, duplicateOf: expect.any(String), earlierInFile: true },
    ]);
    const withColumn = await importPosts(app.ctx, userId, {
      format: 'csv',
      content: `body,seen\n"${text(40_000)}",2025-07-09\n`,
      dateColumn: 'seen',
    });
    expect(withColumn).toMatchObject({ added: 1, warnings: [] });
  });

  it('reads a client-history file’s status column: only delivered work is stored as delivered', async () => {
    const history = await importPosts(app.ctx, userId, {
      format: 'csv',
      source: 'client',
      content: [
        'client,request,date,status',
        `Acme,"${text(50_000)}",2025-10-01,delivered`,
        `Beta,"${text(50_001)}",2025-10-02,Declined`,
        `Gamma,"${text(50_002)}",2025-10-03,not-delivered`,
        `Delta,"${text(50_003)}",2025-10-04,`,
        `Echo,"${text(50_004)}",2025-10-05,maybe`,
      ].join('\n'),
    });
    expect(history).toMatchObject({ added: 4 });
    expect(history.errors).toEqual([
      expect.objectContaining({
        row: 5,
        field: 'status',
        message: expect.stringContaining('"maybe" is not a status'),
      }),
    ]);
    expect(history.warnings).toEqual([
      expect.stringContaining('1 request had no status in column "status"'),
    ]);
    const rows = await db()
      .selectFrom('radar_posts')
      .select(['client', 'delivery'])
      .where('user_id', '=', userId)
      .where('source', '=', 'client')
      .orderBy('client')
      .execute();
    expect(rows).toEqual([
      { client: 'Acme', delivery: 'delivered' },
      { client: 'Beta', delivery: 'declined' },
      { client: 'Delta', delivery: null },
      { client: 'Gamma', delivery: 'not_delivered' },
    ]);
    // Without a status column every request counts as delivered, and the import says so.
    const plain = await importPosts(app.ctx, userId, {
      format: 'csv',
      source: 'client',
      content: `client,request,date\nZeta,"${text(50_010)}",2025-10-06\n`,
    });
    expect(plain.warnings).toEqual([expect.stringContaining('no status column')]);
    // A job post's status ("Expired") is not a delivery and is not read.
    const posts = await importPosts(app.ctx, userId, {
      format: 'csv',
      content: `title,description,date,status\nAnalyst,"${text(50_020)}",2025-10-07,Expired\n`,
    });
    expect(posts).toMatchObject({ added: 1, errors: [], warnings: [] });
  });

  it('writes a chunk without per-row key checks but checks keys again right after', async () => {
    const rec = await importPosts(
      app.ctx,
      userId,
      { format: 'jsonl', content: jsonl(50_000, SYNC_IMPORT_ROWS + 1) },
      { background: true },
    );
    const chunk = await app.ctx.store.radar.nextImportChunk(rec.id);
    if (!chunk) throw new Error('no chunk held');
    const refused = app.ctx.store.transaction(async (tx) => {
      const staged = tx.radar.stageImportChunk([], []);
      const outcome = {
        processed: 0,
        added: 0,
        duplicates: 0,
        nearDuplicates: 0,
        nearRows: [],
        duplicateRows: [],
      };
      expect(await tx.radar.commitImportChunk(rec.id, chunk.seq, staged, outcome)).toBe(true);
      // The same transaction, after the chunk: a skill row naming no post is refused.
      await sql`insert into radar_post_skills (post_id, user_id, skill_id, source, posted_at, confidence)
        values ('no-such-post', ${userId}, 'sql', 'import', now(), 1)`.execute(tx.db);
    });
    await expect(refused).rejects.toThrow(/foreign key/);
    // Rolled back: the chunk is still held, and the import runs to the end as usual.
    expect((await app.ctx.store.radar.nextImportChunk(rec.id))?.seq).toBe(chunk.seq);
    expect(await runImport(app.ctx, rec.id)).toBe('done');
    const done = await app.ctx.store.radar.findImport(userId, rec.id);
    expect(done?.processed).toBe(SYNC_IMPORT_ROWS + 1);
    expect(await postsOf(rec.id)).toBe(done?.added);
  });

  it('skips and names duplicates of the chunk written just before, committed or not yet', async () => {
    // Chunk 2 starts with a near-duplicate of chunk 1's last row and an exact one of its first:
    // chunk 2 is prepared while chunk 1 is written.
    const last = IMPORT_CHUNK_ROWS;
    const rows = Array.from({ length: 2 * IMPORT_CHUNK_ROWS }, (_, k) => ({
      title: `Job ${k + 1}`,
      text: text32(60_000 + k),
      date: '2026-02-10',
    }));
    rows[last] = { ...rows[last - 1]!, text: `${rows[last - 1]!.text} Apply today!` };
    rows[last + 1] = { ...rows[0]!, text: rows[0]!.text.toUpperCase() };
    const rec = await importPosts(
      app.ctx,
      userId,
      { format: 'jsonl', content: rows.map((r) => JSON.stringify(r)).join('\n') },
      { background: true },
    );
    expect(await runImport(app.ctx, rec.id)).toBe('done');
    const done = await app.ctx.store.radar.findImport(userId, rec.id);
    expect(done, JSON.stringify(done)).toMatchObject({
      added: rows.length - 2,
      duplicates: 1,
      near_duplicates: 1,
    });
    const named = await db()
      .selectFrom('radar_posts')
      .select('id')
      .where('import_id', '=', rec.id)
      .where('title', '=', `Job ${last}`)
      .executeTakeFirstOrThrow();
    expect(done?.near_rows).toEqual([{ row: last + 1, duplicateOf: named.id, sameAsRow: last }]);

    // The same rows prepared against posts whose insert has not committed (`pending`): found
    // though no read sees them, with what the stored posts would give.
    const candidate = (row: number, title: string, body: string) => ({
      row,
      title,
      text: body,
      postedAt: undefined,
      budget: null,
      client: null,
      url: null,
    });
    const fresh = [0, 1, 2].map((i) => candidate(i + 1, `New ${i}`, text32(80_000 + i)));
    const pend = await prepareChunk(app.ctx, userId, 'import', fresh, { importId: rec.id });
    expect(pend.added).toBe(3);
    const again = [
      candidate(1, 'x', fresh[0]!.text.toUpperCase()),
      candidate(2, 'y', `${fresh[1]!.text} Apply today!`),
      candidate(3, 'z', text32(70_000)),
    ];
    const seen = await prepareChunk(app.ctx, userId, 'import', again, {
      importId: rec.id,
      pending: pend.posts,
    });
    expect(seen.outcomes.map((o) => o.status)).toEqual(['duplicate', 'near_duplicate', 'added']);
    expect(seen.outcomes[1]?.duplicateOf).toBe(pend.posts[1]?.id);
    const unseen = await prepareChunk(app.ctx, userId, 'import', again, { importId: rec.id });
    expect(unseen.outcomes.map((o) => o.status)).toEqual(['added', 'added', 'added']);
  });

  it('names the same near-duplicates whether the band keys are held in memory or asked of the database', async () => {
    // A first file, then one with near-duplicates of it, of its own earlier rows across chunk
    // edges, exact repeats and new rows: imported for two new people, one per way.
    // Both over SYNC_IMPORT_ROWS, so `importPosts` queues them and `runImport` below writes them.
    const base = Array.from({ length: SYNC_IMPORT_ROWS + 10 }, (_, k) => ({
      title: `Base ${k}`,
      text: text32(90_000 + k),
      date: '2026-01-10',
    }));
    const second = Array.from({ length: SYNC_IMPORT_ROWS + 40 }, (_, k) => {
      if (k % 7 === 0)
        return { ...base[k % base.length]!, text: `${base[k % base.length]!.text} Apply now.` };
      if (k % 11 === 0) return { ...base[(3 * k) % base.length]! };
      return { title: `Second ${k}`, text: text32(95_000 + k), date: '2026-02-10' };
    });
    // Near-duplicates of the row before a chunk edge (97: neither a repeat nor a near copy).
    for (const k of [IMPORT_CHUNK_ROWS + 1, 2 * IMPORT_CHUNK_ROWS + 3]) {
      const from = second[IMPORT_CHUNK_ROWS - 3]!;
      second[k] = { ...from, title: `Again ${k}`, text: `Hello. ${from.text}` };
    }
    // A third file, smaller than the account the first two filled (~1,000 posts) but more than
    // a twentieth of it: its keys are held too (`HELD_POSTS_PER_ROW`).
    const third = Array.from({ length: SYNC_IMPORT_ROWS + 20 }, (_, k) =>
      k % 5 === 0
        ? {
            ...base[k % base.length]!,
            title: `Third ${k}`,
            text: `${base[k % base.length]!.text} Remote.`,
          }
        : { title: `Third ${k}`, text: text32(97_000 + k), date: '2026-03-10' },
    );
    const content = (rows: typeof base) => rows.map((r) => JSON.stringify(r)).join('\n');
    const importAs = async (person: string, holdBandKeys: boolean) => {
      const statements: number[] = [];
      const outcome = [];
      for (const rows of [base, second, third]) {
        const rec = await importPosts(
          app.ctx,
          person,
          { format: 'jsonl', content: content(rows) },
          { background: true },
        );
        expect(rec.status).toBe('queued');
        const run = () => runImport(app.ctx, rec.id, { holdBandKeys });
        if (kind === 'pglite') statements.push(await countQueries(app, run));
        else await run();
        const done = await app.ctx.store.radar.findImport(person, rec.id);
        const titles = new Map(
          (
            await db()
              .selectFrom('radar_posts')
              .select(['id', 'title'])
              .where('user_id', '=', person)
              .execute()
          ).map((r) => [r.id, r.title]),
        );
        outcome.push({
          status: done?.status,
          added: done?.added,
          duplicates: done?.duplicates,
          nearDuplicates: done?.near_duplicates,
          named: ((done?.near_rows ?? []) as { row: number; duplicateOf: string }[]).map((r) => [
            r.row,
            titles.get(r.duplicateOf),
          ]),
        });
      }
      return { outcome, statements };
    };
    const people = [app.ctx.ids.id(), app.ctx.ids.id()];
    for (const [i, p] of people.entries())
      await insertTestUser(app.ctx.store, p, `bands-${kind}-${i}`);
    const heldWay = await importAs(people[0]!, true);
    const databaseWay = await importAs(people[1]!, false);
    expect(heldWay.outcome).toEqual(databaseWay.outcome);
    const [, second2] = heldWay.outcome;
    expect(second2?.nearDuplicates).toBeGreaterThanOrEqual(30);
    expect(second2?.duplicates).toBeGreaterThan(0);
    for (const k of [IMPORT_CHUNK_ROWS + 1, 2 * IMPORT_CHUNK_ROWS + 3]) {
      expect(second2?.named).toContainEqual([k + 1, `Second ${IMPORT_CHUNK_ROWS - 3}`]);
    }
    const third3 = heldWay.outcome[2];
    expect(third3?.nearDuplicates).toBeGreaterThanOrEqual(100);
    // Held: no probe of the band-key index per chunk, for each file (the third one too, whose
    // account holds more posts than it has rows).
    if (kind === 'pglite')
      for (const i of [0, 1, 2])
        expect(heldWay.statements[i], `file ${i + 1}`).toBeLessThan(databaseWay.statements[i]!);
  });

  it('writes each chunk once when two runs of one import meet (a resumed job beside a live one)', async () => {
    const rows = SYNC_IMPORT_ROWS + 3 * IMPORT_CHUNK_ROWS;
    const person = app.ctx.ids.id();
    await insertTestUser(app.ctx.store, person, `two-runs-${kind}`);
    const rec = await importPosts(
      app.ctx,
      person,
      {
        format: 'jsonl',
        content: Array.from({ length: rows }, (_, k) =>
          JSON.stringify({ title: `Job ${k}`, text: text32(200_000 + k), date: '2026-03-01' }),
        ).join('\n'),
      },
      { background: true },
    );
    const [a, b] = await Promise.all([runImport(app.ctx, rec.id), runImport(app.ctx, rec.id)]);
    expect([a, b]).toEqual(['done', 'done']);
    const done = await app.ctx.store.radar.findImport(person, rec.id);
    expect(done, JSON.stringify(done)).toMatchObject({
      processed: rows,
      added: rows,
      duplicates: 0,
      near_duplicates: 0,
    });
    expect(await postsOf(rec.id)).toBe(rows);
  });
});
