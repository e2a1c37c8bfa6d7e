import { describe, expect, it } from 'vitest';
import { semanticWords } from './build-semantic-space.ts';
import { normalizeToken } from './normalize-token.ts';

describe('semanticWords', () => {
  it('splits as /[a-z][a-z0-9+#]*/g over the lowercased text, keeping words over two letters', () => {
    const text =
      'Senior C++/C# Developer: Node.js, ab, x1, A1+B#c, 9lives _under score\nİstanbul naïve ÀBC';
    const want = (text.toLowerCase().match(/[a-z][a-z0-9+#]*/g) ?? [])
      .filter((w) => w.length > 2)
      .map((w) => normalizeToken(w, 'strong'));
    expect(semanticWords(text)).toEqual(want);
    expect(semanticWords(text, new Map())).toEqual(want);
    expect(semanticWords('')).toEqual([]);
  });
});
