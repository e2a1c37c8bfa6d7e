import { jobTitleKeys } from './job-title-keys.ts';
import { type NormalizedTitle, normalizeJobTitle } from './normalize-job-title.ts';

/** Occupation labels (preferred and alternative) as weighted key sets, for job-title matching. */
export interface JobTitleIndex {
  /** Key → dense id. */
  vocab: Map<string, number>;
  /** Inverse document frequency of each key over occupations. */
  idf: Float64Array;
  /** Per label: the occupation it names, whether it is the preferred label, its key ids. */
  labelOccupation: Int32Array;
  labelPreferred: Uint8Array;
  labelKeys: Int32Array[];
  /** Per label: the key id of its head noun ("engineering support manager" → manager), or -1. */
  labelHead: Int32Array;
  /** Per label: 1 for a one-word alternative label whose word heads many occupations' labels. */
  labelGeneric: Uint8Array;
  /** Sum of the idf of each label's keys. */
  labelWeight: Float64Array;
  /** Key id → labels holding it. */
  postings: Int32Array[];
}

/**
 * How a label's words found in the title weigh against the title's words found in the label:
 * a title matches a label as (share of the title's idf in the label)^(1 − LABEL_SHARE) ×
 * (share of the label's idf in the title)^LABEL_SHARE, the cosine at 0.5. An ad's title rarely
 * says every word of an ESCO label ("Van Driver" for car and van delivery driver), while a label
 * missing one of the title's words names another job, so the title's side counts a little more.
 * Chosen on the even rows of hahu_dev (0.45 and 0.475 tie there; the one nearer the cosine).
 */
const LABEL_SHARE = 0.475;
/** A title match that misses the title's head noun ("officer", "teacher") counts this much. */
const HEAD_MISS = 0.8;
/**
 * A label that holds the title's head noun only as a qualifier counts this much: "engineering
 * support manager" (an alternative label of construction engineer) is a manager, not the
 * "Support Engineer" the title asks for.
 */
const OTHER_HEAD = 0.8;
/**
 * An alternative label of one word that heads many occupations' labels ("driver" for hearse
 * driver, "teacher" for politics lecturer) names a kind of job, not this one: it counts this much.
 */
const GENERIC_ALT = 0.75;
/** Occupations whose labels hold a word, from which on it is a kind of job ("driver", "teacher"). */
const GENERIC_DF = 20;
/** An alternative label counts a little less than the preferred one, so ties go to the latter. */
const ALT_LABEL = 0.98;
/** The parts after the first one ("Manager – Gender and Protection") count this much. */
const LATER_PART = 0.85;

/** "postman/postwoman", "waiter/waitress": one label per alternative. */
function labelVariants(label: string): string[] {
  if (!label.includes('/')) return [label];
  const m = label.match(/(\p{L}+)\/(\p{L}+)/u);
  if (!m || m.index === undefined) return [label];
  const before = label.slice(0, m.index);
  const after = label.slice(m.index + m[0].length);
  return [`${before}${m[1]}${after}`, `${before}${m[2]}${after}`];
}

/**
 * Builds the job-title index from occupations' preferred and alternative labels; keys are
 * `jobTitleKeys`, weighted by idf over occupations (a word in many occupations' labels, like
 * "officer", weighs less than "physiotherapist"). Throws nothing.
 */
export function buildJobTitleIndex(
  occupations: readonly { name: string; aliases: readonly string[] }[],
): JobTitleIndex {
  const vocab = new Map<string, number>();
  const df: number[] = [];
  const labelOccupation: number[] = [];
  const labelPreferred: number[] = [];
  const labelKeys: Int32Array[] = [];
  const labelHead: number[] = [];
  occupations.forEach((o, oi) => {
    const seen = new Set<number>();
    const labels = [o.name, ...o.aliases];
    labels.forEach((label, li) => {
      for (const v of labelVariants(label)) {
        const ids: number[] = [];
        const tk = jobTitleKeys(v);
        for (const k of tk.keys) {
          let id = vocab.get(k);
          if (id === undefined) {
            id = vocab.size;
            vocab.set(k, id);
            df.push(0);
          }
          ids.push(id);
          if (!seen.has(id)) {
            seen.add(id);
            df[id] = (df[id] ?? 0) + 1;
          }
        }
        if (ids.length === 0) continue;
        labelOccupation.push(oi);
        labelPreferred.push(li === 0 ? 1 : 0);
        labelKeys.push(Int32Array.from(ids));
        labelHead.push(tk.head === undefined ? -1 : (vocab.get(tk.head) ?? -1));
      }
    });
  });
  const n = occupations.length;
  const idf = Float64Array.from(df, (d) => Math.log(1 + n / Math.max(1, d)));
  const labelGeneric = Uint8Array.from(labelKeys, (ks, l) =>
    !labelPreferred[l] && ks.length === 1 && (df[ks[0] ?? 0] ?? 0) >= GENERIC_DF ? 1 : 0,
  );
  const labelWeight = Float64Array.from(labelKeys, (ks) =>
    ks.reduce((s, k) => s + (idf[k] ?? 0), 0),
  );
  const lists: number[][] = Array.from({ length: vocab.size }, () => []);
  labelKeys.forEach((ks, l) => {
    for (const k of ks) lists[k]?.push(l);
  });
  return {
    vocab,
    idf,
    labelOccupation: Int32Array.from(labelOccupation),
    labelPreferred: Uint8Array.from(labelPreferred),
    labelKeys,
    labelHead: Int32Array.from(labelHead),
    labelGeneric,
    labelWeight,
    postings: lists.map((l) => Int32Array.from(l)),
  };
}

const labelFactorCache = new WeakMap<JobTitleIndex, Float64Array>();

