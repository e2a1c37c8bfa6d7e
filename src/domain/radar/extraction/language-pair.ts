import type { SkillIndex } from './build-skill-index.ts';
import { morphKey } from './morph-key.ts';
import { tokenLower } from './tokenize-text.ts';
import { TOKEN_LIST_SEP_BEFORE, TOKEN_SENTENCE_START, type TokenList } from './types.ts';
import { endsNounPhrase, PHRASE_END } from './work-object.ts';

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
  'need needs want wants like please get make put turn convert redo rewrite move'.split(' '),
);
/** Words of languages spoken, not of a text to move ("fluent in French and English"). */
const SPOKEN: ReadonlySet<string> = new Set(
  'fluent fluency speak speaks speaking spoken speaker speakers native proficient proficiency bilingual'.split(
    ' ',
  ),
);

/** Words that open the phrase of a text moved into a language ("our", "the", "my"…). */
const TEXT_OPENERS: ReadonlySet<string> = new Set(
  'our the my your their this these a an his her all'.split(' '),
);
/** People and selves, never a text moved into a language. */
const NOT_TEXT: ReadonlySet<string> = new Set(
  `me us him her myself ourselves kids children son daughter sons daughters students team staff
employees people family`.split(/\s+/),
);
/** Nouns after a language that make it describe people or a market, not a text. */
const LANGUAGE_PEOPLE: ReadonlySet<string> = new Set(
  `speakers speaker students student learners learner people users customers audience audiences
market markets readers clients kids children teachers natives`.split(/\s+/),
);

const cache = new WeakMap<SkillIndex, number>();
/** The entry of the skill `translation` in `index`, or -1. */
export function translationEntry(index: SkillIndex): number {
  let e = cache.get(index);
  if (e === undefined) {
    e = index.entries.findIndex((x) => x.id === 'translation');
    cache.set(index, e);
  }
  return e;
}

/**
 * A request to move a text from one language to another without naming translation, in one
 * sentence that asks for something ("need", "want", "please", "get"…) and where the target
 * language, after "into" / "to" / "in", ends its noun phrase:
 * - the thing to translate named with its language right before the target ("our French
 *   brochure in English", "the German menu into Spanish");
 * - "from" a language ("our site from German into Spanish");
 * - "in" a language, then the asking, then the target ("Our site is in English and we need it
 *   in Spanish");
 * - two languages joined by "to" / "into", asked or not ("Spanish to English, a contract");
 * - one language after "into", ending its phrase, in a sentence that asks ("Put our terms and
 *   conditions into Portuguese"; not "break into the Spanish market").
 * Not languages spoken or describing people ("fluent in French", "a Spanish company … a website
 * in English", "our German customers need a site in English", "a German developer to build it in
 * English"). Returns the translation entry and the token span, or undefined. Throws nothing.
 */
export function matchLanguagePair(
  index: SkillIndex,
  text: string,
  tokens: TokenList,
): { entry: number; startTok: number; endTok: number } | undefined {
  // Most texts name fewer than two languages: one pass of a compiled pattern says so.
  LANGUAGE_PATTERN.lastIndex = 0;
  if (!LANGUAGE_PATTERN.test(text)) return undefined;
  // One language is enough only after "into" ("Put our terms into Portuguese").
  if (!LANGUAGE_PATTERN.test(text) && !/\binto\s/i.test(text)) return undefined;
  const n = tokens.count;
  const word = (i: number) => text.slice(tokens.starts[i], tokens.ends[i]);
  const lower = (i: number) => word(i).toLowerCase();
  const boundary = (i: number) =>
    ((tokens.flags[i] ?? 0) & (TOKEN_SENTENCE_START | TOKEN_LIST_SEP_BEFORE)) !== 0;
  // The word before "into" is a text moved ("our terms into Portuguese", "it into English"):
  // a noun after a determiner within two words, or "it" / "them" / "this"; not a verb ("get
  // into", "dive into") and not a person ("my kids into French", "me into Spanish").
  const movedText = (k: number): boolean => {
    const w = lower(k);
    if (w === 'it' || w === 'them' || w === 'this' || w === 'these') return true;
    if (NOT_TEXT.has(w) || ASKING.has(w)) return false;
    for (let b = k - 1; b >= Math.max(0, k - 3); b -= 1) {
      if (boundary(b + 1)) return false;
      if (TEXT_OPENERS.has(lower(b))) return true;
    }
    return false;
  };
  // A language naming people ("English speakers", "Chinese students"), not a text's language.
  const personAfter = (i: number) =>
    i + 1 < n && !boundary(i + 1) && LANGUAGE_PEOPLE.has(lower(i + 1));
  // The pending source: its token, how it was named, and (for a named thing) where the target's
  // preposition must stand.
  let source = -1;
  let kind: 'from' | 'in' | 'thing' = 'from';
  let targetAt = -1;
  let asking = false;
  let askedSince = false;
  let spoken = false;
  for (let i = 0; i < n; i += 1) {
    if (i === 0 || boundary(i)) {
      source = -1;
      asking = false;
      askedSince = false;
      spoken = false;
    }
    const w = word(i);
    if (!LANGUAGES.has(w)) {
      const l = w.toLowerCase();
      if (ASKING.has(l)) {
        asking = true;
        askedSince = true;
      }
      if (SPOKEN.has(l)) spoken = true;
      continue;
    }
    const opens = i === 0 || boundary(i);
    const prev = opens ? '' : lower(i - 1);
    // A text put "into" a language in a sentence that asks for something ("Put our terms and
    // conditions into Portuguese", "Get the menu into French").
    if (
      prev === 'into' &&
      asking &&
      !spoken &&
      i >= 2 &&
      movedText(i - 2) &&
      !personAfter(i) &&
      endsNounPhrase(text, tokens, i) &&
      !(i + 1 < n && !boundary(i + 1) && lower(i + 1) === 'market')
    ) {
      const entry = translationEntry(index);
      return entry < 0 ? undefined : { entry, startTok: i - 1, endTok: i };
    }
    // Two languages joined by "to" / "into" name a translation by themselves, asked or not
    // ("Spanish to English, a 6-page rental contract").
    if (
      !spoken &&
      i + 2 < n &&
      !boundary(i + 1) &&
      !boundary(i + 2) &&
      (lower(i + 1) === 'to' || lower(i + 1) === 'into') &&
      LANGUAGES.has(word(i + 2)) &&
      word(i + 2) !== w &&
      !personAfter(i + 2)
    ) {
      const entry = translationEntry(index);
      return entry < 0 ? undefined : { entry, startTok: i, endTok: i + 2 };
    }
    if (
      source >= 0 &&
      !spoken &&
      asking &&
      INTO.has(prev) &&
      w !== word(source) &&
      endsNounPhrase(text, tokens, i) &&
      (kind === 'from' || (kind === 'in' ? askedSince : i - 1 === targetAt))
    ) {
      const entry = translationEntry(index);
      return entry < 0 ? undefined : { entry, startTok: source, endTok: i };
    }
    if (source >= 0) continue;
    if (prev === 'from' || prev === 'in') {
      source = i;
      kind = prev;
      askedSince = false;
      continue;
    }
    // A language naming the thing: one or two words after it, then the target's preposition;
    // not a sentence's first word ("Polish the descriptions").
    if (opens) continue;
    for (let j = i + 1; j <= i + 3 && j < n && !boundary(j); j += 1) {
      const l = lower(j);
      if (INTO.has(l)) {
        if (j > i + 1) {
          source = i;
          kind = 'thing';
          targetAt = j;
        }
        break;
      }
      if (LANGUAGES.has(word(j)) || PHRASE_END.has(l)) break;
    }
  }
  return undefined;
}

