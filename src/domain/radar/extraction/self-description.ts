import {
  asksOrTroubled,
  GREETINGS,
  REQUEST_TEXT_TOKENS,
  readsAsRequest,
} from './reads-as-request.ts';
import { tokenLower } from './tokenize-text.ts';
import { TOKEN_SENTENCE_START, type TokenList } from './types.ts';

/**
 * The clauses of a client's request in which the writer describes who they are or what their
 * business does, before asking for something else: "We're a six-person data science
 * consultancy doing machine learning and forecasting for retail chains.", "I run a fractional
 * CFO practice for logistics and supply chain firms, and I know I should be posting…", "Our
 * team lives in HubSpot and Google Workspace, so…", "We sell payroll software to dental
 * practices.", "As a yoga teacher, I…". What such a clause names is the writer's field or
 * setting, not the work asked for (every labelled request set of eval/data forbids those
 * readings). A clause that asks, orders or describes trouble is not one ("We're a bakery that
 * needs a store built", "We're a design agency and things keep slipping"), nor is one of what
 * the writer uses ("We use Go for our backend services" names the stack the work is in).
 */

/** The writer as subject, contracted with "be": "We're a…", "I'm an…". */
const SELF_BE: ReadonlySet<string> = new Set(["we're", "i'm", 'im']);
/**
 * What follows "We're" / "I am" in a self-description: a kind of person or business ("We're a
 * bakery", "I'm an editor", "We're 15 people", "We're based in Leeds"), not a state or an act
 * ("we're on Mailchimp", "we're launching…", "we're drowning in…").
 */
const NOMINAL: ReadonlySet<string> = new Set(
  'a an one two three four five six seven eight nine ten based located'.split(' '),
);
/** The writer as subject before a verb of their business ("We sell…", "I run…"). */
const SELF_SUBJECT: ReadonlySet<string> = new Set(['we', 'i']);
/** Verbs of what a writer's business is or does ("We run a bakery", "I do bookkeeping for…"). */
const BUSINESS_VERBS: ReadonlySet<string> = new Set(
  `run sell make own do help specialise specialize provide offer operate serve teach coach write
manufacture produce`.split(/\s+/),
);
/** A writer's business as subject ("Our team lives in…", "My company sells…", "Store runs on…"). */
const OUR_UNITS: ReadonlySet<string> = new Set(
  `team company business agency studio shop store firm startup clinic practice charity
organisation organization ngo nonprofit brand school restaurant cafe café salon bakery consultancy
lab group`.split(/\s+/),
);
/** What a business as subject is or does ("Our team lives in…", "Our firm specialises in…"). */
const UNIT_VERBS: ReadonlySet<string> = new Set(
  `is are lives live runs run does do sells sell makes make helps help specialises specializes
works work`.split(/\s+/),
);
/** Words opening a sentence before its subject ("Hi, we're…", "So we're…", "Basically I run…"). */
const OPENERS: ReadonlySet<string> = new Set([
  ...GREETINGS,
  'so',
  'ok',
  'okay',
  'well',
  'basically',
]);
/**
 * Words after "and", "but", "so" or a comma that start another clause: a subject, or an asking
 * word without one ("I'm a founder and want someone…").
 */
const NEXT_CLAUSE: ReadonlySet<string> = new Set(
  `i we you they it he she i'm we're you're they're it's i'd we'd i'll we'll i've we've my our me
us please can could would need needs want wants looking honestly just now then also currently
that's there's`.split(/\s+/),
);
/**
 * A writer new to a tool names what they need help in ("I'm a new Excel user and need help
 * building a pivot table"), not their field.
 */
const LEARNER = /\b(?:users?|beginners?|novices?|newbies?|learners?)\b/i;
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'because', 'while']);
/** Punctuation between two words that ends a clause (besides a sentence's end). */
const CLAUSE_END = /[;:()\u2014\u2013]|\s-\s/;

/** Token `k`, lowercase, with a typographic apostrophe as a plain one. */
const word = (text: string, tokens: TokenList, k: number): string =>
  tokenLower(text, tokens, k).replaceAll('\u2019', "'");

const opensSentence = (tokens: TokenList, k: number): boolean =>
  k === 0 || ((tokens.flags[k] ?? 0) & TOKEN_SENTENCE_START) !== 0;

