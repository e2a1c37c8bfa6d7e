import { describe, expect, it } from 'vitest';
import { morphKey } from './morph-key.ts';

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