const TRANSLATE_KEY = morphKey('translate').key;

/**
 * Whether a mention read from a form of "translate" (`start`..`end`) turns something "into"
 * what is no language ("translate these into technical work items", "translates business needs
 * into requirements"): then it is no translation. "Into Spanish", "into a language our users
 * read" stay. Throws nothing.
 */
export function translatesIntoNoLanguage(
  text: string,
  tokens: TokenList,
  start: number,
  end: number,
): boolean {
  let verb = -1;
  for (let k = start; k <= end; k += 1) {
    if (morphKey(tokenLower(text, tokens, k)).key === TRANSLATE_KEY) verb = k;
  }
  if (verb < 0) return false;
  for (let k = verb + 1; k < tokens.count && k <= verb + 10; k += 1) {
    if (((tokens.flags[k] ?? 0) & TOKEN_SENTENCE_START) !== 0) return false;
    if (tokenLower(text, tokens, k) !== 'into') continue;
    for (let j = k + 1; j < tokens.count && j <= k + 4; j += 1) {
      const raw = text.slice(tokens.starts[j], tokens.ends[j]);
      const w = raw.toLowerCase();
      if (LANGUAGES.has(raw) || w === 'language' || w === 'languages' || w === 'english')
        return false;
    }
    return true;
  }
  return false;
}

/** Language names in any case ("english + spanish"; "polish" is read apart, a verb too). */
const ANY_CASE_LANGUAGE = new RegExp(`\\b(?:${[...LANGUAGES].join('|')})\\b`, 'gi');
/**
 * Words of a person's languages, not of a text ("fluent in English and Spanish"); not "speak",
 * which in a request for subtitles names the video's language ("we speak Portuguese in them").
 */
const FLUENCY = /\b(?:fluent|fluency|proficient|proficiency|bilingual|native speakers?)\b/i;

/**
 * Whether a request for subtitles names two or more languages and so asks for them translated
 * ("subtitle our videos in Spanish and French", "English subs and also Spanish", "English
 * subtitles for films in Portuguese and Spanish", "need english + spanish"): subtitles in one
 * language only are captioning. Not where the languages are spoken ("fluent in English and
 * Spanish"). Throws nothing.
 */
export function subtitlesInTwoLanguages(text: string): boolean {
  const named = new Set<string>();
  for (const m of text.matchAll(ANY_CASE_LANGUAGE)) {
    // "polish", and "Polish the subtitles": the verb, before its object.
    const at = (m.index ?? 0) + m[0].length;
    if (
      m[0].toLowerCase() === 'polish' &&
      (m[0] !== 'Polish' ||
        /^\s+(?:the|our|my|your|their|this|these|those|all|up)\b/i.test(text.slice(at, at + 8)))
    )
      continue;
    named.add(m[0].toLowerCase());
    if (named.size >= 2) return !FLUENCY.test(text);
  }
  return false;
}
