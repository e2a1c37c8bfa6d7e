import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './route.ts';

/** Hashed build assets never change under the same name: browsers may keep them a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html above all) is revalidated, so a new build is picked up. */
export const REVALIDATE = 'no-cache';

/**
 * Serves the built web app from `webDir`: files as they are, or their brotli/gzip copies
 * (written at build time) with the matching Content-Encoding when the browser accepts it;
 * hashed `/assets/*` cached as immutable (a missing one is a 404); every other path answers
 * index.html, revalidated on each visit (the app's
 * router takes over). Returns false when there is no build to serve.
 */
export function serveWeb(app: Hono<AppEnv>, webDir: string): boolean {
  if (!existsSync(join(webDir, 'index.html'))) return false;
  const index = readFileSync(join(webDir, 'index.html'), 'utf8');
  const files = serveStatic({ root: webDir, precompressed: true });
  app.use('*', async (c, next) => {
    const res = await files(c, next);
    // serveStatic answers found files itself (and calls next() otherwise).
    if (res instanceof Response) {
      res.headers.set('Cache-Control', c.req.path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
      res.headers.set('Vary', 'Accept-Encoding');
    }
    return res;
  });
  // A missing hashed asset is an old build's: say so rather than answer the app's page.
  app.get('/assets/*', (c) => c.text('Not found', 404));
  app.get('*', (c) => {
    c.header('Cache-Control', REVALIDATE);
    return c.html(index);
  });
  return true;
}
