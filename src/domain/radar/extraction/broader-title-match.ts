import type { OccupationIndex } from './build-occupation-index.ts';
import { jobTitleKeys } from './job-title-keys.ts';

interface Broader {
  /** Per occupation: the index of the occupation its ESCO code narrows (`3434.1.1` → `3434.1`), or -1. */
  parent: Int32Array;
  /** Per occupation: the keys of its preferred label its broader occupation's preferred label lacks. */
  distinct: string[][];
}

const cache = new WeakMap<OccupationIndex, Broader>();

/** Each occupation's broader occupation and what sets it apart, built once per index. */
function broader(index: OccupationIndex): Broader {
  let b = cache.get(index);
  if (b) return b;
  const byCode = new Map(index.occupations.map((o, i) => [o.code, i]));
  const parent = Int32Array.from(
    index.occupations,
    (o) => byCode.get(o.code.split('.').slice(0, -1).join('.')) ?? -1,
  );
  const keys = index.occupations.map((o) => jobTitleKeys(o.name).keys);
  const distinct = keys.map((ks, i) => {
    const p = parent[i] ?? -1;
    if (p < 0) return [];
    const of = new Set(keys[p]);
    return ks.filter((k) => !of.has(k));
  });
  b = { parent, distinct };
  cache.set(index, b);
  return b;
}

/**
 * Title scores (`matchJobTitle`, by occupation index) with each narrower occupation's score
 * passed on to its broader one (ESCO code one level up) when the title does not say everything
 * that sets the narrower one apart (the words of its preferred label that the broader one's
 * lacks): ESCO files loose names under narrow occupations ("front desk assistant" under front
 * line medical receptionist, "laboratory technician" under bacteriology technician), and a title
 * that does not say "medical" or "bacteriology" names the broader occupation just as well. The
 * broader one keeps its own score when higher; ties then go to the text and skills. A narrower
 * occupation whose preferred label adds no word to the broader one's passes nothing. One level,
 * from the scores as given. `titleMain` is the normalised title's main part
 * (`normalizeJobTitle(title).main`, which the ranker has already). Returns a new map; throws nothing.
 */
export function shareWithBroader(
  index: OccupationIndex,
  titleMain: string,
  scores: ReadonlyMap<number, number>,
): Map<number, number> {
  const said = new Set(jobTitleKeys(titleMain).keys);
  return share(index, scores, () => said);
}

/**
 * Occupation labels named in an ad's body (by occupation index: score and the words that named
 * it) as scores, each narrower occupation's passed on to its broader one when the words that
 * named it do not say what sets it apart, as `shareWithBroader` does for the title: an ad that
 * asks for a "laboratory technician" names scientific laboratory technician as much as
 * bacteriology technician, whose alternative label it is. Returns a new map; throws nothing.
 */
export function shareNamedWithBroader(
  index: OccupationIndex,
  named: ReadonlyMap<number, { score: number; text: string }>,
): Map<number, number> {
  const scores = new Map<number, number>();
  for (const [o, n] of named) scores.set(o, n.score);
  return share(index, scores, (o) => new Set(jobTitleKeys(named.get(o)?.text ?? '').keys));
}

/** Each score passed on to the broader occupation unless `said(o)` holds what sets o apart. */
function share(
  index: OccupationIndex,
  scores: ReadonlyMap<number, number>,
  said: (o: number) => ReadonlySet<string>,
): Map<number, number> {
  const { parent, distinct } = broader(index);
  const out = new Map(scores);
  for (const [o, s] of scores) {
    const p = parent[o] ?? -1;
    if (p < 0 || s <= (out.get(p) ?? 0)) continue;
    const words = said(o);
    if ((distinct[o] ?? []).every((k) => words.has(k))) continue;
    out.set(p, s);
  }
  return out;
}
