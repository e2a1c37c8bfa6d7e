import { normalizeToken } from './normalize-token.ts';

/** Occupations as weighted bags of words (labels, description, essential skills' names). */
export interface OccupationTextIndex {
  /** Word key → document frequency over occupations. */
  df: Map<string, number>;
  /** Word key → [occupation index, tf-idf weight] pairs. */
  postings: Map<string, { occ: Int32Array; weight: Float64Array }>;
  /** Euclidean norm of each occupation's vector. */
  norms: Float64Array;
  count: number;
}

/** A word in more than this share of occupations says nothing about which one an ad is. */
const MAX_DF_SHARE = 0.2;

const stemCache = new Map<string, string>();

/** `normalizeToken(w, 'strong')`, remembered: ads and occupation texts repeat their words. */
function strongKey(w: string): string {
  let k = stemCache.get(w);
  if (k === undefined) {
    k = normalizeToken(w, 'strong');
    if (stemCache.size >= 200_000) stemCache.clear();
    stemCache.set(w, k);
  }
  return k;
}

/** Lowercase words of three letters or more, strongly stemmed ("managing", "management" → manag). */
function words(text: string): string[] {
  const out: string[] = [];
  for (const w of text.toLowerCase().match(/[a-z][a-z0-9+#]*/g) ?? []) {
    if (w.length > 2) out.push(strongKey(w));
  }
  return out;
}

/**
 * Builds the text index: one document per occupation, made of its preferred and alternative
 * labels, its description and the names of its essential skills; sublinear tf × idf weights.
 * Throws nothing.
 */
export function buildOccupationTextIndex(documents: readonly string[]): OccupationTextIndex {
  const tfs = documents.map((d) => {
    const tf = new Map<string, number>();
    for (const w of words(d)) tf.set(w, (tf.get(w) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of tfs) for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = documents.length;
  const lists = new Map<string, { occ: number[]; weight: number[] }>();
  const norms = new Float64Array(n);
  tfs.forEach((tf, o) => {
    let sq = 0;
    for (const [w, f] of tf) {
      const v = (1 + Math.log(f)) * Math.log(n / (df.get(w) ?? n));
      sq += v * v;
      let l = lists.get(w);
      if (!l) {
        l = { occ: [], weight: [] };
        lists.set(w, l);
      }
      l.occ.push(o);
      l.weight.push(v);
    }
    norms[o] = Math.sqrt(sq) || 1;
  });
  const postings = new Map<string, { occ: Int32Array; weight: Float64Array }>();
  for (const [w, l] of lists) {
    postings.set(w, { occ: Int32Array.from(l.occ), weight: Float64Array.from(l.weight) });
  }
  return { df, postings, norms, count: n };
}

/** Per index: one sum per occupation, reused by every call (all zero between calls). */
const scratchCache = new WeakMap<OccupationTextIndex, Float64Array>();

/**
 * Sums into `acc` (by occupation index) the products of the ad's word weights with each
 * occupation's, in the order of the ad's distinct words; returns the norm of the ad's vector.
 * Every product is positive (idf > 0 below the document-frequency cap), so an occupation
 * shares a word with the ad exactly when its sum is not 0.
 */
function accumulate(index: OccupationTextIndex, text: string, acc: Float64Array): number {
  const tf = new Map<string, number>();
  for (const w of words(text)) tf.set(w, (tf.get(w) ?? 0) + 1);
  let qn = 0;
  const maxDf = index.count * MAX_DF_SHARE;
  for (const [w, f] of tf) {
    const d = index.df.get(w);
    const list = index.postings.get(w);
    if (d === undefined || d > maxDf || !list) continue;
    const v = (1 + Math.log(f)) * Math.log(index.count / d);
    qn += v * v;
    const { occ, weight } = list;
    for (let i = 0; i < occ.length; i += 1) {
      const o = occ[i] as number;
      acc[o] = (acc[o] as number) + v * (weight[i] as number);
    }
  }
  return Math.sqrt(qn) || 1;
}

function scratchOf(index: OccupationTextIndex): Float64Array {
  let acc = scratchCache.get(index);
  if (!acc) {
    acc = new Float64Array(index.count);
    scratchCache.set(index, acc);
  }
  return acc;
}

/**
 * Cosine between an ad's text and each occupation's document (tf-idf over stemmed words; words
 * in more than a fifth of occupations skipped), by occupation index, for the occupations that
 * share a word with the ad. Linear in the ad's distinct words times their posting lengths.
 * Throws nothing.
 */
export function matchOccupationText(index: OccupationTextIndex, text: string): Map<number, number> {
  const acc = scratchOf(index);
  const qn = accumulate(index, text, acc);
  const out = new Map<number, number>();
  for (let o = 0; o < acc.length; o += 1) {
    const a = acc[o] as number;
    if (a === 0) continue;
    acc[o] = 0;
    out.set(o, a / (qn * (index.norms[o] ?? 1)));
  }
  return out;
}

/**
 * Adds `weight` × `matchOccupationText(index, text)` to `score` (by occupation index) without
 * building the map: the same sums and quotients. Throws nothing.
 */
export function addOccupationText(
  index: OccupationTextIndex,
  text: string,
  weight: number,
  score: Float64Array,
): void {
  const acc = scratchOf(index);
  const qn = accumulate(index, text, acc);
  for (let o = 0; o < acc.length; o += 1) {
    const a = acc[o] as number;
    if (a === 0) continue;
    acc[o] = 0;
    score[o] = (score[o] as number) + weight * (a / (qn * (index.norms[o] ?? 1)));
  }
}
