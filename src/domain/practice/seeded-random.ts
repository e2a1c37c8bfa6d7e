import { createHash } from 'node:crypto';
import { mulberry32 } from '../../kernel/mulberry32.ts';

/** A deterministic pseudo-random source: the same seed always gives the same sequence. */
export interface SeededRandom {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `n` distinct elements (fewer when the list is shorter), in a seeded order. */
  sample<T>(items: readonly T[], n: number): T[];
}

/** A seeded generator (mulberry32 over the first 4 bytes of sha256(seed)). */
export function seededRandom(seed: string): SeededRandom {
  const next = mulberry32(createHash('sha256').update(seed).digest().readUInt32LE(0));
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]) => items[int(0, items.length - 1)] as T,
    sample: <T>(items: readonly T[], n: number) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy.slice(0, n);
    },
  };
}
