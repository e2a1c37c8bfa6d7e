const VOWEL = /[aeiouy]/;

function lightStem(w: string): string {
  const n = w.length;
  if (n <= 3 || w.charCodeAt(n - 1) !== 115 /* s */) return w;
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w.endsWith('aas')) return w;
  if (w.endsWith('yses')) return `${w.slice(0, -4)}ysis`;
  if (w.endsWith('ies') && n > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('sses')) return w.slice(0, -2);
  return w.slice(0, -1);
}

const STRONG_RULES: [string, string][] = [
  ['izations', 'ize'],
  ['ization', 'ize'],
  ['isation', 'ize'],
  ['ational', 'ate'],
  ['ations', 'ate'],
  ['ation', 'ate'],
  ['ative', 'ate'],
  ['ements', ''],
  ['ement', ''],
  ['ments', ''],
  ['ment', ''],
  ['ness', ''],
  ['ities', ''],
  ['ity', ''],
  ['ings', ''],
  ['ing', ''],
  ['ically', 'ic'],
  ['ical', 'ic'],
  ['fully', ''],
  ['ful', ''],
  ['ers', ''],
  ['er', ''],
  ['ors', ''],
  ['or', ''],
  ['ions', ''],
  ['ion', ''],
  ['ance', ''],
  ['ence', ''],
  ['ive', ''],
  ['ed', ''],
  ['ly', ''],
];

function strongStem(word: string): string {
  let w = lightStem(word);
  if (w.length <= 4) return w;
  for (const [suffix, repl] of STRONG_RULES) {
    if (!w.endsWith(suffix)) continue;
    const base = w.slice(0, w.length - suffix.length);
    if (base.length < 3 || !VOWEL.test(base)) continue;
    w = base + repl;
    break;
  }
  if (w.endsWith('ize') || w.endsWith('ise')) w = w.slice(0, -3);
  else if (w.endsWith('ate') && w.length > 5) w = w.slice(0, -3);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  const n = w.length;
  if (n > 4 && w[n - 1] === w[n - 2] && !'lsz'.includes(w[n - 1] ?? '')) w = w.slice(0, -1);
  return w;
}

/**
 * Reduces a lowercased word to a matching key. `light` folds plurals only ("dashboards" →
 * "dashboard", "analyses" → "analysis") and is used for exact phrase matching; `strong` also
 * strips derivational suffixes ("management", "managing" → "manag") for retrieval.
 * Words of three letters or fewer are kept as they are. Throws nothing.
 */
export function stemToken(word: string, strength: 'light' | 'strong'): string {
  return strength === 'light' ? lightStem(word) : strongStem(word);
}
