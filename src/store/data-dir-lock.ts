import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors.ts';

export interface LockInfo {
  pid: number;
  purpose: string;
  url?: string;
  since: string;
}

/**
 * Takes the single-process lock on an embedded database folder. The embedded database
 * cannot be shared between processes, so a second opener stops with `store_locked`
 * (saying who holds it) rather than risk corrupting data. A lock left by a dead process
 * is taken over.
 */
export function acquireDataDirLock(
  dataDir: string,
  purpose: string,
): { release(): void; update(info: Partial<LockInfo>): void } {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'skilltrace.lock');
  const held = readLock(dataDir);
  if (held && held.pid !== process.pid && isAlive(held.pid)) {
    throw new AppError(
      'store_locked',
      `The database in ${dataDir} is in use by process ${held.pid} (${held.purpose}${held.url ? ` at ${held.url}` : ''}). ` +
        'Stop that process first, or use the running server (its API and the web app) instead.',
      { details: { ...held } },
    );
  }
  let info: LockInfo = { pid: process.pid, purpose, since: new Date().toISOString() };
  writeFileSync(file, JSON.stringify(info));
  return {
    release() {
      const now = readLock(dataDir);
      if (now?.pid === process.pid) rmSync(file, { force: true });
    },
    update(extra) {
      info = { ...info, ...extra };
      writeFileSync(file, JSON.stringify(info));
    },
  };
}

/** Reads who holds the lock on a data folder, if anyone. */
export function readLock(dataDir: string): LockInfo | undefined {
  try {
    return JSON.parse(readFileSync(join(dataDir, 'skilltrace.lock'), 'utf8')) as LockInfo;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