/** Where a sentence's subject starts after its openers ("Hi, we're…" → "we're"). */
function subjectAt(text: string, tokens: TokenList, start: number): number {
  let k = start;
  while (
    k < tokens.count &&
    k - start < 2 &&
    OPENERS.has(word(text, tokens, k)) &&
    !opensSentence(tokens, k + 1)
  )
    k += 1;
  return k;
}

/** Whether a self-description opens at token `k` (see above); the tokens it takes to say so. */
function opensSelf(text: string, tokens: TokenList, k: number): number {
  const next = (d: number): string =>
    k + d < tokens.count && !opensSentence(tokens, k + d) ? word(text, tokens, k + d) : '';
  const w = word(text, tokens, k);
  if (SELF_BE.has(w) || (SELF_SUBJECT.has(w) && (next(1) === 'are' || next(1) === 'am'))) {
    const at = SELF_BE.has(w) ? 1 : 2;
    return NOMINAL.has(next(at)) || /^\d/.test(next(at)) ? at + 1 : 0;
  }
  if (SELF_SUBJECT.has(w) && BUSINESS_VERBS.has(next(1))) return 2;
  // "As a yoga teacher, I…": to the comma.
  if (w === 'as' && (next(1) === 'a' || next(1) === 'an')) return 2;
  // "Our team of 9 lives in…", "Our whole shop runs on…", or a note's bare "Store runs on…".
  let at = -1;
  if (w === 'our' || w === 'my') {
    at = 1;
    while (at <= 3 && next(at) !== '' && !OUR_UNITS.has(next(at))) at += 1;
  } else if (OUR_UNITS.has(w)) at = 0;
  if (at < 0 || !OUR_UNITS.has(at === 0 ? w : next(at))) return 0;
  for (let v = at + 1; v <= at + 3; v += 1) if (UNIT_VERBS.has(next(v))) return v + 1;
  return 0;
}

/** Where the clause opened at `from` ends: the token after its last one. */
function clauseEnd(text: string, tokens: TokenList, from: number, opensWithAs: boolean): number {
  let k = from + 1;
  for (; k < tokens.count; k += 1) {
    if (opensSentence(tokens, k)) break;
    const between = text.slice(tokens.ends[k - 1], tokens.starts[k]);
    if (CLAUSE_END.test(between)) break;
    const comma = between.includes(',');
    if (opensWithAs && comma) break;
    const w = word(text, tokens, k);
    if (comma && NEXT_CLAUSE.has(w)) break;
    if (CONJUNCTIONS.has(w) && k + 1 < tokens.count) {
      const after = word(text, tokens, k + 1);
      if (NEXT_CLAUSE.has(after) || comma) break;
    }
  }
  return k;
}

/**
 * The token ranges `[start, end)` of a request's self-descriptions (see above), in text order.
 * The caller decides the text is a client's request. Throws nothing.
 */
export function selfDescriptions(text: string, tokens: TokenList): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < tokens.count; i += 1) {
    if (!opensSentence(tokens, i)) continue;
    const s = subjectAt(text, tokens, i);
    if (s >= tokens.count) continue;
    const said = opensSelf(text, tokens, s);
    if (said === 0) continue;
    const end = clauseEnd(text, tokens, s + said - 1, word(text, tokens, s) === 'as');
    const span = text.slice(tokens.starts[s], tokens.ends[end - 1]);
    if (!asksOrTroubled(span) && !LEARNER.test(span)) out.push([s, end]);
    i = end - 1;
  }
  return out;
}

/**
 * Marks (1) the tokens of every self-description (`selfDescriptions`) of a client's request, or
 * undefined when the text has none or is no request (`readsAsRequest`, at most
 * `REQUEST_TEXT_TOKENS` words; a job ad's "We are a leading fintech…" names its own field as
 * the work). What is named there is not asked for; what is also named elsewhere still is.
 * Throws nothing.
 */
export function selfDescribedTokens(text: string, tokens: TokenList): Uint8Array | undefined {
  if (tokens.count > REQUEST_TEXT_TOKENS) return undefined;
  const spans = selfDescriptions(text, tokens);
  if (spans.length === 0 || !readsAsRequest(text, tokens)) return undefined;
  const marked = new Uint8Array(tokens.count);
  for (const [a, b] of spans) marked.fill(1, a, b);
  return marked;
}
