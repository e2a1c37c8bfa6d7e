import { AppError, issuesToDetails } from '../../../errors.ts';
import { ImportInput, type ImportRecord, type RowError } from '../../../shared/radar.ts';
import type { Ctx } from '../../ctx.ts';
import { addPosts } from './add-posts.ts';
import { parsePostFile } from './parse-posts.ts';
import { presentImport } from './present.ts';

/** Imports at or below this many rows finish before the call returns. */
export const SYNC_IMPORT_ROWS = 500;
const MAX_STORED_ERRORS = 1000;

export interface ImportPostsOptions {
  /** Return as soon as the import record exists and continue in the background (large files). */
  background?: boolean;
  /** Progress callback (CLI progress bar): rows handled so far and the total. */
  onProgress?: (processed: number, total: number) => void;
}

/**
 * Imports job posts from CSV, JSON or JSON Lines text for `userId`: every bad row is
 * reported with its row number and field, valid rows are kept, exact and near duplicates
 * are skipped (so re-importing a file adds nothing), and an import record tracks
 * `processed/total`. With `background` and more than 500 rows it returns while running.
 * Throws `invalid_input` (bad body, unreadable file, no text column) and
 * `payload_too_large` (over 20 MB or 50 k rows).
 */
export async function importPosts(
  ctx: Ctx,
  userId: string,
  input: unknown,
  opts: ImportPostsOptions = {},
): Promise<ImportRecord> {
  const parsed = ImportInput.safeParse(input);
  if (!parsed.success) {
    throw new AppError('invalid_input', 'The import request is invalid', {
      details: issuesToDetails(parsed.error.issues),
    });
  }
  const body = parsed.data;
  const { candidates, errors, total } = parsePostFile(body.content, body.format, body.mapping);
  const id = ctx.ids.id();
  const now = ctx.clock.now();
  await ctx.store.radar.insertImport({
    id,
    user_id: userId,
    format: body.format,
    file_name: body.fileName ?? null,
    source: body.source,
    status: 'running',
    total,
    processed: errors.length,
    added: 0,
    duplicates: 0,
    near_duplicates: 0,
    errors: errors.slice(0, MAX_STORED_ERRORS),
    created_at: now,
    finished_at: null,
  });
  const run = async () => {
    try {
      const r = await addPosts(ctx, userId, body.source, candidates, {
        importId: id,
        exactOnly: body.source === 'client',
        onProgress: async (n) => {
          opts.onProgress?.(n + errors.length, total);
          await ctx.store.radar.updateImport(id, { processed: n + errors.length });
        },
      });
      await ctx.store.radar.updateImport(id, {
        status: 'done',
        processed: total,
        added: r.added,
        duplicates: r.duplicates,
        near_duplicates: r.nearDuplicates,
        finished_at: ctx.clock.now(),
      });
    } catch (e) {
      ctx.log.error('radar import failed', { importId: id, error: (e as Error).message });
      const failure: RowError = { row: 0, message: `the import stopped: ${(e as Error).message}` };
      await ctx.store.radar.updateImport(id, {
        status: 'failed',
        errors: [...errors.slice(0, MAX_STORED_ERRORS), failure],
        finished_at: ctx.clock.now(),
      });
      if (!opts.background) throw e;
    }
  };
  if (opts.background && candidates.length > SYNC_IMPORT_ROWS) {
    void run();
  } else {
    await run();
  }
  const row = await ctx.store.radar.findImport(userId, id);
  if (!row) throw new AppError('not_found', 'Import not found');
  return presentImport(row);
}
