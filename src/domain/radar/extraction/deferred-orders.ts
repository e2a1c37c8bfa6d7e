import { DETERMINERS } from './lexicon.ts';
import { usedAsOrder, WANTED } from './match-morph.ts';
import { isAdjectiveWord, isNounWord, verbBase } from './morph-key.ts';
import { tokenLower } from './tokenize-text.ts';
import { TOKEN_LIST_SEP_BEFORE, TOKEN_SENTENCE_START, type TokenList } from './types.ts';

/**
 * An order a short request gives without the usual word order, written out the usual way: the
 * verb's base form, its particle, and its object ("I need my thesis proofread" → "proofread my
 * thesis"; "Need them typed up", after "six customer interviews" → "type up the customer
 * interviews"). `startTok` / `endTok` are the request's tokens it stands for.
 */
export interface DeferredOrder {
  order: string;
  startTok: number;
  endTok: number;
}

/**
 * Words of wanting whose object and past participle ask for work ("need X done"); "like" only
 * after "would" / "'d" ("We'd like our site translated"). Not "have" / "get", which in job ads
 * mostly say what someone has ("have proven experience").
 */
const WANTING: ReadonlySet<string> = new Set([...WANTED, 'like']);
const WOULD: ReadonlySet<string> = new Set(['would', "'d", 'i’d', "i'd", "we'd", 'we’d', '’d']);
/** Particles of phrasal verbs ("tidied up", "typed up", "sorted out", "looked over"). */
const PARTICLES: ReadonlySet<string> = new Set(['up', 'out', 'over', 'through', 'down', 'back']);
/** Pronoun objects, read through the noun phrase they stand for. */
const PRONOUNS: ReadonlyMap<string, 'one' | 'many'> = new Map([
  ['it', 'one'],
  ['this', 'one'],
  ['them', 'many'],
  ['these', 'many'],
  ['those', 'many'],
]);
/** Words that open no object ("need to", "need someone to", "need help"). */
const NO_OBJECT: ReadonlySet<string> = new Set(
  'to someone somebody anyone anybody help you'.split(' '),
);
/** Past participles spelled as their base form ("need my thesis proofread", "get it set up"). */
const SAME_FORM: ReadonlySet<string> = new Set(['proofread', 'set', 'put', 'cut']);
/** Participles that are no order's verb in a request ("need it finished", "get it done"). */
const EMPTY_VERBS: ReadonlySet<string> = new Set(
  'do finish complete start sort fix make get have need want deliver send go'.split(' '),
);
/** Who is asked to do the work in "… to <verb> it" ("someone to answer them"). */
const ASKED_TO: ReadonlySet<string> = new Set(
  'someone somebody anyone anybody you person freelancer help'.split(' '),
);
/** Objects at most this many words long ("our 12-page employee handbook"). */
const MAX_OBJECT = 5;
/** Candidate phrases a pronoun is tried as, nearest first. */
const MAX_ANTECEDENTS = 3;

/** Persons and organisations: never the thing an order on a pronoun works on. */
const PARTIES: ReadonlySet<string> = new Set(
  `friend friends company companies boss client clients customer customers team partner partners
wife husband mum mom dad parents family colleague colleagues manager managers business businesses
agency firm founder founders ceo cto investors board kids children son daughter sister brother
grandfather grandmother`.split(/\s+/),
);
/** Nouns of amount and time, never what a pronoun stands for ("half the names", "last week"). */
const NOT_ANTECEDENT: ReadonlySet<string> = new Set(
  `one two three four five six seven eight nine ten eleven twelve twenty hundred thousand half
all some most many few lot lots number amount rest day days week weeks month months year years
time times today tomorrow morning evening night hour hours minute minutes need needs mess can
disaster nightmare problem problems issue issues pain chaos tonight weekend asap
will may must please do does did have has had let could would should`.split(/\s+/),
);

/**
 * Whether a word may be part of a noun phrase a pronoun stands for: a noun of the lexicon, or a
 * name written with a capital inside a sentence ("QuickBooks"); not amounts, times, modals,
 * verdicts ("a disaster", "a mess"), pronouns or determiners.
 */
function antecedentWord(w: string, opensSentence: boolean): boolean {
  if (!/^[A-Za-z][A-Za-z-]*$/.test(w)) return false;
  const l = w.toLowerCase();
  if (DETERMINERS.has(l) || PRONOUNS.has(l) || NOT_ANTECEDENT.has(l)) return false;
  return isNounWord(w) || (!opensSentence && /^[A-Z]/.test(w));
}

