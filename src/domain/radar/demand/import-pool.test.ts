import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp } from '../../../../test/test-app.ts';
import { makeTestStore } from '../../../../test/test-store.ts';
import type { App } from '../../../app.ts';
import { extractFromTexts, STORED_EXTRACTION } from '../get-skill-index.ts';
import { bandKeys, fingerprint } from './fingerprint.ts';
import { closeImportPool, getImportPool } from './import-pool.ts';

describe('import worker pool', () => {
  let app: App;
  beforeAll(async () => {
    app = makeTestApp(await makeTestStore('pglite'));
  });
  afterAll(async () => {
    closeImportPool();
    await app.close();
  });

  it("runs fingerprints and extraction in worker threads with the main thread's results", async () => {
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
    const fps = await pool!.fingerprints(texts);
    expect(fps.map((f) => [...f.fp])).toEqual(texts.map((t) => [...fingerprint(t)]));
    expect(fps.map((f) => f.bands)).toEqual(texts.map((t) => bandKeys(fingerprint(t))));
  });
});
