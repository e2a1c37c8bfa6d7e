/**
 * A small seeded generator (mulberry32): the same 32-bit seed always gives the same sequence
 * of numbers in [0, 1). Used where output must repeat (demo data, synthetic profiles,
 * benchmarks, practice briefs); never for secrets.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
