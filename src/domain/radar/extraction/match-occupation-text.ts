import { occupationWords, rawOccupationWords, strongStem } from './occupation-words.ts';

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
    for (const w of occupationWords(d)) {
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

/**
 * How one index (never changed once built) reads ads, built up as words are met: each raw lowercase word → the term it
 * counts for (its strong stem, when the index holds it under the document-frequency cap), or
 * -1; per term its document frequency and posting list; and scratch (all zero between calls).
 */
interface Reader {
  rawTerm: Map<string, number>;
  stemTerm: Map<string, number>;
  termDf: number[];
  termList: { occ: Int32Array; weight: Float64Array }[];
  /** Per term: how often the ad names it; the terms named, in order of first appearance. */
  tf: Int32Array;
  named: Int32Array;
  /** Per occupation: the sum of products with the ad's words. */
  acc: Float64Array;
}
const readers = new WeakMap<OccupationTextIndex, Reader>();

function readerOf(index: OccupationTextIndex): Reader {
  let r = readers.get(index);
  if (!r) {
    r = {
      rawTerm: new Map(),
      stemTerm: new Map(),
      termDf: [],
      termList: [],
      tf: new Int32Array(1024),
      named: new Int32Array(1024),
      acc: new Float64Array(index.count),
    };
    readers.set(index, r);
  }
  return r;
}

/** The term a raw lowercase word counts for in `index`, or -1 (unknown or too common). */
function termOf(index: OccupationTextIndex, r: Reader, raw: string): number {
  const stem = strongStem(raw);
  let t = r.stemTerm.get(stem);
  if (t === undefined) {
    const d = index.df.get(stem);
    const list = index.postings.get(stem);
    if (d === undefined || d > index.count * MAX_DF_SHARE || !list) t = -1;
    else {
      t = r.termDf.length;
      r.termDf.push(d);
      r.termList.push(list);
      if (t >= r.tf.length) {
        const tf = new Int32Array(r.tf.length * 2);
        tf.set(r.tf);
        r.tf = tf;
        const named = new Int32Array(r.named.length * 2);
        named.set(r.named);
        r.named = named;
      }
    }
    // Only the index's own terms are kept (bounded by its vocabulary); an unknown stem is
    // looked up again next time rather than kept for ever.
    if (t >= 0) r.stemTerm.set(stem, t);
  }
  if (r.rawTerm.size >= 200_000) r.rawTerm.clear();
  r.rawTerm.set(raw, t);
  return t;
}

/**
 * Sums into the reader's `acc` (by occupation index) the products of the ad's word weights
 * with each occupation's, term by term in the order the ad first names them (skipping words
 * the index does not hold or holds in more than a fifth of occupations); returns the norm of
 * the ad's vector. Every product is positive (idf > 0 below the cap), so an occupation shares
 * a word with the ad exactly when its sum is not 0.
 */
function accumulate(index: OccupationTextIndex, text: string, r: Reader): number {
  let nNamed = 0;
  for (const w of rawOccupationWords(text)) {
    const t = r.rawTerm.get(w) ?? termOf(index, r, w);
    if (t < 0) continue;
    const { tf, named } = r;
    if (tf[t] === 0) named[nNamed++] = t;
    tf[t] = (tf[t] as number) + 1;
  }
  const { tf, named, acc } = r;
  let qn = 0;
  for (let i = 0; i < nNamed; i += 1) {
    const t = named[i] as number;
    const f = tf[t] as number;
    tf[t] = 0;
    const v = (1 + Math.log(f)) * Math.log(index.count / (r.termDf[t] as number));
    qn += v * v;
    const { occ, weight } = r.termList[t] as { occ: Int32Array; weight: Float64Array };
    for (let j = 0; j < occ.length; j += 1) {
      const o = occ[j] as number;
      acc[o] = (acc[o] as number) + v * (weight[j] as number);
    }
  }
  return Math.sqrt(qn) || 1;
}

/**
 * Cosine between an ad's text and each occupation's document (tf-idf over stemmed words; words
 * in more than a fifth of occupations skipped), by occupation index, for the occupations that
 * share a word with the ad. Linear in the ad's distinct words times their posting lengths.
 * Throws nothing.
 */
export function matchOccupationText(index: OccupationTextIndex, text: string): Map<number, number> {
  const r = readerOf(index);
  const qn = accumulate(index, text, r);
  const { acc } = r;
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
  const r = readerOf(index);
  const qn = accumulate(index, text, r);
  const { acc } = r;
  for (let o = 0; o < acc.length; o += 1) {
    const a = acc[o] as number;
    if (a === 0) continue;
    acc[o] = 0;
    score[o] = (score[o] as number) + weight * (a / (qn * (index.norms[o] ?? 1)));
  }
}
