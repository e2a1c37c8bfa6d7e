import { createRequire } from 'node:module';
import { foldToken } from './normalize-token.ts';
import { stemToken } from './stem-token.ts';

/** The two calls of wink's English lite model that morphology needs. */
interface Lexicon {
  lemma(word: string, pos: 'VERB' | 'NOUN'): string;
  isVerb(word: string): boolean;
  isNoun(word: string): boolean;
  isAdjective(word: string): boolean;
}

let lexicon: Lexicon | undefined;

/**
 * wink-nlp's English lite model, loaded once per process (~80 ms): its lexicon-checked
 * lemmatiser (WordNet exceptions + suffix rules validated against the lexicon) and its part of
 * speech lexicon. Used word by word, without running the tagging pipeline, so extraction stays
 * linear and fast; callers cache per surface form.
 */
/** Whether `word` (lowercase) is a noun in the lexicon ("email", "message"; not "resolve"). */
export function isLexiconNoun(word: string): boolean {
  return getLexicon().isNoun(word);
}

function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const require = createRequire(import.meta.url);
  const model = require('wink-eng-lite-web-model') as {
    core(): unknown;
    featureFn: unknown;
    addons: { lemmatize(w: string, pos: string, cache: unknown): string };
  };
  // wink-nlp has no public call for "lemma of this word as a verb"; its cache module is what
  // `winkNLP(model)` builds internally, constructed here the same way.
  const makeCache = require('wink-nlp/src/cache.js') as (
    core: unknown,
    featureFn: unknown,
  ) => { hasSamePOS(w: string, pos: string): boolean };
  const cache = makeCache(model.core(), model.featureFn);
  lexicon = {
    lemma: (w, pos) => model.addons.lemmatize(w, pos, cache),
    isVerb: (w) => cache.hasSamePOS(w, 'VERB'),
    isNoun: (w) => cache.hasSamePOS(w, 'NOUN'),
    isAdjective: (w) => cache.hasSamePOS(w, 'ADJ'),
  };
  return lexicon;
}

/** Nominalisation and agent-noun endings → candidate verb endings, most specific first. */
const DERIVATIONS: readonly [string, readonly string[]][] = [
  ['isation', ['ise', 'ize']],
  ['ization', ['ize']],
  ['ysis', ['yse', 'yze']],
  ['iliation', ['ile']],
  ['ption', ['pt', 'be']],
  ['uction', ['uce', 'uct']],
  ['ation', ['ate', 'e', '']],
  ['ition', ['ite', 'e', '']],
  ['ssion', ['ss', 't']],
  ['sion', ['se', 'de', 'd']],
  ['tion', ['te', 't']],
  ['ment', ['']],
  ['ance', ['']],
  ['ator', ['ate']],
  ['iter', ['ite']],
  ['ter', ['te', 't']],
  ['er', ['', 'e']],
  ['or', ['', 'e']],
];

const AGENT_SUFFIX = /(?:er|or)$/;
/** Agent-noun endings besides -er / -or, with the verb endings their stems take. */
const AGENT_ENDINGS: readonly [string, readonly string[]][] = [
  ['ant', ['', 'e', 'ate']],
  ['yst', ['yze', 'yse']],
];
/** Heads of compound agent nouns the lexicon does not list (copywriter, bookkeeper). */
const COMPOUND_AGENT_HEADS: readonly string[] = ['writer', 'keeper'];

function verbOf(word: string, lex: Lexicon): string | undefined {
  for (const [suffix, ends] of DERIVATIONS) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    const stem = word.slice(0, word.length - suffix.length);
    for (const end of ends) {
      const cand = stem + end;
      if (cand.length >= 4 && lex.isVerb(cand)) return cand;
    }
  }
  return undefined;
}

/** British -ise / -yse folded to -ize / -yze. */
function spelling(word: string): string {
  if (word.length > 5 && word.endsWith('ise')) return `${word.slice(0, -3)}ize`;
  if (word.length > 5 && word.endsWith('yse')) return `${word.slice(0, -3)}yze`;
  return word;
}

/** Spelling variants folded together: British -ise/-yse, and a final silent e. */
function canonical(word: string): string {
  const w = spelling(word);
  return w.length >= 4 && w.endsWith('e') ? w.slice(0, -1) : w;
}

/**
 * Whether two words are one word family in the strict sense: the same key, and the same lemma
 * or one derived from the other by a checked ending ("translation" ↔ "translating"). Not
 * words the key folds together by a dropped letter ("theme" / "them", "note" / "not") or two
 * nominalisations of one guessed verb ("conversion" / "conversation"). Throws nothing.
 */
