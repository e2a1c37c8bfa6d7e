import { describe, expect, it } from 'vitest';
import { checkJsonDepth } from './input-hygiene.ts';

/** The scan as first written (every character visited): the faster one must agree with it. */
function referenceDepthOk(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92) i++;
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 91 || ch === 123) {
      if (++depth > max) return false;
    } else if (ch === 93 || ch === 125) depth--;
  }
  return true;
}

const ok = (text: string, max: number) => {
  try {
    checkJsonDepth(text, 'body', max);
    return true;
  } catch {
    return false;
  }
};

describe('checkJsonDepth', () => {
  it('refuses deep nesting outside strings and ignores brackets inside them', () => {
    expect(ok('[[[1]]]', 3)).toBe(true);
    expect(ok('[[[[1]]]]', 3)).toBe(false);
    expect(ok('{"a":"[[[[[[\\"[[[[[["}', 2)).toBe(true);
    expect(ok('{"a":"x\\\\"}[[[[', 3)).toBe(false); // an escaped backslash ends before the quote
    expect(ok('"unterminated [[[[', 1)).toBe(true);
  });

  it('agrees with a character-by-character scan on random text', () => {
    const alphabet = ['[', ']', '{', '}', '"', '\\', 'a', ',', ':', ' '];
    let x = 7;
    for (let t = 0; t < 5000; t++) {
      let s = '';
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      const len = x % 60;
      for (let i = 0; i < len; i++) {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        s += alphabet[(x >>> 8) % alphabet.length];
      }
      const max = 1 + (t % 5);
      expect(ok(s, max), JSON.stringify(s)).toBe(referenceDepthOk(s, max));
    }
  });
});
