import { describe, expect, it } from 'vitest';
import { normalizeToken } from './normalize-token.ts';
import { occupationWords, rawOccupationWords } from './occupation-words.ts';

describe('occupationWords', () => {
  it('splits as /[a-z][a-z0-9+#]*/g over the lowercased text, keeping words over two letters', () => {
    const text =
      'Senior C++/C# Developer: Node.js, ab, x1, A1+B#c, 9lives _under score\nİstanbul naïve ÀBC';
    const raw = (text.toLowerCase().match(/[a-z][a-z0-9+#]*/g) ?? []).filter((w) => w.length > 2);
    const want = raw.map((w) => normalizeToken(w, 'strong'));
    expect(rawOccupationWords(text)).toEqual(raw);
    expect(occupationWords(text)).toEqual(want);
    // Again, the stems now remembered.
    expect(occupationWords(text)).toEqual(want);
    expect(occupationWords('')).toEqual([]);
  });
});
