import { normalizeToken } from './normalize-token.ts';

/**
 * The raw words an occupation text or a job ad is read as: the matches of
 * `/[a-z][a-z0-9+#]*` over the lowercased text with three characters or more, found by a scan
 * of code units (no regex, no intermediate array of every match). Throws nothing.
 */
export function rawOccupationWords(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  const len = lower.length;
  let i = 0;
  while (i < len) {
    const ch = lower.charCodeAt(i);
    if (ch < 97 || ch > 122) {
      i += 1;
      continue;
    }
    const from = i;
    i += 1;
    for (; i < len; i += 1) {
      const c = lower.charCodeAt(i);
      if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 35)) break;
    }
    if (i - from > 2) out.push(lower.slice(from, i));
  }
  return out;
}

const stemCache = new Map<string, string>();

/** `normalizeToken(w, 'strong')`, remembered: ads and occupation texts repeat their words. */
export function strongStem(w: string): string {
  let k = stemCache.get(w);
  if (k === undefined) {
    k = normalizeToken(w, 'strong');
    if (stemCache.size >= 200_000) stemCache.clear();
    stemCache.set(w, k);
  }
  return k;
}

/**
 * `rawOccupationWords`, strongly stemmed ("managing", "management" → manag): the words both the
 * occupation text index and the semantic space read. Throws nothing.
 */
export function occupationWords(text: string): string[] {
  return rawOccupationWords(text).map(strongStem);
}
