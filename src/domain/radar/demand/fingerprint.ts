import { createHash } from 'node:crypto';
import { simdMinima } from './minhash-simd.ts';

/** Posts at or above this word-shingle Jaccard similarity are near-duplicates. */
export const NEAR_DUPLICATE_JACCARD = 0.85;

const SHINGLE = 3;
const BANDS = 20;
const ROWS = 5;

/** 1 where a code unit below 128 is kept in a normalised text (letters, digits, `+`, `#`). */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) =>
  /[\p{L}\p{N}+#]/u.test(String.fromCharCode(c)) ? 1 : 0,
);
const WORD_CHAR = /^[\p{L}\p{N}+#]$/u;
/** The same test for the rest of the BMP, filled in as met: 0 unknown, 1 kept, 2 not. */
const BMP_WORD = new Uint8Array(0x10000);

/**
 * Lowercase, NFKC, punctuation and whitespace runs collapsed: what "the same text" means.
 * Exactly `text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}+#]+/gu, ' ').trim()`,
 * with the replacement done by a scan of code units (the Unicode-property regex was a fifth
 * of an import row's fingerprint time): the kept runs joined by single spaces.
 */
export function normalizeText(text: string): string {
  const s = text.normalize('NFKC').toLowerCase();
  let out = '';
  let runStart = -1;
  const n = s.length;
  for (let i = 0; i < n; i += 1) {
    const c = s.charCodeAt(i);
    let keep: boolean;
    let width = 1;
    if (c < 128) keep = ASCII_WORD[c] === 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // An astral code point (a surrogate pair): rare, tested as one character.
      keep = WORD_CHAR.test(s.slice(i, i + 2));
      width = 2;
    } else {
      let k = BMP_WORD[c];
      if (k === 0) {
        k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
        BMP_WORD[c] = k;
      }
      keep = k === 1;
    }
    if (keep) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      out = out ? `${out} ${s.slice(runStart, i)}` : s.slice(runStart, i);
      runStart = -1;
    }
    i += width - 1;
  }
  if (runStart >= 0) out = out ? `${out} ${s.slice(runStart)}` : s.slice(runStart);
  return out;
}

