import { DETERMINERS, WORK_VERBS } from './lexicon.ts';
import { morphKey } from './morph-key.ts';
import { tokenLower } from './tokenize-text.ts';
import { TOKEN_LIST_SEP_BEFORE, TOKEN_SENTENCE_START, type TokenList } from './types.ts';

/** Words that may stand between a work verb and its object's noun ("the monthly payroll"). */
const MAX_MODIFIERS = 2;
/** Verbs whose object follows "with" ("help with payroll", "assist with bookkeeping"). */
const HELP_VERBS: ReadonlySet<string> = new Set(['help', 'assist', 'support', 'hand']);
/** Words that end a noun phrase or open a clause: no object phrase reaches back across them. */
const GAP_WORDS: ReadonlySet<string> = new Set(
  `for every each in on at and or with by from to per before after of as than that which who
what when where while if because so but not no plus`.split(/\s+/),
);

/**
 * Words after a noun that end its phrase ("Run payroll for our team", "every month", "the
 * wording of my report"): prepositions, particles and clause words, never a noun it modifies.
 */
export const PHRASE_END: ReadonlySet<string> = new Set(
  `for every each in on at and or with by from to per before after of into onto about through
across during against without within down up out off over so that which when while because as
than but if among around between under via using like including too please who whom whose plus`.split(
    /\s+/,
  ),
);

/** Subject pronouns: after a noun they open a clause about it. */
const SUBJECTS: ReadonlySet<string> = new Set(['we', 'you', 'they', 'i', 'he', 'she']);
/** Verbs of three letters or fewer, which `morphKey` does not read as verbs. */
const SHORT_VERBS: ReadonlySet<string> = new Set(
  'get got see saw buy use pay hit win try'.split(' '),
);
/** People who may open a clause about the thing before them ("emails people get"). */
const PEOPLE: ReadonlySet<string> = new Set(
  `people customers users clients subscribers readers visitors guests members buyers students
patients listeners viewers followers employees players`.split(/\s+/),
);

/**
 * Verbs that carry out paperwork on the things they name, so that a noun of a skill's word
 * family as their object is the work itself ("Send invoices" → Invoicing), unlike making or
 * managing verbs ("Manage our Instagram accounts" is no Accounting).
 */
export const DISPATCH_VERBS: ReadonlySet<string> = new Set(
  'send issue chase file submit'.split(' '),
);

/** Token `i` continues the sentence and list item of the token before it. */
const inSentence = (tokens: TokenList, i: number): boolean =>
  ((tokens.flags[i] ?? 0) & (TOKEN_SENTENCE_START | TOKEN_LIST_SEP_BEFORE)) === 0;

/**
 * Whether the noun at token `pos` is the object of one of `verbs` (default `WORK_VERBS`) in its
 * sentence: right after the verb ("Send invoices") or after "help with" ("help with payroll"),
 * or after a determiner that follows either, with at most `MAX_MODIFIERS` lowercase words
 * between ("Run the monthly payroll", "help with our payroll"). Throws nothing.
 */
export function isWorkObject(
  text: string,
  tokens: TokenList,
  pos: number,
  verbs: ReadonlySet<string> = WORK_VERBS,
): boolean {
  const word = (i: number) => tokenLower(text, tokens, i);
  // The verb (or "help with") right before token `k`, in its sentence.
  const verbBefore = (k: number) =>
    k >= 1 &&
    inSentence(tokens, k) &&
    (verbs.has(word(k - 1)) ||
      (word(k - 1) === 'with' &&
        k >= 2 &&
        inSentence(tokens, k - 1) &&
        HELP_VERBS.has(word(k - 2))));
  if (verbBefore(pos)) return true;
  // Else a determiner opens the phrase, with at most `MAX_MODIFIERS` lowercase words between
  // it and the noun ("Run the monthly payroll"; not "Build reusable React hooks", "Maintain the
  // custom Git hooks").
  for (let k = pos - 1, modifiers = 0; k >= 0 && inSentence(tokens, k + 1); k -= 1) {
    const w = word(k);
    if (DETERMINERS.has(w)) return verbBefore(k);
    const raw = text.slice(tokens.starts[k], tokens.ends[k]);
    if (modifiers === MAX_MODIFIERS || GAP_WORDS.has(w) || raw !== w) return false;
    modifiers += 1;
  }
  return false;
}

/**
 * Whether the noun at token `pos` ends its phrase: the text, its sentence or its list item ends
 * after it, or a phrase-ending word, an -ly adverb, a comparison ("older than") or a clause
 * about it ("the instructions our team follows") follows ("Run payroll for…", "Send invoices
 * weekly"); not a modifier ("the payroll spreadsheet"). Throws nothing.
 */