export function sameFamily(a: MorphKey, b: MorphKey): boolean {
  if (a.key !== b.key) return false;
  if (a.lemma === b.lemma) return true;
  return (
    (a.verb !== undefined && a.verb === b.lemma) || (b.verb !== undefined && b.verb === a.lemma)
  );
}

/**
 * Verbs that order the same work as another: a request to "draft a white paper" or "compose a
 * newsletter" asks for White paper writing / Newsletter writing, "proof my thesis" for
 * Proofreading. Applied to a word of the text
 * used as an order (`matchMorph`), never to labels ("Jetpack Compose") or to nouns ("the draft
 * report", "technical drafting"). ("Sort out my inbox" is a task phrase of its skill instead:
 * "sort" alone orders things as often, "sort products by price".)
 */
const SAME_WORK: ReadonlyMap<string, string> = new Map([
  ['draft', 'write'],
  ['compose', 'write'],
  // Publishing's short form: "Proof my thesis", "proof the brochure".
  ['proof', 'proofread'],
]);

/**
 * A few words by shape: their lengths and lowercase first letters. `has` rules out nearly
 * every other word of a text by two array reads, without making a string of it (the matchers
 * ask it of each token of a text).
 */
export class WordShapes {
  /** By word length (under 32): a bit for each first letter a–z. */
  private readonly masks = new Uint32Array(32);

  /** `words`: lowercase, each starting with a letter a–z, under 32 characters. */
  constructor(words: Iterable<string>) {
    for (const w of words) {
      const c = w.charCodeAt(0) - 97;
      if (w.length >= 32 || c < 0 || c >= 26) throw new Error(`no word shape for "${w}"`);
      this.masks[w.length] = (this.masks[w.length] as number) | (1 << c);
    }
  }

  /** Whether `text.slice(start, end)` has the length and first letter (any case) of a word. */
  has(text: string, start: number, end: number): boolean {
    const len = end - start;
    if (len >= 32) return false;
    const mask = this.masks[len] as number;
    if (mask === 0) return false;
    const c = (text.charCodeAt(start) | 0x20) - 97;
    return c >= 0 && c < 26 && ((mask >>> c) & 1) === 1;
  }
}

/** The shape of each same-work verb: most words are ruled out by it. */
const SAME_WORK_SHAPES = new WordShapes(SAME_WORK.keys());

/** Whether `text.slice(start, end)` could be a same-work verb (cheap; no string is made). */
export function maybeSameWork(text: string, start: number, end: number): boolean {
  return SAME_WORK_SHAPES.has(text, start, end);
}

/** The key of `raw`'s same-work verb (`SAME_WORK`), when it is one of those verbs. */
export function sameWorkKey(raw: string): string | undefined {
  const w = foldToken(raw);
  const as = SAME_WORK.get(w);
  return as === undefined ? undefined : morphKey(as).key;
}

/** The key of a word under morphology, and whether it is a derived or inflected form. */
export interface MorphKey {
  key: string;
  /** The word is an inflection or derivation of another (translating, translator), not a base form. */
  derived: boolean;
  /** The key is a verb of the lexicon (the word names an action: design, management, writing). */
  verbal: boolean;
  /** An agent noun (manager, supervisor, translator): names a person, not the activity. */
  agent: boolean;
  /**
   * The word's own lemma (inflections undone, British -ise / -yse folded, no letter dropped):
   * "themes" → theme, "them" → them, where `key` folds both to "them".
   */
  lemma: string;
  /** The verb the word derives from by a checked ending ("translation" → translate), if any. */
  verb?: string;
}

const memo = new Map<string, MorphKey>();

/**
 * Whether `w` (lowercase, longer than four letters) is the plural of a word the lexicon does not
 * know: it ends in a single "s" (not "ss", "us", "is", "os"), and neither it nor its singular is
 * a word of the lexicon.
 */
function unknownPlural(w: string, lex: Lexicon): boolean {
  if (w.length < 5 || !w.endsWith('s') || /(?:ss|us|is|os)$/.test(w)) return false;
  if (lex.isNoun(w) || lex.isVerb(w) || lex.isAdjective(w)) return false;
  const one = w.slice(0, -1);
  return !lex.isVerb(one) && !lex.isAdjective(one);
}

/**
 * Morphological key of one raw token, equal for the forms of one word family: inflections
 * (translating, translated, diaries, wrote) by wink's lexicon lemmatiser, and verb ↔ noun
 * derivations (translation, translator → translate; management → manage; analysis → analyse)
 * checked against its verb lexicon, with British/American spellings folded. Words of three
 * characters or fewer, and words with digits or symbols, keep their light key. Memoised.
 * Throws nothing.
 */
