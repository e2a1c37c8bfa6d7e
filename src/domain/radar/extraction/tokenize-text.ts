import { isUpperAt } from './has-upper.ts';
import {
  TOKEN_GLUED,
  TOKEN_LIST_SEP_BEFORE,
  TOKEN_SENTENCE_START,
  type TokenList,
} from './types.ts';

const WORD_CACHE = new Int8Array(65536);
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;

/** 1 for ASCII letters and digits. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0,
);

function isWord(c: number): boolean {
  if (c < 128) return ASCII_WORD[c] === 1;
  let v = WORD_CACHE[c] ?? 0;
  if (v === 0) {
    v = WORD_RE.test(String.fromCharCode(c)) || (c >= 0xd800 && c <= 0xdfff) ? 1 : -1;
    WORD_CACHE[c] = v;
  }
  return v === 1;
}

/** Characters that end a sentence (when followed by space or end) or start a new item. */
function isSentenceBreak(c: number): boolean {
  return c === 10 || c === 33 || c === 63 || c === 59 || c === 0x2022 || c === 0xb7 || c === 0x25cf;
}

/** Whether the character at `i` is an ASCII digit. */
function digitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/**
 * Characters that separate items or clauses inside a sentence: , / | ( ) [ ] : and the em dash
 * ("edit my vlogs — cut dead air": the object ends at the dash). Not the en dash, which job ads
 * use inside a phrase ("Communication – both verbal and written").
 */
function isListSep(c: number): boolean {
  return (
    c === 44 ||
    c === 47 ||
    c === 124 ||
    c === 40 ||
    c === 41 ||
    c === 91 ||
    c === 93 ||
    c === 58 ||
    c === 0x2014
  );
}

/** Glue characters join two words into a compound when no space surrounds them. */
function isGlue(c: number): boolean {
  return c === 45 || c === 46 || c === 47 || c === 95 || c === 0x2010 || c === 0x2011;
}

/** 1 for ASCII characters the scanner only skips (not a word, glue, break or separator char). */
const ASCII_PLAIN = Uint8Array.from({ length: 128 }, (_, c) =>
  ASCII_WORD[c] === 1 || isGlue(c) || c === 46 || isSentenceBreak(c) || isListSep(c) ? 0 : 1,
);

/** Growable token buffers and the scan state; one per call, or one reused scratch for labels. */
interface Scan {
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
  /** FNV-1a hash of each token's characters (see `SurfaceTable.rawHash`). */
  hashes: Int32Array;
  count: number;
  pending: number;
  /** An uppercase letter was seen (`hasUpper` of the text). */
  hasUpper: boolean;
}

function newScan(cap: number): Scan {
  return {
    starts: new Int32Array(cap),
    ends: new Int32Array(cap),
    flags: new Uint8Array(cap),
    hashes: new Int32Array(cap),
    count: 0,
    pending: TOKEN_SENTENCE_START,
    hasUpper: false,
  };
}

const FNV_PRIME = 0x01000193;

function push(b: Scan, start: number, end: number, hash: number): void {
  if (b.count === b.starts.length) {
    const cap = b.starts.length * 2;
    const ns = new Int32Array(cap);
    ns.set(b.starts);
    b.starts = ns;
    const ne = new Int32Array(cap);
    ne.set(b.ends);
    b.ends = ne;
    const nf = new Uint8Array(cap);
    nf.set(b.flags);
    b.flags = nf;
    const nh = new Int32Array(cap);
    nh.set(b.hashes);
    b.hashes = nh;
  }
  b.starts[b.count] = start;
  b.ends[b.count] = end;
  b.hashes[b.count] = hash;
  b.flags[b.count] = b.pending;
  b.count += 1;
  b.pending = 0;
}

/**
 * Reads one token from `from` (its text starts at `tokenStart`: one before `from` for `.net`),
 * hashing its characters and noting capitals on the way, and returns where it ends.
 */
function readWord(b: Scan, s: string, n: number, from: number, tokenStart: number): number {
  let j = from;
  let h = 0x811c9dc5;
  if (tokenStart < from) h = Math.imul(h ^ s.charCodeAt(tokenStart), FNV_PRIME);
  let upper = b.hasUpper;
  while (j < n) {
    const ch = s.charCodeAt(j);
    // ASCII letters and digits, the bulk of most texts: one table read, no calls.
    if (ch < 128 && ASCII_WORD[ch] === 1) {
      h = Math.imul(h ^ ch, FNV_PRIME);
      if (ch <= 90 && ch >= 65) upper = true;
      j += 1;
    } else if (ch >= 128 && isWord(ch)) {
      h = Math.imul(h ^ ch, FNV_PRIME);
      if (!upper && (ch >= 128 || ch <= 90) && isUpperAt(s, j, ch)) upper = true;
      j += 1;
    } else if (
      (ch === 38 || ch === 39 || ch === 0x2019) &&
      j + 1 < n &&
      isWord(s.charCodeAt(j + 1)) &&
      j > from
    ) {
      const next = s.charCodeAt(j + 1);
      h = Math.imul(Math.imul(h ^ ch, FNV_PRIME) ^ next, FNV_PRIME);
      if (!upper && isUpperAt(s, j + 1, next)) upper = true;
      j += 2;
    } else break;
  }
  b.hasUpper = upper;
  // Trailing `+`/`#` make names like c++, c#, f#, notepad++ when not followed by a word.
  let k = j;
  while (k < n && k - j < 2 && (s.charCodeAt(k) === 43 || s.charCodeAt(k) === 35)) k += 1;
  if (k > j && (k >= n || !isWord(s.charCodeAt(k)))) {
    for (let m = j; m < k; m += 1) h = Math.imul(h ^ s.charCodeAt(m), FNV_PRIME);
    j = k;
  }
  push(b, tokenStart, j, h);
  return j;
}

