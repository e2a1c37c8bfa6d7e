import { STOPWORDS } from './lexicon.ts';
import { normalizeToken } from './normalize-token.ts';
import { tokenizeText } from './tokenize-text.ts';
import type { SkillEntry } from './types.ts';

/** Inverted index over labels (one document per label) and descriptions (one per entry). */
export interface RetrievalIndex {
  /** Strong-stemmed term → term id. */
  terms: Map<string, number>;
  /** Raw token → term id, -1 unknown, -2 stopword (filled lazily). */
  rawCache: Map<string, number>;
  idf: Float64Array;
  /** Term id → ids of the labels containing it. */
  labelPostings: Int32Array[];
  labelEntry: Int32Array;
  /** Field weight of each label: preferred 1, alias 0.9. */
  labelWeight: Float32Array;
  /** Sum of the idf of the distinct terms of each label. */
  labelIdfSum: Float64Array;
  /** Term id → entries whose description holds it, with BM25 term-frequency weights. */
  descEntries: Int32Array[];
  descWeights: Float32Array[];
}

const K1 = 1.2;
const B = 0.75;

/**
 * Looks up the retrieval term id of a raw token: -2 for stopwords, -1 when unknown.
 * Caches per raw surface. Throws nothing.
 */
export function retrievalTermId(index: RetrievalIndex, raw: string): number {
  const cached = index.rawCache.get(raw);
  if (cached !== undefined) return cached;
  const lower = raw.toLowerCase();
  let id: number;
  if (STOPWORDS.has(lower) || lower.length < 2) id = -2;
  else id = index.terms.get(normalizeToken(lower, 'strong')) ?? -1;
  if (index.rawCache.size > 500_000) index.rawCache.clear();
  index.rawCache.set(raw, id);
  return id;
}

const strongCache = new Map<string, string | null>();

function strongKey(raw: string): string | null {
  let k = strongCache.get(raw);
  if (k === undefined) {
    const lower = raw.toLowerCase();
    k = STOPWORDS.has(lower) || lower.length < 2 ? null : normalizeToken(lower, 'strong');
    if (strongCache.size > 200_000) strongCache.clear();
    strongCache.set(raw, k);
  }
  return k;
}

function termsOf(text: string, terms: Map<string, number>, add: boolean): number[] {
  const toks = tokenizeText(text);
  const out: number[] = [];
  for (let i = 0; i < toks.count; i += 1) {
    const key = strongKey(text.slice(toks.starts[i], toks.ends[i]));
    if (key === null) continue;
    let id = terms.get(key);
    if (id === undefined) {
      if (!add) continue;
      id = terms.size;
      terms.set(key, id);
    }
    out.push(id);
  }
  return out;
}

/**
 * Builds the BM25-style retrieval index over entry labels, aliases and descriptions.
 * `labels[i]` lists `[text, weight]` for entry `i`. Throws nothing.
 */
export function buildRetrievalIndex(
  entries: readonly SkillEntry[],
  labels: readonly (readonly [string, number])[][],
): RetrievalIndex {
  const terms = new Map<string, number>();
  const labelTerms: number[][] = [];
  const labelEntryList: number[] = [];
  const labelWeightList: number[] = [];
  const entryTermSets: Set<number>[] = [];
  for (let e = 0; e < entries.length; e += 1) {
    const set = new Set<number>();
    for (const [text, weight] of labels[e] ?? []) {
      const ids = [...new Set(termsOf(text, terms, true))];
      if (ids.length === 0) continue;
      labelTerms.push(ids);
      labelEntryList.push(e);
      labelWeightList.push(weight);
      for (const id of ids) set.add(id);
    }
    entryTermSets.push(set);
  }
  const descTerms = entries.map((en) =>
    en.description ? termsOf(en.description, terms, true) : [],
  );

  const nTerms = terms.size;
  const df = new Int32Array(nTerms);
  for (const set of entryTermSets) for (const id of set) df[id] = (df[id] ?? 0) + 1;
  const descDf = new Int32Array(nTerms);
  for (const list of descTerms) for (const id of new Set(list)) descDf[id] = (descDf[id] ?? 0) + 1;
  const n = entries.length;
  const idf = new Float64Array(nTerms);
  for (let t = 0; t < nTerms; t += 1) {
    const d = Math.max(df[t] ?? 0, 1);
    idf[t] = Math.log(1 + (n - d + 0.5) / (d + 0.5));
  }

  const postingLists: number[][] = Array.from({ length: nTerms }, () => []);
  const labelIdfSum = new Float64Array(labelTerms.length);
  labelTerms.forEach((ids, l) => {
    let sum = 0;
    for (const id of ids) {
      postingLists[id]?.push(l);
      sum += idf[id] ?? 0;
    }
    labelIdfSum[l] = sum;
  });

  const descLists: number[][] = Array.from({ length: nTerms }, () => []);
  const descWeightLists: number[][] = Array.from({ length: nTerms }, () => []);
  const avgLen = descTerms.reduce((s, l) => s + l.length, 0) / Math.max(1, n) || 1;
  descTerms.forEach((list, e) => {
    const tf = new Map<number, number>();
    for (const id of list) tf.set(id, (tf.get(id) ?? 0) + 1);
    const norm = K1 * (1 - B + (B * list.length) / avgLen);
    for (const [id, f] of [...tf.entries()].sort((a, b) => a[0] - b[0])) {
      descLists[id]?.push(e);
      descWeightLists[id]?.push((f * (K1 + 1)) / (f + norm));
    }
  });
  const descIdf = (t: number): number => {
    const d = Math.max(descDf[t] ?? 0, 1);
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
  };

  return {
    terms,
    rawCache: new Map(),
    idf,
    labelPostings: postingLists.map((l) => Int32Array.from(l)),
    labelEntry: Int32Array.from(labelEntryList),
    labelWeight: Float32Array.from(labelWeightList),
    labelIdfSum,
    descEntries: descLists.map((l) => Int32Array.from(l)),
    descWeights: descWeightLists.map((l, t) => Float32Array.from(l, (w) => w * descIdf(t))),
  };
}
