import { type AmbiguityContext, acceptAmbiguous } from './accept-ambiguous.ts';
import type { SkillIndex } from './build-skill-index.ts';
import { dropToolSettings } from './drop-tool-settings.ts';
import { hasUpper } from './has-upper.ts';
import { DETERMINERS, PRODUCT_KINDS } from './lexicon.ts';
import { matchMorph, morphId, SHORT_TEXT_TOKENS } from './match-morph.ts';
import { isEnglishWord } from './morph-key.ts';
import { foldToken, normalizeToken } from './normalize-token.ts';
import { SurfaceTable } from './surface-table.ts';
import { startsSentence, tokenLower } from './tokenize-text.ts';
import {
  TOKEN_GLUED,
  TOKEN_LIST_SEP_BEFORE,
  TOKEN_SENTENCE_START,
  type TokenList,
} from './types.ts';
import { endsNounPhrase, soughtPerson } from './work-object.ts';

/** One accepted explicit mention: tokens `startTok..endTok` (inclusive) name entry `entry`. */
export interface ExplicitMatch {
  entry: number;
  form: number;
  startTok: number;
  endTok: number;
  preferred: boolean;
  ambiguous: boolean;
  /** True for a one-word alias that is a generic word in many labels. */
  weak: boolean;
  /** True when a longer accepted match covers this one ("SQL" inside "SQL Server"). */
  nested: boolean;
  /** True when found by word family ("translating" → Translation), not by its surface. */
  morph?: boolean;
  /** A verb-first match with its object further on (`MorphMatch.far`): weaker evidence. */
  far?: boolean;
}

const GLUE_CHARS = /[-./_\u2010\u2011]/g;

/**
 * Entry of `text.slice(start, end)` in `index.surfaceCache`, whose values are its token id
 * (`first`) and morph id (`second`, `morphId` without agents); computed once per surface.
 */
function surfaceEntry(
  index: SkillIndex,
  text: string,
  start: number,
  end: number,
  rawHash = SurfaceTable.rawHash(text, start, end),
): number {
  const cache = index.surfaceCache;
  const hit = cache.findHashed(text, start, end, rawHash);
  if (hit >= 0) return hit;
  const raw = text.slice(start, end);
  const id = index.vocab.get(normalizeToken(raw)) ?? -1;
  const morph = morphId(index, raw);
  if (cache.size > 1_000_000) cache.clear();
  cache.add(text, start, end, id, morph);
  return cache.size - 1;
}

function joinedId(
  index: SkillIndex,
  text: string,
  tokens: TokenList,
  from: number,
  to: number,
): number {
  const raw = text.slice(tokens.starts[from], tokens.ends[to]).replace(GLUE_CHARS, '');
  return index.surfaceCache.first(surfaceEntry(index, raw, 0, raw.length));
}

/**
 * An abbreviation in capitals ("DOE") matches text written with capitals ("DoE", "DOE"), not an
 * English word that folds to it ("does"); other lowercase spellings ("seo") and all-lowercase
 * texts pass.
 */
function acronymWritten(
  text: string,
  textHasUpper: boolean,
  tokens: TokenList,
  s: number,
  e: number,
): boolean {
  if (!textHasUpper) return true;
  const raw = text.slice(tokens.starts[s], tokens.ends[e]);
  if (!isEnglishWord(raw)) return true;
  let upper = 0;
  for (let i = 0; i < raw.length; i += 1) {
    const c = raw.charCodeAt(i);
    if (c >= 65 && c <= 90) upper += 1;
  }
  return upper >= 2 || (upper === 1 && raw.replace(/[^A-Za-z0-9]/g, '').length === 1);
}

/** Title words a post begins with ("Senior Translator\n…"): a short first line, or none. */
const TITLE_MAX_TOKENS = 8;

/**
 * Number of tokens of a title line: the first line when the text has more lines and that line
 * has at most 8 words. In a title an agent noun names the work asked for ("Translator" →
 * Translation); elsewhere it names a person ("reports to the Project Manager").
 */
