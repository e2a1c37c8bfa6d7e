import type { OccupationIndex } from './build-occupation-index.ts';
import { cachedOccupationSemantics, centre } from './build-occupation-semantics.ts';
import { embedText } from './build-semantic-space.ts';
import { ranksBefore } from './occupation-order.ts';

/** How many of the lexical ranking's best occupations the semantic cosine may reorder. */
export const SEMANTIC_DEPTH = 10;
/**
 * Weight of the semantic cosine (−1..1) added to those occupations' scores. Chosen on the even
 * rows of hahu_dev (best P@1 + P@3 there over weights 0.5–1.5 and three seeds).
 */
export const SEMANTIC_WEIGHT = 1;
/** The title counts this many times in the ad's vector, the description once. */
const TITLE_REPEAT = 3;

/**
 * Re-ranks the best `SEMANTIC_DEPTH` occupations of `order` (occupation indexes, best first,
 * by `score`): each gains `SEMANTIC_WEIGHT` × the cosine between the ad (normalised title
 * `titleMain`, repeated, plus the description) and the occupation in the LSA space learnt from
 * ESCO (`buildOccupationSemantics`), so an ad about patients and wards leans to nursing even
 * when its words are not the occupation's. Adds to `score` in place for those occupations and
 * returns them re-sorted (score, then deeper code, then index order), followed by the rest of
 * `order` unchanged. Deterministic. Throws nothing.
 */
export function rerankBySemantics(
  index: OccupationIndex,
  titleMain: string,
  description: string,
  order: readonly number[],
  score: Float64Array,
): number[] {
  const top = order.slice(0, SEMANTIC_DEPTH);
  if (top.length < 2) return [...order];
  const cos = semanticCosines(index, titleMain, description, top);
  if (!cos) return [...order];
  top.forEach((o, j) => {
    score[o] = (score[o] ?? 0) + SEMANTIC_WEIGHT * (cos[j] as number);
  });
  top.sort((a, b) => (ranksBefore(score, index.depth, a, b) ? -1 : 1));
  return [...top, ...order.slice(SEMANTIC_DEPTH)];
}

/**
 * The cosine (−1..1) between the ad (normalised title `titleMain`, repeated `TITLE_REPEAT`
 * times, plus the description) and each occupation of `occupations` in the LSA space learnt
 * from ESCO (`buildOccupationSemantics`), in the order given; undefined when the ad has no word
 * the space knows. Throws nothing.
 */
export function semanticCosines(
  index: OccupationIndex,
  titleMain: string,
  description: string,
  occupations: readonly number[],
): Float64Array | undefined {
  const sem = cachedOccupationSemantics(index);
  const dims = sem.space.dims;
  const ad = embedText(sem.space, `${`${titleMain}\n`.repeat(TITLE_REPEAT)}${description}`);
  if (!ad.some((x) => x !== 0)) return undefined;
  centre(ad, sem.mean);
  const out = new Float64Array(occupations.length);
  occupations.forEach((o, j) => {
    let dot = 0;
    for (let c = 0; c < dims; c += 1)
      dot += (ad[c] as number) * (sem.vectors[o * dims + c] as number);
    out[j] = dot;
  });
  return out;
}
