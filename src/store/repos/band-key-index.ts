import { packBandKey } from './radar-post-rows.ts';
import type { HeldBandKeys } from './radar-types.ts';

/**
 * Posts' MinHash band keys (packed as numbers, `packBandKey`) held in memory, for an import that asks for near-duplicate candidates chunk after chunk: one read of
 * the stored keys at the start instead of an index probe per key per chunk. Kept as sorted runs
 * of (key, post) pairs in typed arrays (about 12 bytes a pair: a 50,000-post account's million
 * keys take ~12 MB), a run added per call and neighbouring runs merged as they grow, so a look-up
 * is a binary search in a few runs.
 */
export interface BandKeyIndex extends HeldBandKeys {
  /** `add` with the keys already packed (as stored) and distinct per post. */
  addPacked(posts: readonly { id: string; keys: readonly number[] }[]): void;
}

interface Run {
  keys: Float64Array;
  refs: Int32Array;
}

/** An empty index (see `BandKeyIndex`). */
export function createBandKeyIndex(): BandKeyIndex {
  const ids: string[] = [];
  const runs: Run[] = [];

  const sortedRun = (keys: Float64Array, refs: Int32Array): Run => {
    const order = new Uint32Array(keys.length);
    for (let i = 0; i < order.length; i += 1) order[i] = i;
    order.sort((a, b) => keys[a]! - keys[b]!);
    const run: Run = { keys: new Float64Array(keys.length), refs: new Int32Array(keys.length) };
    for (let i = 0; i < order.length; i += 1) {
      run.keys[i] = keys[order[i]!]!;
      run.refs[i] = refs[order[i]!]!;
    }
    return run;
  };

  const merge = (a: Run, b: Run): Run => {
    const n = a.keys.length + b.keys.length;
    const out: Run = { keys: new Float64Array(n), refs: new Int32Array(n) };
    let i = 0;
    let j = 0;
    for (let k = 0; k < n; k += 1) {
      if (j >= b.keys.length || (i < a.keys.length && a.keys[i]! <= b.keys[j]!)) {
        out.keys[k] = a.keys[i]!;
        out.refs[k] = a.refs[i]!;
        i += 1;
      } else {
        out.keys[k] = b.keys[j]!;
        out.refs[k] = b.refs[j]!;
        j += 1;
      }
    }
    return out;
  };

  /** The first position in `keys` whose key is not below `key`. */
  const lowerBound = (keys: Float64Array, key: number): number => {
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const addPacked: BandKeyIndex['addPacked'] = (packed) => {
    let n = 0;
    for (const p of packed) n += p.keys.length;
    if (n === 0) return;
    const keys = new Float64Array(n);
    const refs = new Int32Array(n);
    let at = 0;
    for (const p of packed) {
      if (p.keys.length === 0) continue;
      const ref = ids.length;
      ids.push(p.id);
      for (const k of p.keys) {
        keys[at] = k;
        refs[at] = ref;
        at += 1;
      }
    }
    runs.push(sortedRun(keys, refs));
    // A run at most half the size of the one before it: O(log n) runs, each pair merged
    // O(log n) times.
    while (runs.length > 1 && runs.at(-2)!.keys.length <= 2 * runs.at(-1)!.keys.length) {
      const b = runs.pop()!;
      const a = runs.pop()!;
      runs.push(merge(a, b));
    }
  };

  return {
    add(posts) {
      addPacked(posts.map((p) => ({ id: p.id, keys: [...new Set(p.bands)].map(packBandKey) })));
    },
    addPacked,
    lookup(keys) {
      const out = new Map<string, number[]>();
      for (const key of new Set(keys)) {
        for (const run of runs) {
          for (let i = lowerBound(run.keys, key); i < run.keys.length && run.keys[i] === key; i++) {
            const id = ids[run.refs[i]!]!;
            const held = out.get(id);
            if (held) held.push(key);
            else out.set(id, [key]);
          }
        }
      }
      return out;
    },
    get posts() {
      return ids.length;
    },
  };
}
