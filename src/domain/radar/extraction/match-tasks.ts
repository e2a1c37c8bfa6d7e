import { phraseWords, taskPhraseParts } from '../../taxonomy/index.ts';
import type { SkillIndex } from './build-skill-index.ts';
import { DETERMINERS, WORK_VERBS } from './lexicon.ts';
import {
  SHORT_TEXT_TOKENS,
  spansPreposition,
  usedAsOrder,
  WANTED,
  wantsMade,
} from './match-morph.ts';
import { isAdjectiveWord, type MorphKey, morphKey } from './morph-key.ts';
import { SurfaceTable } from './surface-table.ts';
import { gapBefore, sentenceStartOf, tokenLower } from './tokenize-text.ts';
import {
  TOKEN_GLUED,
  TOKEN_LIST_SEP_BEFORE,
  TOKEN_SENTENCE_START,
  type TokenList,
} from './types.ts';
import { endsNounPhrase } from './work-object.ts';

/**
 * Task phrases: how clients ask for a skill's work without naming it ("Send invoices to our
 * clients" → Invoicing, "Reply to customer questions" → Customer support), authored per skill
 * in the taxonomy (`tasks`, verb first). A phrase matches when its verb asks for work
 * (`asksForWork`), and its object words follow in order within the verb's clause, other words
 * allowed between ("Reply to our customers' questions"), the last one ending its noun phrase.
 */

/** Words that end the verb's clause: its object cannot lie beyond them. */
const CLAUSE_END: ReadonlySet<string> = new Set(
  'but that which who whom whose because so while when if than then before after until during since'.split(
    ' ',
  ),
);
/**
 * "and" / "or" join words inside an object ("the opening hours and phone numbers", "German and
 * French markets") or a new verb phrase ("answer the door and email customers"): they end the
 * clause when the next word is a verb of a task or of work.
 */
const JOINERS: ReadonlySet<string> = new Set(['and', 'or']);
/** The most words from the verb to the last object word. */
const MAX_SPAN = 9;

/**
 * One task phrase: its skill entry, the word-family keys of its object words in order, and its
 * place among its verb's phrases (matches keep that order).
 */
interface Task {
  entry: number;
  objects: string[];
  /**
   * Bit k set when object word k names a person (an agent noun: "hire translators"). A text word
   * matches an object only as the same kind: "Monitor the work of contractors" is no work on
   * contracts.
   */
  agents: number;
  /**
   * Bit k set when object word k is written as a verb form, past or -ing ("get the books
   * sorted", "do the bookkeeping"). Otherwise a text word in -ed or -ing (a verb's form: "no
   * foreign objects are introduced", "keep my calendar from double-booking") is no object.
   */
  verbForms: number;
  order: number;
  /** Prepositions the phrase names (`REQUIRED_PREPOSITIONS`): the text must name them too. */
  preps: string[];
  /**
   * The phrase names its object with a possessive or definite determiner (`OWN_DETERMINERS`:
   * "set our prices", "answer the phones"): the text must have one before the object too, so
   * the phrase reads a client's own things, not a bare plural ("Set prices in the admin panel").
   */
  det: boolean;
}

/**
 * Prepositions a phrase names that the text must name too, before the phrase's last object
 * word ("write in my name" is not "Write product names under each photo"; "translate at
 * events" is not "Translate the slides for our events"). Not "to", which is as often an
 * infinitive's ("work out what to charge"), nor particles ("set up", "go through").
 */
const REQUIRED_PREPOSITIONS: ReadonlySet<string> = new Set(
  'for of on in into onto with from at by about'.split(' '),
);
/** The verbs a wanted thing is made by ("Need a flyer" is "design a flyer"). */
const MAKING_KEYS: readonly string[] = [
  'design',
  'create',
  'make',
  'write',
  'draw',
  'produce',
  'build',
].map((w) => morphKey(w).key);

/** Whether `text.slice(start, end)` could be "need(s)" or "want(s)" (no string made). */
function isWantWord(text: string, start: number, end: number): boolean {
  const len = end - start;
  if (len < 4 || len > 5) return false;
  const c = text.charCodeAt(start) | 0x20;
  return c === 110 || c === 119;
}

/** Words after a verb that make it no request ("Please find attached the emails"). */
const NOT_ASKED: ReadonlySet<string> = new Set(['attached', 'enclosed', 'below', 'sure']);

/** A verb's task phrases, grouped by the key of their first object word. */
type VerbTasks = Map<string, Task[]>;

/**
 * Verbs that hand over a piece of work without saying what kind ("Keep my inbox under control",
 * "Take care of our payroll", "Handle our Etsy shop"): the object then names the work, when it
 * is a skill's own (`GENERIC_MIN_VERBS`).
 */
