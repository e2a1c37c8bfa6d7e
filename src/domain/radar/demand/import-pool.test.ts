import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestUser } from '../../../../test/insert-user.ts';
import { makeTestApp } from '../../../../test/test-app.ts';
import { makeTestStore } from '../../../../test/test-store.ts';
import type { App } from '../../../app.ts';
import { isAppError } from '../../../errors.ts';
import { getOccupationCoder } from '../get-occupation-coder.ts';
import { extractFromTexts, STORED_EXTRACTION } from '../get-skill-index.ts';
import { importOfficialSkills } from '../import-official-skills.ts';
import { codePost, postBody } from './code-post.ts';
import { bandKeys, fingerprint } from './fingerprint.ts';
import { closeImportPool, getImportPool, splitInWorker } from './import-pool.ts';
import { IMPORT_CHUNK_ROWS, importPosts, runImport, SYNC_IMPORT_ROWS } from './import-posts.ts';
import { splitUpload } from './split-upload.ts';

const ESCO_FIXTURE = resolve(import.meta.dirname, '../../../../test/fixtures/esco-mini-v1.1.1');

describe('import worker pool', () => {
  let app: App;
  beforeAll(async () => {
    app = makeTestApp(await makeTestStore('pglite'));
  });
  afterAll(async () => {
    closeImportPool();
    await app.close();
  });

  it("runs fingerprints, extraction and occupation coding in worker threads with the main thread's results", async () => {
    const pool = await getImportPool(app.ctx);
    expect(pool?.size).toBeGreaterThanOrEqual(1);
    const texts = [
      'Build Power BI dashboards with DAX measures for our finance team.',
      'Python pandas scripts to clean CRM exports, then SQL queries on PostgreSQL.',
      'Tableau reports and Excel pivot tables for monthly sales.',
    ];
    const inThread = (await extractFromTexts(app.ctx, texts, STORED_EXTRACTION)).map((list) =>
      list.map((s) => ({ skillId: s.skillId, name: s.name, confidence: s.confidence })),
    );
    expect(inThread.flat().length).toBeGreaterThan(3);
    expect(await pool!.extract(texts)).toEqual(inThread);
    const posts = [
      { title: 'Data analyst', text: texts[0]!, occupation: null },
      { title: '', text: texts[1]!, occupation: '2512.4' },
      { title: 'Sales reporting', text: texts[2]! },
    ];
    const coded = await pool!.codePosts(posts);
    const found = await extractFromTexts(
      app.ctx,
      posts.map((p) => postBody(p.title, p.text)),
      STORED_EXTRACTION,
    );
    const roles = await getOccupationCoder(app.ctx);
    expect(roles.kind).toBe('roles');
    expect(coded).toEqual(posts.map((p, i) => codePost(p, found[i] ?? [], roles)));
    expect(coded[1]?.occupation).toBe('esco:2512.4');
    expect(coded.some((c) => c.occupation?.startsWith('role:'))).toBe(true);
    const fps = await pool!.fingerprints(texts);
    expect(fps.map((f) => [...f.fp])).toEqual(texts.map((t) => [...fingerprint(t)]));
    expect(fps.map((f) => f.bands)).toEqual(texts.map((t) => bandKeys(fingerprint(t))));
  });

  it('codes posts with imported ESCO occupations in the workers as in the main thread', async () => {
    await importOfficialSkills(app.ctx, 'esco', ESCO_FIXTURE);
    const pool = await getImportPool(app.ctx);
    const posts = [
      { title: 'Freelance translator', text: 'Translate our documents, proofreading.' },
      { title: 'Software engineer', text: 'Programming and SQL.', occupation: null },
      { title: 'Cab driver', text: 'Driving at night.', occupation: '8322.1' },
      { title: '', text: 'Prepare financial statements in spreadsheets.' },
    ];
    const coded = await pool!.codePosts(posts);
    const found = await extractFromTexts(
      app.ctx,
      posts.map((p) => postBody(p.title, p.text)),
      STORED_EXTRACTION,
    );
    const coder = await getOccupationCoder(app.ctx);
    expect(coder.kind).toBe('esco');
    expect(coded).toEqual(posts.map((p, i) => codePost(p, found[i] ?? [], coder)));
    expect(coded.map((c) => c.occupation)).toEqual([
      'esco:2643.1',
      'esco:2512.4',
      'esco:8322.1',
      'esco:2411.1',
    ]);
  });

  it('parses and chunks an upload in the upload worker like the main thread, keeping 4xx errors', async () => {
    const content = [
      'title,text,date',
      'A,Build Power BI dashboards for finance,2025-03-01',
      'B,,2025-03-02',
      'C,SQL reporting for sales,',
      'D,Python scripts for CRM exports,2025-04-01',
    ].join('\n');
    const args: Parameters<typeof splitUpload> = [content, 'csv', undefined, '2025-01-15', 2, 10];
    const inWorker = (await splitInWorker(app.ctx, args))!;
    expect(inWorker).toBeDefined();
    expect(inWorker).toEqual(splitUpload(...args));
    expect(inWorker).toMatchObject({ rows: 4, total: 4, undated: 1, dateColumn: 'date' });
    expect(inWorker.chunkTexts).toHaveLength(2);
    const bad = await splitInWorker(app.ctx, ['{oops', 'json', undefined, undefined, 2, 10]).catch(
      (e: unknown) => e,
    );
    expect(isAppError(bad, 'invalid_input')).toBe(true);
    // Workers turned off: the caller splits in its own thread.
    const off = { ...app.ctx, config: { ...app.ctx.config, importWorkers: 0 } };
    expect(await splitInWorker(off, args)).toBeUndefined();
  });

  it('an ended pool answers the calls under way (an import keeps its workers) and refuses new ones', async () => {
    const pool = await getImportPool(app.ctx);
    const texts = ['Build Power BI dashboards with DAX measures.', 'SQL queries for sales.'];
    const under = pool!.codePosts(texts.map((text) => ({ title: '', text })));
    // Idle, shutdown or a new extraction index while the call is answered.
    closeImportPool();
    expect((await under).map((c) => c.skills.length > 0)).toEqual([true, true]);
    const late = await pool!.fingerprints(texts).catch((e: Error) => e);
    expect(late).toBeInstanceOf(Error);
    // The next use starts a new pool.
    const again = await getImportPool(app.ctx);
    expect(again).not.toBe(pool);
    expect(await again!.fingerprints(texts)).toHaveLength(2);
  });
  it('an import goes on with the new pool when its pool ends part way (a new extraction index)', async () => {
    const userId = app.ctx.ids.id();
    await insertTestUser(app.ctx.store, userId, 'pool-swap');
    const rows = Math.max(3 * IMPORT_CHUNK_ROWS, SYNC_IMPORT_ROWS) + 7;
    const content = Array.from({ length: rows }, (_, i) =>
      JSON.stringify({
        title: `Job ${i}`,
        text: `Post ${i}: SQL and Python reports, ticket ${i * 7919}, batch ${i % 13}.`,
        date: '2026-02-15',
      }),
    ).join('\n');
    const rec = await importPosts(
      app.ctx,
      userId,
      { format: 'jsonl', content },
      { background: true },
    );
    let chunks = 0;
    // The pool ends after the first chunk, as when an ESCO import changes the index: the
    // chunks read after it must go to a new pool, not fail the import.
    const status = await runImport(app.ctx, rec.id, {
      onProgress: () => {
        if (++chunks === 1) closeImportPool();
      },
    });
    expect(status).toBe('done');
    const done = await app.ctx.store.radar.findImport(userId, rec.id);
    expect(done).toMatchObject({ status: 'done', processed: rows });
    expect((done?.added ?? 0) + (done?.duplicates ?? 0)).toBe(rows);
  });
});