function scan(text: string, b: Scan): void {
  const n = text.length;
  b.count = 0;
  b.pending = TOKEN_SENTENCE_START;
  b.hasUpper = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Space, tab, and other ASCII that is no word, glue, break or separator: nothing to note.
    if (c < 128 && ASCII_PLAIN[c] === 1) {
      i += 1;
      continue;
    }
    if (!isWord(c)) {
      if (isGlue(c) && b.count > 0 && b.ends[b.count - 1] === i && i + 1 < n) {
        const next = text.charCodeAt(i + 1);
        if (isWord(next)) {
          b.pending |= TOKEN_GLUED;
          if (c === 47) b.pending |= TOKEN_LIST_SEP_BEFORE;
          i += 1;
          continue;
        }
      }
      if (c === 46) {
        // A full stop ends a sentence unless it begins `.net`-like names.
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
        const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
        if (isWord(next) && !isWord(prev)) {
          b.pending &= ~TOKEN_GLUED;
          i = readWord(b, text, n, i + 1, i);
          continue;
        }
        if (!isWord(next)) b.pending |= TOKEN_SENTENCE_START;
      } else if (isSentenceBreak(c)) b.pending |= TOKEN_SENTENCE_START;
      else if (isListSep(c) && !(c === 44 && digitAt(text, i - 1) && digitAt(text, i + 1))) {
        // A comma between digits groups thousands ("2,000 contacts"); it separates no items.
        b.pending |= TOKEN_LIST_SEP_BEFORE;
      }
      i += 1;
      continue;
    }
    i = readWord(b, text, n, i, i);
  }
}

/**
 * Splits text into word tokens with their offsets in the original string. Keeps the symbols
 * that make names: `c++`, `c#`, `f#`, `.net`, `r&d`, `at&t`; splits `node.js`, `e-mail`,
 * `CI/CD` into parts marked as glued so matchers can also try the joined form. Records
 * sentence and list boundaries. Linear time, no regex per character. Throws nothing.
 */
export function tokenizeText(text: string): TokenList {
  const b = newScan(Math.max(16, (text.length >> 2) + 16));
  scan(text, b);
  const { count } = b;
  return {
    count,
    starts: b.starts.subarray(0, count),
    ends: b.ends.subarray(0, count),
    flags: b.flags.subarray(0, count),
    hashes: b.hashes.subarray(0, count),
    hasUpper: b.hasUpper,
  };
}

const shared = newScan(64);

/**
 * Like `tokenizeText`, for many short strings (labels): tokenises into one reused buffer and
 * returns it without copying, so the result is valid only until the next call. Throws nothing.
 */
export function tokenizeShort(text: string): TokenList {
  scan(text, shared);
  return shared;
}

/** Token `i` of `text` in lowercase, or "" outside the tokens (read across boundaries). */
export function tokenLower(text: string, tokens: TokenList, i: number): string {
  if (i < 0 || i >= tokens.count) return '';
  // Read once per token: the rules of a long ad ask for the same words many times over.
  if (tokens.lowerText !== text) {
    if (tokens.lowerText !== undefined)
      return text.slice(tokens.starts[i], tokens.ends[i]).toLowerCase();
    tokens.lowerText = text;
    tokens.lower = new Array(tokens.count);
  }
  const memo = tokens.lower as (string | undefined)[];
  let w = memo[i];
  if (w === undefined) {
    w = text.slice(tokens.starts[i], tokens.ends[i]).toLowerCase();
    memo[i] = w;
  }
  return w;
}

/** Whether token `k` opens its sentence (the text's first token does). */
export function startsSentence(tokens: TokenList, k: number): boolean {
  return k === 0 || ((tokens.flags[k] ?? 0) & TOKEN_SENTENCE_START) !== 0;
}

/** The first token of the sentence token `k` stands in. */
export function sentenceStartOf(tokens: TokenList, k: number): number {
  let s = k;
  while (s > 0 && !startsSentence(tokens, s)) s -= 1;
  return s;
}

/** The text between token `k - 1` and token `k` (spaces and punctuation; "" before the first). */
export function gapBefore(text: string, tokens: TokenList, k: number): string {
  return k < 1 ? '' : text.slice(tokens.ends[k - 1] ?? 0, tokens.starts[k] ?? 0);
}
