import { stemToken } from './stem-token.ts';

const NON_ASCII = /[^ -~\t\n\r]/;
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['\u2019]/g;

/**
 * Folds one raw token to lowercase without accents, possessive `'s` or apostrophes, and does
 * not stem it. Throws nothing.
 */
export function foldToken(raw: string): string {
  let w = raw.toLowerCase();
  if (NON_ASCII.test(w)) w = w.normalize('NFKD').replace(MARKS, '').normalize('NFKC');
  if (w.includes("'") || w.includes('\u2019')) {
    w = w.replace(/['\u2019]s$/, '').replace(APOSTROPHES, '');
  }
  return w;
}

/**
 * Folds one raw token to the key used for phrase matching: lowercase, Unicode NFKC with
 * accents removed, possessive `'s` and apostrophes dropped, plural folded (`light`) or
 * derivational suffixes stripped (`strong`). Throws nothing.
 */
export function normalizeToken(raw: string, strength: 'light' | 'strong' = 'light'): string {
  return stemToken(foldToken(raw), strength);
}
