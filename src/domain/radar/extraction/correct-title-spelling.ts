import type { OccupationIndex } from './build-occupation-index.ts';

/** Words shorter than this are left alone: too many short words lie one edit apart. */
const MIN_LENGTH = 5;

interface TitleLexicon {
  /** Deletion variant (the word itself, or it less one letter) → label words giving it. */
  variants: Map<string, string[]>;
  /** Label word → how many occupation labels hold it (the commoner spelling wins ties). */
  labelCount: Map<string, number>;
  /** Every word of the occupations' labels and descriptions and of the skills' names. */
  known: Set<string>;
}

const cache = new WeakMap<OccupationIndex, TitleLexicon>();

const VOWEL = /^[aeiouy]$/u;

/**
 * Whether `a` becomes `b` by one letter dropped or added, one vowel written for another
 * ("distributer", "independant"), or two neighbours swapped: the slips of typing and of English
 * spelling. A consonant for another is left alone: it makes other words ("civics", "civils"); so
 * is a final "s" more or less.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) {
      return VOWEL.test(a[i] ?? '') && VOWEL.test(b[i] ?? '');
    }
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // A final "s" more or less is a plural or a subject ("civics"), not a slip.
  if (i === Math.min(a.length, b.length) && (a.at(-1) === 's' || b.at(-1) === 's')) return false;
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The word and every form of it less one letter. */
export function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i += 1) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** The words of the occupations' labels and their one-deletion variants, built once per index. */
function lexicon(index: OccupationIndex): TitleLexicon {
  let lex = cache.get(index);
  if (lex) return lex;
  const labelCount = new Map<string, number>();
  for (const o of index.occupations) {
    for (const label of [o.name, ...o.aliases]) {
      for (const w of new Set(label.toLowerCase().match(/\p{L}+/gu) ?? [])) {
        if (w.length >= MIN_LENGTH - 1) labelCount.set(w, (labelCount.get(w) ?? 0) + 1);
      }
    }
  }
  const variants = new Map<string, string[]>();
  for (const w of labelCount.keys()) {
    for (const v of new Set(deletions(w))) {
      const list = variants.get(v);
      if (list) list.push(w);
      else variants.set(v, [w]);
    }
  }
  const known = new Set<string>();
  const addWords = (text: string) => {
    for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) known.add(w);
  };
  for (const o of index.occupations) {
    addWords(o.name);
    for (const a of o.aliases) addWords(a);
    addWords(o.description);
  }
  for (const e of index.skills.entries) {
    addWords(e.name);
    for (const a of e.aliases) addWords(a);
  }
  lex = { variants, labelCount, known };
  cache.set(index, lex);
  return lex;
}

/**
 * The label word a misspelt title word stands for, or undefined: only a word of at least five
 * letters that no occupation label or description and no skill name holds is corrected, to the label word one slip away (`oneEditApart`) with the same first letter; among several, the one in most
 * labels, then the alphabetically first.
 */
function correctWord(lex: TitleLexicon, word: string): string | undefined {
  const w = word.toLowerCase();
  if (w.length < MIN_LENGTH || lex.known.has(w)) return undefined;
  let best: string | undefined;
  let bestCount = 0;
  for (const v of new Set(deletions(w))) {
    for (const c of lex.variants.get(v) ?? []) {
      if (c[0] !== w[0] || !oneEditApart(w, c)) continue;
      const n = lex.labelCount.get(c) ?? 0;
      if (n > bestCount || (n === bestCount && best !== undefined && c < best)) {
        best = c;
        bestCount = n;
      }
    }
  }
  return best;
}

/**
 * The title with its misspelt words replaced by the occupation-label words they stand for
 * ("Casher" → "cashier", "Distributer" → "distributor"): job ads are often typed in a hurry,
 * and an unknown word would otherwise drop out of the title match. Words any occupation's
 * text knows, short words and words with no label word one edit away are kept as written.
 * Linear in the title; the lexicon is built once per index. Throws nothing.
 */
export function correctTitleSpelling(index: OccupationIndex, title: string): string {
  const lex = lexicon(index);
  return title.replace(/\p{L}+/gu, (w) => correctWord(lex, w) ?? w);
}
