import { describe, expect, it } from 'vitest';
import { maybeSameWork, morphKey, WordShapes } from './morph-key.ts';

const key = (w: string) => morphKey(w).key;

describe('morphKey', () => {
  it('folds the plural of a word the lexicon does not know into its singular', () => {
    for (const w of ['webinar', 'chatbot', 'mockup', 'infographic', 'ebook', 'vlog', 'plugin'])
      expect(key(`${w}s`)).toBe(key(w));
    expect(key('wireframes')).toBe(key('wireframe'));
  });

  it('leaves words ending in -ss, -us, -is, -os and known words as the lexicon reads them', () => {
    expect(key('status')).toBe('status');
    expect(key('analytics')).toBe('analytics');
    expect(key('series')).toBe('series');
    expect(key('dashboards')).toBe(key('dashboard'));
  });
});

describe('WordShapes', () => {
  it('passes words of a listed length and first letter in any case, and rules out the rest', () => {
    const shapes = new WordShapes(['make', 'build', 'need']);
    const at = (text: string) => shapes.has(text, 0, text.length);
    expect(['make', 'Make', 'MAKE', 'mike', 'Build', 'nerd'].map(at)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['makes', 'bake', 'bold', 'é', '', '4ake', 'x'.repeat(40)].map(at)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(shapes.has('we need it', 3, 7)).toBe(true);
    expect(() => new WordShapes(['Éclair'])).toThrow();
  });

  it('keeps maybeSameWork to the same-work verbs’ shapes', () => {
    for (const w of ['draft', 'Draft', 'compose', 'proof'])
      expect(maybeSameWork(w, 0, w.length)).toBe(true);
    for (const w of ['drafts', 'design', 'write'])
      expect(maybeSameWork(w, 0, w.length)).toBe(false);
  });
});
