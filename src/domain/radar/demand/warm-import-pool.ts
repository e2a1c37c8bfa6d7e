import type { Ctx } from '../../ctx.ts';
import { warmImportWorkers } from './import-pool.ts';
import { OFF_THREAD_UPLOAD_BYTES } from './import-posts.ts';

/**
 * Starts the import workers while a large upload (`bytes`, as its Content-Length announces) is
 * still arriving and being parsed, so the split that follows does not wait for them to boot
 * (a cold pool took ~0.45 s of a 6,000-row import before). Nothing for uploads the main thread
 * splits itself, or when workers are off. Never throws: a pool that cannot start is reported
 * by `getImportPool` and the import works in this thread.
 */
export function warmImportPool(ctx: Ctx, bytes: number): void {
  if (!(bytes > OFF_THREAD_UPLOAD_BYTES)) return;
  warmImportWorkers(ctx);
}
