import { INFLECTED_END, type MorphTrie, opensWithModifier } from './build-morph-index.ts';
import { type SkillIndex, WEAK_EVIDENCE } from './build-skill-index.ts';
import { DETERMINERS } from './lexicon.ts';
import { maybeSameWork, morphKey, sameWorkKey, WordShapes } from './morph-key.ts';
import { normalizeToken } from './normalize-token.ts';
import { GREETINGS } from './reads-as-request.ts';
import { gapBefore, sentenceStartOf, startsSentence, tokenLower } from './tokenize-text.ts';
import {
  TOKEN_GLUED,
  TOKEN_LIST_SEP_BEFORE,
  TOKEN_SENTENCE_START,
  type TokenList,
} from './types.ts';
import { DISPATCH_VERBS, endsNounPhrase, isWorkObject, soughtPerson } from './work-object.ts';

/** A mention found by word family: tokens `startTok..endTok` name form `form`. */
export interface MorphMatch {
  form: number;
  startTok: number;
  endTok: number;
  /**
   * True for a verb-first match of a short request whose object comes further on in the
   * sentence ("Reconcile last quarter's transactions against the bank statements" → Bank
   * reconciliation): weaker evidence, and its span's middle words are not part of the mention.
   */
  far?: boolean;
}

/** Particles that make the word glued after them a modifier ("on-site", "in-house", "up-front"). */
const PARTICLES: ReadonlySet<string> = new Set(['on', 'off', 'in', 'out', 'up']);

/**
 * Whether token `j` is the second half of a particle compound ("an on-site server", "our
 * in-house team"): a modifier, never the object a verb reaches ("migrate the firm from an old
 * on-site server" is no website migration).
 */
function particleCompound(text: string, tokens: TokenList, j: number): boolean {
  if (j < 1 || ((tokens.flags[j] ?? 0) & TOKEN_GLUED) === 0) return false;
  if (text.charCodeAt((tokens.starts[j] ?? 0) - 1) !== 45) return false; // '-'
  return PARTICLES.has(tokenLower(text, tokens, j - 1));
}

/** Words between a verb and its object that do not break the phrase ("design a new logo"). */
const MAX_GAP = 2;
/**
 * Words before a base-form verb that mark it as a verb ("to translate", "please proofread"),
 * chat shorthand included ("pls fix", "can u make").
 */
const VERB_CUES: ReadonlySet<string> = new Set(
  "to please pls plz will would should must you u help also then you'll you’ll youll".split(' '),
);
/** Adverbs that soften an order opening a sentence ("Just correct my English"). */
const SOFTENERS: ReadonlySet<string> = new Set(['just', 'simply', 'only']);
/**
 * Modals of ability: before a bare verb they ask for work only when the one asked is "you" or
 * the modal opens the sentence ("Can you translate", "you could proofread"), or the person sought
 * ("someone who can work well on a team"); after anyone else
 * they say what someone or something can do ("so members can book our meeting rooms", "Users
 * can sort products by price"). Modals of duty ("will", "must") name the work whoever does it.
 */
const MODALS: ReadonlySet<string> = new Set(['can', 'could']);
/** Anyone asked by a modal before them ("Could someone…", "Can anyone…"). */
const ANYONE: ReadonlySet<string> = new Set(['someone', 'somebody', 'anyone', 'anybody']);
/** Who "can" / "could" asks for work: the one asked, or the person sought ("someone who can"). */
const ABLE_ASKED: ReadonlySet<string> = new Set(['you', 'u', 'who']);
/**
 * Verbs of wanting whose bare-verb object, in a short request, is the work asked for, as
 * clients writing in a second language put it ("We need translate our handbook").
 */
const WANTING: ReadonlySet<string> = new Set(['need', 'want']);

/** Prepositions whose phrase is no object ("Work closely with our design team"). */
const PREPOSITIONS: ReadonlySet<string> = new Set(
  'with alongside on in at for from about to into through across'.split(' '),
);

/** Token `i` in lowercase ("" past the end or across a sentence or list boundary). */
function wordAt(text: string, tokens: TokenList, i: number): string {
  if (i >= tokens.count || ((tokens.flags[i] ?? 0) & BOUNDARY) !== 0) return '';
  return tokenLower(text, tokens, i);
}

/** Whether the verb at `i` is followed (past -ly adverbs) by a preposition, not an object. */
function beforePreposition(text: string, tokens: TokenList, i: number): boolean {
  let j = i + 1;
  while (wordAt(text, tokens, j).endsWith('ly')) j += 1;
  return PREPOSITIONS.has(wordAt(text, tokens, j));
}

/** Persons after "help" / "let" whose next word is a bare verb ("help us price"). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['us', 'me', 'them', 'him', 'her']);
const BARE_VERB_AFTER: ReadonlySet<string> = new Set(['help', 'helping', 'let']);

/**
 * Morph token id of a raw word in `index` (-1 when no form has its key); cached per surface.
 * An agent noun ("manager", "translator") gets an id only with `agents` (a title line).
 */
export function morphId(index: SkillIndex, raw: string, agents = false): number {
  if (agents) {
    const k = morphKey(raw);
    if (k.agent) return index.morph.vocab.get(k.key) ?? -1;
  }
  const { surfaceCache, vocab, prefixes } = index.morph;
  const hit = surfaceCache.get(raw);
  if (hit !== undefined) return hit;
  let id = -1;
  if (prefixes.has(raw.slice(0, 3).toLowerCase())) {
    const k = morphKey(raw);
    // An agent noun names a person ("the Project Manager"), not the activity asked for.
    id = k.agent ? -1 : (vocab.get(k.key) ?? -1);
  }
  if (surfaceCache.size > 1_000_000) surfaceCache.clear();
  surfaceCache.set(raw, id);
  return id;
}

