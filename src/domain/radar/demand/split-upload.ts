import type { ColumnMapping, ImportFormat, RowError } from '../../../shared/radar.ts';
import { type DateOrder, parsePostFile } from './parse-posts.ts';

/** An uploaded file parsed, validated and cut into the chunks an import holds. */
export interface SplitUpload {
  /** Each chunk's valid rows as JSON text (dates as ISO text; see `HeldCandidate`). */
  chunkTexts: string[];
  /** Valid rows. */
  rows: number;
  /** Data rows in the file. */
  total: number;
  /** The first `maxErrors` bad rows, and how many there were in all. */
  errors: RowError[];
  errorCount: number;
  /** Valid rows without a date of their own. */
  undated: number;
  /** The date column used, if any. */
  dateColumn: string | undefined;
  /** What the file's reading chose or noticed (date order, future dates, repeated columns). */
  warnings: string[];
  /** Client history: the status column used, if any, and how many rows gave no status. */
  statusColumn?: string | undefined;
  unstated?: number;
}

/**
 * Parses and validates an upload (every bad row named) and cuts its valid rows into chunks
 * of `chunkRows`; rows without a date take `defaultDate` (ISO) when given. Pure CPU work, so
 * the import worker pool runs it for large files, off the request's thread. Throws like
 * `parsePostFile` (`invalid_input`, `payload_too_large`).
 */
export function splitUpload(
  content: string,
  format: ImportFormat,
  mapping: ColumnMapping | undefined,
  defaultDate: string | undefined,
  chunkRows: number,
  maxErrors: number,
  source: 'import' | 'client' = 'import',
  dateOrder?: DateOrder,
  now?: string,
): SplitUpload {
  const {
    candidates,
    errors,
    total,
    mapping: used,
    warnings,
  } = parsePostFile(content, format, mapping, {
    clientHistory: source === 'client',
    ...(dateOrder ? { dateOrder } : {}),
    ...(now ? { now: new Date(now) } : {}),
  });
  const fallback = defaultDate ? new Date(defaultDate) : undefined;
  let undated = 0;
  const held = candidates.map((c) => {
    if (!c.postedAt) undated += 1;
    return { ...c, postedAt: (c.postedAt ?? fallback)?.toISOString() };
  });
  const chunkTexts: string[] = [];
  for (let i = 0; i < held.length; i += chunkRows) {
    chunkTexts.push(JSON.stringify(held.slice(i, i + chunkRows)));
  }
  return {
    chunkTexts,
    rows: held.length,
    total,
    errors: errors.slice(0, maxErrors),
    errorCount: errors.length,
    undated,
    dateColumn: used.date,
    warnings,
    ...(source === 'client'
      ? { statusColumn: used.status, unstated: candidates.filter((c) => !c.delivery).length }
      : {}),
  };
}
