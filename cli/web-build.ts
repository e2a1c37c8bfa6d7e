import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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
 * Builds the web app with Vite's command in a child process: what the build loads and keeps
 * (the bundler, its caches, native memory) ends with it instead of staying in the server
 * (a first start on a fresh clone: server RSS a minute after ready ~750 MB when built in
 * process, against ~330 MB after a start that did not build). Rejects when the build fails.
 */
function buildInChild(src: string, configFile: string): Promise<void> {
  const pkg = createRequire(import.meta.url).resolve('vite/package.json');
  const bin = join(dirname(pkg), 'bin', 'vite.js');
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [bin, 'build', src, '--config', configFile, '--logLevel', 'warn'],
      { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`the web app build stopped (${signal ?? `exit code ${code}`})`)),
    );
  });
}

/**
 * Returns the folder of the built web app, building it first when it is missing or older
 * than its sources (a fresh clone has no build; `npm start` must still serve the app). The
 * build runs in a child process (`buildInChild`); if that cannot start, in this one.
 */
export async function ensureWebBuild(): Promise<string | undefined> {
  const out = join(root, 'dist', 'web');
  const index = join(out, 'index.html');
  const src = join(root, 'web');
  if (!existsSync(src)) return undefined;
  const sourcesNewest = Math.max(newestMtime(src), newestMtime(join(root, 'src', 'shared')));
  if (existsSync(index) && statSync(index).mtimeMs >= sourcesNewest) return out;
  io().stderr('Building the web app (first start or changed sources)…\n');
  const configFile = join(root, 'vite.config.ts');
  try {
    await buildInChild(src, configFile);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === undefined) throw e;
    // No child process here (spawn refused): the same build in this process.
    const { build } = await import('vite');
    await build({ root: src, configFile, logLevel: 'warn' });
  }
  return out;
}
