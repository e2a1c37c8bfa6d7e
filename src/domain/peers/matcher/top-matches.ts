import type { MatchIndex } from './build-match-index.ts';
import { COMPETITION_WEIGHTS, combineScore, scorePair } from './score-pair.ts';
import type { Match, MatchOptions, PeerVector } from './types.ts';

/** Default: identical niches alone (0.45) already make two people direct competitors. */
export const DEFAULT_MAX_COMPETITION = 0.45;

function jaccardSorted(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/**
 * The k best complementary matches for one person, from the inverted indexes: only people who
 * can teach them, or want what they teach, are ever scored — never all pairs. Candidates are
 * taken in the order of their best possible score, stopping once none can enter the top k.
 * Exact with respect to `scorePair`. Deterministic: ties break by id.
 */
export function topMatches(index: MatchIndex, me: PeerVector, opts: MatchOptions = {}): Match[] {
  const k = opts.k ?? 10;
  const maxCompetition = opts.maxCompetition ?? DEFAULT_MAX_COMPETITION;
  const n = index.profiles.length;
  // Scratch space reused across queries; only touched slots are reset at the end.
  index.scratch ??= {
    theyTeach: new Float64Array(n),
    youTeach: new Float64Array(n),
    seen: new Uint8Array(n),
    touched: new Int32Array(n),
  };
  const scratch = index.scratch;
  const { theyTeach, youTeach, seen, touched } = scratch;
  let count = 0;
  for (const [skill, priority] of me.learn) {
    const p = index.teachers.get(skill);
    if (!p) continue;
    for (let t = 0; t < p.ids.length; t++) {
      const j = p.ids[t]!;
      theyTeach[j]! += p.weights[t]! * priority;
      if (!seen[j]) {
        seen[j] = 1;
        touched[count++] = j;
      }
    }
  }
  for (const [skill, weight] of me.teach) {
    const p = index.learners.get(skill);
    if (!p) continue;
    for (let t = 0; t < p.ids.length; t++) {
      const j = p.ids[t]!;
      youTeach[j]! += weight * p.weights[t]!;
      if (!seen[j]) {
        seen[j] = 1;
        touched[count++] = j;
      }
    }
  }
  try {
    return rank(
      index,
      me,
      k,
      maxCompetition,
      opts.exclude,
      touched.subarray(0, count),
      theyTeach,
      youTeach,
    );
  } finally {
    for (let i = 0; i < count; i++) {
      const j = touched[i]!;
      theyTeach[j] = 0;
      youTeach[j] = 0;
      seen[j] = 0;
    }
  }
}

/** Candidates taken best upper bound first: a small heap of the most promising, a full sort only if needed. */
function rank(
  index: MatchIndex,
  me: PeerVector,
  k: number,
  maxCompetition: number,
  exclude: ReadonlySet<string> | undefined,
  cands: Int32Array,
  theyTeach: Float64Array,
  youTeach: Float64Array,
): Match[] {
  const self = index.indexOf.get(me.id);
  // My side from `me`, not from my entry in the index: the index may hold only what others
  // may see of me, while my own matches use all of it.
  const myNiches = internQuery(index, me.niches, 'n');
  const mySegments = internQuery(index, me.segments, 's');
  const myRoles = internQuery(index, me.targetRoles, 'r');
  const ub = new Float64Array(cands.length);
  for (let i = 0; i < cands.length; i++) {
    const a = theyTeach[cands[i]!]!;
    const b = youTeach[cands[i]!]!;
    // An upper bound of combineScore (no competition), padded for its rounding.
    ub[i] = (a < b ? a + 0.25 * b : b + 0.25 * a) + 1e-6;
  }
  const byId = (a: number, b: number) => (index.profiles[a]!.id < index.profiles[b]!.id ? -1 : 1);
  const order = (a: number, b: number) => ub[b]! - ub[a]! || byId(cands[a]!, cands[b]!);
  const top: { j: number; score: number }[] = [];
  /** Scores one candidate into the top k; false once no remaining candidate can enter it. */
  const consider = (pos: number): boolean => {
    if (top.length === k && ub[pos]! < top[k - 1]!.score) return false;
    const j = cands[pos]!;
    if (j === self || exclude?.has(index.profiles[j]!.id)) return true;
    const competition =
      COMPETITION_WEIGHTS.niches * jaccardSorted(myNiches, index.niches[j]!) +
      COMPETITION_WEIGHTS.segments * jaccardSorted(mySegments, index.segments[j]!) +
      COMPETITION_WEIGHTS.targetRoles * jaccardSorted(myRoles, index.roles[j]!);
    if (competition >= maxCompetition - 1e-9) return true;
    const score = combineScore(theyTeach[j]!, youTeach[j]!, competition);
    if (score <= 0) return true;
    top.push({ j, score });
    top.sort((a, b) => b.score - a.score || byId(a.j, b.j));
    if (top.length > k) top.pop();
    return true;
  };
  // The most promising few (by upper bound) first, then ever larger batches, stopping as soon
  // as no remaining candidate could enter the top k. Taken candidates are marked -Infinity.
  const remaining = Float64Array.from(ub);
  let left = cands.length;
  let batch = Math.max(64, k * 16);
  while (left > 0) {
    const positions = selectTop(remaining, Math.min(left, batch)).sort(order);
    let stop = false;
    for (const pos of positions) {
      remaining[pos] = Number.NEGATIVE_INFINITY;
      left--;
      if (!consider(pos)) {
        stop = true;
        break;
      }
    }
    if (stop) break;
    batch *= 4;
  }
  return top.map(({ j }) => scorePair(me, index.profiles[j]!));
}

/** Positions of the `m` largest values (any order), with a bounded min-heap. */
function selectTop(values: Float64Array, m: number): number[] {
  const heap: number[] = [];
  const less = (a: number, b: number) => values[a]! < values[b]!;
  for (let i = 0; i < values.length; i++) {
    if (heap.length < m) {
      heap.push(i);
      for (let c = heap.length - 1; c > 0; ) {
        const p = (c - 1) >> 1;
        if (!less(heap[c]!, heap[p]!)) break;
        [heap[c], heap[p]] = [heap[p]!, heap[c]!];
        c = p;
      }
    } else if (values[i]! > values[heap[0]!]!) {
      heap[0] = i;
      for (let c = 0; ; ) {
        const l = 2 * c + 1;
        const r = l + 1;
        let s = c;
        if (l < heap.length && less(heap[l]!, heap[s]!)) s = l;
        if (r < heap.length && less(heap[r]!, heap[s]!)) s = r;
        if (s === c) break;
        [heap[c], heap[s]] = [heap[s]!, heap[c]!];
        c = s;
      }
    }
  }
  return heap;
}

function internQuery(index: MatchIndex, xs: readonly string[], prefix: string): Int32Array {
  return Int32Array.from(
    [...new Set(xs)].map((x) => index.intern.get(`${prefix}:${x}`) ?? -1 - Math.abs(hash(x))),
  ).sort();
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}

/**
 * Scores everyone in `profiles` directly: the reference the index's recall is measured
 * against, and how a person's few circle peers are scored (on what circle members may see).
 */
export function bruteForceTopMatches(
  profiles: PeerVector[],
  me: PeerVector,
  opts: MatchOptions = {},
): Match[] {
  const k = opts.k ?? 10;
  const maxCompetition = opts.maxCompetition ?? DEFAULT_MAX_COMPETITION;
  const all: Match[] = [];
  for (const p of profiles) {
    if (p.id === me.id || opts.exclude?.has(p.id)) continue;
    const m = scorePair(me, p);
    if (m.competition >= maxCompetition - 1e-9 || m.score <= 0) continue;
    all.push(m);
  }
  all.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  return all.slice(0, k);
}
