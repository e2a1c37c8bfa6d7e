import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../../../../test/shared-data.ts';
import { parseCsv } from '../importers/parse-csv.ts';
import {
  bandKeys,
  fingerprint,
  jsMinima,
  normalizeText,
  shingles,
  textHash,
  textPrints,
} from './fingerprint.ts';
import { simdMinima } from './minhash-simd.ts';

/**
 * The fingerprint functions as first written (string shingles, a Unicode-property regex, one
 * 32-bit loop per permutation): stored hashes, fingerprints and band keys were made with
 * them, so the faster versions must give exactly the same values.
 */
const reference = (() => {
  const normalize = (t: string) =>
    t
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
      .trim();
  const fnv1a = (s: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i += 1) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  };
  const mix = (x: number, seed: number) => {
    let h = (x ^ seed) >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  const shinglesOf = (text: string) => {
    const words = normalize(text).split(' ').filter(Boolean);
    const out = new Set<string>();
    if (words.length < 3) for (const w of words) out.add(w);
    else for (let i = 0; i + 3 <= words.length; i += 1) out.add(words.slice(i, i + 3).join(' '));
    return out;
  };
  const fp = (text: string) => [...new Set([...shinglesOf(text)].map(fnv1a))].sort((a, b) => a - b);
  const seeds = Array.from({ length: 100 }, (_, i) => mix(i + 1, 0x9e3779b9));
  const bands = (bases: number[]) => {
    const mins = seeds.map((seed) => bases.reduce((m, b) => Math.min(m, mix(b, seed)), 0xffffffff));
    return Array.from(
      { length: 20 },
      (_, b) => `${b}:${fnv1a(mins.slice(b * 5, b * 5 + 5).join(',')).toString(36)}`,
    );
  };
  const hash = (text: string) =>
    createHash('sha256').update(normalize(text)).digest('hex').slice(0, 32);
  return { normalize, shinglesOf, fp, bands, hash };
})();

const TRICKY = [
  '',
  '   ',
  '!!!',
  'one',
  'two words',
  'exactly three words',
  'a a a a a a a a',
  'C++ and C# developer, .NET; 24/7 — on-call!',
  'Ｆｕｌｌ-width ＡＢＣ １２３ and the ﬁ ligature, ½ and ² and Ⅻ',
  'İstanbul DİKKAT ß Straße ΣΊΣΥΦΟΣ',
  'e\u0301te\u0301 cafe\u0301 naïve',
  'የሥራ ማስታወቂያ ለሽያጭ ባለሙያ ዲግሪ ያለው',
  'Math 𝐀𝐁𝐂 𝟏𝟐 and CJK 𠀀𠀁 emoji 😀👍🏽 flags 🇪🇹',
  'lone \ud800 high and \udc00 low surrogates \ud83d',
  'tabs\tand\nnew\r\nlines\u00a0nbsp\u2028sep\u3000ideographic',
  '١٢٣ ٤٥٦ Arabic-Indic digits and ߀߁ NKo',
  '’quoted’ “double” • bullets · middle dots – dashes ● § sections',
];

/** Random texts from letters, digits, marks, punctuation and astral characters. */
function randomTexts(n: number): string[] {
  const pool = [
    ...'abcXYZ019 +#-.,;:!?\t\n',
    'é',
    'ﬁ',
    'Ⅻ',
    'ß',
    'İ',
    'ል',
    '١',
    '’',
    '\u0301',
    '𝐀',
    '😀',
    '\ud800',
    '\u00a0',
  ];
  let x = 12345;
  return Array.from({ length: n }, () => {
    let s = '';
    x = (x * 1103515245 + 12345) % 2147483648;
    const len = x % 120;
    for (let i = 0; i < len; i += 1) {
      x = (x * 1103515245 + 12345) % 2147483648;
      s += pool[x % pool.length];
    }
    return s;
  });
}

/** Real job ads (the Tabiya hahu file). */
function ads(): string[] {
  const file = sharedData('tabiya-hahu-jobs/hahu_dev.csv');
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const d = header?.indexOf('description') ?? 2;
  return rows.map((r) => r[d] ?? '').filter(Boolean);
}

describe('fingerprints against the reference implementation', () => {
  it('normalise, hash, fingerprint and band texts exactly as before', () => {
    const texts = [...TRICKY, ...randomTexts(400), ...ads()];
    expect(texts.length).toBeGreaterThan(417);
    for (const text of texts) {
      const want = { hash: reference.hash(text), fp: reference.fp(text) };
      expect(normalizeText(text), JSON.stringify(text)).toBe(reference.normalize(text));
      expect(textHash(text)).toBe(want.hash);
      expect(shingles(text)).toEqual(reference.shinglesOf(text));
      expect([...fingerprint(text)]).toEqual(want.fp);
      const bands = reference.bands(want.fp);
      expect(bandKeys(fingerprint(text))).toEqual(bands);
      const p = textPrints(text);
      expect({ hash: p.hash, fp: [...p.fp], bands: p.bands }).toEqual({ ...want, bands });
    }
  });

  it('computes the MinHash minima the same in WebAssembly SIMD and in JavaScript', () => {
    // Node 20 has WebAssembly SIMD: the fast path must be the one that runs here.
    expect(simdMinima).toBeDefined();
    const seeds = Int32Array.from({ length: 100 }, (_, i) => {
      let h = ((i + 1) ^ 0x9e3779b9) >>> 0;
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      return (h ^ (h >>> 16)) | 0;
    });
    const inputs = [
      ...[...TRICKY, ...randomTexts(200), ...ads()].map((t) => fingerprint(t)),
      // Hashes at the edges of the unsigned range, and a text far past one memory page.
      Uint32Array.from([0, 1, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff]),
      Uint32Array.from({ length: 40_000 }, (_, i) => Math.imul(i + 1, 2654435761) >>> 0),
    ];
    for (const bases of inputs) {
      const fast = new Uint32Array(100);
      const slow = new Uint32Array(100);
      simdMinima?.(bases, seeds, fast);
      jsMinima(bases, seeds, slow);
      expect([...fast]).toEqual([...slow]);
    }
  });
});
