import { describe, expect, it } from 'vitest';
import { hasUpper } from './has-upper.ts';

describe('hasUpper', () => {
  it('gives the same answer as /\\p{Lu}/u', () => {
    const samples = [
      '',
      'plain lowercase text, 123 + c#',
      'Capital first',
      'ends in X',
      'éàü straße',
      'Éclair',
      'ÆØÅ',
      'σίγμα Σ',
      'ǅ titlecase only',
      'emoji 😀 only',
      'math bold 𝐀 capital',
      'math bold 𝐚 small',
      'lone \ud835 high surrogate',
      'lone \udc00 low surrogate',
      'ⅰ roman small, Ⅰ roman capital',
    ];
    for (const s of samples) expect(hasUpper(s), s).toBe(/\p{Lu}/u.test(s));
  });

  it('agrees with the regex on every BMP character', () => {
    for (let c = 0; c < 0x10000; c += 1) {
      const s = `a${String.fromCharCode(c)}b`;
      if (hasUpper(s) !== /\p{Lu}/u.test(s)) expect.fail(`differs at U+${c.toString(16)}`);
    }
  });
});
