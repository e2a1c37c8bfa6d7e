import { createHash } from 'node:crypto';

/** Posts at or above this word-shingle Jaccard similarity are near-duplicates. */
export const NEAR_DUPLICATE_JACCARD = 0.85;

const SHINGLE = 3;
const BANDS = 20;
const ROWS = 5;

/** Lowercase, NFKC, punctuation and whitespace runs collapsed: what "the same text" means. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
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
  const fp = fingerprint(shinglesOf(normalized));
  return {
    hash: createHash('sha256').update(normalized).digest('hex').slice(0, 32),
    fp,
    bands: bandKeys(fp),
  };
}

/** Exact Jaccard similarity of two shingle sets (1 for two empty sets). */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter += 1;
  return inter / (a.size + b.size - inter);
}

const SEED_TABLE = Uint32Array.from(
  Array.from({ length: BANDS * ROWS }, (_, i) => mix(i + 1, 0x9e3779b9)),
);

/**
 * A text's fingerprint: the sorted, distinct 32-bit hashes of its word 3-gram shingles.
 * Stored with each post, so near-duplicate checks compare fingerprints (exact Jaccard up to
 * hash collisions) instead of re-reading and re-shingling full texts.
 */
export function fingerprint(setOrText: Set<string> | string): Uint32Array {
  const set = typeof setOrText === 'string' ? shingles(setOrText) : setOrText;
  const out = new Uint32Array(set.size);
  let i = 0;
  for (const sh of set) out[i++] = fnv1a(sh);
  out.sort();
  let n = 0;
  for (let j = 0; j < out.length; j += 1)
    if (j === 0 || out[j] !== out[n - 1]) out[n++] = out[j] ?? 0;
  return out.slice(0, n);
}

/** Jaccard similarity of two fingerprints (1 for two empty ones), by merging the sorted hashes. */
export function fingerprintJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      inter += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return inter / (a.length + b.length - inter);
}

/**
 * MinHash LSH band keys of a shingle set or fingerprint: texts with Jaccard ≥ 0.85 share a
 * band with probability > 0.999, texts below 0.5 rarely do. Candidates are then compared
 * exactly (by fingerprint).
 */
export function bandKeys(setOrFingerprint: Set<string> | Uint32Array): string[] {
  const bases =
    setOrFingerprint instanceof Uint32Array ? setOrFingerprint : fingerprint(setOrFingerprint);
  const mins = new Uint32Array(SEED_TABLE.length).fill(0xffffffff);
  for (let i = 0; i < SEED_TABLE.length; i += 1) {
    const seed = SEED_TABLE[i] ?? 0;
    let min = 0xffffffff;
    for (let j = 0; j < bases.length; j += 1) {
      // mix(base, seed), inlined
      let h = ((bases[j] ?? 0) ^ seed) >>> 0;
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < min) min = h;
    }
    mins[i] = min;
  }
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b += 1) {
    const part = Array.from(mins.subarray(b * ROWS, (b + 1) * ROWS)).join(',');
    keys.push(`${b}:${fnv1a(part).toString(36)}`);
  }
  return keys;
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
