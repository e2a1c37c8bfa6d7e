import type { SkillIndex } from './build-skill-index.ts';
import { TOKEN_LIST_SEP_BEFORE, TOKEN_SENTENCE_START, type TokenList } from './types.ts';
import { endsNounPhrase } from './work-object.ts';

/**
 * Languages by name, as a client writes them (capitalised): two of them in one request, the
 * text moved from one to the other, ask for translation without the word ("We need our French
 * brochure in English", "our site from German into Spanish").
 */
const LANGUAGES: ReadonlySet<string> = new Set(
  `English French Spanish German Italian Portuguese Dutch Russian Chinese Mandarin Cantonese
Japanese Korean Arabic Hindi Urdu Bengali Turkish Polish Swedish Norwegian Danish Finnish Greek
Hebrew Czech Slovak Romanian Hungarian Ukrainian Vietnamese Thai Indonesian Malay Tagalog Swahili
Amharic Persian Farsi Catalan Croatian Serbian Bulgarian`.split(/\s+/),
);
/** Any language name as a capitalised word (global: two tests in a row find two). */
const LANGUAGE_PATTERN = new RegExp(`\\b(?:${[...LANGUAGES].join('|')})\\b`, 'g');
/** Words before a target language: the text is to be put into it. */
const INTO: ReadonlySet<string> = new Set(['into', 'to', 'in']);
/** Words of a request: the sentence asks for something to be done. */
const ASKING: ReadonlySet<string> = new Set(
  'need needs want wants like please get have make put turn convert redo rewrite move switch change'.split(
    ' ',
  ),
);
/** Words of languages spoken, not of a text to move ("fluent in French and English"). */
const SPOKEN: ReadonlySet<string> = new Set(
  'fluent fluency speak speaks speaking spoken speaker speakers native proficient proficiency bilingual'.split(
    ' ',
  ),
);

const cache = new WeakMap<SkillIndex, number>();
/** The entry of the skill `translation` in `index`, or -1. */
function translationEntry(index: SkillIndex): number {
  let e = cache.get(index);
  if (e === undefined) {
    e = index.entries.findIndex((x) => x.id === 'translation');
    cache.set(index, e);
  }
  return e;
}

/**
 * A request to move a text from one language to another without naming translation: a source
 * language modifying the thing to translate ("our French brochure") or after "from" / "in", and
 * later in the same sentence, after a word of asking ("need", "want", "please", "get"…), a
 * different target language after "into" / "to" / "in" that ends its noun phrase ("We need our
 * French brochure in English by Friday"). Not languages spoken ("Fluent in English and French",
 * "English to French customers", "native in French, working in English"). Returns the
 * translation entry and the token span, or undefined. Throws nothing.
 */
export function matchLanguagePair(
  index: SkillIndex,
  text: string,
  tokens: TokenList,
): { entry: number; startTok: number; endTok: number } | undefined {
  // Most texts name fewer than two languages: one pass of a compiled pattern says so.
  LANGUAGE_PATTERN.lastIndex = 0;
  if (!LANGUAGE_PATTERN.test(text) || !LANGUAGE_PATTERN.test(text)) return undefined;
  const n = tokens.count;
  const word = (i: number) => text.slice(tokens.starts[i], tokens.ends[i]);
  const boundary = (i: number) =>
    ((tokens.flags[i] ?? 0) & (TOKEN_SENTENCE_START | TOKEN_LIST_SEP_BEFORE)) !== 0;
  let source = -1;
  let asking = false;
  let spoken = false;
  for (let i = 0; i < n; i += 1) {
    if (boundary(i)) {
      source = -1;
      asking = false;
      spoken = false;
    }
    const w = word(i);
    if (!LANGUAGES.has(w)) {
      const lower = w.toLowerCase();
      if (ASKING.has(lower)) asking = true;
      if (SPOKEN.has(lower)) spoken = true;
      continue;
    }
    const prev = i > 0 && !boundary(i) ? word(i - 1).toLowerCase() : '';
    if (
      source >= 0 &&
      asking &&
      !spoken &&
      INTO.has(prev) &&
      w !== word(source) &&
      endsNounPhrase(text, tokens, i)
    ) {
      const entry = translationEntry(index);
      return entry < 0 ? undefined : { entry, startTok: source, endTok: i };
    }
    // A source: after "from" or "in", or modifying the next word (a noun, not "and" or another
    // language).
    const next = i + 1 < n && !boundary(i + 1) ? word(i + 1) : '';
    const modifies = next !== '' && !LANGUAGES.has(next) && !endsNounPhrase(text, tokens, i);
    if (source < 0 && (prev === 'from' || prev === 'in' || modifies)) source = i;
  }
  return undefined;
}
