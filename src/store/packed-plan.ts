import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * Plan texts stored compressed (migration 0029): base64 gzip in `plan_gzip`, `plan` left ''.
 * Shorter texts, and every version stored before 0029, keep their text in `plan`.
 */
const PACK_FROM = 4096;

/** The `plan` and `plan_gzip` columns to store for a canonical plan text. */
export function packPlan(text: string): { plan: string; plan_gzip: string | null } {
  if (text.length < PACK_FROM) return { plan: text, plan_gzip: null };
  // Level 1: an 800 KB plan packs to ~20 KB in ~2 ms.
  return { plan: '', plan_gzip: gzipSync(text, { level: 1 }).toString('base64') };
}

/** The canonical plan text of a stored version, whichever way it was stored. */
export function planTextOf(row: { plan: string; plan_gzip: string | null }): string {
  return row.plan_gzip === null || row.plan_gzip === undefined
    ? row.plan
    : gunzipSync(Buffer.from(row.plan_gzip, 'base64')).toString('utf8');
}

/** `row` with its plan text unpacked into `plan` and no `plan_gzip`. */
export function unpackPlan<T extends { plan: string; plan_gzip: string | null }>(
  row: T,
): Omit<T, 'plan_gzip'> {
  const { plan_gzip: _packed, ...rest } = row;
  return { ...rest, plan: planTextOf(row) };
}