/** Whether token `i` may be need(s) / want(s) / like, by its length and first letter. */
function mayWant(text: string, tokens: TokenList, i: number): boolean {
  const at = tokens.starts[i] ?? 0;
  const len = (tokens.ends[i] ?? 0) - at;
  if (len < 4 || len > 5) return false;
  const c = text.charCodeAt(at) | 32;
  return c === 110 || c === 119 || c === 108; // n w l
}

/** Whether token `i` may be it / this / them / these / those, by its length and letters. */
function mayBePronoun(text: string, tokens: TokenList, i: number): boolean {
  const at = tokens.starts[i] ?? 0;
  const len = (tokens.ends[i] ?? 0) - at;
  const c = text.charCodeAt(at) | 32;
  if (len === 2) return c === 105 && (text.charCodeAt(at + 1) | 32) === 116; // it
  return (len === 4 || len === 5) && c === 116 && (text.charCodeAt(at + 1) | 32) === 104; // th…
}

/**
 * Whether the pronoun at `i` stands for a phrase: "it" / "them" always; "this" / "these" /
 * "those" only with no noun after them ("edit this photo" names its object). Throws nothing.
 */
function standsAlone(text: string, tokens: TokenList, i: number): boolean {
  const w = tokenLower(text, tokens, i);
  if (w === 'it' || w === 'them') return true;
  if (i + 1 >= tokens.count || boundaryAt(tokens, i + 1)) return true;
  const next = text.slice(tokens.starts[i + 1], tokens.ends[i + 1]);
  const l = next.toLowerCase();
  // A time after it ("edit these tomorrow") leaves it a pronoun.
  if (PARTICLES.has(l) || NOT_ANTECEDENT.has(l)) return true;
  return !(isNounWord(next) || isAdjectiveWord(next));
}

const boundaryAt = (tokens: TokenList, i: number): boolean =>
  ((tokens.flags[i] ?? 0) & (TOKEN_SENTENCE_START | TOKEN_LIST_SEP_BEFORE)) !== 0;

/**
 * The noun phrases before token `before`, nearest first, of the number a pronoun asks for
 * (`many`: ending in -s): runs of nouns (and capitalised names), at most three words, each
 * given a definite article when it has no determiner ("six customer interviews" → "the
 * customer interviews"). Throws nothing.
 */
function antecedents(
  text: string,
  tokens: TokenList,
  before: number,
  number: 'one' | 'many',
): string[] {
  const out: string[] = [];
  let end = before - 1;
  while (end >= 0 && out.length < MAX_ANTECEDENTS) {
    const w = text.slice(tokens.starts[end], tokens.ends[end]);
    if (!antecedentWord(w, end === 0 || boundaryAt(tokens, end))) {
      end -= 1;
      continue;
    }
    let start = end;
    while (
      start - 1 >= 0 &&
      end - start < 2 &&
      !boundaryAt(tokens, start) &&
      antecedentWord(
        text.slice(tokens.starts[start - 1], tokens.ends[start - 1]),
        start - 1 === 0 || boundaryAt(tokens, start - 1),
      )
    )
      start -= 1;
    const head = text.slice(tokens.starts[end], tokens.ends[end]);
    // A name ("QuickBooks", "Zoom") may stand for either number, and is passed over when it
    // reads nothing; a lowercase noun or an abbreviation of the right number is the phrase the
    // pronoun stands for, read or not ("Our podcast has a new logo. Can you edit it?" is about
    // the logo, "…just finished my CV. Can you edit it?" about the CV).
    // A person or an organisation is not what an order on "it" / "them" works on ("a podcast
    // episode with my friend. Can you edit it?", "a blog post for my company"): passed over.
    if (PARTIES.has(head.toLowerCase())) {
      end = start - 1;
      continue;
    }
    const name = /^[A-Z]/.test(head) && head !== head.toUpperCase();
    const plural = /s$/i.test(head) && !/ss$/i.test(head);
    if (name || (number === 'many') === plural) {
      const words: string[] = [];
      for (let k = start; k <= end; k += 1)
        words.push(text.slice(tokens.starts[k], tokens.ends[k]));
      out.push(`the ${words.join(' ')}`);
      if (!name) break;
    }
    end = start - 1;
  }
  return out;
}

/**
 * The objects tokens `from`..`to` stand for: the words as written, or for one pronoun the noun
 * phrases before its wanting word (`antecedents`).
 */