/** Hash of the normalised text: equal for posts that differ only in case, spacing or punctuation. */
export function textHash(text: string): string {
  return createHash('sha256').update(normalizeText(text)).digest('hex').slice(0, 32);
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The set of word 3-gram shingles of a text (the words themselves for very short texts). */
export function shingles(text: string): Set<string> {
  return shinglesOf(normalizeText(text));
}

/** `shingles` of an already normalised text. */
function shinglesOf(normalized: string): Set<string> {
  const words = normalized.split(' ').filter(Boolean);
  const out = new Set<string>();
  if (words.length < SHINGLE) {
    for (const w of words) out.add(w);
    return out;
  }
  for (let i = 0; i + SHINGLE <= words.length; i += 1) {
    out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  }
  return out;
}

/**
 * A text's `textHash`, fingerprint and band keys at once (the text normalised once): what an
 * import computes for each row.
 */
export function textPrints(text: string): { hash: string; fp: Uint32Array; bands: string[] } {
  const normalized = normalizeText(text);
  const fp = fingerprintOfNormalized(normalized);
  return {
    hash: createHash('sha256').update(normalized).digest('hex').slice(0, 32),
    fp,
    bands: bandKeys(fp),
  };
}

/**
 * Posts under this many words (title and text) get a `repostKey`: word 3-gram Jaccard cannot
 * see their reposts (one changed word in 12 leaves 7 of 13 shingles shared; ≥ 0.85 needs about
 * 40 words).
 */
export const REPOST_MAX_WORDS = 50;
/** The band number of repost keys, after the MinHash bands (0..BANDS-1). */
export const REPOST_BAND = BANDS;
/**
 * Posts longer than this (title and text, in UTF-8 bytes) have no repost key: more words than
 * one needs. Bytes, not characters, so the backfill can tell them by their stored length.
 */
export const REPOST_MAX_BYTES = REPOST_MAX_WORDS * 40;
/** The UTF-8 size of a post's title and text, as `octet_length` reads it. */
const bytesOf = (title: string, text: string): number =>
  Buffer.byteLength(title) + Buffer.byteLength(text);
/**
 * Stored with a post of at most `REPOST_MAX_BYTES` (title and text) that has no repost key (too
 * few words left, or too many words), so the backfill (`backfillRepostKeys`) knows it was
 * looked at. Never looked up: no `repostKey` is it (their hashes are never 0).
 */
export const NO_REPOST_KEY = `${BANDS}:0`;
/** Whether a post stored without a repost key carries `NO_REPOST_KEY` (see there). */
export function marksNoRepostKey(title: string, text: string): boolean {
  return title.length + text.length <= REPOST_MAX_BYTES && bytesOf(title, text) <= REPOST_MAX_BYTES;
}
/** A repost key needs this many words left, so that a bare title ("Driver 2") has none. */
const REPOST_MIN_WORDS = 3;

/** Month names that are no other word, and those that are ("may", "march"). */
const MONTH_ONLY =
  '(?:january|february|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const MONTH = `(?:${MONTH_ONLY}|may|march)`;
const DAY = '(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?';
const DAYS = `${DAY}(?:\\s*[-–]\\s*${DAY})?`;
const YEAR4 = '(?:19|20)\\d\\d';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
/**
 * Dates as posts write them, in a lowercased text: "5 june 2026", "5th of june", "june 5th,
 * 2026", "june 5-12", "june 2026", "2026-06-05" (with a time: "2026-06-05t17:00"), "2026/06/05",
 * "05/06/2026", "05-jun-2026", times ("17:00", "5.30pm", "5 pm"), weekday names with their day
 * ("friday 5th", "fri 5 june"; not "monday to friday 4 hours"). A month name counts only with its day or year beside it ("you
 * may translate 5 documents", "start in june, 2 positions" keep their numbers), and "may" or
 * "march" after a number only with a year ("aged 18 may apply" keeps its 18). Dotted numbers
 * are dates only with a four-digit year ("15.06.2026"; "php 7.4.33", "10.0.0.12" stay).
 */
const DATES = new RegExp(
  [
    `\\b${YEAR4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:t\\d{1,2}:\\d{2}(?::\\d{2})?(?:z|[+-]\\d{2}:?\\d{2})?)?(?!\\.?\\d)`,
    `(?<![\\d.])\\d{1,2}[/-]\\d{1,2}[/-](?:${YEAR4}|\\d{2})(?!\\.?\\d|[/-])`,
    `(?<![\\d.])\\d{1,2}\\.\\d{1,2}\\.${YEAR4}(?!\\.?\\d)`,
    `\\b${DAY}[-\\s]${MONTH_ONLY}[-\\s]${YEAR4}\\b`,
    `\\b${DAYS}\\s+(?:of\\s+)?(?:${MONTH_ONLY}(?:,?\\s+${YEAR4})?|(?:may|march),?\\s+${YEAR4})(?![\\p{L}\\p{N}])`,
    `\\b${MONTH}\\s+${DAYS}(?:,?\\s+${YEAR4})?(?![\\p{L}\\p{N}])`,
    `\\b${MONTH},?\\s+${YEAR4}\\b`,
    '\\b\\d{1,2}[:.]\\d{2}\\s*[ap]\\.?m\\b\\.?',
    '\\b\\d{1,2}:\\d{2}(?![\\p{L}\\p{N}])',
    '\\b\\d{1,2}\\s*[ap]\\.?m\\.?(?![\\p{L}])',
    `\\b${WEEKDAY}(?:,?\\s+\\d{1,2}(?:st|nd|rd|th)(?![\\p{L}\\p{N}]))?`,
    '\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?,?(?=\\s+\\d)',
  ].join('|'),
  'gu',
);
/**
 * The marks boards add to a repost: "re-advertised", "re-advert:", "re-posted", "reposting",
 * "reopened", "updated", "update:", "URGENT:", "urgently", "deadline extended", "deadline
 * extension"; "urgent" only as a mark ("URGENT!", "(urgent)"), not in "urgent care".
 */
const REPOST_MARKS =
  /\b(?:re-?\s?(?:advertised|advertisement|advert|posted|posting|post|opened|open|listed)|readvertised|reposted|reposting|reopened|relisted|updated|update(?=\s*[:!)\]–—-])|urgently|urgent(?=\s*[:!)\]–—-]|\s*$)|(?<=\(\s*)urgent)\b|\b(?:deadline\s+extended|extended\s+deadline|deadline\s+extension)\b/gu;