export function morphKey(raw: string): MorphKey {
  const hit = memo.get(raw);
  if (hit) return hit;
  const w = foldToken(raw);
  let out: MorphKey;
  if (w.length <= 3 || !/^[a-z]+$/.test(w)) {
    const key = stemToken(w, 'light');
    out = { key, derived: false, verbal: false, agent: false, lemma: key };
  } else {
    const lex = getLexicon();
    let base = lex.lemma(w, 'VERB');
    if (base === w) base = lex.lemma(w, 'NOUN');
    // A plural the lexicon does not know ("webinars", "wireframes", "chatbots", "vlogs"): its
    // singular, as the lemmatiser gives for the words it knows.
    if (base === w && unknownPlural(w, lex)) base = w.slice(0, -1);
    let derived = base !== w;
    let verb = lex.isVerb(base) ? base : verbOf(base, lex);
    if (!verb && base.endsWith('ing') && base.length > 6) {
      // An -ing form the lexicon does not know (wireframing, ghostwriting): its stem.
      verb = base.slice(0, -3);
    }
    let compoundAgent = false;
    if (!verb && lex.isNoun(base)) {
      // An agent noun in -ant / -yst (assistant, consultant, accountant, analyst): the key of
      // its work (assistance, consulting, accounting, analysis), as -er / -or nouns have.
      const agentEnd = AGENT_ENDINGS.find(
        ([end]) => base.endsWith(end) && base.length >= end.length + 4,
      );
      if (agentEnd) {
        const stem = base.slice(0, -agentEnd[0].length);
        const found = agentEnd[1].map((e) => stem + e).find((c) => c.length >= 4 && lex.isVerb(c));
        if (found) {
          verb = found;
          compoundAgent = true;
        }
      }
    }
    if (!verb) {
      // A compound agent noun whose head is one (copywriter, bookkeeper, speechwriter): the
      // key of its work (copywriting, bookkeeping).
      const head = COMPOUND_AGENT_HEADS.find(
        (h) => base.endsWith(h) && base.length >= h.length + 3,
      );
      if (head) {
        verb = base.slice(0, -head.length) + (verbOf(head, lex) ?? '');
        compoundAgent = verb !== base.slice(0, -head.length);
        if (!compoundAgent) verb = undefined;
      }
    }
    if (verb && verb !== base) derived = true;
    const agent = compoundAgent || (verb !== undefined && verb !== base && AGENT_SUFFIX.test(base));
    out = {
      key: canonical(verb ?? base),
      derived,
      verbal: verb !== undefined,
      agent,
      lemma: spelling(base),
    };
    if (verb && verb !== base) out.verb = spelling(verb);
  }
  if (memo.size > 500_000) memo.clear();
  memo.set(raw, out);
  return out;
}

/**
 * True when a word (any case, any inflection) is an ordinary English noun or verb of wink's
 * lexicon ("guides", "hooks", "teams"); product names outside it ("Figma") are not. Throws nothing.
 */
export function isEnglishWord(raw: string): boolean {
  const w = foldToken(raw);
  if (!/^[a-z]+$/.test(w)) return false;
  const lex = getLexicon();
  const noun = lex.lemma(w, 'NOUN');
  return lex.isNoun(noun) || lex.isVerb(lex.lemma(w, 'VERB'));
}

/**
 * True when a word, or the singular it is a plural of, is an adjective of wink's lexicon
 * ("socials" → social): as a lone object it is as often a modifier ("improve their social
 * skills") as the thing itself. Throws nothing.
 */
export function isAdjectiveWord(raw: string): boolean {
  const w = foldToken(raw);
  if (!/^[a-z]+$/.test(w)) return false;
  const lex = getLexicon();
  return lex.isAdjective(w) || lex.isAdjective(lex.lemma(w, 'NOUN'));
}

/**
 * The base form of a verb's inflected form by wink's lexicon ("proofread" → proofread,
 * "tidied" → tidy, "typed" → type, "written" → write), or undefined when the word is no verb's
 * form. Throws nothing.
 */
export function verbBase(raw: string): string | undefined {
  const w = foldToken(raw);
  if (!/^[a-z]+$/.test(w)) return undefined;
  const lex = getLexicon();
  const base = lex.lemma(w, 'VERB');
  return lex.isVerb(base) ? base : undefined;
}

/** True when a word, or its singular, is a noun of wink's lexicon. Throws nothing. */
export function isNounWord(raw: string): boolean {
  const w = foldToken(raw);
  if (!/^[a-z]+$/.test(w)) return false;
  const lex = getLexicon();
  return lex.isNoun(w) || lex.isNoun(lex.lemma(w, 'NOUN'));
}