function objectsOf(text: string, tokens: TokenList, from: number, to: number): string[] {
  if (to - from === 0) {
    const pronoun = PRONOUNS.get(tokenLower(text, tokens, from));
    if (!pronoun) return [text.slice(tokens.starts[from], tokens.ends[from])];
    // The phrase stands before the wanting word ("… interviews. Need them typed up"); with
    // none, the verb alone ("I need it proofread").
    const found = antecedents(text, tokens, from - 1, pronoun);
    return found.length > 0 ? found : ['it'];
  }
  const words: string[] = [];
  for (let k = from; k <= to; k += 1) words.push(text.slice(tokens.starts[k], tokens.ends[k]));
  return [words.join(' ')];
}

/**
 * The deferred orders of a short request (callers check its length):
 * - "need / want / would like" + an object + a verb's past participle (and particle): "I need
 *   my thesis proofread", "We want our logo redesigned", "Need the receipts typed up";
 * - an order whose object is a pronoun ("Can you answer them", "clean it up"), or a deferred one
 *   with a pronoun ("Need it tidied up"), once per noun phrase before it that the pronoun may
 *   stand for, nearest first (the caller keeps what one of them reads).
 * An order is a verb given as one (`usedAsOrder`). Throws nothing.
 */
export function deferredOrders(text: string, tokens: TokenList): DeferredOrder[] {
  const out: DeferredOrder[] = [];
  const n = tokens.count;
  for (let i = 0; i < n; i += 1) {
    // Only a possible wanting word, or a word before a possible pronoun, is read as a string:
    // most tokens are dismissed by their length and first letters.
    const wanting = mayWant(text, tokens, i);
    if (!wanting && !(i + 1 < n && mayBePronoun(text, tokens, i + 1))) continue;
    const w = tokenLower(text, tokens, i);
    // "need X done": the object, then the participle, in one sentence.
    if (wanting && WANTING.has(w) && i + 2 < n && !boundaryAt(tokens, i + 1)) {
      if (NO_OBJECT.has(tokenLower(text, tokens, i + 1))) continue;
      if (PRONOUNS.has(tokenLower(text, tokens, i + 1)) && !standsAlone(text, tokens, i + 1))
        continue;
      if (w === 'like' && (i === 0 || !WOULD.has(tokenLower(text, tokens, i - 1)))) continue;
      for (let p = i + 2; p <= Math.min(n - 1, i + 1 + MAX_OBJECT); p += 1) {
        if (boundaryAt(tokens, p)) break;
        const raw = tokenLower(text, tokens, p);
        const base = verbBase(raw);
        const participle =
          base !== undefined && (base === raw ? SAME_FORM.has(raw) : /(?:ed|en|n)$/.test(raw));
        if (!base || !participle || EMPTY_VERBS.has(base)) continue;
        const particle =
          p + 1 < n && !boundaryAt(tokens, p + 1) && PARTICLES.has(tokenLower(text, tokens, p + 1))
            ? tokenLower(text, tokens, p + 1)
            : '';
        const verb = particle ? `${base} ${particle}` : base;
        for (const object of objectsOf(text, tokens, i + 1, p - 1))
          out.push({
            order: `${verb} ${object}`,
            startTok: i,
            endTok: particle ? p + 1 : p,
          });
        break;
      }
      continue;
    }
    // An order on a pronoun: "answer them", "clean it up".
    const pronoun =
      i + 1 < n && !boundaryAt(tokens, i + 1)
        ? PRONOUNS.get(tokenLower(text, tokens, i + 1))
        : undefined;
    if (!pronoun || !usedAsOrder(text, tokens, i) || !standsAlone(text, tokens, i + 1)) continue;
    // After "to", only a person asked to do it ("Need someone to answer them"), not a purpose
    // ("use our name to promote them").
    if (
      i >= 2 &&
      tokenLower(text, tokens, i - 1) === 'to' &&
      !ASKED_TO.has(tokenLower(text, tokens, i - 2))
    )
      continue;
    const base = verbBase(w);
    if (!base || EMPTY_VERBS.has(base)) continue;
    const particle =
      i + 2 < n && !boundaryAt(tokens, i + 2) && PARTICLES.has(tokenLower(text, tokens, i + 2))
        ? tokenLower(text, tokens, i + 2)
        : '';
    const verb = particle ? `${base} ${particle}` : base;
    const found = antecedents(text, tokens, i, pronoun);
    for (const object of found.length > 0 ? found : ['it'])
      out.push({
        order: `${verb} ${object}`,
        startTok: i,
        endTok: particle ? i + 2 : i + 1,
      });
  }
  return out;
}
