/**
 * `npm run eval`: runs every quality evaluation on ../shared/data and prints their tables.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const evals = readdirSync(dir).filter(
  (f) => f.endsWith('.ts') && f !== 'run-all.ts' && !f.endsWith('.test.ts'),
);
let failed = 0;
for (const e of evals) {
  const file = fileURLToPath(new URL(e, import.meta.url));
  if (!existsSync(file)) continue;
  process.stdout.write(`\n### eval/${e}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