/**
 * A lowercased post without its dates and repost marks (`DATES`, `REPOST_MARKS`). Other numbers
 * stay: a count, an amount, a version or a reference number tells two posts apart ("500
 * words" / "2000 words", "SQL Server 2008" / "SQL Server 2022").
 */
function withoutDates(lowered: string): string {
  return lowered.replace(DATES, ' ').replace(REPOST_MARKS, ' ');
}

/**
 * The repost key of a short post (`body`: its title, a line break and its text; under
 * `REPOST_MAX_WORDS` words):
 * a band key shared by posts that are the same words once dates and repost marks are left out
 * ("Accountant wanted in Addis Ababa, apply by 5 June 2025" and "… apply by 12 July 2025
 * (Re-advertised)"; `withoutDates`). Any other word or number changed ("Java developer" /
 * "Python developer", another city, another title, "500 words" / "2000 words") gives another
 * key. Undefined for longer posts, whose shingles see their reposts, and when fewer than three
 * words are left. Posts that share it are near-duplicates (`isRepost`). Throws nothing.
 */
export function repostKey(body: string): string | undefined {
  // Longer than any post of REPOST_MAX_WORDS words (not normalised for nothing).
  if (body.length > REPOST_MAX_BYTES || Buffer.byteLength(body) > REPOST_MAX_BYTES)
    return undefined;
  const all = normalizeText(body);
  if (!all || all.split(' ').length >= REPOST_MAX_WORDS) return undefined;
  const kept = normalizeText(withoutDates(body.normalize('NFKC').toLowerCase()));
  if (!kept || kept.split(' ').length < REPOST_MIN_WORDS) return undefined;
  const h = createHash('sha256').update(kept).digest();
  return `${REPOST_BAND}:${(h.readUInt32BE(0) || 1).toString(36)}`;
}

/** Whether a band key is a `repostKey` (not `NO_REPOST_KEY`). */
export function isRepostKey(key: string): boolean {
  return key.startsWith(`${REPOST_BAND}:`) && key !== NO_REPOST_KEY;
}

/**
 * Whether two texts that share a `repostKey` are reposts of one another: their fingerprints
 * have about as many shingles (a guard against the 2^-32 chance of two different texts sharing
 * a key; numbers dropped or added move the count a little).
 */
export function isRepost(a: Uint32Array, b: Uint32Array): boolean {
  return (
    Math.abs(a.length - b.length) <= Math.max(2, Math.ceil(0.25 * Math.max(a.length, b.length)))
  );
}

/**
 * `fingerprint` of an already normalised text (words separated by single spaces), hashing
 * each word 3-gram where it stands in the text instead of building its string: the same
 * FNV-1a values, so the same fingerprint. One pass over the text carries the three shingles
 * a word belongs to at once (started two words back, one word back, at this word): each
 * character is read once, and the three hash chains are independent, so the processor runs
 * them side by side (about 3x faster than hashing each shingle from its start).
 */
function fingerprintOfNormalized(s: string): Uint32Array {
  const n = s.length;
  if (n === 0) return new Uint32Array(0);
  let words = 1;
  for (let i = 0; i < n; i += 1) if (s.charCodeAt(i) === 32) words += 1;
  if (words < SHINGLE) {
    // Very short texts: the words themselves.
    const out = new Uint32Array(words);
    let h = OFFSET;
    let w = 0;
    for (let i = 0; i < n; i += 1) {
      const c = s.charCodeAt(i);
      if (c === 32) {
        out[w++] = h;
        h = OFFSET;
      } else h = Math.imul(h ^ c, PRIME);
    }
    out[w] = h;
    return sortedDistinct(out);
  }
  const out = new Uint32Array(words - SHINGLE + 1);
  // h0: the shingle that started two words back (complete at this word's end), h1: one word
  // back, h2: at this word.
  let h0 = OFFSET;
  let h1 = OFFSET;
  let h2 = OFFSET;
  let word = 0;
  for (let i = 0; i <= n; i += 1) {
    const c = i < n ? s.charCodeAt(i) : 32;
    if (c !== 32) {
      h0 = Math.imul(h0 ^ c, PRIME);
      h1 = Math.imul(h1 ^ c, PRIME);
      h2 = Math.imul(h2 ^ c, PRIME);
      continue;
    }
    if (word >= SHINGLE - 1) out[word - (SHINGLE - 1)] = h0;
    h0 = Math.imul(h1 ^ 32, PRIME);
    h1 = Math.imul(h2 ^ 32, PRIME);
    h2 = OFFSET;
    word += 1;
  }
  return sortedDistinct(out);
}

