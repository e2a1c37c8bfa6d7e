import { DETERMINERS, WORK_VERBS } from './lexicon.ts';
import { TOKEN_LIST_SEP_BEFORE, TOKEN_SENTENCE_START, type TokenList } from './types.ts';

/** Words that may stand between a work verb and its object's noun ("the monthly payroll"). */
const MAX_MODIFIERS = 2;
/** Verbs whose object follows "with" ("help with payroll", "assist with bookkeeping"). */
const HELP_VERBS: ReadonlySet<string> = new Set(['help', 'assist', 'support', 'hand']);
/** Words that end a noun phrase or open a clause: no object phrase reaches back across them. */
const GAP_WORDS: ReadonlySet<string> = new Set(
  `for every each in on at and or with by from to per before after of as than that which who
what when where while if because so but not no`.split(/\s+/),
);

/** Words after a noun that end its phrase ("Run payroll for our team", "every month"). */
const PHRASE_END: ReadonlySet<string> = new Set(
  'for every each in on at and or with by from to per before after'.split(' '),
);

/**
 * Verbs that carry out paperwork on the things they name, so that a noun of a skill's word
 * family as their object is the work itself ("Send invoices" → Invoicing), unlike making or
 * managing verbs ("Manage our Instagram accounts" is no Accounting).
 */
export const DISPATCH_VERBS: ReadonlySet<string> = new Set(
  'send issue chase process prepare file submit'.split(' '),
);

/** Token `i` continues the sentence and list item of the token before it. */
const inSentence = (tokens: TokenList, i: number): boolean =>
  ((tokens.flags[i] ?? 0) & (TOKEN_SENTENCE_START | TOKEN_LIST_SEP_BEFORE)) === 0;

/**
 * Whether the noun at token `pos` is the object of one of `verbs` (default `WORK_VERBS`) in its
 * sentence:
 * the verb, then at most a determiner and `MAX_MODIFIERS` other words that end no phrase
 * ("Run the monthly payroll", "Do our books", "Send invoices"); or a help verb and "with"
 * ("help with payroll"). Throws nothing.
 */
export function isWorkObject(
  text: string,
  tokens: TokenList,
  pos: number,
  verbs: ReadonlySet<string> = WORK_VERBS,
): boolean {
  const word = (i: number) => text.slice(tokens.starts[i], tokens.ends[i]).toLowerCase();
  let k = pos - 1;
  let modifiers = 0;
  while (k >= 0 && inSentence(tokens, k + 1)) {
    const w = word(k);
    if (verbs.has(w)) return true;
    if (w === 'with') return k >= 1 && inSentence(tokens, k) && HELP_VERBS.has(word(k - 1));
    // A determiner opens the phrase: only the verb may come before it.
    if (DETERMINERS.has(w)) return k >= 1 && inSentence(tokens, k) && verbs.has(word(k - 1));
    if (modifiers === MAX_MODIFIERS || GAP_WORDS.has(w)) return false;
    modifiers += 1;
    k -= 1;
  }
  return false;
}

/**
 * Whether the noun at token `pos` ends its phrase: the text, its sentence or its list item ends
 * after it, or a phrase-ending word follows ("Run payroll for…"); not a modifier ("the payroll
 * spreadsheet"). Throws nothing.
 */
export function endsNounPhrase(text: string, tokens: TokenList, pos: number): boolean {
  const next = pos + 1;
  if (next >= tokens.count || !inSentence(tokens, next)) return true;
  return PHRASE_END.has(text.slice(tokens.starts[next], tokens.ends[next]).toLowerCase());
}
