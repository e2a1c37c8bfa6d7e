import type { PeerVector } from './types.ts';

interface Postings {
  ids: Int32Array;
  weights: Float32Array;
}

/** Inverted indexes over opted-in people: who teaches and who wants to learn each skill. */
export interface MatchIndex {
  profiles: PeerVector[];
  indexOf: Map<string, number>;
  teachers: Map<string, Postings>;
  learners: Map<string, Postings>;
  /** Niches, segments and roles interned to small integers, sorted, per person. */
  niches: Int32Array[];
  segments: Int32Array[];
  roles: Int32Array[];
  intern: Map<string, number>;
  /** Per-index scratch buffers reused by queries (one query at a time: JavaScript is single-threaded). */
  scratch?: {
    theyTeach: Float64Array;
    youTeach: Float64Array;
    seen: Uint8Array;
    touched: Int32Array;
  };
}

function postings(lists: Map<string, { ids: number[]; weights: number[] }>): Map<string, Postings> {
  const out = new Map<string, Postings>();
  for (const [k, v] of lists)
    out.set(k, { ids: Int32Array.from(v.ids), weights: Float32Array.from(v.weights) });
  return out;
}

/** Builds the match index in one pass over the profiles (linear in their total skills). */
export function buildMatchIndex(profiles: PeerVector[]): MatchIndex {
  const teachers = new Map<string, { ids: number[]; weights: number[] }>();
  const learners = new Map<string, { ids: number[]; weights: number[] }>();
  const intern = new Map<string, number>();
  const internAll = (xs: readonly string[], prefix: string) =>
    Int32Array.from(
      [...new Set(xs)].map((x) => {
        const key = `${prefix}:${x}`;
        let id = intern.get(key);
        if (id === undefined) {
          id = intern.size;
          intern.set(key, id);
        }
        return id;
      }),
    ).sort();
  const indexOf = new Map<string, number>();
  const niches: Int32Array[] = [];
  const segments: Int32Array[] = [];
  const roles: Int32Array[] = [];
  profiles.forEach((p, i) => {
    indexOf.set(p.id, i);
    for (const [s, w] of p.teach) {
      let l = teachers.get(s);
      if (!l) {
        l = { ids: [], weights: [] };
        teachers.set(s, l);
      }
      l.ids.push(i);
      l.weights.push(w);
    }
    for (const [s, w] of p.learn) {
      let l = learners.get(s);
      if (!l) {
        l = { ids: [], weights: [] };
        learners.set(s, l);
      }
      l.ids.push(i);
      l.weights.push(w);
    }
    niches.push(internAll(p.niches, 'n'));
    segments.push(internAll(p.segments, 's'));
    roles.push(internAll(p.targetRoles, 'r'));
  });
  return {
    profiles,
    indexOf,
    teachers: postings(teachers),
    learners: postings(learners),
    niches,
    segments,
    roles,
    intern,
  };
}
