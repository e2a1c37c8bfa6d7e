import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { io } from './io.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'e2e' || entry.name === 'node_modules') continue;
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * Returns the folder of the built web app, building it first when it is missing or older
 * than its sources (a fresh clone has no build; `npm start` must still serve the app).
 */
export async function ensureWebBuild(): Promise<string | undefined> {
  const out = join(root, 'dist', 'web');
  const index = join(out, 'index.html');
  const src = join(root, 'web');
  if (!existsSync(src)) return undefined;
  const sourcesNewest = Math.max(newestMtime(src), newestMtime(join(root, 'src', 'shared')));
  if (existsSync(index) && statSync(index).mtimeMs >= sourcesNewest) return out;
  io().stderr('Building the web app (first start or changed sources)…\n');
  const { build } = await import('vite');
  await build({ root: src, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  return out;
}