function titleTokens(text: string, tokens: TokenList): number {
  const nl = text.indexOf('\n');
  if (nl < 0) return 0;
  let k = 0;
  while (k < tokens.count && (tokens.starts[k] ?? 0) < nl) k += 1;
  return k <= TITLE_MAX_TOKENS ? k : 0;
}

/**
 * Drops one-word mentions that name who governs the work rather than a skill asked for:
 * "under the supervision of", "under the leadership of", "under the guidance of".
 */
/** True when token `i` is "of" in any case; reads two char codes, no slice (runs per match). */
function isOf(text: string, tokens: TokenList, i: number): boolean {
  if (i >= tokens.count) return false;
  const s = tokens.starts[i] ?? 0;
  if ((tokens.ends[i] ?? 0) - s !== 2) return false;
  return (text.charCodeAt(s) | 32) === 111 && (text.charCodeAt(s + 1) | 32) === 102;
}

/**
 * Nouns that, after a skill's name, make the name a modifier of a person, a measure, a record
 * or a job opening ("our new sales director", "our sales numbers", "our sales spreadsheet", "the
 * Q3 sales forecast", "three customer service roles"): in a request the name then says who
 * someone is or what is counted, not the work asked for. Not "job" ("a quick
 * logo design job" asks for logo design).
 */
const PARTY_HEADS: ReadonlySet<string> = new Set(
  `director directors manager managers colleague colleagues numbers figures totals stats data
spreadsheet spreadsheets sheet sheets forecast forecasts report reports targets roles role
positions vacancies openings export exports reps rep representatives calls`.split(/\s+/),
);
/** Counts that open a phrase as a determiner does ("three customer service roles"). */
const COUNTS: ReadonlySet<string> = new Set(
  'two three four five six seven eight nine ten several few many'.split(' '),
);
/** Heads that name a person, who may be sought ("searching for a Sales Manager"). */
const PERSON_HEADS: ReadonlySet<string> = new Set(
  'director directors manager managers colleague colleagues reps rep representatives'.split(' '),
);
/** A request asking something of its reader. */
const ASKS_READER =
  /\b(?:can|could|would) (?:you|u)\b|\bplease\b|\bpls\b|\bneed (?:someone|somebody|help)\b/i;
/**
 * Groups a skill's name describes: a party only as the audience ("white papers for our sales
 * team") or as the writer's own group opening a sentence ("Our sales team can never find
 * anything"). Joined, led or worked in, the group says what the work is ("join our Growth
 * Marketing team", "within the Agile team", "The pricing team is part of…").
 */
const GROUP_HEADS: ReadonlySet<string> = new Set(
  'team teams department departments staff'.split(' '),
);
/**
 * Products a skill's name describes when someone owns them ("launch our invoicing app", "into
 * our accounting system"): the name says what the product does, not the work asked for. Only
 * after a possessive, not for software, AI or design work ("our chatbot app"), and not as the
 * object of a verb of building ("build and expand our predictive analytics platform").
 */
const OWNED_PRODUCT_HEADS: ReadonlySet<string> = new Set(
  'app apps software tool tools platform system systems module modules feature features'.split(' '),
);
const POSSESSIVES: ReadonlySet<string> = new Set(['our', 'my', 'your', 'their', 'his', 'her']);
/**
 * Verbs of selling or launching: the product after them is the client's ("We sell payroll
 * software", "We're launching a new billing module").
 */
const SELLING: ReadonlySet<string> = new Set(
  'sell sells selling sold offer offers launch launches launching launched release releasing'.split(
    ' ',
  ),
);
/** Domains whose skills a product noun after them still asks for ("a chatbot app"). */
const MAKER_DOMAINS: ReadonlySet<string> = new Set(['software', 'ai', 'design']);
/** Verbs whose owned product is the work ("expand our analytics platform"). */
const BUILDING: ReadonlySet<string> = new Set(
  'build develop expand extend design create improve maintain scale code architect'.split(' '),
);