const GENERIC_VERBS: ReadonlySet<string> = new Set(
  `handle manage run keep sort take look deal tidy clean organise organize maintain fix oversee
improve`.split(/\s+/),
);
/**
 * Generic verbs that hand work over only with their particle ("take care of", "take over", "look
 * after", "deal with", "sort out"): "take photos", "look at" or "sort photos by date" hand
 * nothing over.
 */
const GENERIC_PARTICLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['take', ['care', 'over']],
  ['look', ['after']],
  ['deal', ['with']],
  ['sort', ['out']],
]);
/**
 * Verbs whose task phrases show an object handed over generically, when the object table is
 * built: the generic verbs, and "set up", "update", "do", which hand work over in a phrase
 * ("set up our CRM", "do the payroll") but are too loose to read from a text on their own.
 */
const EVIDENCE_VERBS: ReadonlySet<string> = new Set([...GENERIC_VERBS, 'set', 'update', 'do']);
const EVIDENCE_PARTICLES: ReadonlyMap<string, readonly string[]> = new Map([['set', ['up']]]);
/**
 * Head nouns of asking or of pieces of work, after which a phrase's object is still its object
 * ("Handle refund requests", "Answer billing questions", "Process payroll queries").
 */
const ASKING_HEADS: ReadonlySet<string> = new Set(
  'requests request queries query questions enquiries inquiries issues tickets tasks'.split(' '),
);
/**
 * "keep" hands work over only with a state after its object ("Keep my inbox under control",
 * "keep our books up to date"), not in "Keep our existing logo".
 */
const KEEP_STATES: ReadonlySet<string> = new Set(
  'under up tidy clean organised organized running updated current sorted from'.split(' '),
);
/**
 * After a generic verb (and its particle), the object's first word stands within this many
 * words ("Take care of our monthly payroll"), with only determiners and modifiers before it:
 * such a verb says nothing of the work, so its object must be its own, not a noun further on
 * ("help us build and operate a platform", "handle none of it: not our inbox", "research on
 * TikTok").
 */
const GENERIC_REACH = 4;
/** Words that cannot stand between a generic verb and its object. */
const GENERIC_GAP_STOP: ReadonlySet<string> = new Set(
  `not never no for on in at to from with about by into onto of as than that which who and or
but if`.split(/\s+/),
);
/**
 * Possessive and definite determiners: a phrase written with one ("set our prices", "answer the
 * phones") reads a client's own things, and the text must name its object with one too. Not
 * "a" / "an" / "some" ("create intake forms" is the same request as "create an intake form").
 */
const OWN_DETERMINERS: ReadonlySet<string> = new Set(
  'our my their the this these those his her its'.split(' '),
);
/** Subject pronouns: after a generic verb they make it a question or an auxiliary. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set('you we they i he she it'.split(' '));
/**
 * An object (the object words of a task phrase, as word-family keys) names one skill's work when
 * that skill's phrases give it at least this many distinct verbs, two of them generic ones (its
 * authors handed it over generically too), and every other skill's phrases give it at most a
 * third as many: "inbox" (manage, sort out, clear, tidy… inbox) is Email inbox management's;
 * "data" (clean, enter, visualise… data) is no one's.
 */
const GENERIC_MIN_VERBS = 3;
const GENERIC_MIN_GENERIC = 2;
const GENERIC_DOMINANCE = 3;

/**
 * A skill index's task phrases by the key of their verb, and a table of the first four letters
 * (`prefixCode`) of the forms an order takes (the verb, its -ing form): a text word starting
 * otherwise is skipped at the cost of an array read, as nearly every word of a posting is.
 */
export interface TaskIndex {
  byVerb: Map<string, VerbTasks>;
  /**
   * The objects that name one skill's work (see `GENERIC_MIN_VERBS`), as phrases any generic
   * verb (`GENERIC_VERBS`) can take, grouped like a verb's phrases.
   */
  generic: VerbTasks;
  /** The word-family keys of `GENERIC_VERBS`. */
  genericKeys: ReadonlySet<string>;
  /** `GENERIC_PARTICLES` by the verb's word-family key. */
  particles: ReadonlyMap<string, ReadonlySet<string>>;
  /** The word-family key of "keep" (`KEEP_STATES`). */
  keepKey: string;
  prefixes: Uint8Array;
  /**
   * 1 at the low 16 bits of the tokenizer's raw hash (`SurfaceTable.rawHash`) of each order
   * form as written in lowercase, capitalised or in capitals: a first, one-read filter per token.
   */
  surfaces: Uint8Array;
}

