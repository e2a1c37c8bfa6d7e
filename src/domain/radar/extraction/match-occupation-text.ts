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
  // Words as dense ids; per document its distinct words in order of first appearance and
  // their counts (what a Map per document held), without a Map per document.
  const ids = new Map<string, number>();
  const vocab: string[] = [];
  const docStart = [0];
  const docWords: number[] = [];
  const docCounts: number[] = [];
  let lastDoc = new Int32Array(1 << 12).fill(-1);
  let slot = new Int32Array(1 << 12);
  documents.forEach((d, o) => {
    for (const w of words(d)) {
      let id = ids.get(w);
      if (id === undefined) {
        id = vocab.length;
        ids.set(w, id);
        vocab.push(w);
        if (id >= lastDoc.length) {
          const grownLast = new Int32Array(lastDoc.length * 2).fill(-1);
          grownLast.set(lastDoc);
          lastDoc = grownLast;
          const grownSlot = new Int32Array(slot.length * 2);
          grownSlot.set(slot);
          slot = grownSlot;
        }
      }
      if (lastDoc[id] === o) {
        const at = slot[id] as number;
        docCounts[at] = (docCounts[at] as number) + 1;
      } else {
        lastDoc[id] = o;
        slot[id] = docWords.length;
        docWords.push(id);
        docCounts.push(1);
      }
    }
    docStart.push(docWords.length);
  });
  const dfById = new Int32Array(vocab.length);
  for (const id of docWords) dfById[id] = (dfById[id] as number) + 1;
  const n = documents.length;
  const occById = Array.from(vocab, (_, id) => new Int32Array(dfById[id] as number));
  const weightById = Array.from(vocab, (_, id) => new Float64Array(dfById[id] as number));
  const filled = new Int32Array(vocab.length);
  const norms = new Float64Array(n);
  for (let o = 0; o < n; o += 1) {
    let sq = 0;
    for (let j = docStart[o] as number; j < (docStart[o + 1] as number); j += 1) {
      const id = docWords[j] as number;
      const f = docCounts[j] as number;
      const v = (1 + Math.log(f)) * Math.log(n / (dfById[id] as number));
      sq += v * v;
      const at = filled[id] as number;
      filled[id] = at + 1;
      (occById[id] as Int32Array)[at] = o;
      (weightById[id] as Float64Array)[at] = v;
    }
    norms[o] = Math.sqrt(sq) || 1;
  }
  const df = new Map<string, number>();
  const postings = new Map<string, { occ: Int32Array; weight: Float64Array }>();
  vocab.forEach((w, id) => {
    df.set(w, dfById[id] as number);
    postings.set(w, { occ: occById[id] as Int32Array, weight: weightById[id] as Float64Array });
  });
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