const ACTION_FORM = /(?:ing|tion|sion|ment|ance|ysis)$/;
/** Words that cannot stand between a verb and its object in an inverted label. */
const GAP_STOP: ReadonlySet<string> = new Set(
  'to of for with in on at by from and or as into about than that which who'.split(' '),
);

/** Texts up to this many words read like requests rather than postings. */
export const SHORT_TEXT_TOKENS = 60;
/**
 * In a short request, the most words between a verb and the rest of an inverted label
 * ("Evaluate how well our LLM answers" → LLM evaluation), when the verb is used as one.
 */
const FAR_GAP = 8;
/** Words that end the verb's clause: its object cannot lie beyond them. */
const FAR_STOP: ReadonlySet<string> = new Set(
  'and or but that which who whom whose because so while when if than then to before after until during since'.split(
    ' ',
  ),
);

const BOUNDARY = TOKEN_SENTENCE_START | TOKEN_LIST_SEP_BEFORE;

/**
 * A one-word form met by word family needs the text word to be used as that family's form:
 * inflected or derived ("translating", "translator"), or a base-form verb in an imperative or
 * after a verb cue ("Proofread my thesis", "please proofread", "Edit and proofread").
 * A bare base-form noun ("market" for Marketing) is not enough.
 */
function singleWordOk(
  index: SkillIndex,
  text: string,
  tokens: TokenList,
  i: number,
  titleEnd: number,
): boolean {
  const raw = text.slice(tokens.starts[i], tokens.ends[i]);
  // A job title names the work: "English Teacher" → Teaching, "Translator" → Translation;
  // so does a person sought ("looking for a translator").
  if ((i < titleEnd || soughtPerson(text, tokens, i)) && morphKey(raw).agent) return true;
  // A surface that corpus evidence shows is rarely a skill ("the recruitment process").
  const p = index.aliasPrecision?.get(normalizeToken(raw));
  if (p !== undefined && p < WEAK_EVIDENCE) return false;
  // Verb inflections and action nouns; not plurals ("accounts") or agent nouns ("supervisor").
  if (morphKey(raw).derived && ACTION_FORM.test(raw.toLowerCase())) return true;
  // A noun of the family as the object of a verb of paperwork, ending its phrase: the work
  // itself ("Send invoices to our clients" → Invoicing; not "Manage our accounts").
  if (isWorkObject(text, tokens, i, DISPATCH_VERBS) && endsNounPhrase(text, tokens, i)) return true;
  return usedAsOrder(text, tokens, i);
}

/**
 * Whether token `i` is a bare verb giving an order: opening a short request ("Proofread my
 * thesis"; in a long posting a sentence-initial verb lists a duty whose object is the work,
 * "Facilitate community participation"), after a verb cue ("please proofread", "will
 * manage"), after "can" / "could" asking "you" (`MODALS`), after need / want in a short request ("We need translate our
 * handbook"), after help / let and a person ("help us price"), or joined to an opening one
 * ("Edit and proofread").
 */
export function usedAsOrder(text: string, tokens: TokenList, i: number): boolean {
  if (startsSentence(tokens, i)) return tokens.count <= SHORT_TEXT_TOKENS;
  if (
    tokens.count <= SHORT_TEXT_TOKENS &&
    (opensNumberedItem(text, tokens, i) || opensAfterColon(text, tokens, i))
  )
    return true;
  if (((tokens.flags[i] ?? 0) & TOKEN_LIST_SEP_BEFORE) !== 0) {
    // A list of orders after a comma ("…to triage her inbox, answer the phones and…"): a bare
    // verb whose object opens with a determiner, continuing an order given earlier.
    if (i < 2 || tokens.count > SHORT_TEXT_TOKENS) return false;
    const next = wordAt(text, tokens, i + 1);
    if (!DETERMINERS.has(next) && !OBJECT_PRONOUNS.has(next)) return false;
    const w = wordAt(text, tokens, i);
    if (!/^[a-z]+$/.test(w)) return false;
    const key = morphKey(w);
    return key.verbal && !key.derived && !key.agent && coordinatedOrder(text, tokens, i);
  }
  const prev = tokenLower(text, tokens, i - 1);
  if (VERB_CUES.has(prev)) return true;
  // "Just correct my English", "Simply book the hotels": an order opening a short request.
  if (SOFTENERS.has(prev) && startsSentence(tokens, i - 1))
    return tokens.count <= SHORT_TEXT_TOKENS;
  // "Could someone clean up…", "Can anyone translate…": a request to whoever reads it.
  if (ANYONE.has(prev) && i >= 2) {
    const modal = tokenLower(text, tokens, i - 2);
    return MODALS.has(modal) || modal === 'would' || modal === 'will';
  }
  if (MODALS.has(prev))
    return (
      startsSentence(tokens, i - 1) || (i >= 2 && ABLE_ASKED.has(tokenLower(text, tokens, i - 2)))
    );
  // "need translate our handbook": the bare verb has an object of its own after it (not "need
  // budget approval", "need design feedback").
  if (WANTING.has(prev) && tokens.count <= SHORT_TEXT_TOKENS) {
    const after = wordAt(text, tokens, i + 1);
    return DETERMINERS.has(after) || OBJECT_PRONOUNS.has(after) || after === 'it';
  }
  if (i >= 2 && OBJECT_PRONOUNS.has(prev) && ((tokens.flags[i - 1] ?? 0) & BOUNDARY) === 0) {
    const before = tokenLower(text, tokens, i - 2);
    if (BARE_VERB_AFTER.has(before)) return true;
  }
  return (
    (prev === 'and' || prev === 'or') &&
    i >= 2 &&
    (startsSentence(tokens, i - 2) ||
      (tokens.count <= SHORT_TEXT_TOKENS && opensNumberedItem(text, tokens, i - 2)) ||
      coordinatedOrder(text, tokens, i))
  );
}

