import { retrievalTermId } from './build-retrieval-index.ts';
import type { SkillIndex } from './build-skill-index.ts';
import { TOKEN_SENTENCE_START, type TokenList } from './types.ts';

/** Weight of description BM25 next to the label score. */
const DESCRIPTION_WEIGHT = 0.15;
/** How strongly partial label coverage is discounted (score × coverage^γ). */
const COVERAGE_EXPONENT = 1.5;
/** Sentences longer than this many tokens are cut into windows of this size. */
const MAX_QUERY_TOKENS = 60;

function sentenceRanges(tokens: TokenList): [number, number][] {
  const out: [number, number][] = [];
  let s = 0;
  for (let i = 1; i <= tokens.count; i += 1) {
    if (i === tokens.count || ((tokens.flags[i] ?? 0) & TOKEN_SENTENCE_START) !== 0) {
      for (let a = s; a < i; a += MAX_QUERY_TOKENS)
        out.push([a, Math.min(i, a + MAX_QUERY_TOKENS)]);
      s = i;
    }
  }
  return out;
}

/**
 * Scores skills described rather than named: each sentence is a query against every label and
 * alias (idf-weighted overlap discounted by how much of the label is covered, so a label whose
 * words all appear scores highest) plus BM25 over descriptions at low weight. Returns the best
 * score per entry over all sentences, with the token range of that sentence. Throws nothing.
 */
export function retrieveImplicit(
  index: SkillIndex,
  text: string,
  tokens: TokenList,
): Map<number, { score: number; startTok: number; endTok: number }> {
  const r = index.retrieval;
  const labelAcc = new Float64Array(r.labelEntry.length);
  const entryScore = new Float64Array(index.entries.length);
  const entrySeen = new Uint8Array(index.entries.length);
  const best = new Map<number, { score: number; startTok: number; endTok: number }>();
  for (const [a, b] of sentenceRanges(tokens)) {
    const terms = new Set<number>();
    for (let i = a; i < b; i += 1) {
      const id = retrievalTermId(r, text.slice(tokens.starts[i], tokens.ends[i]));
      if (id >= 0) terms.add(id);
    }
    if (terms.size === 0) continue;
    const touchedLabels: number[] = [];
    const touchedEntries: number[] = [];
    for (const t of [...terms].sort((x, y) => x - y)) {
      const idf = r.idf[t] ?? 0;
      const postings = r.labelPostings[t];
      if (postings) {
        for (let k = 0; k < postings.length; k += 1) {
          const l = postings[k] as number;
          if (labelAcc[l] === 0) touchedLabels.push(l);
          labelAcc[l] = (labelAcc[l] ?? 0) + idf;
        }
      }
      const de = r.descEntries[t];
      const dw = r.descWeights[t];
      if (de && dw) {
        for (let k = 0; k < de.length; k += 1) {
          const e = de[k] as number;
          if (entrySeen[e] === 0) {
            entrySeen[e] = 1;
            touchedEntries.push(e);
          }
          entryScore[e] = (entryScore[e] ?? 0) + DESCRIPTION_WEIGHT * (dw[k] ?? 0);
        }
      }
    }
    const labelBest = new Map<number, number>();
    for (const l of touchedLabels) {
      const acc = labelAcc[l] ?? 0;
      labelAcc[l] = 0;
      const coverage = acc / Math.max(r.labelIdfSum[l] ?? 1, 1e-9);
      const s = acc * coverage ** COVERAGE_EXPONENT * (r.labelWeight[l] ?? 1);
      const e = r.labelEntry[l] ?? 0;
      if (s > (labelBest.get(e) ?? 0)) labelBest.set(e, s);
      if (entrySeen[e] === 0) {
        entrySeen[e] = 1;
        touchedEntries.push(e);
      }
    }
    for (const e of touchedEntries) {
      const s = (entryScore[e] ?? 0) + (labelBest.get(e) ?? 0);
      entryScore[e] = 0;
      entrySeen[e] = 0;
      const prev = best.get(e);
      if (!prev || s > prev.score) best.set(e, { score: s, startTok: a, endTok: b - 1 });
    }
  }
  return best;
}
