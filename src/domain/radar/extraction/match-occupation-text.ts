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

/** Lowercase words of three letters or more, strongly stemmed ("managing", "management" → manag). */
function words(text: string): string[] {
  const out: string[] = [];
  for (const w of text.toLowerCase().match(/[a-z][a-z0-9+#]*/g) ?? []) {
    if (w.length > 2) out.push(normalizeToken(w, 'strong'));
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

/**
 * Cosine between an ad's text and each occupation's document (tf-idf over stemmed words; words
 * in more than a fifth of occupations skipped), by occupation index. Linear in the ad's distinct
 * words times their posting lengths. Throws nothing.
 */
export function matchOccupationText(index: OccupationTextIndex, text: string): Map<number, number> {
  const tf = new Map<string, number>();
  for (const w of words(text)) tf.set(w, (tf.get(w) ?? 0) + 1);
  const out = new Map<number, number>();
  let qn = 0;
  const maxDf = index.count * MAX_DF_SHARE;
  for (const [w, f] of tf) {
    const d = index.df.get(w);
    const list = index.postings.get(w);
    if (d === undefined || d > maxDf || !list) continue;
    const v = (1 + Math.log(f)) * Math.log(index.count / d);
    qn += v * v;
    for (let i = 0; i < list.occ.length; i += 1) {
      const o = list.occ[i] as number;
      out.set(o, (out.get(o) ?? 0) + v * (list.weight[i] ?? 0));
    }
  }
  qn = Math.sqrt(qn) || 1;
  for (const [o, s] of out) out.set(o, s / (qn * (index.norms[o] ?? 1)));
  return out;
}
