import { describe, expect, it } from 'vitest';
import {
  bandKeys,
  fingerprint,
  fingerprintJaccard,
  isNearDuplicate,
  jaccard,
  NEAR_DUPLICATE_JACCARD,
  shingles,
  textHash,
  textPrints,
} from './fingerprint.ts';

const base =
  'We are a small online retailer looking for a freelance analyst to build a monthly sales dashboard in Tableau, clean our Shopify exports and write SQL queries against our PostgreSQL database. Please share examples of similar work and your availability for a call next week.';

/** The first two band keys of `base` as computed before `textPrints` (stored keys stay valid). */
const BASE_BANDS = ['0:zjxagv', '1:fqohgd'];

describe('fingerprints', () => {
  it('gives the same hash to texts that differ only in case, spacing and punctuation', () => {
    expect(textHash(base)).toBe(textHash(`  ${base.toUpperCase().replace(/,/g, ' ;')}  `));
    expect(textHash(base)).not.toBe(textHash(`${base} Budget is $500.`));
  });

  it('finds a lightly edited repost near-duplicate and shares a band with it', () => {
    const repost = base.replace('next week', 'this week');
    const a = shingles(base);
    const b = shingles(repost);
    expect(jaccard(a, b)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_JACCARD);
    const shared = bandKeys(a).filter((k) => bandKeys(b).includes(k));
    expect(shared.length).toBeGreaterThan(0);
  });

  it('keeps a different post of the same template apart', () => {
    const other =
      'We are a logistics company looking for a freelance analyst to build Power BI reports with DAX, model our warehouse data and automate the weekly numbers with Python. Fixed price preferred; tell us how long you expect it to take.';
    expect(jaccard(shingles(base), shingles(other))).toBeLessThan(0.3);
  });

  it('computes hash, fingerprint and band keys at once exactly as one by one', () => {
    for (const text of [base, '', 'two words', `${base.toUpperCase()} 42 c++ c#`]) {
      const p = textPrints(text);
      expect(p.hash).toBe(textHash(text));
      expect([...p.fp]).toEqual([...fingerprint(text)]);
      expect(p.bands).toEqual(bandKeys(shingles(text)));
      expect(p.bands).toEqual(bandKeys(fingerprint(text)));
    }
    // Pinned: stored band keys must not change with the implementation.
    expect(bandKeys(fingerprint(base)).slice(0, 2)).toEqual(BASE_BANDS);
  });

  it('decides near-duplicates exactly as the full Jaccard, stopping early', () => {
    let x = 99;
    const rand = () => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return x;
    };
    const sorted = (xs: Iterable<number>) => Uint32Array.from(new Set(xs)).sort();
    let near = 0;
    for (let t = 0; t < 4000; t++) {
      // Two sets sharing a random part (0–100 %) of a common pool, of sizes 0–60.
      const shared = Array.from({ length: rand() % 60 }, rand);
      const keep = (rand() % 101) / 100;
      const side = () => [
        ...shared.filter(() => rand() % 100 < keep * 100),
        ...Array.from({ length: rand() % 8 }, rand),
      ];
      const a = sorted(side());
      const b = t % 7 === 0 ? a : sorted(side());
      for (const threshold of [NEAR_DUPLICATE_JACCARD, 0.5, 0.9, 1, 0.01]) {
        const want = fingerprintJaccard(a, b) >= threshold;
        expect(isNearDuplicate(a, b, threshold), `${[...a]} | ${[...b]} @ ${threshold}`).toBe(want);
        if (want && threshold === NEAR_DUPLICATE_JACCARD) near += 1;
      }
    }
    // The draw covers both answers at the product's threshold.
    expect(near).toBeGreaterThan(500);
    expect(near).toBeLessThan(3500);
  });
});