/** An item's number or letter: "1)", "2.", "a)", "(b)", "ii)". */
const ITEM_MARK = /^(?:\d{1,2}|[a-h]|i{1,3}|iv)$/i;

/**
 * Whether token `i` opens a numbered or lettered item ("Two jobs: 1) move our blog…", "a) turn
 * the clips into reels, b) reply to comments"): the mark before it stands after a sentence's
 * start, a colon, a comma, a semicolon or a line break, and a bracket or a full stop follows it.
 */
export function opensNumberedItem(text: string, tokens: TokenList, i: number): boolean {
  if (i < 1) return false;
  const mark = i - 1;
  if (!ITEM_MARK.test(tokenLower(text, tokens, mark))) return false;
  const after = gapBefore(text, tokens, i);
  if (!/^\s*[).]\s*$/.test(after)) return false;
  // "1)", "b)": a bracket after a mark numbers an item wherever it stands ("Could you 1) write
  // the job ad, 2) screen…"); a full stop only where an item can start ("Version 2. Update…").
  if (after.includes(')') || startsSentence(tokens, mark)) return true;
  return /[:;,(\n]\s*$/.test(gapBefore(text, tokens, mark));
}

/**
 * Whether token `i` is a bare verb right after a colon, with its object after it ("Need help
 * with our Instagram: plan a month of posts, write the captions…"): a list of orders.
 */
function opensAfterColon(text: string, tokens: TokenList, i: number): boolean {
  if (!gapBefore(text, tokens, i).includes(':')) return false;
  const w = tokenLower(text, tokens, i);
  if (!/^[a-z]+$/.test(w)) return false;
  const key = morphKey(w);
  if (!key.verbal || key.derived || key.agent) return false;
  const next = tokenLower(text, tokens, i + 1);
  return DETERMINERS.has(next) || OBJECT_PRONOUNS.has(next) || /^\d/.test(next);
}

/** The most words back from a joined verb to the order it continues. */
const JOINED_REACH = 24;
/** Modals that give a list of orders or duties ("You will…", "The officer must…"). */
const DUTY_MODALS: ReadonlySet<string> = new Set(
  'will would should must shall can could'.split(' '),
);
/**
 * Words before "to" that make it give orders or ask abilities ("need to", "expected to", "ability
 * to develop and debug", "skills to balance and prioritize"), not a preposition ("contributes to").
 */