/** FNV-1a's offset basis and prime, as signed 32-bit integers. */
const OFFSET = 0x811c9dc5 | 0;
const PRIME = 0x01000193;

/** Sorts hashes in place and returns the distinct ones. */
function sortedDistinct(out: Uint32Array): Uint32Array {
  out.sort();
  let n = 0;
  for (let j = 0; j < out.length; j += 1)
    if (j === 0 || out[j] !== out[n - 1]) out[n++] = out[j] ?? 0;
  return out.slice(0, n);
}

/** Exact Jaccard similarity of two shingle sets (1 for two empty sets). */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter += 1;
  return inter / (a.size + b.size - inter);
}

/** The MinHash permutations' seeds, as signed 32-bit integers (a multiple of 4 of them). */
const SEEDS = Int32Array.from(
  Array.from({ length: BANDS * ROWS }, (_, i) => mix(i + 1, 0x9e3779b9) | 0),
);

/**
 * A text's fingerprint: the sorted, distinct 32-bit hashes of its word 3-gram shingles.
 * Stored with each post, so near-duplicate checks compare fingerprints (exact Jaccard up to
 * hash collisions) instead of re-reading and re-shingling full texts.
 */
export function fingerprint(setOrText: Set<string> | string): Uint32Array {
  if (typeof setOrText === 'string') return fingerprintOfNormalized(normalizeText(setOrText));
  const out = new Uint32Array(setOrText.size);
  let i = 0;
  for (const sh of setOrText) out[i++] = fnv1a(sh);
  return sortedDistinct(out);
}

/**
 * The hashes two sorted fingerprints share, by merging them; with `enough`, the merge stops
 * once the count reaches it or can no longer (the count so far is returned either way).
 */
function sharedHashes(a: Uint32Array, b: Uint32Array, enough = Number.POSITIVE_INFINITY): number {
  const bounded = enough !== Number.POSITIVE_INFINITY;
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < a.length && j < b.length) {
    if (bounded && inter + Math.min(a.length - i, b.length - j) < enough) return inter;
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      inter += 1;
      i += 1;
      j += 1;
      if (inter >= enough) return inter;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return inter;
}

/** Jaccard similarity of two fingerprints (1 for two empty ones), by merging the sorted hashes. */
export function fingerprintJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  const inter = sharedHashes(a, b);
  return inter / (a.length + b.length - inter);
}

/**
 * Whether `fingerprintJaccard(a, b) >= threshold`, the same answer, stopping as soon as the
 * shared hashes left cannot reach it: candidates that only share a band (most of them) are
 * refused after a small part of the merge instead of all of it.
 */
export function isNearDuplicate(
  a: Uint32Array,
  b: Uint32Array,
  threshold = NEAR_DUPLICATE_JACCARD,
): boolean {
  const na = a.length;
  const nb = b.length;
  if (na === 0 && nb === 0) return 1 >= threshold;
  // The fewest shared hashes whose Jaccard, computed as fingerprintJaccard computes it,
  // reaches the threshold (Jaccard grows with the shared count, also in floating point).
  const reaches = (k: number) => k / (na + nb - k) >= threshold;
  let need = Math.max(0, Math.ceil((threshold * (na + nb)) / (1 + threshold)) - 1);
  while (need <= Math.min(na, nb) && !reaches(need)) need += 1;
  while (need > 0 && reaches(need - 1)) need -= 1;
  if (need > Math.min(na, nb)) return false;
  return sharedHashes(a, b, need) >= need;
}

