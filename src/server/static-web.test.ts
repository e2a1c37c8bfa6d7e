import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../scripts/precompress.ts';
import type { AppEnv } from './route.ts';
import { IMMUTABLE, REVALIDATE, serveWeb } from './static-web.ts';

describe('serving the built web app', () => {
  let dir: string;
  let app: Hono<AppEnv>;
  const script = `export const pages = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `page ${i}`))};`;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'skilltrace-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'main-Ab12Cd.js'), script);
    writeFileSync(join(dir, 'assets', 'tiny-Xy.js'), 'export{}');
    precompressDir(dir);
    app = new Hono<AppEnv>();
    expect(serveWeb(app, dir)).toBe(true);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes brotli and gzip copies of files worth compressing, and only those', () => {
    const path = join(dir, 'assets', 'main-Ab12Cd.js');
    expect(brotliDecompressSync(readFileSync(`${path}.br`)).toString()).toBe(script);
    expect(gunzipSync(readFileSync(`${path}.gz`)).toString()).toBe(script);
    expect(() => readFileSync(join(dir, 'assets', 'tiny-Xy.js.br'))).toThrow();
  });

  it('sends the brotli copy when the browser accepts it, with an immutable cache', async () => {
    const res = await app.request('/assets/main-Ab12Cd.js', {
      headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Encoding')).toBe('br');
    expect(res.headers.get('Content-Type')).toMatch(/javascript/);
    expect(res.headers.get('Cache-Control')).toBe(IMMUTABLE);
    expect(res.headers.get('Vary')).toMatch(/Accept-Encoding/);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.length).toBeLessThan(script.length / 3);
    expect(brotliDecompressSync(body).toString()).toBe(script);
  });

  it('falls back to gzip, then to the plain file', async () => {
    const gz = await app.request('/assets/main-Ab12Cd.js', {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(gz.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(script);
    const plain = await app.request('/assets/main-Ab12Cd.js');
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
    expect(plain.headers.get('Cache-Control')).toBe(IMMUTABLE);
  });

  it('never lets browsers keep index.html, whichever path serves it', async () => {
    for (const path of ['/', '/index.html', '/app/radar/trends']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('Cache-Control'), path).toBe(REVALIDATE);
      expect(await res.text(), path).toContain('id="root"');
    }
  });
});
