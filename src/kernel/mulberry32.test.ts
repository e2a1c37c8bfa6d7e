import { describe, expect, it } from 'vitest';
import { seededRandom } from '../domain/practice/seeded-random.ts';
import { mulberry32 } from './mulberry32.ts';

describe('mulberry32', () => {
  it('repeats the sequence the former copies produced for the same seed', () => {
    const r = mulberry32(42);
    expect([r(), r(), r()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
  });

  it('feeds practice briefs the same numbers as before (string seeds via sha256)', () => {
    const r = seededRandom('seed|skill|2');
    expect([r.next(), r.next(), r.next()]).toEqual([
      0.6951242685317993, 0.6146813035011292, 0.5107467300258577,
    ]);
  });

  it('gives different sequences for different seeds, all in [0, 1)', () => {
    const a = mulberry32(1);
    const b = mulberry32(2);
    const xs = Array.from({ length: 100 }, () => a());
    expect(xs).not.toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
