/**
 * Features of the occupation candidates of one ad, for fitting a re-rank of the coder's best
 * few (`eval/occupation-rerank/fit.ts`). Evaluation only: no fitted re-rank generalised to the
 * held-out half of hahu_dev, so the product ranks without these (see the fit script).
 */
import type { OccupationIndex } from '../../src/domain/radar/extraction/build-occupation-index.ts';
import { jobTitleKeys } from '../../src/domain/radar/extraction/job-title-keys.ts';
import type { OccupationEvidence } from '../../src/domain/radar/extraction/rank-occupations.ts';

/**
 * The features per candidate, in this order. Signals: `title`, `exact`
 * (title is the preferred label word for word), `text`, `body`, `skill`, `semantic` (LSA
 * cosine). Shape of the occupation: `depth` (code depth), `narrower` (log 1 + occupations under
 * it), `managerial` (ISCO major group 1). Relation to the lexical first: `broaderOfTop`,
 * `narrowerOfTop`. Words: `labelInTitle` (share of the preferred label's keys the title says),
 * `titleInLabel` (share of the title's keys in the preferred label), `headInTitle` (the
 * preferred label's head noun is in the title). Skills: `essentialShare` (share of the
 * occupation's essential skills the ad names). Prior: `altLabels` (log 1 + its alternative
 * labels), `labelWords` (keys of its preferred label), `lexicalRank` (0 for the lexical first).
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
  'altLabels',
  'labelWords',
  'lexicalRank',
  'titleSemantic',
  'descriptionSemantic',
] as const;
export type RerankFeature = (typeof RERANK_FEATURES)[number];

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
 * The features (`RERANK_FEATURES` order) of each occupation in `top` (occupation indexes, best
 * first by the lexical score): one row per candidate. `semantic`, `titleSemantic` and
 * `descriptionSemantic` hold LSA cosines of `top` in order (`semanticCosines` of title and
 * description, title only, description only), or undefined (all 0). Pure; throws nothing.
 */
export function candidateFeatures(
  index: OccupationIndex,
  ev: OccupationEvidence,
  top: readonly number[],
  semantic: Float64Array | undefined,
  titleSemantic?: Float64Array,
  descriptionSemantic?: Float64Array,
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
      altLabels: Math.log1p(occ?.aliases.length ?? 0),
      labelWords: label.length,
      lexicalRank: j,
      titleSemantic: titleSemantic?.[j] ?? 0,
      descriptionSemantic: descriptionSemantic?.[j] ?? 0,
    };
    return Float64Array.from(RERANK_FEATURES, (f) => row[f]);
  });
}
