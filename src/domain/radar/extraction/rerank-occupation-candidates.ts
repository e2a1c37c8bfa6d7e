import type { OccupationIndex } from './build-occupation-index.ts';
import { jobTitleKeys } from './job-title-keys.ts';
import { ranksBefore } from './occupation-order.ts';
import { SEMANTIC_DEPTH, SEMANTIC_WEIGHT, semanticCosines } from './rerank-by-semantics.ts';

/**
 * What the lexical stage of `rankOccupations` found for one ad, signal by signal (occupation
 * index → value), and the lexical score they sum to.
 */
export interface OccupationEvidence {
  /** The lexical score per occupation (the weighted sum of the signals below). */
  score: Float64Array;
  /** Title match (0..1) after sharing with the broader occupation. */
  title: ReadonlyMap<number, number>;
  /** Tf-idf cosine between the ad's words and the occupation's text. */
  text: Float64Array;
  /** Occupation labels named in the body (confidence sum, shared with the broader one). */
  body: ReadonlyMap<number, number>;
  /** Cosine between the ad's named skills and the occupation's skill profile. */
  skill: ReadonlyMap<number, number>;
  /** The ad's named skills (skill entry index → confidence). */
  adSkills: ReadonlyMap<number, number>;
  /** The normalised title's main part. */
  titleMain: string;
}

/**
 * The features the re-rank reads per candidate, in this order. Signals: `title`, `exact`
 * (title is the preferred label word for word), `text`, `body`, `skill`, `semantic` (LSA
 * cosine). Shape of the occupation: `depth` (code depth), `narrower` (log 1 + occupations under
 * it), `managerial` (ISCO major group 1). Relation to the lexical first: `broaderOfTop`,
 * `narrowerOfTop`. Words: `labelInTitle` (share of the preferred label's keys the title says),
 * `titleInLabel` (share of the title's keys in the preferred label), `headInTitle` (the
 * preferred label's head noun is in the title). Skills: `essentialShare` (share of the
 * occupation's essential skills the ad names).
 */
export const RERANK_FEATURES = [
  'title',
  'exact',
  'text',
  'body',
  'skill',
  'semantic',
  'depth',
  'narrower',
  'managerial',
  'broaderOfTop',
  'narrowerOfTop',
  'labelInTitle',
  'titleInLabel',
  'headInTitle',
  'essentialShare',
] as const;
export type RerankFeature = (typeof RERANK_FEATURES)[number];
export type RerankWeights = Readonly<Record<RerankFeature, number>>;

/** All zero: the re-rank is the lexical score plus the semantic cosine, as before it learnt. */
export const ZERO_WEIGHTS: RerankWeights = Object.fromEntries(
  RERANK_FEATURES.map((f) => [f, 0]),
) as Record<RerankFeature, number>;

/** The weights the product ranks with. */
export const RERANK_WEIGHTS: RerankWeights = ZERO_WEIGHTS;

/** The title score from which a title counts as the preferred label word for word. */
const EXACT_AT = 0.995;

interface Shape {
  narrower: Float64Array;
  labelKeys: string[][];
  labelHead: (string | undefined)[];
}
const shapeCache = new WeakMap<OccupationIndex, Shape>();

/** Per occupation: log(1 + occupations under its code), its preferred label's keys and head. */
function shape(index: OccupationIndex): Shape {
  let s = shapeCache.get(index);
  if (s) return s;
  const count = new Map<string, number>();
  for (const o of index.occupations) {
    const parts = o.code.split('.');
    for (let d = 1; d < parts.length; d += 1) {
      const prefix = parts.slice(0, d).join('.');
      count.set(prefix, (count.get(prefix) ?? 0) + 1);
    }
  }
  const narrower = Float64Array.from(index.occupations, (o) => Math.log1p(count.get(o.code) ?? 0));
  const keys = index.occupations.map((o) => jobTitleKeys(o.name));
  s = { narrower, labelKeys: keys.map((k) => k.keys), labelHead: keys.map((k) => k.head) };
  shapeCache.set(index, s);
  return s;
}

