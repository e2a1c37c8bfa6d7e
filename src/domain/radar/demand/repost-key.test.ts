import { describe, expect, it } from 'vitest';
import {
  fingerprint,
  isNearDuplicate,
  isRepost,
  isRepostKey,
  NO_REPOST_KEY,
  REPOST_MAX_WORDS,
  repostKey,
} from './fingerprint.ts';

const post = 'Accountant\nAccountant wanted in Addis Ababa. Apply by 5 June 2025.';

describe('repost keys of short posts', () => {
  it('word shingles cannot see a short repost with a new date', () => {
    const repost = 'Accountant\nAccountant wanted in Addis Ababa. Apply by 12 July 2025.';
    expect(isNearDuplicate(fingerprint(post), fingerprint(repost))).toBe(false);
    expect(repostKey(repost)).toBe(repostKey(post));
    expect(isRepost(fingerprint(post), fingerprint(repost))).toBe(true);
  });

  it('leaves out dates in any common shape and the marks boards add to a repost', () => {
    const key = repostKey(post);
    for (const repost of [
      'Accountant\nAccountant wanted in Addis Ababa. Apply by June 30th, 2025.',
      'Accountant\nAccountant wanted in Addis Ababa. Apply by 2025-07-12.',
      'Accountant\nAccountant wanted in Addis Ababa. Apply by 12/07/2025.',
      'Accountant (Re-advertised)\nURGENT: Accountant wanted in Addis Ababa. Apply by Friday.',
      'Accountant\nAccountant wanted in Addis Ababa. Deadline extended: apply by 20 June.',
    ]) {
      const k = repostKey(repost);
      if (repost.includes('Deadline')) expect(k).not.toBe(key);
      else expect(k, repost).toBe(key);
    }
  });

  it('tells apart posts whose words, title or other numbers differ', () => {
    const key = repostKey(post);
    expect(repostKey(post.replace(/Accountant/g, 'Cashier'))).not.toBe(key);
    expect(repostKey(post.replace('Addis Ababa', 'Hawassa'))).not.toBe(key);
    expect(repostKey(`Senior accountant\n${post.split('\n')[1]}`)).not.toBe(key);
    const a = repostKey('Translator\nTranslate 500 words from French to English by 5 June.');
    const b = repostKey('Translator\nTranslate 2000 words from French to English by 5 June.');
    expect(a).toBeDefined();
    expect(a).not.toBe(b);
    expect(repostKey('Job 12\nSQL and Python reports, ticket 83, batch 3.')).not.toBe(
      repostKey('Job 13\nSQL and Python reports, ticket 91, batch 4.'),
    );
  });

  it('gives none to long posts, whose shingles see reposts, nor to bare titles', () => {
    const long = Array.from({ length: REPOST_MAX_WORDS }, (_, i) => `word${i}`).join(' ');
    expect(repostKey(long)).toBeUndefined();
    expect(repostKey('Driver\nDriver 2 June')).toBeUndefined();
    expect(repostKey('')).toBeUndefined();
  });

  it('never gives the stored "none" mark, which is no repost key', () => {
    const key = repostKey(post) ?? '';
    expect(isRepostKey(key)).toBe(true);
    expect(isRepostKey(NO_REPOST_KEY)).toBe(false);
    expect(isRepostKey('3:abc')).toBe(false);
  });

  it('a shared key between texts of very different length is no repost (a hash collision)', () => {
    const short = fingerprint('one two three four five six');
    const long = fingerprint(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '));
    expect(isRepost(short, long)).toBe(false);
  });
});