/** Each label's weight to the power −LABEL_SHARE, computed once per index. */
function labelFactors(index: JobTitleIndex): Float64Array {
  let f = labelFactorCache.get(index);
  if (!f) {
    f = Float64Array.from(index.labelWeight, (w) => (w || 1) ** -LABEL_SHARE);
    labelFactorCache.set(index, f);
  }
  return f;
}

/** Per index: scratch reused by every call, all zero between calls. */
interface Scratch {
  /** Per label: matched key weight, 1 when it was reached, 1 when it holds the head noun. */
  matched: Float64Array;
  seen: Uint8Array;
  hasHead: Uint8Array;
  /** Labels reached, in the order they were first reached. */
  touched: Int32Array;
  /** Per occupation: its best label score so far; the occupations scored, in order. */
  best: Float64Array;
  scored: Int32Array;
}
const scratchCache = new WeakMap<JobTitleIndex, Scratch>();

function scratchOf(index: JobTitleIndex): Scratch {
  let s = scratchCache.get(index);
  if (!s) {
    const n = index.labelOccupation.length;
    let occupations = 0;
    for (const o of index.labelOccupation) if (o + 1 > occupations) occupations = o + 1;
    s = {
      matched: new Float64Array(n),
      seen: new Uint8Array(n),
      hasHead: new Uint8Array(n),
      touched: new Int32Array(n),
      best: new Float64Array(occupations),
      scored: new Int32Array(occupations),
    };
    scratchCache.set(index, s);
  }
  return s;
}

/**
 * Scores every label sharing a key with one title part; keeps each occupation's best in
 * `s.best` (occupations first scored appended to `s.scored`); returns the new count scored.
 */
function scorePart(
  index: JobTitleIndex,
  text: string,
  weight: number,
  s: Scratch,
  nScored: number,
): number {
  const { keys, head } = jobTitleKeys(text);
  const ids: number[] = [];
  for (const k of keys) {
    const id = index.vocab.get(k);
    if (id !== undefined) ids.push(id);
  }
  if (ids.length === 0) return nScored;
  const headId = head === undefined ? undefined : index.vocab.get(head);
  let qWeight = 0;
  for (const id of ids) qWeight += index.idf[id] ?? 0;
  // Each label's matched weight, summed over the title's keys in order. The head noun is one
  // of the title's keys, so the labels holding it are the ones its posting list reaches.
  const { matched, seen, hasHead, touched, best, scored } = s;
  let nTouched = 0;
  for (const id of ids) {
    const w = index.idf[id] ?? 0;
    const list = index.postings[id];
    if (!list) continue;
    const isHead = id === headId ? 1 : 0;
    for (let i = 0; i < list.length; i += 1) {
      const l = list[i] as number;
      if (seen[l] === 0) {
        seen[l] = 1;
        touched[nTouched++] = l;
      }
      matched[l] = (matched[l] as number) + w;
      if (isHead) hasHead[l] = 1;
    }
  }
  // (m / qWeight)^(1 − LABEL_SHARE) × (m / labelWeight)^LABEL_SHARE, without a power per label.
  const qFactor = qWeight ** (LABEL_SHARE - 1);
  const lf = labelFactors(index);
  let n = nScored;
  for (let t = 0; t < nTouched; t += 1) {
    const l = touched[t] as number;
    const m = matched[l] as number;
    const holdsHead = hasHead[l] === 1;
    matched[l] = 0;
    seen[l] = 0;
    hasHead[l] = 0;
    let v = m * qFactor * (lf[l] ?? 1);
    if (headId !== undefined && !holdsHead) v *= HEAD_MISS;
    else if (headId !== undefined && index.labelHead[l] !== headId) v *= OTHER_HEAD;
    if (!index.labelPreferred[l]) {
      v *= ALT_LABEL;
      if (index.labelGeneric[l]) v *= GENERIC_ALT;
    }
    v *= weight;
    const o = index.labelOccupation[l] ?? 0;
    const b = best[o] as number;
    if (v > b) {
      if (b === 0) scored[n++] = o;
      best[o] = v;
    }
  }
  return n;
}

/**
 * `matchJobTitle` of an already normalised title: calls `visit(o, score)` once per occupation
 * with a positive score, in the order they were first scored. Throws nothing.
 */
export function eachJobTitleMatch(
  index: JobTitleIndex,
  t: NormalizedTitle,
  visit: (o: number, score: number) => void,
): void {
  if (!t.main) return;
  const s = scratchOf(index);
  let n = scorePart(index, t.main, 1, s, 0);
  t.parts.forEach((p, i) => {
    n = scorePart(index, p, i === 0 ? 1 : LATER_PART, s, n);
  });
  const { best, scored } = s;
  for (let i = 0; i < n; i += 1) {
    const o = scored[i] as number;
    const v = best[o] as number;
    best[o] = 0;
    visit(o, v);
  }
}

/**
 * How well a job title names each occupation (0..1, by occupation index): the title is
 * normalised (`normalizeJobTitle`), then the whole of it and each of its parts is compared with
 * every occupation label sharing a word, as the idf-weighted overlap of their key sets leaning
 * slightly to the title's side (`LABEL_SHARE`); a label
 * without the title's head noun counts 0.8, one with it but headed by another noun 0.8, a
 * one-word alternative label that heads many occupations' labels ("driver") 0.75, later parts
 * 0.85. An occupation scores its best
 * label. Unknown words (names, places, project names) are left out of the comparison.
 * Throws nothing.
 */
export function matchJobTitle(index: JobTitleIndex, title: string): Map<number, number> {
  const out = new Map<number, number>();
  eachJobTitleMatch(index, normalizeJobTitle(title), (o, v) => out.set(o, v));
  return out;
}