/** True when code `a` lies under code `b` (`3434.1.1` under `3434.1`). */
const under = (a: string, b: string): boolean => a.length > b.length && a.startsWith(`${b}.`);

/**
 * The re-rank features (`RERANK_FEATURES` order) of each occupation in `top` (occupation
 * indexes, best first by the lexical score): one row per candidate. `semantic` holds the LSA
 * cosines of `top` in order (`semanticCosines`), or undefined (all 0). Pure; throws nothing.
 */
export function candidateFeatures(
  index: OccupationIndex,
  ev: OccupationEvidence,
  top: readonly number[],
  semantic: Float64Array | undefined,
): Float64Array[] {
  const sh = shape(index);
  const titleKeys = new Set(jobTitleKeys(ev.titleMain).keys);
  const first = index.occupations[top[0] ?? -1]?.code ?? '';
  return top.map((o, j) => {
    const occ = index.occupations[o];
    const code = occ?.code ?? '';
    const label = sh.labelKeys[o] ?? [];
    const labelSet = new Set(label);
    const head = sh.labelHead[o];
    const essential = index.essential[o] ?? [];
    let named = 0;
    for (const s of essential) if (ev.adSkills.has(s)) named += 1;
    let inLabel = 0;
    for (const k of titleKeys) if (labelSet.has(k)) inLabel += 1;
    const title = ev.title.get(o) ?? 0;
    const row: Record<RerankFeature, number> = {
      title,
      exact: title >= EXACT_AT ? 1 : 0,
      text: ev.text[o] ?? 0,
      body: ev.body.get(o) ?? 0,
      skill: ev.skill.get(o) ?? 0,
      semantic: semantic?.[j] ?? 0,
      depth: index.depth[o] ?? 0,
      narrower: sh.narrower[o] ?? 0,
      managerial: (occ?.iscoGroup ?? code).startsWith('1') ? 1 : 0,
      broaderOfTop: under(first, code) ? 1 : 0,
      narrowerOfTop: under(code, first) ? 1 : 0,
      labelInTitle: label.length ? label.filter((k) => titleKeys.has(k)).length / label.length : 0,
      titleInLabel: titleKeys.size ? inLabel / titleKeys.size : 0,
      headInTitle: head !== undefined && titleKeys.has(head) ? 1 : 0,
      essentialShare: essential.length ? named / essential.length : 0,
    };
    return Float64Array.from(RERANK_FEATURES, (f) => row[f]);
  });
}

/**
 * Re-ranks the best `SEMANTIC_DEPTH` occupations of `order` (best first by `ev.score`): each
 * gains `SEMANTIC_WEIGHT` × its LSA cosine plus the weighted sum of its features
 * (`candidateFeatures`, `weights`). Adds to `ev.score` in place for those occupations and returns
 * them re-sorted (`ranksBefore`), followed by the rest of `order` unchanged. Deterministic;
 * throws nothing.
 */
export function rerankOccupationCandidates(
  index: OccupationIndex,
  ev: OccupationEvidence,
  description: string,
  order: readonly number[],
  weights: RerankWeights,
): number[] {
  const top = order.slice(0, SEMANTIC_DEPTH);
  if (top.length < 2) return [...order];
  const semantic = semanticCosines(index, ev.titleMain, description, top);
  const rows = candidateFeatures(index, ev, top, semantic);
  const w = Float64Array.from(RERANK_FEATURES, (f) => weights[f]);
  const score = ev.score;
  top.forEach((o, j) => {
    const row = rows[j] as Float64Array;
    let add = SEMANTIC_WEIGHT * (semantic?.[j] ?? 0);
    for (let f = 0; f < w.length; f += 1) add += (w[f] as number) * (row[f] as number);
    score[o] = (score[o] ?? 0) + add;
  });
  top.sort((a, b) => (ranksBefore(score, index.depth, a, b) ? -1 : 1));
  return [...top, ...order.slice(SEMANTIC_DEPTH)];
}