/** Letters a-z as 1..26; a word's first four letters as one number below 27^4 (0: shorter). */
const PREFIX_SPACE = 27 ** 4;

/**
 * The first four letters of `s[start, end)` (ASCII, case folded) as a number below
 * `PREFIX_SPACE`, 0 standing for "no letter" past a shorter word; -1 for a word of one letter or
 * with a character other than a letter among them.
 */
function prefixCode(s: string, start: number, end: number): number {
  if (end - start < 2) return -1;
  let code = 0;
  for (let k = start; k < start + 4; k += 1) {
    let v = 0;
    if (k < end) {
      const c = s.charCodeAt(k) | 0x20;
      if (c < 97 || c > 122) return -1;
      v = c - 96;
    }
    code = code * 27 + v;
  }
  return code;
}

/** The forms of a base-form verb an order uses: itself and its -ing form (make → making). */
function orderForms(verb: string): string[] {
  const stem = verb.endsWith('e') && !verb.endsWith('ee') ? verb.slice(0, -1) : verb;
  return [verb, `${stem}ing`, `${verb}${verb.at(-1) ?? ''}ing`];
}

/** A phrase's verb key and object keys, or undefined when it has no verb and object. */
export function taskKeys(phrase: string): { verb: string; objects: string[] } | undefined {
  const parts = taskPhraseParts(phrase);
  return parts ? keysOf(parts) : undefined;
}

/** A phrase's words as word-family keys. */
const keysOf = (parts: { verb: string; objects: string[] }) => ({
  verb: morphKey(parts.verb).key,
  objects: parts.objects.map((w) => morphKey(w).key),
});

/**
 * Which of a phrase's object words name a person (`Task.agents`) and which are written as a
 * verb form, past or -ing (`Task.verbForms`), as bit masks by position.
 */
function objectMasks(words: readonly string[]): { agents: number; verbForms: number } {
  let agents = 0;
  let verbForms = 0;
  words.forEach((w, k) => {
    if (morphKey(w).agent) agents |= 1 << k;
    if (w.endsWith('ed') || w.endsWith('ing')) verbForms |= 1 << k;
  });
  return { agents, verbForms };
}

const cache = new WeakMap<SkillIndex, TaskIndex>();

