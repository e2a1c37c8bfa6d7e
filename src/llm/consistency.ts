import { canonicalJson } from './input-hash.ts';
import type { ConsistencyItem, ConsistencyReport } from './types.ts';

/** How one check groups items. */
export interface AgreementOptions<I> {
  key: (item: I) => string;
  fingerprint?: (item: I) => string;
  minAgreement?: number;
}

/**
 * Compares the items of `k` sampled answers (failed samples passed as undefined). An item's
 * agreement is the share of all k samples that gave its most common variant; below
 * `minAgreement` (default 1) it is flagged, never silently resolved.
 */
export function measureAgreement<I>(
  k: number,
  sampleItems: Array<I[] | undefined>,
  opts: AgreementOptions<I>,
): Pick<ConsistencyReport<unknown, I>, 'items' | 'flags' | 'agreement'> {
  const fp = opts.fingerprint ?? ((i: I) => canonicalJson(i));
  const min = opts.minAgreement ?? 1;
  const byKey = new Map<string, Map<string, { value: I; votes: number }>>();
  for (const items of sampleItems) {
    if (!items) continue;
    const seenInSample = new Set<string>();
    for (const item of items) {
      const key = opts.key(item);
      // An answer that lists the same key twice votes once, with its first variant.
      if (seenInSample.has(key)) continue;
      seenInSample.add(key);
      const variants = byKey.get(key) ?? new Map<string, { value: I; votes: number }>();
      byKey.set(key, variants);
      const f = fp(item);
      const v = variants.get(f);
      if (v) v.votes++;
      else variants.set(f, { value: item, votes: 1 });
    }
  }
  const items: ConsistencyItem<I>[] = [];
  for (const [key, variants] of byKey) {
    const sorted = [...variants.values()].sort((a, b) => b.votes - a.votes);
    const top = sorted[0]!;
    const present = sorted.reduce((n, v) => n + v.votes, 0);
    const agreement = top.votes / k;
    const flag =
      agreement >= min ? undefined : sorted.length > 1 ? 'values_differ' : 'missing_in_some';
    items.push({ key, value: top.value, agreement, variants: sorted, missing: k - present, flag });
  }
  items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const flags = items.flatMap((i) =>
    i.flag ? [{ key: i.key, flag: i.flag, agreement: i.agreement }] : [],
  );
  const agreement = items.length ? items.reduce((n, i) => n + i.agreement, 0) / items.length : 1;
  return { items, flags, agreement };
}
