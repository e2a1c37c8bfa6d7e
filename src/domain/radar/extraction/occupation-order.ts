/**
 * The coder's order of occupations: true when occupation `a` ranks before `b` — higher score,
 * then deeper ESCO code (the more specific occupation), then index order. A strict total order.
 */
export function ranksBefore(score: Float64Array, depth: Uint8Array, a: number, b: number): boolean {
  const sa = score[a] as number;
  const sb = score[b] as number;
  if (sa !== sb) return sa > sb;
  const da = depth[a] ?? 0;
  const db = depth[b] ?? 0;
  return da !== db ? da > db : a < b;
}
