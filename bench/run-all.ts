/**
 * `npm run bench`: runs every benchmark in turn and prints their tables. Each benchmark measures
 * its own baseline in the same run and reports ratios against it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const benches = ['extract.ts', 'paths.ts', 'match.ts'];
let failed = 0;
for (const b of benches) {
  const file = fileURLToPath(new URL(b, import.meta.url));
  if (!existsSync(file)) continue;
  process.stdout.write(`\n### bench/${b}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
