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

const body = (title: string, text: string) => `${title}\n${text}`;
const ad = (date: string) =>
  body('Accountant', `Accountant wanted in Addis Ababa. 3 years of bookkeeping. Apply by ${date}.`);

describe('repost keys of short posts', () => {
  it('keeps every number that is no date: counts, amounts, versions, grades, hours', () => {
    for (const [a, b] of [
      [
        'Freelance translator needed. You may translate 5 documents per week.',
        'Freelance translator needed. You may translate 20 documents per week.',
      ],
      [
        'Office cleaner needed, Monday to Friday 4 hours a day, pay weekly.',
        'Office cleaner needed, Monday to Friday 8 hours a day, pay weekly.',
      ],
      [
        'Start in June, 2 positions, data entry in Excel.',
        'Start in June, 12 positions, data entry in Excel.',
      ],
      [
        'Contract from March, 6 months, bookkeeping for an NGO.',
        'Contract from March, 12 months, bookkeeping for an NGO.',
      ],
      [
        'Database administrator to migrate our SQL Server 2008 databases.',
        'Database administrator to migrate our SQL Server 2022 databases.',
      ],
      ['Write a 2000 word article on mobile money.', 'Write a 2050 word article on mobile money.'],
      [
        'Maths tutor for grades 10, 11, 12 in Lusaka.',
        'Maths tutor for grades 9, 10, 11 in Lusaka.',
      ],
      [
        'Upgrade our Laravel app from PHP 7.4.33 to PHP 8.3, remote.',
        'Upgrade our Laravel app from PHP 5.6.40 to PHP 8.3, remote.',
      ],
      [
        'Configure the router at 10.0.0.12 and set up VLANs for our office.',
        'Configure the router at 10.0.0.15 and set up VLANs for our office.',
      ],
      [
        'Youth volunteers aged 18 may apply for the outreach program.',
        'Youth volunteers aged 25 may apply for the outreach program.',
      ],
      [
        'Urgent care nurse needed in Austin, night shifts.',
        'Care nurse needed in Austin, night shifts.',
      ],
    ] as const)
      expect(repostKey(a), a).not.toBe(repostKey(b));
  });

  it('leaves out repost marks with hyphens, short day names and timestamps', () => {
    expect(repostKey(ad('5 June 2026 (Re-posted)'))).toBe(repostKey(ad('5 June 2026')));
    expect(repostKey(ad('5 June 2026 (Re-opened)'))).toBe(repostKey(ad('5 June 2026')));
    expect(repostKey(ad('Fri 5 June 2026'))).toBe(repostKey(ad('Mon 13 July 2026')));
    expect(repostKey(ad('Thu, 5 June 2026'))).toBe(repostKey(ad('Tue, 13 July 2026')));
    expect(repostKey(ad('2026-06-05T17:00'))).toBe(repostKey(ad('2026-07-13T17:00')));
    expect(repostKey(`URGENT: ${ad('5 June')}`)).toBe(repostKey(ad('5 June')));
    expect(repostKey(ad('05-Jun-2026'))).toBe(repostKey(ad('12-Jul-2026')));
    expect(repostKey(ad('2026/06/05'))).toBe(repostKey(ad('2026/07/12')));
    expect(repostKey(ad('June 5-12'))).toBe(repostKey(ad('July 3-10')));
    expect(repostKey(ad('5 June 2026, 5.30pm'))).toBe(repostKey(ad('12 July 2026, 4.30pm')));
    expect(repostKey(ad('Friday 5th'))).toBe(repostKey(ad('Monday 15th')));
    expect(repostKey(ad('5 June 2026 (deadline extension)'))).toBe(repostKey(ad('5 June 2026')));
    expect(repostKey(`RE-ADVERT: ${ad('5 June 2026')}`)).toBe(repostKey(ad('5 June 2026')));
  });

  it('reads hostile input without failing (a regex that backtracks would time the test out)', () => {
    for (const text of [
      'x'.repeat(1_000_000),
      '1 '.repeat(999),
      '\uFDFA'.repeat(1999),
      '٥ يونيو ٢٠٢٦ '.repeat(50),
      '🎉'.repeat(999),
      'june 5 '.repeat(300),
    ])
      expect(['string', 'undefined']).toContain(typeof repostKey(text));
  });

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
      expect(k, repost).toBe(key);
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
