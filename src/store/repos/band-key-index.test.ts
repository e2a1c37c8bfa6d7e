import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../kernel/index.ts';
import { createBandKeyIndex } from './band-key-index.ts';
import { packBandKey } from './radar-post-rows.ts';

describe('createBandKeyIndex', () => {
  it('answers what a scan of every post answers, across many runs and merges', () => {
    const random = mulberry32(7);
    const index = createBandKeyIndex();
    const all: { id: string; keys: number[] }[] = [];
    // Keys from a small range so posts share them; packed-size numbers (band * 2^32 + hash).
    const key = () => Math.floor(random() * 20) * 2 ** 32 + Math.floor(random() * 300);
    for (let batch = 0; batch < 40; batch += 1) {
      const posts = Array.from({ length: 1 + Math.floor(random() * 30) }, (_, i) => ({
        id: `p${batch}-${i}`,
        keys: [...new Set(Array.from({ length: 20 }, key))],
      }));
      index.addPacked(posts);
      all.push(...posts);
      const asked = Array.from({ length: 50 }, key);
      const want = new Map<string, number[]>();
      for (const p of all) {
        const shared = [...new Set(asked)].filter((k) => p.keys.includes(k));
        if (shared.length) want.set(p.id, shared);
      }
      const got = index.lookup(asked);
      const norm = (m: Map<string, number[]>) =>
        [...m].map(([id, ks]) => [id, [...ks].sort((a, b) => a - b)]).sort();
      expect(norm(got)).toEqual(norm(want));
    }
    expect(index.posts).toBe(all.length);
  });

  it('finds nothing in an empty index and ignores posts without keys', () => {
    const index = createBandKeyIndex();
    expect(index.lookup([1, 2])).toEqual(new Map());
    index.addPacked([{ id: 'a', keys: [] }]);
    expect(index.lookup([1])).toEqual(new Map());
    index.addPacked([{ id: 'b', keys: [1, 5] }]);
    expect(index.lookup([5, 5, 9])).toEqual(new Map([['b', [5]]]));
  });

  it('takes band keys as posts carry them and answers them packed', () => {
    const index = createBandKeyIndex();
    index.add([{ id: 'p', bands: ['3:abc', '3:abc', '19:1z141z3'] }]);
    expect(index.lookup([packBandKey('3:abc'), packBandKey('4:abc')])).toEqual(
      new Map([['p', [packBandKey('3:abc')]]]),
    );
    expect(index.posts).toBe(1);
  });
});
