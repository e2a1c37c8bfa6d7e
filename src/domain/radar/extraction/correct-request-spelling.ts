import type { SkillIndex } from './build-skill-index.ts';
import { deletions, oneEditApart } from './correct-title-spelling.ts';
import { isAdjectiveWord, isEnglishWord, verbBase } from './morph-key.ts';
import { TOKEN_SENTENCE_START, type TokenList } from './types.ts';

/**
 * Words shorter than this are left alone: too many short words lie one slip apart. A word of
 * this length is corrected only by two letters swapped or one dropped or added ("desgin",
 * "vidoes", "editng"), not by a vowel for another ("proces" is no "prices").
 */
const MIN_LENGTH = 6;
/**
 * Words longer than this are left alone: no skill word is that long, and the deletion variants
 * of a very long token cost time and memory quadratic in its length (a 16,000-letter token took
 * half a second; 200,000 letters exhausted memory).
 */
const MAX_LENGTH = 30;

interface RequestLexicon {
  /** Deletion variant (the word, or it less one letter) → skill words giving it. */
  variants: Map<string, string[]>;
  /** Every word of the skills' names, aliases and task phrases. */
  known: Set<string>;
  /** Each word asked about and its correction (null: none), bounded. */
  memo: Map<string, string | null>;
  /**
   * Hashes (`lowerWordHash`) of words known to need no correction: the skill words and each
   * word asked about without one. A hash shared with a misspelling only leaves it uncorrected.
   */
  settled: Set<number>;
}

/**
 * FNV-1a of a word of letters in lowercase (its first letter may be a capital), or 0 when it
 * holds anything else ("Klaviyo's", "e-mail", "SEO" past its first letter): no string is made.
 */
function lowerWordHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = start; k < end; k += 1) {
    let c = text.charCodeAt(k);
    if (k === start && c >= 65 && c <= 90) c += 32;
    if (c < 97 || c > 122) return 0;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h === 0 ? 1 : h;
}

const cache = new WeakMap<SkillIndex, RequestLexicon>();

/** The words of the skills' names, aliases and task phrases with their deletion variants. */
export function requestLexicon(index: SkillIndex): RequestLexicon {
  let lex = cache.get(index);
  if (lex) return lex;
  const known = new Set<string>();
  for (const e of index.entries) {
    for (const t of [e.name, ...e.aliases, ...(e.tasks ?? [])]) {
      for (const w of t.toLowerCase().match(/\p{L}+/gu) ?? []) known.add(w);
    }
  }
  const variants = new Map<string, string[]>();
  for (const w of known) {
    if (w.length < MIN_LENGTH) continue;
    for (const v of new Set(deletions(w))) {
      const list = variants.get(v);
      if (list) list.push(w);
      else variants.set(v, [w]);
    }
  }
  const settled = new Set<number>();
  for (const w of known) {
    const h = lowerWordHash(w, 0, w.length);
    if (h !== 0) settled.add(h);
  }
  lex = { variants, known, memo: new Map(), settled };
  cache.set(index, lex);
  return lex;
}

const MAX_REMEMBERED = 200_000;

/** The skill word a lowercase word is a slip of, or undefined (remembered per word). */
function correctionOf(lex: RequestLexicon, w: string): string | undefined {
  if (lex.known.has(w)) return undefined;
  const { memo } = lex;
  const hit = memo.get(w);
  if (hit !== undefined) return hit ?? undefined;
  let out: string | null = null;
  // Known words, adverbs and forms of a known verb ("enabler") are no slips.
  if (!w.endsWith('ly') && !isEnglishWord(w) && !isAdjectiveWord(w) && verbBase(w) === undefined) {
    const found = new Set<string>();
    for (const v of new Set(deletions(w))) {
      for (const c of lex.variants.get(v) ?? []) {
        if (c[0] !== w[0] || !oneEditApart(w, c)) continue;
        // A short word's vowel written for another is as often another word.
        if (w.length < 7 && c.length === w.length && !swapped(w, c)) continue;
        found.add(c);
      }
    }
    if (found.size === 1) out = [...found][0] ?? null;
  }
  if (memo.size >= MAX_REMEMBERED) memo.clear();
  memo.set(w, out);
  return out ?? undefined;
}

/** Whether `a` becomes `b` by two neighbouring letters swapped. */
function swapped(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** A request with its misspelt skill words replaced, and the way back to the request's offsets. */
export interface CorrectedText {
  text: string;
  /** Maps an offset of `text` to the request's own offset. */
  toOriginal(offset: number): number;
}

/**
 * The request with each misspelt word replaced by the skill word it stands for ("subtitels" →
 * subtitles, "duplicats" → duplicates), or undefined when nothing is misspelt. Only a lowercase
 * word (or a sentence's capitalised first word) of at least six letters that no skill name,
 * alias or task phrase holds and that is no English word is corrected, to the one skill word
 * one slip away with the same first letter (`oneEditApart`: a letter dropped or added, a vowel
 * for another, two neighbours swapped); a word with two candidates is kept. Names inside a
 * sentence ("Klaviyo") are never touched. Throws nothing.
 */
export function correctRequestSpelling(
  index: SkillIndex,
  text: string,
  tokens: TokenList,
): CorrectedText | undefined {
  const lex = requestLexicon(index);
  const fixes: { start: number; end: number; word: string }[] = [];
  for (let i = 0; i < tokens.count; i += 1) {
    const start = tokens.starts[i] ?? 0;
    const end = tokens.ends[i] ?? 0;
    if (end - start < MIN_LENGTH || end - start > MAX_LENGTH) continue;
    const first = text.charCodeAt(start);
    const opens = i === 0 || ((tokens.flags[i] ?? 0) & TOKEN_SENTENCE_START) !== 0;
    if (first < 97 && !opens) continue;
    // Most words were asked about before: their hash says so without a string being made.
    const h = lowerWordHash(text, start, end);
    if (h === 0 || lex.settled.has(h)) continue;
    const raw = text.slice(start, end);
    const word = correctionOf(lex, raw.toLowerCase());
    if (word === undefined) {
      if (lex.settled.size >= MAX_REMEMBERED) lex.settled.clear();
      lex.settled.add(h);
      continue;
    }
    fixes.push({
      start,
      end,
      word: first < 97 ? `${raw[0]}${word.slice(1)}` : word,
    });
  }
  if (fixes.length === 0) return undefined;
  let out = '';
  let at = 0;
  // Per fix: where its word starts and ends in the corrected text, and the request's offsets.
  const marks: { from: number; to: number; start: number; end: number }[] = [];
  for (const f of fixes) {
    out += text.slice(at, f.start);
    const from = out.length;
    out += f.word;
    marks.push({ from, to: out.length, start: f.start, end: f.end });
    at = f.end;
  }
  out += text.slice(at);
  return {
    text: out,
    toOriginal(offset: number): number {
      let shift = 0;
      for (const m of marks) {
        if (offset < m.from) break;
        // Inside a corrected word: its start stays its start, any later offset its end.
        if (offset < m.to) return offset === m.from ? m.start : m.end;
        shift = m.end - m.to;
      }
      return offset + shift;
    },
  };
}