/**
 * MinHash LSH band keys of a shingle set or fingerprint: texts with Jaccard ≥ 0.85 share a
 * band with probability > 0.999, texts below 0.5 rarely do. Candidates are then compared
 * exactly (by fingerprint).
 */
export function bandKeys(setOrFingerprint: Set<string> | Uint32Array): string[] {
  const bases =
    setOrFingerprint instanceof Uint32Array ? setOrFingerprint : fingerprint(setOrFingerprint);
  const mins = new Uint32Array(SEEDS.length);
  if (simdMinima) simdMinima(bases, SEEDS, mins);
  else jsMinima(bases, SEEDS, mins);
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b += 1) keys.push(`${b}:${bandHash(mins, b * ROWS).toString(36)}`);
  return keys;
}

const DIGITS = new Uint8Array(10);

/**
 * FNV-1a of the band's minima written out as `${m0},${m1},…` (ROWS of them from `at`), as
 * `fnv1a` of that text, without building it.
 */
function bandHash(mins: Uint32Array, at: number): number {
  let h = 0x811c9dc5;
  for (let r = 0; r < ROWS; r += 1) {
    if (r > 0) h = Math.imul(h ^ 44, 0x01000193); // ','
    let v = mins[at + r] ?? 0;
    let n = 0;
    do {
      DIGITS[n++] = 48 + (v % 10);
      v = Math.floor(v / 10);
    } while (v > 0);
    while (n > 0) h = Math.imul(h ^ (DIGITS[--n] ?? 0), 0x01000193);
  }
  return h >>> 0;
}

/**
 * The minima of `bandKeys` in JavaScript, where WebAssembly SIMD is missing (`simdMinima`):
 * `mins[k]` = the unsigned minimum over `bases` of fmix32(base ^ seeds[k]) (4 | seeds.length).
 */
export function jsMinima(bases: Uint32Array, seeds: Int32Array, mins: Uint32Array): void {
  // Hashes as signed 32-bit integers, minimum compared with the sign bit flipped (the
  // unsigned order): the loop stays in small integers instead of heap numbers. Four
  // permutations per pass over the hashes (40% faster than one; the same minima).
  const signed = new Int32Array(bases.buffer, bases.byteOffset, bases.length);
  const n = signed.length;
  for (let i = 0; i < seeds.length; i += 4) {
    const s0 = seeds[i] ?? 0;
    const s1 = seeds[i + 1] ?? 0;
    const s2 = seeds[i + 2] ?? 0;
    const s3 = seeds[i + 3] ?? 0;
    let m0 = 0x7fffffff;
    let m1 = 0x7fffffff;
    let m2 = 0x7fffffff;
    let m3 = 0x7fffffff;
    for (let j = 0; j < n; j += 1) {
      const x = signed[j] as number;
      // mix(base, seed), inlined, for each of the four seeds
      let h = x ^ s0;
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      h = h ^ (h >>> 16) ^ -0x80000000;
      if (h < m0) m0 = h;
      h = x ^ s1;
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      h = h ^ (h >>> 16) ^ -0x80000000;
      if (h < m1) m1 = h;
      h = x ^ s2;
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      h = h ^ (h >>> 16) ^ -0x80000000;
      if (h < m2) m2 = h;
      h = x ^ s3;
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      h = h ^ (h >>> 16) ^ -0x80000000;
      if (h < m3) m3 = h;
    }
    mins[i] = m0 ^ -0x80000000;
    mins[i + 1] = m1 ^ -0x80000000;
    mins[i + 2] = m2 ^ -0x80000000;
    mins[i + 3] = m3 ^ -0x80000000;
  }
}

/** A fingerprint as stored (little-endian bytes) and back. */
export function fingerprintBytes(fp: Uint32Array): Uint8Array {
  const out = new Uint8Array(fp.length * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < fp.length; i += 1) view.setUint32(i * 4, fp[i] ?? 0, true);
  return out;
}
export function fingerprintFromBytes(bytes: Uint8Array): Uint32Array {
  const out = new Uint32Array(Math.floor(bytes.length / 4));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < out.length; i += 1) out[i] = view.getUint32(i * 4, true);
  return out;
}
