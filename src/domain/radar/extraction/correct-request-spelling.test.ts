import { describe, expect, it } from 'vitest';
import { buildProductIndex, extractStoredSkills } from '../get-skill-index.ts';
import { correctRequestSpelling } from './correct-request-spelling.ts';
import { tokenizeText } from './tokenize-text.ts';

const index = buildProductIndex();
const fix = (text: string) => correctRequestSpelling(index, text, tokenizeText(text))?.text;

describe('request spelling', () => {
  it('reads a misspelt skill word as the word one slip away', () => {
    expect(fix('make subtitels for my videos')).toBe('make subtitles for my videos');
    expect(fix('Remove duplicats from our list')).toBe('Remove duplicates from our list');
  });

  it('leaves known words, names, short words and forms of known verbs alone', () => {
    expect(fix('Set up Klaviyo flows for our shop')).toBeUndefined();
    expect(fix('Act responsibly with data')).toBeUndefined();
    expect(fix('Fix the typo')).toBeUndefined();
  });

  it('gives spans in the request’s own offsets', () => {
    const text = 'pls make subtitels for my vids';
    const [skill] = extractStoredSkills(index, text);
    expect(skill?.skillId).toBe('captioning');
    const span = skill?.spans[0];
    expect(span && text.slice(span.start, span.end)).toBe(span?.text);
    expect(span?.text).toContain('subtitels');
  });

  it('leaves a very long token alone (its deletion variants once exhausted memory)', () => {
    const long = `proofreding ${'a'.repeat(200_000)}`;
    expect(fix(long)).toBe(`proofreading ${'a'.repeat(200_000)}`);
  });
});