const TO_ORDERS: ReadonlySet<string> = new Set(
  `need needs want wants able ability abilities expected required asked responsible help helps
how skills skill capacity`.split(/\s+/),
);
/** The person a request seeks, before an ordering "to" ("Looking for a VA to triage…"). */
const SOUGHT_TO: ReadonlySet<string> = new Set(
  'someone somebody anyone anybody va assistant freelancer person expert pro specialist'.split(' '),
);
/** Words of seeking before that person ("need", "looking for", "hire", "I'd like"). */
const SEEKING_WORDS =
  /\b(?:need|needs|want|wants|looking|seeking|hire|hiring)\b|(?:\b(?:i|we)['\u2019]d|\bwould) (?:like|love)\b/i;
/**
 * Words that may follow a joined verb and are no noun it modifies: a preposition or a
 * demonstrative ("debug in Python", "translate these into work items", "facilitate with").
 */
const JOINED_NEXT: ReadonlySet<string> = new Set(
  `in on for with to into across within at from by these those this that all any each every new
existing it them`.split(/\s+/),
);
/** Particles after a joined verb ("draw up a contract", "sort out"). */
const JOINED_PARTICLES: ReadonlySet<string> = new Set('up out down off over through'.split(' '));

/**
 * Whether the verb at `i` (after "and" / "or") closes a list of orders given earlier in its
 * sentence: "You will manage the directors' diaries, book their travel and take minutes", "The
 * officer will design the tools, track indicators and compile donor reports" — the first verb
 * after a modal ("will", "must"…) or an ordering "to" ("need to", "expected to"). The word after
 * it opens an object (a determiner, a pronoun, a particle, a plural or an -ly / -al modifier)
 * or nothing does: a noun compound is no order ("the officer and budget committee"). Verbs of
 * making are left out ("will build the new businesses and create value"). Throws nothing.
 */
function coordinatedOrder(text: string, tokens: TokenList, i: number): boolean {
  if (startsSentence(tokens, i - 1) || MAKING.has(wordAt(text, tokens, i))) return false;
  // The joined word is a verb's base form itself ("… and keep her calendar"), not a plural noun
  // of a list ("laptop and accounts").
  const self = morphKey(wordAt(text, tokens, i));
  if (self.derived || self.agent) return false;
  const next = wordAt(text, tokens, i + 1);
  const opensObject =
    i + 1 >= tokens.count ||
    startsSentence(tokens, i + 1) ||
    ((tokens.flags[i + 1] ?? 0) & TOKEN_LIST_SEP_BEFORE) !== 0 ||
    DETERMINERS.has(next) ||
    OBJECT_PRONOUNS.has(next) ||
    JOINED_PARTICLES.has(next) ||
    JOINED_NEXT.has(next) ||
    /^(?:[a-z]+(?:s|ly|al|ic|ive)|\d.*)$/.test(next);
  if (!opensObject) return false;
  for (let k = i - 2; k >= 1 && k >= i - JOINED_REACH; k -= 1) {
    // Back to the start of this sentence only: k and its cue at k - 1 stand in it.
    if (startsSentence(tokens, k + 1) || startsSentence(tokens, k)) return false;
    // Read as written even where a sentence or list item opens ("Able to work…").
    const cue = tokenLower(text, tokens, k - 1);
    const beforeTo = cue === 'to' && k >= 2 ? tokenLower(text, tokens, k - 2) : '';
    const ordering =
      DUTY_MODALS.has(cue) ||
      opensAfterColon(text, tokens, k) ||
      (cue === 'to' &&
        k >= 2 &&
        !startsSentence(tokens, k - 1) &&
        (TO_ORDERS.has(beforeTo) ||
          ((SOUGHT_TO.has(beforeTo) || morphKey(beforeTo).agent) &&
            SEEKING_WORDS.test(text.slice(sentenceStartOffset(tokens, k), tokens.starts[k - 2])))));
    if (!ordering) continue;
    const w = wordAt(text, tokens, k);
    const key = morphKey(w);
    if (!/^[a-z]+$/.test(w) || key.derived || key.agent) continue;
    // A verb by the lexicon, or by its place: "to" + a word + a determiner ("to triage her
    // inbox") or another verb joined to it ("to triage and file my email") is an infinitive,
    // whatever the lexicon knows of the word.
    const after = wordAt(text, tokens, k + 1);
    if (key.verbal || (cue === 'to' && (DETERMINERS.has(after) || after === 'and'))) return true;
  }
  return false;
}

/** Where the sentence of token `k` starts, as a text offset. */
function sentenceStartOffset(tokens: TokenList, k: number): number {
  return tokens.starts[sentenceStartOf(tokens, k)] ?? 0;
}

/** Verbs of making: given as an order, they stand for a label's own action of making. */
const MAKING: ReadonlySet<string> = new Set(['make', 'create', 'build', 'produce', 'prepare']);
/** Two-word verbs of making: the verb and the particle after it. */
const MAKING_WITH: ReadonlyMap<string, string> = new Map([
  ['put', 'together'],
  ['pull', 'together'],
  ['draw', 'up'],
]);
/** The actions a making verb stands for: the word-family keys of design, planning, creation. */
const MADE_AS: readonly string[] = ['design', 'plan', 'create'].map((w) => morphKey(w).key);
/** Verbs of wanting a thing made ("Need a logo"). */
export const WANTED: ReadonlySet<string> = new Set(['need', 'needs', 'want', 'wants']);
/** The shapes of the making verbs, their two-word heads and the wanting verbs. */
const MAKING_SHAPES = new WordShapes([...MAKING, ...MAKING_WITH.keys(), ...WANTED]);
/** What a wanted thing is made by: the making actions and writing ("Need a press release"). */
const WANTED_AS: readonly string[] = [...MADE_AS, morphKey('write').key];
/** Who wants a thing in a request: the writer ("We need a logo"), or no one named ("Need a logo"). */
const WANTERS: ReadonlySet<string> = new Set(['i', 'we']);
/** Adverbs between the writer and the wanting verb ("We really need a logo"). */
const WANT_ADVERBS: ReadonlySet<string> = new Set(['just', 'really', 'urgently', 'also', 'still']);
/** Words before the writer that turn wanting into a question or a denial ("do we need…"). */
const NEGATORS: ReadonlySet<string> = new Set(['do', 'does', 'did', "don't", 'don’t', 'not']);

/**
 * Whether the wanting verb at `i` asks for a thing to be made: the writer wants it (the
 * sentence opens with the verb or with "I" / "we"), and a thing follows, "a" / "an" or a
 * number first ("Need a logo", "We need 10 articles"), not a person, help or a verb.
 */
export function wantsMade(text: string, tokens: TokenList, i: number, next: string): boolean {
  if (
    !(
      next === 'a' ||
      next === 'an' ||
      /^\d/.test(next) ||
      NUMBER_WORDS.has(next) ||
      barePlural(next)
    )
  )
    return false;
  // A question does not ask for the thing ("Do we need a website?").
  if (endsInQuestion(text, tokens, i)) return false;
  // The writer is the subject: the verb opens the sentence, or "I" / "we" (past an adverb:
  // "We really need a logo") do, with no negation or auxiliary before them ("We don't really
  // need…", "You will also need a CV").
  let k = i - 1;
  // At a sentence's start or right after a colon ("Short one: need subtitles for…").
  if (startsSentence(tokens, i) || gapBefore(text, tokens, i).includes(':')) return true;
  while (k >= 0 && WANT_ADVERBS.has(tokenLower(text, tokens, k)) && !startsSentence(tokens, k))
    k -= 1;
  if (k < 0) return false;
  if (WANT_ADVERBS.has(tokenLower(text, tokens, k))) return startsSentence(tokens, k);
  // A second clause of the writer's ("We're opening a café and need a logo", "opening a
  // brewery in the spring and need a logo"): its sentence opens with the writer or, as
  // messages do, with no subject.
  if (LINKERS.has(tokenLower(text, tokens, k)) && !startsSentence(tokens, k))
    return writerOpens(text, tokens, k);
  return (
    WANTERS.has(tokenLower(text, tokens, k)) &&
    (startsSentence(tokens, k) || !NEGATORS.has(tokenLower(text, tokens, k - 1)))
  );
}

/** At most this many items of a list of things wanted are read (`wantedItems`). */
const MAX_WANTED_ITEMS = 8;
/** Words before a number that only make it approximate ("about 30 icons"). */
const ABOUT: ReadonlySet<string> = new Set(
  'about around roughly approx approximately some over nearly'.split(' '),
);
/**
 * The most words from a list item's start to the first word of its object ("30 new line-style
 * icons"): the item's noun phrase, up to a preposition ("a header graphic for the email").
 */
const ITEM_REACH = 5;

/**
 * The items of a list of things wanted that a wanting verb opens with a colon: on its own line
 * ("We need:\n- a press release\n- a pitch deck", "we want:\n1. a logo"), one item per line,
 * up to the first line that names no thing ("Thanks!"); or on the verb's line ("We need: a
 * press release, a pitch deck and a one-pager"), one per comma or "and" / "or". An item names
 * a thing when it opens as `wantsMade` reads after the verb ("a", "an", a number, a bare
 * plural). "the following" may stand between the verb and its colon. Returns each item's
 * first token, in order; none without such a colon.
 */
function wantedItems(text: string, tokens: TokenList, verb: number): number[] {
  const n = tokens.count;
  // "We need the following: …" lists as "We need: …" does.
  const following =
    tokenLower(text, tokens, verb + 1) === 'the' &&
    tokenLower(text, tokens, verb + 2) === 'following' &&
    !startsSentence(tokens, verb + 2);
  const i = following ? verb + 2 : verb;
  if (i + 1 >= n) return [];
  const gap = gapBefore(text, tokens, i + 1);
  // Where an item opening at `k` names a thing ("a", "an", a number, a bare plural, a
  // number after "about" / "around"…), else -1.
  const itemAt = (k: number): number => {
    const w = tokenLower(text, tokens, k);
    if (w === 'a' || w === 'an' || /^\d/.test(w) || NUMBER_WORDS.has(w) || barePlural(w)) return k;
    if (!ABOUT.has(w) || k + 1 >= n || startsSentence(tokens, k + 1)) return -1;
    const next = tokenLower(text, tokens, k + 1);
    return /^\d/.test(next) || NUMBER_WORDS.has(next) ? k + 1 : -1;
  };
  const out: number[] = [];
  if (startsSentence(tokens, i + 1)) {
    if (!/^[^\S\n]*:[^\S\n]*\r?\n/.test(gap)) return [];
    for (let k = i + 1; k < n && out.length < MAX_WANTED_ITEMS; k += 1) {
      if (!startsSentence(tokens, k)) continue;
      // "1. a logo": the number opens the item, its words the next sentence.
      if (/^\d+$/.test(tokenLower(text, tokens, k)) && startsSentence(tokens, k + 1)) continue;
      const at = itemAt(k);
      if (at < 0) break;
      out.push(at);
    }
    return out;
  }
  const first = /^\s*:[\s\-–•*]*$/.test(gap) ? itemAt(i + 1) : -1;
  if (first < 0) return [];
  out.push(first);
  for (let k = first + 1; k < n && out.length < MAX_WANTED_ITEMS; k += 1) {
    if (startsSentence(tokens, k)) break;
    const prev = tokenLower(text, tokens, k - 1);
    // A comma, "and" / "or", or a dash or bullet set apart by spaces ("… icons - a header").
    const opens =
      ((tokens.flags[k] ?? 0) & TOKEN_LIST_SEP_BEFORE) !== 0 ||
      prev === 'and' ||
      prev === 'or' ||
      /\s[-–—•*]\s/.test(gapBefore(text, tokens, k));
    const at = opens ? itemAt(k) : -1;
    if (at >= 0) {
      out.push(at);
      k = at;
    }
  }
  return out;
}

/**
 * A bare plural noun after the wanting verb ("Need subtitles for 14 videos", "We need product
 * descriptions…" reads "product" then its noun): a thing wanted, as "a" / "an" would mark it.
 * Not a person, help or a pronoun ("need someone", "need us", "need updates on…" stays a thing).
 */
function barePlural(next: string): boolean {
  return /^[a-z]{3,}s$/.test(next) && !NOT_THINGS.has(next) && !morphKey(next).agent;
}
const NOT_THINGS: ReadonlySet<string> = new Set(
  'this his its us yours ours theirs always sometimes perhaps less unless various thanks'.split(
    ' ',
  ),
);

/** Words joining the writer's clauses. */
const LINKERS: ReadonlySet<string> = new Set(['and', 'so', 'but']);
/** How a sentence opens with its writer: "I", "we", "I'm", "we're", "we've"… */
const WRITER_OPENERS: ReadonlySet<string> = new Set(
  "i we i'm im we're were we've weve i've ive".split(' '),
);

/**
 * Whether the sentence of token `k` opens with its writer ("We're…", "I…"), after any greeting,
 * or the message opens with a participle and no subject ("Opening a brewery…", "Just
 * launched…").
 */
function writerOpens(text: string, tokens: TokenList, k: number): boolean {
  const s = sentenceStartOf(tokens, k);
  // Past a greeting ("Hello, we're opening…", "Hi! Opening…").
  let at = s;
  while (at < k && GREETING_WORDS.has(tokenLower(text, tokens, at))) at += 1;
  let w = tokenLower(text, tokens, at).replaceAll('\u2019', "'");
  if (w === 'just' || w === 'recently' || w === 'currently') w = tokenLower(text, tokens, at + 1);
  if (WRITER_OPENERS.has(w)) return true;
  // A participle opening the message, after nothing but a greeting ("Opening a brewery…",
  // "Launched our app…"), not a noun ("Our…").
  for (let j = 0; j < at; j += 1)
    if (!GREETING_WORDS.has(tokenLower(text, tokens, j))) return false;
  return /^[a-z]+(?:ing|ed)$/.test(w) && morphKey(w).verbal;
}

/** Greetings before a message's first words (and "Hi there", "Hi all", "Hi team"). */
const GREETING_WORDS: ReadonlySet<string> = new Set([...GREETINGS, 'there', 'all', 'team']);

/** Whether the sentence of token `i` ends with a question mark. */
function endsInQuestion(text: string, tokens: TokenList, i: number): boolean {
  let k = i + 1;
  while (k < tokens.count && ((tokens.flags[k] ?? 0) & TOKEN_SENTENCE_START) === 0) k += 1;
  const from = tokens.ends[k - 1] ?? 0;
  const to = k < tokens.count ? (tokens.starts[k] ?? text.length) : text.length;
  return text.slice(from, to).includes('?');
}
const NUMBER_WORDS: ReadonlySet<string> = new Set(
  'two three four five six seven eight nine ten twelve twenty few couple'.split(' '),
);

/**
 * Nouns that, heading a compound, name a person rather than the activity of their verb ("our
 * team lead", "a football coach", "the event host"; not "Lead the team"): a phrase ending on one
 * is no skill, unless a title line or a person sought (`soughtPerson`) names the work with it.
 */
const PERSON_HEADS: ReadonlySet<string> = new Set([
  'lead',
  'coach',
  'host',
  'chair',
  'judge',
  'head',
]);

function personHead(text: string, tokens: TokenList, j: number, titleEnd: number): boolean {
  if (j < titleEnd || !PERSON_HEADS.has(wordAt(text, tokens, j))) return false;
  // A verb, not a noun: after "and" / "or" / "to", or before its object ("Mentor and coach
  // junior developers", "coach them").
  const before = wordAt(text, tokens, j - 1);
  if (before === 'and' || before === 'or' || before === 'to') return false;
  const after = wordAt(text, tokens, j + 1);
  if (DETERMINERS.has(after) || OBJECT_PRONOUNS.has(after)) return false;
  return !soughtPerson(text, tokens, j);
}

/**
 * Words after a made object that say when, not what: "Create a logo ASAP" (-ly adverbs already
 * end a phrase).
 */
const WHEN_WORDS: ReadonlySet<string> = new Set(
  'asap now today tomorrow tonight soon next'.split(' '),
);

/**
 * Whether the noun at `j` is continued by more of its phrase ("a logo generator", "a business
 * application", "emails sound more human"): then it is no object made. A time word, a number
 * or an -ing participle after it ("Create a logo ASAP", "Make a pitch deck 10 slides", "a press
 * release announcing…") ends it. Throws nothing.
 */
/**
 * Whether token `k` opens an object of the -ing word before it: a determiner, a possessive, a
 * pronoun or a name ("announcing our round", "showing the app", "featuring Anna"), not the rest
 * of a compound ("a website monitoring dashboard", "a budget forecasting model").
 */
function takesObject(text: string, tokens: TokenList, k: number): boolean {
  const w = wordAt(text, tokens, k);
  if (w === '') return false;
  if (DETERMINERS.has(w) || OBJECT_PRONOUNS.has(w) || w === 'it') return true;
  const c = text.charCodeAt(tokens.starts[k] ?? 0);
  return c >= 65 && c <= 90;
}

/** Whether a preposition ("for", "of", "about"…) stands among tokens `from`..`to`. */
export function spansPreposition(
  text: string,
  tokens: TokenList,
  from: number,
  to: number,
): boolean {
  for (let k = from; k <= to; k += 1) {
    const w = wordAt(text, tokens, k);
    if (PREPOSITIONS.has(w) || w === 'of') return true;
  }
  return false;
}

function continuesPhrase(text: string, tokens: TokenList, j: number): boolean {
  if (endsNounPhrase(text, tokens, j)) return false;
  const next = wordAt(text, tokens, j + 1);
  const glued = ((tokens.flags[j + 1] ?? 0) & TOKEN_GLUED) !== 0;
  // An -ing participle after the object says what it does ("a press release announcing our
  // round", "a video showing the app"), not a longer name.
  if (
    !glued &&
    next.length > 5 &&
    next.endsWith('ing') &&
    morphKey(next).verbal &&
    takesObject(text, tokens, j + 2)
  )
    return false;
  return !(WHEN_WORDS.has(next) || /^\d/.test(next));
}

function gapBlocked(text: string, tokens: TokenList, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    if (GAP_STOP.has(tokenLower(text, tokens, k))) return true;
  }
  return false;
}

function collect(t: MorphTrie, node: number, s: number, e: number, out: MorphMatch[]): void {
  for (let f = t.nodeForm[node] ?? -1; f >= 0; f = t.formNext[f] ?? -1) {
    out.push({ form: f, startTok: s, endTok: e });
  }
}

/** `collect` in the direct trie, but of the forms whose label opens with no modifying noun. */
function collectNotModified(
  index: SkillIndex,
  node: number,
  s: number,
  e: number,
  out: MorphMatch[],
): void {
  const { direct } = index.morph;
  for (let f = direct.nodeForm[node] ?? -1; f >= 0; f = direct.formNext[f] ?? -1) {
    if (!opensWithModifier(index.morph, f)) out.push({ form: f, startTok: s, endTok: e });
  }
}

/**
 * Words after which an -ing or -ed form is a verb: a subject, an auxiliary, a verb of going
 * on or starting ("I keep emailing", "we are building", "they have emailed", "started
 * building").
 */
const VERB_BEFORE: ReadonlySet<string> = new Set(
  (
    'i we you they he she it who am is are was were be been being has have had keep keeps kept ' +
    'keeping start starts started stop stops stopped spend spends spent finish finished avoid ' +
    'tried try tries already just still also'
  ).split(' '),
);

/**
 * Whether the token at `i` is a verb's -ing or -ed form used as a verb: after a subject, an
 * auxiliary or a verb of going on (`VERB_BEFORE`), or opening a sentence or bullet
 * ("Emailing support gets no answer"; not after a colon or comma, where skill lists name
 * things: "Skills: messaging brokers"). After a determiner, an adjective or a preposition it
 * modifies a noun instead ("strong writing skills", "knowledge of messaging brokers").
 */
function inflectedVerbUsed(text: string, tokens: TokenList, i: number): boolean {
  const start = tokens.starts[i] ?? 0;
  const end = tokens.ends[i] ?? 0;
  if (end - start < 5 || !INFLECTED_END.test(text.slice(end - 3, end))) return false;
  const k = morphKey(text.slice(start, end));
  if (!k.derived || !k.verbal) return false;
  if (startsSentence(tokens, i)) return true;
  return VERB_BEFORE.has(tokenLower(text, tokens, i - 1));
}

/**
 * Finds mentions by word family (see `morphKey`), in label order and, for labels ending in
 * an action, verb first with up to two words between ("Design a logo" → Logo design,
 * "Managing diaries" → Diary management). Never across a sentence or list boundary.
 * `ids` are the tokens' `morphId`s; the first `titleEnd` tokens are a title line. Exact-surface mentions are found by `matchExplicit`; this
 * adds the rest. Throws nothing.
 */
export function matchMorph(
  index: SkillIndex,
  text: string,
  tokens: TokenList,
  callerIds: Int32Array,
  titleEnd = 0,
): MorphMatch[] {
  let ids = callerIds;
  const n = tokens.count;
  const { direct, inverted } = index.morph;
  const out: MorphMatch[] = [];
  const short = n <= SHORT_TEXT_TOKENS;
  // A short request's base-form verbs giving an order ("Test our app", not "Testing of the
  // app"): far objects follow only those.
  const orders = short
    ? Uint8Array.from(
        { length: n },
        (_, i) =>
          +(
            usedAsOrder(text, tokens, i) &&
            !morphKey(text.slice(tokens.starts[i], tokens.ends[i])).derived
          ),
      )
    : undefined;
  // A same-work verb giving an order is read as the verb it stands for ("Draft a white
  // paper" as write); the caller's ids are left as they are.
  for (let i = 0; i < n; i += 1) {
    if (!maybeSameWork(text, tokens.starts[i] ?? 0, tokens.ends[i] ?? 0)) continue;
    const as = sameWorkKey(text.slice(tokens.starts[i], tokens.ends[i]));
    if (as === undefined || !(orders ? orders[i] : usedAsOrder(text, tokens, i))) continue;
    // Opening a sentence, "Draft" is an order only before its object's determiner ("Draft a
    // white paper"), not in "Draft report attached".
    if (startsSentence(tokens, i) && !DETERMINERS.has(wordAt(text, tokens, i + 1))) continue;
    const id = index.morph.vocab.get(as);
    if (id === undefined) continue;
    if (ids === callerIds) ids = ids.slice();
    ids[i] = id;
  }
  // A person (an agent noun read as its work, in a title or for a person sought) is never the
  // object of a verb-first reading: "a management accountant" is no account management.
  const agentAt = (j: number): boolean =>
    morphKey(text.slice(tokens.starts[j], tokens.ends[j])).agent;
  const walk = (t: MorphTrie, node0: number, s: number, from: number): void => {
    let node = node0;
    let j = from;
    if (t === inverted && j > s && agentAt(j)) return;
    // A phrase in label order opening with a verb's -ing or -ed form used as a verb: it acts
    // on the words after it ("I keep emailing support", "we are building automation"), unlike
    // a label's first noun ("Email support"); "knowledge of messaging brokers" names them.
    let verbFirst = -1;
    while (node > 0) {
      if ((t.nodeForm[node] ?? -1) >= 0) {
        if (j > s && t === direct && verbFirst < 0) verbFirst = +inflectedVerbUsed(text, tokens, s);
        if (j > s && verbFirst === 1) {
          if (!personHead(text, tokens, j, titleEnd)) collectNotModified(index, node, s, j, out);
        } else if (
          (j > s ? !personHead(text, tokens, j, titleEnd) : t === inverted) ||
          (j === s && singleWordOk(index, text, tokens, s, titleEnd))
        )
          collect(t, node, s, j, out);
      }
      // A leaf, or a next key no path continues with here: `trie.get` would miss.
      const sig = t.sig[node] as number;
      if (sig === 0) break;
      j += 1;
      if (j >= n || ((tokens.flags[j] ?? 0) & BOUNDARY) !== 0) break;
      const id = ids[j] ?? -1;
      if (id < 0 || ((sig >>> (id & 31)) & 1) === 0 || t.follows[id] === 0) break;
      if (t === inverted && agentAt(j)) break;
      node = t.trie.get(node, id);
    }
  };
  // The node after the verb's inverted root `v` (children signature `vSig`) for the word at
  // `j` as its object's first word, or -1: no key has id -1, a key no path steps onto cannot
  // follow (no table probe then), and the second half of a particle compound is no object.
  const objectStep = (v: number, vSig: number, j: number): number => {
    const idj = particleCompound(text, tokens, j) ? -1 : (ids[j] ?? -1);
    return idj < 0 || ((vSig >>> (idj & 31)) & 1) === 0 || inverted.follows[idj] === 0
      ? -1
      : inverted.trie.get(v, idj);
  };
  const scan = (): void => {
    for (let i = 0; i < n; i += 1) scanAt(i);
  };
  // The objects of the verb at `i` in a list item opening at `b`: as `scanAt`'s near objects,
  // read from the item's start (the match starts there, not at the verb lines above) through
  // its noun phrase (`ITEM_REACH`, up to a preposition).
  const scanItem = (i: number, b: number): void => {
    const v = inverted.root[ids[i] ?? -1] ?? -1;
    if (v <= 0) return;
    const vSig = inverted.sig[v] as number;
    for (let j = b; j <= b + ITEM_REACH && j < n; j += 1) {
      if (j > b && ((tokens.flags[j] ?? 0) & BOUNDARY) !== 0) break;
      if (GAP_STOP.has(tokenLower(text, tokens, j))) break;
      const first = objectStep(v, vSig, j);
      if (first > 0 && !gapBlocked(text, tokens, b, j)) walk(inverted, first, b, j);
    }
  };
  const scanAt = (i: number): void => {
    const id = ids[i] ?? -1;
    if (id < 0) return;
    const d = direct.root[id] ?? -1;
    if (d > 0) walk(direct, d, i, i);
    const v = inverted.root[id] ?? -1;
    if (v <= 0) return;
    const vSig = inverted.sig[v] as number;
    const found = out.length;
    for (let gap = 0; gap <= MAX_GAP; gap += 1) {
      const j = i + 1 + gap;
      if (j >= n || ((tokens.flags[j] ?? 0) & BOUNDARY) !== 0) break;
      const first = objectStep(v, vSig, j);
      // Gap words are read only when a phrase could close here (cheap on long texts).
      if (first > 0 && !gapBlocked(text, tokens, i + 1, j)) walk(inverted, first, i, j);
    }
    // A short request whose verb found no object close by: further on in its clause, when
    // the word is used as a verb ("Reconcile last quarter's transactions against the bank
    // statements"). The nearest closing object only.
    if (!orders?.[i] || out.length > found || beforePreposition(text, tokens, i)) return;
    for (let j = i + 1; j <= i + 1 + FAR_GAP && j < n; j += 1) {
      if (((tokens.flags[j] ?? 0) & BOUNDARY) !== 0) break;
      if (j > i + 1 && FAR_STOP.has(tokenLower(text, tokens, j - 1))) break;
      if (j < i + 2 + MAX_GAP || particleCompound(text, tokens, j)) continue;
      const first = objectStep(v, vSig, j);
      if (first <= 0) continue;
      const at = out.length;
      walk(inverted, first, i, j);
      for (let k = at; k < out.length; k += 1) (out[k] as MorphMatch).far = true;
      if (out.length > at) break;
    }
  };
  scan();
  const renamed = ids !== callerIds;
  // A renamed word keeps its own reading too ("Draft a contract" → Contract drafting).
  if (renamed) {
    ids = callerIds;
    scan();
  }
  // A making verb giving an order stands for the making a label names by its own action, with
  // the label's object after it ("Make a content calendar" → Content calendar planning, "Create
  // a logo" → Logo design, "Put together a pitch deck" → Pitch deck creation); never on its
  // own, and not in "make sure".
  let made = false;
  let working: Int32Array | undefined;
  for (let i = 0; i < n; i += 1) {
    const start = tokens.starts[i] ?? 0;
    const end = tokens.ends[i] ?? 0;
    // Cheap first: a word of another length or first letter is none of these verbs.
    if (!MAKING_SHAPES.has(text, start, end)) continue;
    const w = text.slice(start, end).toLowerCase();
    const making = MAKING.has(w);
    const particle = MAKING_WITH.get(w);
    if (!making && particle === undefined && !(short && WANTED.has(w))) continue;
    // "We need: a press release, a pitch deck", "We need:\n- a press release\n- a pitch
    // deck": the things wanted are the items of the list the colon opens.
    const items = short && WANTED.has(w) ? wantedItems(text, tokens, i) : [];
    const next =
      items.length > 0 ? tokenLower(text, tokens, items[0] as number) : wordAt(text, tokens, i + 1);
    // "Need a logo", "We need a press release", "I want 10 articles": a thing wanted in a
    // short request is a thing to be made (written, designed).
    const wanted = short && WANTED.has(w) && wantsMade(text, tokens, i, next);
    if (!wanted) {
      if (!(making ? next !== 'sure' : particle === next)) continue;
      if (!(orders ? orders[i] : usedAsOrder(text, tokens, i))) continue;
    }
    for (const action of wanted ? WANTED_AS : MADE_AS) {
      const id = index.morph.vocab.get(action);
      if (id === undefined) continue;
      // One copy of the ids per text, the verb's id swapped in and back (not a copy per verb:
      // a long text has thousands of them).
      working ??= callerIds.slice();
      working[i] = id;
      ids = working;
      const at = out.length;
      if (wanted && items.length > 0) for (const b of items) scanItem(i, b);
      else scanAt(i);
      let kept = at;
      for (let k = at; k < out.length; k += 1) {
        const m = out[k] as MorphMatch;
        // Held apart as a far match is: the words between the verb and the object keep their
        // own readings ("Build a Tableau dashboard" keeps Tableau), at a far match's confidence.
        m.far = true;
        // The object ends its phrase: "Make our welcome emails sound more human" makes nothing
        // (a causative), nor does "Create a logo generator" design a logo; "Create a logo
        // ASAP" does.
        // A wanted thing is the phrase right after the verb (or opening a list item): "Need
        // 14 illustrations for a picture book" wants illustrations, not a book written.
        const from = m.startTok === i ? i + 1 : m.startTok;
        if (wanted && spansPreposition(text, tokens, from, m.endTok)) continue;
        if (m.endTok > m.startTok && !continuesPhrase(text, tokens, m.endTok)) out[kept++] = m;
      }
      out.length = kept;
      made ||= kept > at;
      working[i] = callerIds[i] ?? -1;
    }
    ids = callerIds;
  }
  if (renamed || made) {
    const seen = new Set<string>();
    return out.filter((m) => {
      const key = `${m.form}:${m.startTok}:${m.endTok}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  return out;
}