/** The task phrases of `index`'s entries, compiled once per index. */
export function taskIndex(index: SkillIndex): TaskIndex {
  let t = cache.get(index);
  if (t) return t;
  const genericKeys = new Set([...GENERIC_VERBS].map((v) => morphKey(v).key));
  const particles = new Map(
    [...GENERIC_PARTICLES].map(([verb, words]) => [morphKey(verb).key, new Set(words)]),
  );
  const evidenceKeys = new Set([...EVIDENCE_VERBS].map((v) => morphKey(v).key));
  const evidenceParticles = new Map(
    [...GENERIC_PARTICLES, ...EVIDENCE_PARTICLES].map(([verb, words]) => [
      morphKey(verb).key,
      new Set(words),
    ]),
  );
  const built: TaskIndex = {
    byVerb: new Map(),
    generic: new Map(),
    genericKeys,
    particles,
    keepKey: morphKey('keep').key,
    prefixes: new Uint8Array(PREFIX_SPACE),
    surfaces: new Uint8Array(1 << 16),
  };
  const markForms = (verb: string): void => {
    for (const w of orderForms(verb)) {
      const code = prefixCode(w, 0, w.length);
      if (code >= 0) built.prefixes[code] = 1;
      for (const form of [w, `${w.charAt(0).toUpperCase()}${w.slice(1)}`, w.toUpperCase()]) {
        built.surfaces[SurfaceTable.rawHash(form, 0, form.length) & 0xffff] = 1;
      }
    }
  };
  // Per object (its keys joined, a generic verb's particle left out: "take care of our inbox"
  // gives "inbox"): per skill entry, the distinct verb keys its phrases give it, and those that
  // hand work over generically (`EVIDENCE_VERBS`, with their particle where they need one).
  const verbsByObject = new Map<string, Map<number, { all: Set<string>; generic: Set<string> }>>();
  // Per object: its words written as persons or verb forms in any phrase (`Task.agents`, `verbForms`).
  const masksByObject = new Map<string, { agents: number; verbForms: number }>();
  // Objects of one word that is also a verb or an adjective ("project", "launch", "socials").
  const looseObjects = new Set<string>();
  const verbCount = new Map<string, number>();
  index.entries.forEach((e, entry) => {
    for (const phrase of e.tasks ?? []) {
      const parts = taskPhraseParts(phrase);
      if (!parts) continue;
      const { verb, objects } = keysOf(parts);
      // The phrase's words as the tokenizer splits a text (at hyphens too).
      const said = phraseWords(phrase);
      const needs = evidenceParticles.get(verb);
      const particle = needs?.has(parts.objects[0] ?? '') ? 1 : 0;
      const object = objects.slice(particle).join(' ');
      const words = parts.objects.slice(particle);
      if (object && words.length > 0) {
        // A lone object that is also a verb or an adjective is no thing handed over on its own.
        if (
          words.length === 1 &&
          (morphKey(words[0] as string).verbal || isAdjectiveWord(words[0] as string))
        )
          looseObjects.add(object);
        let bySkill = verbsByObject.get(object);
        if (!bySkill) {
          bySkill = new Map();
          verbsByObject.set(object, bySkill);
        }
        const verbs = bySkill.get(entry) ?? { all: new Set<string>(), generic: new Set<string>() };
        verbs.all.add(verb);
        if (evidenceKeys.has(verb) && (!needs || needs.has(said[1] ?? ''))) verbs.generic.add(verb);
        bySkill.set(entry, verbs);
        const prev = masksByObject.get(object) ?? { agents: 0, verbForms: 0 };
        const here = objectMasks(words);
        masksByObject.set(object, {
          agents: prev.agents | here.agents,
          verbForms: prev.verbForms | here.verbForms,
        });
      }
      let forVerb = built.byVerb.get(verb);
      if (!forVerb) {
        forVerb = new Map();
        built.byVerb.set(verb, forVerb);
      }
      const first = objects[0] as string;
      const list = forVerb.get(first) ?? [];
      const after = said.slice(1);
      const preps = after.filter((w) => REQUIRED_PREPOSITIONS.has(w));
      const det = after.some((w) => OWN_DETERMINERS.has(w));
      const masks = objectMasks(parts.objects);
      list.push({ entry, objects, ...masks, order: verbCount.get(verb) ?? 0, preps, det });
      verbCount.set(verb, (verbCount.get(verb) ?? 0) + 1);
      forVerb.set(first, list);
      markForms(parts.verb);
    }
  });
  let order = 0;
  for (const [object, bySkill] of verbsByObject) {
    const ranked = [...bySkill].sort((a, b) => b[1].all.size - a[1].all.size || a[0] - b[0]);
    const [entry, { all: verbs, generic: genericVerbs }] = ranked[0] as [
      number,
      { all: Set<string>; generic: Set<string> },
    ];
    const runnerUp = ranked[1]?.[1].all.size ?? 0;
    const generic = genericVerbs.size;
    const objects = object.split(' ');
    // A lone object word that is also a verb ("project", "launch", "operations") or an adjective
    // ("socials": "improve their social skills") is as often another word's as the thing handed
    // over.
    if (
      looseObjects.has(object) ||
      verbs.size < GENERIC_MIN_VERBS ||
      generic < GENERIC_MIN_GENERIC ||
      runnerUp * GENERIC_DOMINANCE > verbs.size
    )
      continue;
    const first = objects[0] as string;
    const list = built.generic.get(first) ?? [];
    const masks = masksByObject.get(object) ?? { agents: 0, verbForms: 0 };
    list.push({ entry, objects, ...masks, order, preps: [], det: false });
    order += 1;
    built.generic.set(first, list);
  }
  if (built.generic.size > 0) for (const v of GENERIC_VERBS) markForms(v);
  t = built;
  cache.set(index, t);
  return t;
}

const BOUNDARY = TOKEN_SENTENCE_START | TOKEN_LIST_SEP_BEFORE;

/**
 * Whether token `i` (of word family `key`) asks for work: the verb's base form used as an order
 * (`usedAsOrder`: opening a short request, after a cue such as "please" or "you will"), or an
 * -ing form opening a short request ("Answering tickets in the evenings") or after "help" ("I
 * need help answering customer emails"), or a second order
 * joined by "and" (`joinedOrder`). Not "posted",
 * "takes", or a noun ("Provide input on data strategy").
 */
function asksForWork(text: string, tokens: TokenList, i: number): boolean {
  const raw = tokenLower(text, tokens, i);
  // Where it stands first (no lemmatising for the many words that stand nowhere an order does).
  const opens = i === 0 || ((tokens.flags[i] ?? 0) & TOKEN_SENTENCE_START) !== 0;
  // An -ing form opening a short request, or after "help".
  const ingAsked =
    raw.endsWith('ing') &&
    ((opens && tokens.count <= SHORT_TEXT_TOKENS) ||
      afterHelp(text, tokens, i) ||
      listedAfterColon(text, tokens, i));
  const order = usedAsOrder(text, tokens, i) || joinedOrder(text, tokens, i);
  if (!order && !ingAsked) return false;
  return morphKey(raw).derived ? ingAsked : order;
}