export function endsNounPhrase(text: string, tokens: TokenList, pos: number): boolean {
  const next = pos + 1;
  if (next >= tokens.count || !inSentence(tokens, next)) return true;
  const w = tokenLower(text, tokens, next);
  // An adverb ends it too ("Send invoices weekly", "Bill our clients monthly").
  if (PHRASE_END.has(w) || w.endsWith('ly')) return true;
  // A determiner or a subject opens a clause about it ("Write the instructions our team
  // follows", "an ebook we can sell").
  if (DETERMINERS.has(w) || SUBJECTS.has(w)) return true;
  // …and so do people doing something ("the five emails people get after they download it",
  // "a guide customers actually read").
  if (PEOPLE.has(w) && next + 1 < tokens.count && inSentence(tokens, next + 1)) {
    const verb = tokenLower(text, tokens, next + 1);
    const v = morphKey(verb);
    if ((v.verbal && !v.agent) || SHORT_VERBS.has(verb)) return true;
  }
  // So does a quantity ("Answer customer emails 3 hours a day", "edit videos 10 min each").
  const c = text.charCodeAt(tokens.starts[next] ?? 0);
  if (c >= 48 && c <= 57) return true;
  // So does a comparison after it ("Chase invoices older than 30 days").
  const after = next + 1 < tokens.count && inSentence(tokens, next + 1);
  return after && w.endsWith('er') && tokenLower(text, tokens, next + 1) === 'than';
}

/**
 * Words before "a" / "an" that seek a person ("need a", "hire a", "hiring an", "recommend a",
 * "find a", "book a"; "know a" only when asked of others).
 */
const SEEKING: ReadonlySet<string> = new Set(
  'need needs hire hiring seeking seek want wants know recommend find book'.split(' '),
);
/** Words before "like a" / "love a" that make it a wish ("I'd like a…", "we would love an…"). */
const WISHING: ReadonlySet<string> = new Set(["i'd", "we'd", 'i\u2019d', 'we\u2019d', 'would']);
/** Words after a person that seek them ("UX researcher needed"). */
const SOUGHT_AFTER: ReadonlySet<string> = new Set(['needed', 'wanted', 'required']);
/** Words before a colon that seek the person after it ("Hiring: …"). */
const SEEKING_HEADS: ReadonlySet<string> = new Set(['hiring', 'wanted', 'seeking', 'needed']);
/** Who is asked "know a …?" when a person is sought. */
const ASKED: ReadonlySet<string> = new Set(['anyone', 'anybody', 'you', 'somebody', 'someone']);
/** Verbs before "for a" that seek a person ("looking for a", "searching for an"). */
const SEEKING_FOR: ReadonlySet<string> = new Set(
  'looking look searching search hunting hiring recruiting'.split(' '),
);
/**
 * Agent nouns that usually name a tool, not a person ("a social media scheduler", "a time
 * tracker"): never read as a person sought.
 */
const TOOL_NOUNS: ReadonlySet<string> = new Set(
  `scheduler tracker planner builder player reader recorder converter generator checker
optimizer optimiser blocker finder counter calculator timer browser server printer scanner router
container controller compiler debugger formatter uploader downloader filter`.split(/\s+/),
);

/**
 * Whether token `pos` ends a noun phrase naming a person sought ("We are looking for a
 * translator", "need an experienced copy editor"): "a" / "an" right after a seeking word ("need",
 * "hire") or after "for" following one ("looking for a"), then at most three words up to `pos`,
 * all in one sentence, and the noun ends its phrase (not "a translator app"). Such an agent noun
 * names the work asked for, as a job title does; "our translator", "a site for an illustrator"
 * and tools ("a time tracker") do not. Throws nothing.
 */
export function soughtPerson(text: string, tokens: TokenList, pos: number): boolean {
  const word = (i: number) => tokenLower(text, tokens, i);
  if (TOOL_NOUNS.has(word(pos))) return false;
  // "UX researcher needed", "Copywriter wanted": the person, then the word of seeking.
  if (pos + 1 < tokens.count && inSentence(tokens, pos + 1) && SOUGHT_AFTER.has(word(pos + 1)))
    return true;
  if (!endsNounPhrase(text, tokens, pos)) return false;
  // "Hiring: freelance UX researcher", "Wanted – bookkeeper": seeking, a colon, the person.
  for (let k = pos; k >= 1 && k >= pos - 4; k -= 1) {
    if (((tokens.flags[k] ?? 0) & TOKEN_LIST_SEP_BEFORE) !== 0) {
      if (SEEKING_HEADS.has(word(k - 1)) && /^\s*:/.test(text.slice(tokens.ends[k - 1] ?? 0)))
        return true;
      break;
    }
    if (((tokens.flags[k] ?? 0) & TOKEN_SENTENCE_START) !== 0) break;
  }
  for (let k = pos - 1; k >= 0 && k >= pos - 4 && inSentence(tokens, k + 1); k -= 1) {
    const w = word(k);
    if (w === 'a' || w === 'an') {
      if (k < 1 || !inSentence(tokens, k)) return false;
      const before = word(k - 1);
      // "know a" seeks only as a question to others ("Anyone know a…", "Do you know a…").
      if (before === 'know') return k >= 2 && inSentence(tokens, k - 1) && ASKED.has(word(k - 2));
      if (SEEKING.has(before)) return true;
      // "I'd like a virtual assistant", "we would love an editor": a wish for a person.
      if ((before === 'like' || before === 'love') && k >= 2 && inSentence(tokens, k - 1))
        return WISHING.has(word(k - 2));
      return (
        before === 'for' && k >= 2 && inSentence(tokens, k - 1) && SEEKING_FOR.has(word(k - 2))
      );
    }
    if (PHRASE_END.has(w) || DETERMINERS.has(w)) return false;
  }
  return false;
}
