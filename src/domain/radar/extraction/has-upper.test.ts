import { describe, expect, it } from 'vitest';
import { hasUpper } from './has-upper.ts';
import { SurfaceTable } from './surface-table.ts';
import { tokenizeText } from './tokenize-text.ts';

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

  it('is what the tokeniser notes, and its token hashes are those of the token text', () => {
    const samples = [
      '',
      'plain lowercase text, r&d and c++ / .net',
      'AT&T and R&D',
      'at&T hidden after an ampersand',
      "o'Neil",
      'éàü straße Éclair',
      'σίγμα Σ',
      'ǅ titlecase only',
      'math bold 𝐀 capital',
      'math bold 𝐚 small',
      'lone \ud835 high, lone \udc00 low',
      'x\ud835\udc00',
      'ⅰ roman small, Ⅰ roman capital',
      'notepad++ and F# and .NET',
    ];
    for (let c = 0x80; c < 0x10000; c += 97) samples.push(`ab${String.fromCharCode(c)}cd e`);
    for (const s of samples) {
      const t = tokenizeText(s);
      expect(t.hasUpper, s).toBe(hasUpper(s));
      for (let i = 0; i < t.count; i += 1) {
        const start = t.starts[i] as number;
        const end = t.ends[i] as number;
        expect(t.hashes?.[i], `${s} [${start}, ${end})`).toBe(SurfaceTable.rawHash(s, start, end));
      }
    }
  });
});