/** The position of the determiner or count opening the phrase of token `k` (two back), or -1. */
function phraseOpener(text: string, tokens: TokenList, k: number): number {
  for (let b = k - 1; b >= Math.max(0, k - 2); b -= 1) {
    if (((tokens.flags[b + 1] ?? 0) & (TOKEN_SENTENCE_START | TOKEN_LIST_SEP_BEFORE)) !== 0)
      return -1;
    const w = tokenLower(text, tokens, b);
    if (DETERMINERS.has(w) || COUNTS.has(w) || /^\d/.test(w)) return b;
  }
  return -1;
}

/**
 * Drops, in a short request (not its title line), a method's mention right before a party or
 * measure noun (`PARTY_HEADS`) in a phrase opened by a determiner ("a bio for our new sales
 * director"), before a group noun as audience or the writer's own group (`GROUP_HEADS`: "for
 * our sales team"), or before a product noun after a possessive (`OWNED_PRODUCT_HEADS`: "our
 * invoicing app"), unless the person is sought ("searching for a Sales Manager"). Products keep
 * theirs ("our Excel figures"); job-ad texts keep theirs (there "sales manager" says what the
 * job is).
 */
function dropParties(
  index: SkillIndex,
  text: string,
  tokens: TokenList,
  found: ExplicitMatch[],
  titleEnd: number,
): void {
  if (tokens.count > SHORT_TEXT_TOKENS) return;
  for (let k = found.length - 1; k >= 0; k -= 1) {
    const m = found[k] as ExplicitMatch;
    const head = m.endTok + 1;
    if (m.startTok < titleEnd || head >= tokens.count) continue;
    if (((tokens.flags[head] ?? 0) & (TOKEN_SENTENCE_START | TOKEN_LIST_SEP_BEFORE)) !== 0)
      continue;
    const entry = index.entries[m.entry];
    if (PRODUCT_KINDS.has(entry?.kind ?? 'method')) continue;
    // A possessive is the noun's own ("our sales manager's calendar").
    const noun = tokenLower(text, tokens, head).replace(/['\u2019]s$/, '');
    const group = GROUP_HEADS.has(noun);
    const product = OWNED_PRODUCT_HEADS.has(noun);
    const party = PARTY_HEADS.has(noun);
    if (!party && !group && !product) continue;
    // A record or measure ends its phrase: "data" in "a machine learning data pipeline" is a
    // modifier (persons act: "so our sales managers can see…").
    if (party && !PERSON_HEADS.has(noun) && !endsNounPhrase(text, tokens, head)) continue;
    // The product the client sells ("We sell payroll software to dental practices").
    // "We sell a project management app": the selling verb may stand before a determiner.
    // "…launching a new billing module": before the phrase's determiner and an adjective.
    const opener = phraseOpener(text, tokens, m.startTok);
    const seller = opener >= 0 ? opener - 1 : m.startTok - 1;
    const sold =
      product &&
      seller >= 0 &&
      !startsSentence(tokens, seller + 1) &&
      SELLING.has(tokenLower(text, tokens, seller)) &&
      !MAKER_DOMAINS.has(entry?.domain ?? '');
    if (sold) {
      found.splice(k, 1);
      continue;
    }
    const at = phraseOpener(text, tokens, m.startTok);
    if (at < 0) continue;
    const det = tokenLower(text, tokens, at);
    const before = startsSentence(tokens, at) ? '' : tokenLower(text, tokens, at - 1);
    // A group opening a sentence is the writer's own only in a request that asks something of
    // the reader ("Our sales team can never find anything — could you…"); in a job ad "Our SEO
    // team is hiring" says what the work is.
    if (
      group &&
      !(
        before === 'for' ||
        before === 'to' ||
        (before === '' && POSSESSIVES.has(det) && ASKS_READER.test(text))
      )
    )
      continue;
    if (
      product &&
      (!POSSESSIVES.has(det) || MAKER_DOMAINS.has(entry?.domain ?? '') || BUILDING.has(before))
    )
      continue;
    // A person sought names the work ("looking for a Sales Manager"), as a title does; a record
    // or a measure is never a person ("I need a simple sales spreadsheet").
    if (!PERSON_HEADS.has(noun) || !soughtPerson(text, tokens, head)) found.splice(k, 1);
  }
}

/**
 * A money amount right after a word, with at most a colon or a word of amount between ("Budget
 * $400", "Budget: £600/mo", "budget around €150", "Rate 40 USD/h").
 */
const AMOUNT_AFTER =
  /^\s*(?::\s*|(?:is|of|around|about|approx\.?|approximately|up to|under|below|max\.?|maximum)\s+|~\s*)?(?:[$€£¥₹]\s*\d|\d[\d,.]*\s*k?\s*(?:[$€£¥₹]|(?:usd|eur|gbp|dollars?|euros?|pounds?)\b))/i;

/**
 * Drops, in a short request, a word of cost followed by a money amount ("Budget $400", "budget
 * around €150"; `AMOUNT_WORDS`): a field of the request (what it may cost), not the work asked
 * for.
 */
/**
 * Words of what a request may cost: before an amount they are its frame ("Budget $400"), not a
 * skill priced ("Translation $0.08 per word" asks for translation).
 */
const AMOUNT_WORDS: ReadonlySet<string> = new Set(
  'budget budgets rate rates price prices pricing fee fees cost costs pay salary compensation'.split(
    ' ',
  ),
);
function dropAmountLabels(text: string, tokens: TokenList, found: ExplicitMatch[]): void {
  if (tokens.count > SHORT_TEXT_TOKENS) return;
  for (let k = found.length - 1; k >= 0; k -= 1) {
    const m = found[k] as ExplicitMatch;
    if (m.startTok !== m.endTok || !AMOUNT_WORDS.has(tokenLower(text, tokens, m.startTok)))
      continue;
    const end = tokens.ends[m.endTok] ?? 0;
    if (AMOUNT_AFTER.test(text.slice(end, end + 24))) found.splice(k, 1);
  }
}

/**
 * Words before "sales" that make it a measure of revenue ("losing sales every hour", "weekly
 * sales, refunds and ad spend"), not the work of selling. Not "drive", "generate", "grow",
 * "boost", "increase", "more" or "bring in": "a rep to drive / bring in more sales" sells.
 */
const REVENUE_CUES: ReadonlySet<string> = new Set(
  'losing lose lost fewer weekly monthly daily yearly annual total our'.split(' '),
);

/**
 * Drops, in a short request, "sales" said as revenue (`REVENUE_CUES` just before it), when it
 * ends its phrase: a measure the client watches, not the work of selling. A possessive alone ("our sales") counts only before a measure's verb or
 * a list ("our sales dropped", "our sales, refunds and…").
 */
function dropRevenue(text: string, tokens: TokenList, found: ExplicitMatch[]): void {
  if (tokens.count > SHORT_TEXT_TOKENS) return;
  for (let k = found.length - 1; k >= 0; k -= 1) {
    const m = found[k] as ExplicitMatch;
    if (m.startTok !== m.endTok || tokenLower(text, tokens, m.startTok) !== 'sales') continue;
    const after = tokenLower(text, tokens, m.endTok + 1);
    const listed = /^\s*[,;]/.test(text.slice(tokens.ends[m.endTok] ?? 0));
    if (!endsNounPhrase(text, tokens, m.endTok) && !listed && !MEASURE_VERBS.has(after)) continue;
    if (((tokens.flags[m.startTok] ?? 0) & TOKEN_SENTENCE_START) !== 0 || m.startTok === 0)
      continue;
    const cue = tokenLower(text, tokens, m.startTok - 1);
    if (!REVENUE_CUES.has(cue)) continue;
    if (cue === 'our' && !MEASURE_VERBS.has(after) && !listed) continue;
    found.splice(k, 1);
  }
}
/** Verbs of a measure changing, after "our sales". */
const MEASURE_VERBS: ReadonlySet<string> = new Set(
  'dropped fell fall drop dropping rose rise went are were have is was'.split(' '),
);

/** Words of a degree or qualification, whose "in X" names a field studied ("a master's in"). */
const DEGREES: ReadonlySet<string> = new Set(
  `degree degrees diploma diplomas master master's masters masters' master’s bachelor bachelor's
bachelors bachelor’s phd doctorate msc bsc ba ma mba mphil certificate qualification background
background's background’s`.split(/\s+/),
);
/**
 * Verbs by which the writer holds a degree, after "I" ("I have a master's in…", "I've got a
 * degree in…", "I studied…"): the writer's own, not one to be got ("help me pass my…").
 */
const HOLDING: ReadonlySet<string> = new Set([
  'have',
  'hold',
  'got',
  'did',
  'completed',
  'finished',
  'earned',
  "i've",
  'i’ve',
]);
/** Words that give the degree to someone else ("I need someone with a degree in…"). */
const OTHER_PERSON: ReadonlySet<string> = new Set(
  'with someone somebody anyone you freelancer person candidate candidates who her his their'.split(
    ' ',
  ),
);

/**
 * Drops, in a short request, a mention that is the field of the writer's own degree or
 * background ("I have a master's in data science but zero free time: please book a table…",
 * "My background's in statistics"): it says what the writer studied, not the work asked for.
 * Only after a degree word and "in", held by the writer ("I have / I've got / I hold a …",
 * "my background"), not given to someone else ("I need someone with a degree in…") nor to be
 * got ("Help me pass my certificate in bookkeeping"); job-ad texts (long) keep theirs.
 */
function dropDegreeFields(text: string, tokens: TokenList, found: ExplicitMatch[]): void {
  if (tokens.count > SHORT_TEXT_TOKENS) return;
  for (let k = found.length - 1; k >= 0; k -= 1) {
    const m = found[k] as ExplicitMatch;
    const at = m.startTok;
    if (at < 2 || startsSentence(tokens, at) || tokenLower(text, tokens, at - 1) !== 'in') continue;
    if (startsSentence(tokens, at - 1)) continue;
    const d = at - 2;
    if (!DEGREES.has(tokenLower(text, tokens, d))) continue;
    // "my background('s) in": the writer's own field.
    const deg = tokenLower(text, tokens, d);
    let self = deg.startsWith('background') && tokenLower(text, tokens, d - 1) === 'my';
    // "I have / I've got / I hold … a degree in": held by the writer.
    for (let b = d - 1; b >= 1 && !self && d - b <= 4; b -= 1) {
      const w = tokenLower(text, tokens, b);
      if (OTHER_PERSON.has(w) || startsSentence(tokens, b + 1)) break;
      const subject = tokenLower(text, tokens, b - 1);
      self =
        (HOLDING.has(w) && (subject === 'i' || subject === "i've" || subject === 'i’ve')) ||
        ((w === "i've" || w === 'i’ve') && !OTHER_PERSON.has(subject));
    }
    if (self) found.splice(k, 1);
  }
}

/**
 * Verbs that change a text that already exists (a translation, a proofread, a transcript): what
 * they act on is the client's material, not work asked for ("Proofread our blog posts" asks
 * for no blog writing, "Translate the user guide into French" for no user manual).
 */
const TRANSFORMING: ReadonlySet<string> = new Set(
  `translate translating proofread proofreading copyedit copy-edit transcribe transcribing
localise localize localising localizing subtitle subtitling edit editing`.split(/\s+/),
);
/** The same verbs as participles after their object ("need our blog posts translated"). */
const TRANSFORMED: ReadonlySet<string> = new Set(
  'translated proofread proofed copyedited transcribed localised localized subtitled edited'.split(
    ' ',
  ),
);
/** Words that end the object of a transforming verb ("into French", "before Friday"). */
const MATERIAL_ENDS: ReadonlySet<string> = new Set(
  `into to for before by from in on with so and or but that which because until while as at
within`.split(/\s+/),
);
/** Words that start the object before a participle ("need our posts translated"). */
const MATERIAL_STARTS: ReadonlySet<string> = new Set(
  'need needs want wants get have has had'.split(' '),
);
/** How many words a transforming verb's object runs at most. */
const MATERIAL_REACH = 6;

/**
 * Drops, in a short text, the mentions of activities inside the object of a transforming verb
 * (`TRANSFORMING`, or its participle after the object): the material exists, the work is the
 * transformation. Products stay ("Translate our Shopify listings": see `dropToolSettings`).
 */
function dropTransformedMaterial(
  index: SkillIndex,
  text: string,
  tokens: TokenList,
  found: ExplicitMatch[],
): void {
  const n = tokens.count;
  if (n > SHORT_TEXT_TOKENS) return;
  const spans: [number, number][] = [];
  const breaks = (k: number) =>
    ((tokens.flags[k] ?? 0) & (TOKEN_SENTENCE_START | TOKEN_LIST_SEP_BEFORE)) !== 0;
  for (let v = 0; v < n; v += 1) {
    const w = tokenLower(text, tokens, v);
    if (TRANSFORMING.has(w)) {
      let e = v;
      while (
        e + 1 < n &&
        e + 1 <= v + MATERIAL_REACH &&
        !breaks(e + 1) &&
        !MATERIAL_ENDS.has(tokenLower(text, tokens, e + 1))
      )
        e += 1;
      if (e > v) spans.push([v + 1, e]);
    } else if (TRANSFORMED.has(w) && v > 0 && !breaks(v)) {
      let b = v;
      while (
        b - 1 >= 0 &&
        b - 1 >= v - MATERIAL_REACH &&
        !breaks(b) &&
        !MATERIAL_STARTS.has(tokenLower(text, tokens, b - 1)) &&
        !MATERIAL_ENDS.has(tokenLower(text, tokens, b - 1))
      )
        b -= 1;
      if (b < v && !breaks(b) && MATERIAL_STARTS.has(tokenLower(text, tokens, b - 1)))
        spans.push([b, v - 1]);
    }
  }
  if (spans.length === 0) return;
  for (let k = found.length - 1; k >= 0; k -= 1) {
    const m = found[k] as ExplicitMatch;
    if (PRODUCT_KINDS.has(index.entries[m.entry]?.kind ?? 'method')) continue;
    if (spans.some(([a, b]) => m.startTok >= a && m.endTok <= b)) found.splice(k, 1);
  }
}

function dropGoverned(text: string, tokens: TokenList, found: ExplicitMatch[]): void {
  for (let k = found.length - 1; k >= 0; k -= 1) {
    const m = found[k] as ExplicitMatch;
    if (m.startTok !== m.endTok || !isOf(text, tokens, m.endTok + 1)) continue;
    const p1 = tokenLower(text, tokens, m.startTok - 1);
    const p2 = tokenLower(text, tokens, m.startTok - 2);
    if (p1 === 'under' || (p2 === 'under' && (p1 === 'the' || p1 === 'direct' || p1 === 'overall')))
      found.splice(k, 1);
  }
}

/**
 * A word of five letters or more ending as agent nouns do (-er, -or, -ant, -yst): worth asking
 * `soughtPerson`.
 */
function mayNameAgent(text: string, start: number, end: number): boolean {
  // Five letters at least ("tutor", "editor"): not "for", "or", "over", "user".
  if (end - start < 5) return false;
  const last = text.charCodeAt(end - 1) | 0x20;
  const c = text.charCodeAt(end - 2) | 0x20;
  if (last === 114) return c === 101 || c === 111; // -er, -or
  if (last !== 116) return false; // t
  const b = text.charCodeAt(end - 3) | 0x20;
  return (b === 97 && c === 110) || (b === 121 && c === 115); // -ant, -yst
}

/**
 * Finds every explicit label/alias mention in tokenised text: a trie walk from each token
 * over exact (normalised) token sequences, also trying glued compounds joined ("e-mail" →
 * "email"), never across a sentence boundary, plus word-family mentions (`matchMorph`:
 * "translating" → Translation, "design a logo" → Logo design). Ambiguous one-word aliases go
 * through `acceptAmbiguous`. Returns matches in text order, the token ids and the number of
 * tokens of the title line (`titleTokens`). Throws nothing.
 */
export function matchExplicit(
  index: SkillIndex,
  text: string,
  tokens: TokenList,
): { matches: ExplicitMatch[]; ids: Int32Array; titleEnd: number } {
  const n = tokens.count;
  const ids = new Int32Array(n);
  const morphIds = new Int32Array(n);
  const titleEnd = titleTokens(text, tokens);
  const surfaces = index.surfaceCache;
  const { starts, ends } = tokens;
  const hashes =
    tokens.hashes ??
    new Int32Array(n).map((_, i) =>
      SurfaceTable.rawHash(text, starts[i] as number, ends[i] as number),
    );
  for (let i = 0; i < n; i += 1) {
    const s = starts[i] as number;
    const e = ends[i] as number;
    const h = hashes[i] as number;
    // Seen surfaces (nearly every token of a long text) without the call.
    let k = surfaces.findHashed(text, s, e, h);
    if (k < 0) k = surfaceEntry(index, text, s, e, h);
    ids[i] = surfaces.first(k);
    if (i < titleEnd) morphIds[i] = morphId(index, text.slice(s, e), true);
    else {
      morphIds[i] = surfaces.second(k);
      // An agent noun ("translator") of a person sought reads as the work, as in a title.
      if (mayNameAgent(text, s, e)) {
        const agent = morphId(index, text.slice(s, e), true);
        if (agent >= 0 && agent !== morphIds[i] && soughtPerson(text, tokens, i))
          morphIds[i] = agent;
      }
    }
  }
  const { trie, trieRoot, nodeForm, formNext, nodeSig, tokenFollows } = index;
  // Trie hits as (node, start token, end token) triples: no object per hit.
  const raw: number[] = [];
  const walk = (first: number, s: number, from: number): void => {
    let node = trieRoot[first] ?? -1;
    let j = from;
    while (node > 0) {
      if ((nodeForm[node] ?? -1) >= 0) raw.push(node, s, j);
      // A leaf, or a next token no label continues with here: `trie.get` would miss.
      const sig = nodeSig[node] as number;
      if (sig === 0) break;
      j += 1;
      if (j >= n || ((tokens.flags[j] ?? 0) & TOKEN_SENTENCE_START) !== 0) break;
      const id = ids[j] ?? -1;
      if (id < 0 || ((sig >>> (id & 31)) & 1) === 0 || tokenFollows[id] === 0) break;
      node = trie.get(node, id);
    }
  };
  for (let i = 0; i < n; i += 1) {
    const id = ids[i] ?? -1;
    if (id >= 0) walk(id, i, i);
    if (i + 1 < n && ((tokens.flags[i + 1] ?? 0) & TOKEN_GLUED) !== 0) {
      const j2 = joinedId(index, text, tokens, i, i + 1);
      if (j2 >= 0) walk(j2, i, i + 1);
      if (i + 2 < n && ((tokens.flags[i + 2] ?? 0) & TOKEN_GLUED) !== 0) {
        const j3 = joinedId(index, text, tokens, i, i + 2);
        if (j3 >= 0) walk(j3, i, i + 2);
      }
    }
  }

  const anchored = new Int32Array(n);
  const found: ExplicitMatch[] = [];
  const pendingAmbiguous: ExplicitMatch[] = [];
  // Once per text, not per acronym hit: noted by the tokeniser (else a scan of the text).
  const textHasUpper = tokens.hasUpper ?? hasUpper(text);
  for (let h = 0; h < raw.length; h += 3) {
    const rs = raw[h + 1] as number;
    const re = raw[h + 2] as number;
    for (let f = nodeForm[raw[h] as number] ?? -1; f >= 0; f = formNext[f] ?? -1) {
      const m: ExplicitMatch = {
        entry: index.formEntry[f] ?? 0,
        form: f,
        startTok: rs,
        endTok: re,
        preferred: index.formPreferred[f] === 1,
        ambiguous: index.formAmbiguous[f] !== 0,
        weak: index.formWeak[f] === 1,
        nested: false,
      };
      // A product's one-word name is written as itself ("Canva", not "canvas").
      const name = index.formName[f];
      if (
        name !== undefined &&
        rs === re &&
        foldToken(text.slice(starts[rs] as number, ends[rs] as number)) !== name
      )
        continue;
      if (m.ambiguous) pendingAmbiguous.push(m);
      else if (
        index.formAcronym[f] === 1 &&
        index.formPreferred[f] !== 1 &&
        !acronymWritten(text, textHasUpper, tokens, rs, re)
      )
        continue;
      else {
        found.push(m);
        for (let k = rs; k <= re; k += 1) anchored[k] = m.entry + 1;
      }
    }
  }
  const morphs = matchMorph(index, text, tokens, morphIds, titleEnd);
  // Exact matches a morph match could repeat: only those starting where a morph match starts.
  const exactAt = new Map<number, ExplicitMatch[]>();
  if (morphs.length > 0) {
    for (const mm of morphs) exactAt.set(mm.startTok, []);
    for (const m of found) exactAt.get(m.startTok)?.push(m);
  }
  const far: ExplicitMatch[] = [];
  for (const mm of morphs) {
    if (exactAt.get(mm.startTok)?.some((m) => m.form === mm.form && m.endTok === mm.endTok)) {
      continue;
    }
    const m: ExplicitMatch = {
      entry: index.formEntry[mm.form] ?? 0,
      form: mm.form,
      startTok: mm.startTok,
      endTok: mm.endTok,
      preferred: index.formPreferred[mm.form] === 1,
      ambiguous: false,
      weak: false,
      nested: false,
      morph: true,
    };
    if (mm.far) {
      // Held apart: its span's middle words are not part of it (see below).
      far.push({ ...m, far: true });
      continue;
    }
    found.push(m);
    for (let k = mm.startTok; k <= mm.endTok; k += 1) {
      anchored[k] = (index.formEntry[mm.form] ?? 0) + 1;
    }
  }
  if (pendingAmbiguous.length > 0) {
    const ctx: AmbiguityContext = {
      index,
      text,
      tokens,
      ids,
      textHasUpper,
      anchored,
    };
    for (const m of pendingAmbiguous) if (acceptAmbiguous(ctx, m.form, m.startTok)) found.push(m);
  }

  dropGoverned(text, tokens, found);
  dropDegreeFields(text, tokens, found);
  dropAmountLabels(text, tokens, found);
  dropRevenue(text, tokens, found);
  dropParties(index, text, tokens, found, titleEnd);
  dropToolSettings(index, text, tokens, found);
  dropTransformedMaterial(index, text, tokens, found);
  found.sort((a, b) => a.startTok - b.startTok || b.endTok - a.endTok || a.form - b.form);
  let maxEnd = -1;
  let maxStart = -1;
  // Whether the mention reaching furthest is a word-family one ("written … articles"): a label
  // named inside it, ending with it, is the more specific reading ("written help-centre
  // articles" names help-centre articles) and stands beside it.
  let maxMorph = false;
  for (const m of found) {
    if (
      maxEnd > m.endTok ||
      (maxEnd === m.endTok && maxStart < m.startTok && !(maxMorph && !m.morph))
    )
      m.nested = true;
    if (m.endTok > maxEnd) {
      maxEnd = m.endTok;
      maxStart = m.startTok;
      maxMorph = m.morph === true;
    }
  }
  // A far match neither nests the mentions between its verb and its object nor is nested by
  // them (its span, shown as evidence, runs from the verb to the object); it yields to any
  // other mention of its verb or its last word, and among far matches the longer label wins.
  if (far.length > 0) {
    far.sort((a, b) => a.startTok - b.startTok || b.endTok - a.endTok || a.form - b.form);
    const kept: ExplicitMatch[] = [];
    // Tokens inside a mention that is not nested (linear, not a scan of every mention per far
    // match: a long text has thousands of both).
    const inside = new Uint8Array(n);
    const mark = (o: ExplicitMatch) => inside.fill(1, o.startTok, o.endTok + 1);
    for (const o of found) if (!o.nested) mark(o);
    for (const m of far) {
      if (inside[m.startTok] === 1 || inside[m.endTok] === 1) continue;
      kept.push(m);
      mark(m);
    }
    found.push(...kept);
    found.sort((a, b) => a.startTok - b.startTok || b.endTok - a.endTok || a.form - b.form);
  }
  return { matches: found, ids, titleEnd };
}
