/**
 * A worker module for `module-worker.test.ts`: imports a package (zod), reads a file beside
 * it through `import.meta.url`, and answers with what it read and where its code ran from.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { z } from 'zod';

const here = readFileSync(new URL('./module-worker-fixture.ts', import.meta.url), 'utf8');
const said = z.object({ n: z.number() }).parse({ n: 7 });
parentPort?.postMessage({
  n: said.n,
  readsItself: here.includes('A worker module for'),
  stack: new Error('where').stack ?? '',
  dirname: import.meta.dirname,
  execArgv: process.execArgv,
});
