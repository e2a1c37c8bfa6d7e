import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogRow } from '../../../test/catalog-row.ts';
import { SHARED_DATA } from '../../../test/shared-data.ts';
import { makeTestApp } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import { updateInstanceSettings } from '../accounts/index.ts';
import { normalizeUrl } from '../verify/index.ts';
import { checkLinks } from './check-links.ts';
import { importCuratedList } from './import-curated-list.ts';
import { parseCuratedMarkdown } from './parse-curated-markdown.ts';
import { ensureCatalog } from './sync-catalog.ts';

const DATA = SHARED_DATA;
let app: App;
let server: Server;
let base = '';

beforeAll(async () => {
  app = makeTestApp(await makeTestStore());
  await ensureCatalog(app.ctx);
  server = createServer((req, res) => {
    const u = req.url ?? '/';
    if (u === '/ok') res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
    else if (u === '/old') res.writeHead(301, { location: '/older' }).end();
    else if (u === '/older') res.writeHead(301, { location: '/new-home' }).end();
    else if (u === '/new-home') res.writeHead(200).end('moved here');
    else if (u === '/hang') {
      // never answers
    } else res.writeHead(404).end('gone');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const [id, path] of [
    ['res-t-ok', '/ok'],
    ['res-t-moved', '/old'],
    ['res-t-dead', '/missing'],
    ['res-t-hang', '/hang'],
  ] as const) {
    await app.ctx.store.catalog.insertIfNew(
      catalogRow({ id, url: `${base}${path}`, url_norm: normalizeUrl(`${base}${path}`)! }),
    );
  }
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await app.close();
});

describe('link checker', () => {
  const ids = ['res-t-ok', 'res-t-moved', 'res-t-dead', 'res-t-hang'];
  it('refuses private addresses unless the instance allows them', async () => {
    await updateInstanceSettings(app.ctx, { signup: 'open', allowPrivateNetwork: false });
    const r = await checkLinks(app.ctx, { ids, timeoutMs: 500 });
    expect(r.results.every((x) => x.status === 'blocked')).toBe(true);
    const row = await app.ctx.store.catalog.findById('res-t-ok');
    expect(row?.link_status).toBe('blocked');
    expect(row?.last_checked).toBeInstanceOf(Date);
  });

  it('records ok, moved (with the redirect chain), dead and timeouts', async () => {
    await updateInstanceSettings(app.ctx, { signup: 'open', allowPrivateNetwork: true });
    const r = await checkLinks(app.ctx, { ids, timeoutMs: 500, concurrency: 2 });
    const by = Object.fromEntries(r.results.map((x) => [x.id, x]));
    expect(by['res-t-ok']).toMatchObject({ status: 'ok', httpStatus: 200 });
    expect(by['res-t-moved']).toMatchObject({
      status: 'moved',
      httpStatus: 200,
      finalUrl: `${base}/new-home`,
    });
    expect(by['res-t-dead']).toMatchObject({ status: 'dead', httpStatus: 404 });
    expect(by['res-t-hang']!.status).toBe('error');
    expect(by['res-t-hang']!.error).toMatch(/timeout/);
    const moved = await app.ctx.store.catalog.findById('res-t-moved');
    expect(moved?.redirects).toHaveLength(2);
  });
});

describe('curated markdown import (real lists in ../shared/data)', () => {
  it('parses free-programming-books bullets with authors and notes', () => {
    const { entries } = parseCuratedMarkdown(
      readFileSync(`${DATA}/free-programming-books/md/free-programming-books-langs.md`, 'utf8'),
    );
    expect(entries.length).toBeGreaterThan(1000);
    const withNotes = entries.find((e) => e.notes.includes('PDF'));
    expect(withNotes).toBeDefined();
    expect(entries.every((e) => /^https?:\/\//.test(e.url))).toBe(true);
    expect(entries.some((e) => e.headings.includes('Python'))).toBe(true);
  });

  it.each([
    ['free-programming-books/md/free-courses-en.md', 'python'],
    ['awesome-datascience/md/README.md', 'machine-learning'],
    ['design-resources-for-developers/md/README.md', 'typography'],
    ['search-engine-optimization/md/README.md', 'seo'],
  ])('imports %s, mapping links to skills and reporting skipped rows', async (file, skill) => {
    const text = readFileSync(`${DATA}/${file}`, 'utf8');
    const r = await importCuratedList(app.ctx, file, text);
    expect(r.imported).toBeGreaterThan(5);
    expect(r.bySkill[skill] ?? 0).toBeGreaterThan(0);
    expect(r.skipped.every((s) => s.reason.length > 0)).toBe(true);
    const again = await importCuratedList(app.ctx, file, text);
    expect(again.imported).toBe(0);
    expect(again.duplicates).toBeGreaterThanOrEqual(r.imported);
    const found = await app.ctx.store.catalog.search({ skill, limit: 200, offset: 0 });
    const imported = found.rows.find(
      (x) => x.source === 'import' && x.vouched_by === `imported from ${file.split('/').pop()}`,
    );
    expect(imported?.link_status).toBe('unchecked');
    expect(imported?.provenance).toMatch(/imported from .*line \d+/);
  });
});