/** The writer's want in a cleft ("What we need…", "All I want…", "What we're missing…"). */
const CLEFT_WANTS =
  /^(?:need|want|lack|require|'re\s+missing|are\s+missing|am\s+missing|'m\s+missing|'re\s+after|are\s+after|'m\s+after)$/;

/**
 * Whether token `i` is the "is" / "are" of a cleft that names what the writer wants made ("What
 * we need from a freelancer is a proper onboarding checklist", "All I want is a simple
 * logo"): "a" / "an" or a number follows, and the sentence opens with "what" or "all" and the
 * writer and a want. Throws nothing.
 */
function whatIsWanted(text: string, tokens: TokenList, i: number): boolean {
  const len = (tokens.ends[i] ?? 0) - (tokens.starts[i] ?? 0);
  if (len !== 2 && len !== 3) return false;
  const w = tokenLower(text, tokens, i);
  if (w !== 'is' && w !== 'are') return false;
  const next = tokenLower(text, tokens, i + 1);
  if (!(next === 'a' || next === 'an' || /^\d/.test(next))) return false;
  const first = sentenceStartOf(tokens, i);
  if (i - first > 10) return false;
  const head = text
    .slice(tokens.starts[first], tokens.starts[i])
    .toLowerCase()
    .replaceAll('\u2019', "'");
  const m = head.match(/^(?:so\s+|but\s+|and\s+)?(?:what|all)\s+(?:we|i)(\s*'?\s*\w+(?:\s+\w+)?)/);
  if (!m) return false;
  const verb = (m[1] ?? '').trim().replace(/^(?:really|actually|just|still)\s+/, '');
  return CLEFT_WANTS.test(verb) || CLEFT_WANTS.test(verb.split(/\s+/)[0] ?? '');
}

/**
 * Whether token `i` opens an item of a list after a colon in its sentence, in a short request
 * ("Tasks: keeping my inbox under control, managing my diary, booking trains…", "What I need:
 * answering the chat…"): the -ing form then names a duty. Throws nothing.
 */
function listedAfterColon(text: string, tokens: TokenList, i: number): boolean {
  if (tokens.count > SHORT_TEXT_TOKENS || ((tokens.flags[i] ?? 0) & TOKEN_LIST_SEP_BEFORE) === 0)
    return false;
  // An item of a list: after a colon, comma or semicolon (not "booking/managing").
  if (!/[:,;]/.test(gapBefore(text, tokens, i))) return false;
  const first = sentenceStartOf(tokens, i);
  // The list's first item after the colon is a duty too ("Tasks: keeping…", not "…their
  // health: from finding… to booking").
  for (let k = first; k < i; k += 1) {
    if (gapBefore(text, tokens, k + 1).includes(':'))
      return text
        .slice(tokens.starts[k + 1], tokens.ends[k + 1])
        .toLowerCase()
        .endsWith('ing');
  }
  return false;
}

/**
 * Whether token `i` follows "help" or "help with" in its sentence: the -ing form then names the
 * work asked for ("I need help answering customer emails", "help with sending invoices"), not
 * after "the help" ("Thanks for the help answering…"). Throws nothing.
 */
function afterHelp(text: string, tokens: TokenList, i: number): boolean {
  const at = (k: number) => tokenLower(text, tokens, k);
  if (i < 1 || ((tokens.flags[i] ?? 0) & BOUNDARY) !== 0) return false;
  let help = -1;
  if (at(i - 1) === 'help') help = i - 1;
  else if (
    i >= 2 &&
    at(i - 1) === 'with' &&
    at(i - 2) === 'help' &&
    ((tokens.flags[i - 1] ?? 0) & BOUNDARY) === 0
  )
    help = i - 2;
  if (help < 0) return false;
  // "help" asked for, not the noun after a determiner ("Thanks for the help answering…").
  if (help === 0 || ((tokens.flags[help] ?? 0) & BOUNDARY) !== 0) return true;
  return !DETERMINERS.has(at(help - 1));
}

/**
 * A base-form verb after "and" / "or" in a sentence that opens with an order: a second order
 * ("Sort the post and answer the phone"). Throws nothing.
 */
function joinedOrder(text: string, tokens: TokenList, i: number): boolean {
  if (i < 2 || ((tokens.flags[i] ?? 0) & BOUNDARY) !== 0) return false;
  const prev = tokenLower(text, tokens, i - 1);
  if (prev !== 'and' && prev !== 'or') return false;
  const first = sentenceStartOf(tokens, i - 1);
  const opener = tokenLower(text, tokens, first);
  return !morphKey(opener).derived && morphKey(opener).verbal && usedAsOrder(text, tokens, first);
}

/**
 * The task phrases a text uses: per match the skill entry and the tokens from the verb to the
 * last object word. At one verb, a phrase whose object words all belong to a longer phrase met
 * there does not count ("Remove backgrounds from product photos" is product photo editing, not
 * also photo editing); the last
 * object word must end its noun phrase ("reply to customer reviews" is no reply to customers).
 * Linear in the text's words times the phrases of the verbs it uses. Throws nothing.
 */
export function matchTasks(
  index: SkillIndex,
  text: string,
  tokens: TokenList,
): readonly TaskMatch[] {
  const tasks = taskIndex(index);
  const { prefixes, surfaces } = tasks;
  if (tasks.byVerb.size === 0) return NO_MATCHES;
  const { hashes, starts, ends } = tokens;
  const n = tokens.count;
  // Nothing is allocated until a word passes the filters (most texts have none).
  let found: Found | undefined;
  const short = n <= SHORT_TEXT_TOKENS;
  for (let i = 0; i < n; i += 1) {
    // "Need a flyer", "We need a press kit": a thing wanted in a short request is a thing to be
    // made, read as the phrases of the making verbs ("design a flyer").
    if (
      short &&
      isWantWord(text, starts[i] ?? 0, ends[i] ?? 0) &&
      WANTED.has(text.slice(starts[i], ends[i]).toLowerCase())
    ) {
      if (wantsMade(text, tokens, i, tokenLower(text, tokens, i + 1))) {
        found ??= new Found(text, tokens);
        found.wanted(tasks, i);
      }
      continue;
    }
    // "What we need from a freelancer is a proper onboarding checklist": the thing after "is".
    if (short && whatIsWanted(text, tokens, i)) {
      found ??= new Found(text, tokens);
      found.wanted(tasks, i);
      continue;
    }
    if (hashes && surfaces[(hashes[i] as number) & 0xffff] !== 1) continue;
    const code = prefixCode(text, starts[i] ?? 0, ends[i] ?? 0);
    if (code < 0 || prefixes[code] !== 1 || !asksForWork(text, tokens, i)) continue;
    found ??= new Found(text, tokens);
    found.at(tasks, i);
  }
  return found?.out ?? NO_MATCHES;
}

/** One task phrase met: its skill entry and the tokens from its verb to its last object word. */
export interface TaskMatch {
  entry: number;
  startTok: number;
  endTok: number;
}
const NO_MATCHES: readonly TaskMatch[] = Object.freeze([]);

/** The matches of one text, with its words' keys read as needed. */
class Found {
  readonly out: TaskMatch[] = [];
  /** Per token, its word family (`morphKey` of its lowercase form), read as needed. */
  private readonly keys: (MorphKey | undefined)[];
  constructor(
    private readonly text: string,
    private readonly tokens: TokenList,
  ) {
    this.keys = new Array(tokens.count);
  }

  private word(i: number): string {
    return tokenLower(this.text, this.tokens, i);
  }

  /** The word after `j` in its sentence and list item, lowercase ("" at an end). */
  private nextInSentence(j: number): string {
    const k = j + 1;
    if (k >= this.tokens.count || ((this.tokens.flags[k] ?? 0) & BOUNDARY) !== 0) return '';
    return this.word(k);
  }

  /** Whether a determiner stands one or two words before `j`, after `from`. */
  private afterDeterminer(j: number, from: number): boolean {
    return (
      (j - 1 > from && DETERMINERS.has(this.word(j - 1))) ||
      (j - 2 > from && DETERMINERS.has(this.word(j - 2)))
    );
  }

  /**
   * Whether a clause word at `j` is a modifier instead: hyphen-joined to the next word ("our
   * after-hours calls"), after a determiner, or in "before and after" ("before and after
   * photos").
   */
  private modifierWord(j: number): boolean {
    const flags = this.tokens.flags;
    if (j + 1 < this.tokens.count && ((flags[j + 1] ?? 0) & TOKEN_GLUED) !== 0) return true;
    if (j > 0 && DETERMINERS.has(this.word(j - 1))) return true;
    const w = this.word(j);
    if (w !== 'before' && w !== 'after') return false;
    return this.nextInSentence(j) === 'and' || (j > 0 && this.word(j - 1) === 'and');
  }

  /** Whether word `i` is a verb form in -ed or -ing of another word ("introduced", "booking"; not "feed"). */
  private verbForm(i: number): boolean {
    const w = this.word(i);
    return (w.endsWith('ed') || w.endsWith('ing')) && this.morphAt(i).derived;
  }

  private morphAt(i: number): MorphKey {
    let k = this.keys[i];
    if (k === undefined) {
      k = morphKey(this.word(i));
      this.keys[i] = k;
    }
    return k;
  }

  private keyAt(i: number): string {
    return this.morphAt(i).key;
  }

  /**
   * The verb's phrases that can match here: those whose first object word stands within reach
   * (a phrase must meet it first), in their authored order. Common verbs ("write", "set up")
   * carry hundreds of phrases; a window holds a handful of words.
   */
  private candidates(forVerb: VerbTasks, i: number, reach: number): Task[] {
    const { tokens } = this;
    const out: Task[] = [];
    const seen = new Set<string>();
    for (let j = i + 1; j < tokens.count && j <= Math.min(reach, i + MAX_SPAN); j += 1) {
      if (((tokens.flags[j] ?? 0) & BOUNDARY) !== 0) break;
      const key = this.keyAt(j);
      if (seen.has(key)) continue;
      seen.add(key);
      const list = forVerb.get(key);
      if (list) out.push(...list);
    }
    return out.length > 1 ? out.sort((a, b) => a.order - b.order) : out;
  }

  /**
   * Adds the phrases of the first making verb (`MAKING_KEYS`, in order) met after the wanting
   * word at `i`, as if the request had said it ("Need a flyer" as "design a flyer", not also
   * "write a flyer"; "Need a press release" as "write a press release").
   */
  wanted(tasks: TaskIndex, i: number): void {
    // "we need: - a press release…": the list opens after the colon.
    const from = ((this.tokens.flags[i + 1] ?? 0) & BOUNDARY) !== 0 ? i + 1 : i;
    for (const key of MAKING_KEYS) {
      const forVerb = tasks.byVerb.get(key);
      // The wanted thing is the phrase right after the wanting word: "want a bot on our
      // website" wants no website built.
      const here = (forVerb ? this.longest(tasks.byVerb, forVerb, from) : []).filter(
        (m) => !spansPreposition(this.text, this.tokens, i + 1, m.endTok),
      );
      if (here.length === 0) continue;
      this.out.push(...here);
      return;
    }
  }

  /**
   * Adds the longest phrases whose verb is the word at `i` (see `matchTasks`); at a generic verb
   * (`GENERIC_VERBS`) that no phrase of its own matches, an object that names one skill's work.
   */
  at(tasks: TaskIndex, i: number): void {
    const n = this.tokens.count;
    const k = this.morphAt(i);
    if (k.agent) return;
    const forVerb = tasks.byVerb.get(k.key);
    const generic = tasks.genericKeys.has(k.key) ? tasks.generic : undefined;
    if (!forVerb && !generic) return;
    // A noun of the verb's family after a determiner ("the answer to customer emails") asks
    // for nothing.
    const sentenceStart = (this.tokens.flags[i] ?? 0) & BOUNDARY;
    if (i > 0 && sentenceStart === 0 && DETERMINERS.has(this.word(i - 1))) return;
    if (i + 1 < n && NOT_ASKED.has(this.word(i + 1))) return;
    const here = forVerb ? this.longest(tasks.byVerb, forVerb, i) : [];
    // "Handle you…", "Keep we…": a question or a clause, not an order handing work over. Beside
    // the verb's own phrases, for the other skills' objects ("take over my inbox and calendar").
    if (generic && i + 1 < n && !SUBJECT_PRONOUNS.has(this.word(i + 1))) {
      const particles = tasks.particles.get(k.key);
      const from = particles ? i + 1 : i;
      if (!particles || (from < n && particles.has(this.word(from)))) {
        // "take care of": the object comes after "of".
        const gapFrom =
          this.word(from) === 'care' && from + 1 < n && this.word(from + 1) === 'of'
            ? from + 1
            : from;
        const keep = k.key === tasks.keepKey;
        // A second object joined to the first ("look after my inbox and my diary") stands
        // within the same reach of the joining word as the first does of the verb.
        let reach = gapFrom + GENERIC_REACH;
        for (let j = gapFrom + 2; j <= gapFrom + GENERIC_REACH && j < n; j += 1)
          if (this.joinsObjects(generic, j, gapFrom)) {
            reach = j + GENERIC_REACH;
            break;
          }
        for (const m of this.longest(tasks.byVerb, generic, i, reach, gapFrom, keep))
          if (!here.some((h) => h.entry === m.entry)) here.push(m);
      }
    }
    this.out.push(...here);
  }

  /**
   * Whether the word at `j` joins two objects of one generic verb ("take over my inbox and
   * calendar"): "and" / "or" right after a word that is itself one of `phrases`' first object
   * words, past the verb's particle.
   */
  private joinsObjects(phrases: VerbTasks, j: number, gapFrom: number): boolean {
    const w = this.word(j);
    return (w === 'and' || w === 'or') && j - 1 > gapFrom && phrases.has(this.keyAt(j - 1));
  }

  /**
   * The longest of `phrases` met from the verb at `i` on (see `matchTasks`), their first object
   * word at most at token `reach`; for a generic verb, scanned after `gapFrom` (its particle),
   * and with `keep`, the object followed in its sentence by a state (`KEEP_STATES`).
   */
  private longest(
    verbs: Map<string, VerbTasks>,
    phrases: VerbTasks,
    i: number,
    reach = i + MAX_SPAN,
    gapFrom?: number,
    keep = false,
  ): TaskMatch[] {
    const { tokens, text } = this;
    const n = tokens.count;
    const list = this.candidates(phrases, i, reach);
    const met: { task: Task; startTok: number; endTok: number }[] = [];
    for (const task of list) {
      let at = 0;
      let preps = 0;
      let det = !task.det;
      // Reached past another object ("… my inbox and calendar"): the mention is its own words,
      // so the first object's reading at the same verb stays beside it.
      let joined = false;
      let from = i;
      for (let j = (gapFrom ?? i) + 1; j < n && j <= i + MAX_SPAN; j += 1) {
        if (((tokens.flags[j] ?? 0) & BOUNDARY) !== 0) break;
        if (!det && DETERMINERS.has(this.word(j))) det = true;
        if (task.preps.length > 0) {
          const p = task.preps.indexOf(this.word(j));
          if (p >= 0) preps |= 1 << p;
        }
        // The reader's own things ("To apply, enter your details", "Update your CV"): an
        // instruction to an applicant, not work asked for.
        if (this.word(j) === 'your') break;
        // A generic verb's object follows it with only determiners and modifiers between: no
        // "not", preposition or clause word, and no verb, unless a determiner just before makes
        // the word a modifier ("Oversee our email inbox", "our booking diary").
        const gap =
          gapFrom !== undefined && at === 0 && j > gapFrom && this.keyAt(j) !== task.objects[0];
        if (gap && !joined && this.joinsObjects(phrases, j, gapFrom)) joined = true;
        else if (
          gap &&
          (GENERIC_GAP_STOP.has(this.word(j)) ||
            (!this.afterDeterminer(j, gapFrom) &&
              (WORK_VERBS.has(this.word(j)) || verbs.has(this.keyAt(j)))))
        )
          break;
        if (
          this.keyAt(j) === task.objects[at] &&
          this.morphAt(j).agent === (((task.agents >> at) & 1) === 1) &&
          (((task.verbForms >> at) & 1) === 1 || !this.verbForm(j))
        ) {
          if (at === 0 && joined) from = j;
          at += 1;
          if (at === task.objects.length) {
            // A generic verb's object is the thing itself, not a part of another ("Improve the
            // formula of our moisturiser").
            const next = this.nextInSentence(j);
            const partOf = gapFrom !== undefined && next === 'of';
            // "keep" needs a state after its object ("Keep my inbox under control", "keep our
            // Etsy shop tidy"), which then ends the object's phrase.
            // A head noun of asking after the object keeps it the object ("Handle refund
            // requests" is handling refunds).
            const headed =
              !keep && ASKING_HEADS.has(next) && !endsNounPhrase(text, tokens, j)
                ? endsNounPhrase(text, tokens, j + 1)
                : false;
            const ended = keep ? KEEP_STATES.has(next) : headed || endsNounPhrase(text, tokens, j);
            if (det && !partOf && ended && preps === (1 << task.preps.length) - 1)
              met.push({ task, startTok: from, endTok: headed ? j + 1 : j });
            break;
          }
        } else if (CLAUSE_END.has(this.word(j)) && !this.modifierWord(j)) break;
        else if (JOINERS.has(this.word(j)) && j + 1 < n) {
          const next = this.word(j + 1);
          if (WORK_VERBS.has(next) || verbs.has(this.keyAt(j + 1))) break;
        }
      }
    }
    // A phrase whose object words all belong to a longer one met here is its less specific
    // reading ("remove backgrounds from product photos" is Product photo editing, not also
    // Photo editing); phrases about other objects stand side by side ("Optimise our landing
    // page for conversions": the landing page's and the conversions' readings).
    const here: TaskMatch[] = [];
    for (const m of met) {
      const objects = m.task.objects;
      const inLonger = met.some(
        (o) =>
          o.task.objects.length > objects.length &&
          objects.every((w) => o.task.objects.includes(w)),
      );
      if (!inLonger && !here.some((h) => h.entry === m.task.entry))
        here.push({ entry: m.task.entry, startTok: m.startTok, endTok: m.endTok });
    }
    return here;
  }
}
