import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The real public data tests, evaluations and benchmarks read (ESCO, O*NET, job ads, Open
 * Badges and JSON Resume schemas, learning-resource lists): `SKILLTRACE_SHARED_DATA`, else
 * `shared/data` beside this checkout (`../shared/data`). It is not shipped with the app.
 */
export const SHARED_DATA = resolve(
  process.env.SKILLTRACE_SHARED_DATA ?? resolve(import.meta.dirname, '../../shared/data'),
);

/** A path inside `SHARED_DATA`. */
export const sharedData = (...parts: string[]): string => resolve(SHARED_DATA, ...parts);

/** Throws one clear error when the data folder is missing (instead of a missing file per test). */
export function assertSharedData(): void {
  if (existsSync(sharedData('tabiya-hahu-jobs', 'hahu_dev.csv'))) return;
  throw new Error(
    `The tests read real public data from ${SHARED_DATA}, and it is not there. ` +
      'Put this checkout beside the shared/ folder (…/shared/data and …/<checkout>), ' +
      'or set SKILLTRACE_SHARED_DATA to the data folder.',
  );
}
