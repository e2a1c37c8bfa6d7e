import { sql } from 'kysely';

/** Helpers the radar repository parts share. */
const BATCH = 500;

/** Lets the event loop (and the embedded store's other callers) run before going on. */
export const yieldToLoop = () => new Promise<void>((r) => setImmediate(r));

export function chunks<T>(rows: T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Rows visible to reads: not written by an import of `userId` that is still queued or
 * running (`ownImport`, the import asking, sees its own rows). A failed import's rows are
 * removed when it fails.
 */
export function visible(userId: string, ownImport?: string) {
  const unfinished = sql`select id from radar_imports where user_id = ${userId} and status in ('queued', 'running')${
    ownImport ? sql` and id <> ${ownImport}` : sql``
  }`;
  return sql<boolean>`(import_id is null or import_id not in (${unfinished}))`;
}
