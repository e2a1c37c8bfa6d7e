import { AppError } from '../../../errors.ts';
import { applicationSections } from './application-section.ts';
import type { SkillIndex } from './build-skill-index.ts';
import { correctRequestSpelling, requestLexicon } from './correct-request-spelling.ts';
import { deferredOrders } from './deferred-orders.ts';
import {
  matchLanguagePair,
  subtitlesInTwoLanguages,
  translatesIntoNoLanguage,
  translationEntry,
} from './language-pair.ts';
import { PRODUCT_KINDS } from './lexicon.ts';
import { listResearch } from './list-research.ts';
import { matchExplicit } from './match-explicit.ts';
import { SHORT_TEXT_TOKENS } from './match-morph.ts';
import { matchPractitioners, practitionerTable } from './match-practitioners.ts';
import { matchSignals, saidToExist, signalIndex, strongSignal } from './match-signals.ts';
import { matchTasks, taskIndex } from './match-tasks.ts';
import { morphKey } from './morph-key.ts';
import { REQUEST_TEXT_TOKENS, readsAsRequest } from './reads-as-request.ts';
import { refusals } from './refusals.ts';
import { retrieveImplicit } from './retrieve-implicit.ts';
import { selfDescribedTokens } from './self-description.ts';
import { hasSenses, senseConfirmed, senseNear } from './sense-context.ts';
import { tokenizeText, tokenLower } from './tokenize-text.ts';
import {
  type ExtractedSkill,
  type ExtractOptions,
  type SkillSpan,
  TOKEN_SENTENCE_START,
  type TokenList,
} from './types.ts';

const CONF_LABEL = 0.95;
const CONF_ALIAS = 0.9;
const CONF_AMBIGUOUS = 0.8;
const CONF_NESTED = 0.55;
/** A mention found by word family ("translating" → Translation): a little below an alias. */
const CONF_MORPH = 0.85;
/**
 * A short request's verb with its object further on in the clause ("Reconcile last quarter's
 * transactions against the bank statements" → Bank reconciliation): stored (above the 0.5
 * floor) but below every closer reading.
 */
const CONF_FAR = 0.6;
/** A task phrase of the taxonomy ("Send invoices" → Invoicing): as weak as a far reading. */
const CONF_TASK = CONF_FAR;
/**
 * A one-word alias that is a word in many labels ("design" → "think creatively") is weak
 * evidence: ranked below typical retrieval hits (was 0.3, above most of them, so generic words
 * pushed described skills out of the top 5). Still reported, and raised by retrieval if it agrees.
 */
const CONF_WEAK = 0.1;
/**
 * A skill a request points to by the problem or outcome it describes (`matchSignals`): stored,
 * just above the 0.5 floor and below every reading of a named or asked-for skill; a little more
 * when two of its signals fire or one of three groups does.
 */
const CONF_SIGNAL = 0.52;
const CONF_SIGNAL_STRONG = 0.56;
/** The most skills a request's signals may add (the best by evidence). */
const MAX_SIGNAL_SKILLS = 3;
const CONF_IMPLICIT_MAX = 0.6;
/**
 * A broader skill implied by a stored narrower one (`addBroader`): at the stored floor, below
 * every reading of its own; only readings at or above `BROADER_SOURCE` imply it. An outcome
 * signal's reading does too: when it is right, so is its broader skill (requiring a named or
 * asked-for reading, 0.6, lost two right requests of round 13 and changed nothing else).
 */
const CONF_BROADER = 0.5;
const BROADER_SOURCE = 0.5;
/** Implicit score at which confidence reaches half of its maximum. */
const IMPLICIT_HALF = 12;
/**
 * Related-skill evidence (co-occurrence / taxonomy neighbours of explicit mentions): at most
 * this confidence on its own, half of it at `RELATED_HALF` summed relation weight. Kept below
 * typical retrieval confidence so it reorders and fills the tail rather than leading.
 */
const CONF_RELATED_MAX = 0.3;
const RELATED_HALF = 1;

interface Acc {
  entry: number;
  confidence: number;
  method: ExtractedSkill['method'];
  spans: SkillSpan[];
  mentions: number;
  /** The narrower reading a broader skill was added for (`addBroader`). */
  impliedBy?: number;
}

/**
 * Adds related-skill evidence: every confident explicit mention (label / alias / accepted
 * ambiguous, not nested or weak) spreads its relation weights to its neighbours; a neighbour
 * already found by retrieval combines both as independent evidence (noisy-or), a new one enters
 * as `implicit` with the anchor's span. Explicit entries are left as they are. Throws nothing.
 */
function addRelated(index: SkillIndex, byEntry: Map<number, Acc>): void {
  const evidence = new Map<number, { w: number; anchor: Acc }>();
  const anchors = [...byEntry.values()]
    .filter((a) => a.method !== 'implicit' && a.confidence >= CONF_AMBIGUOUS)
    .sort((a, b) => a.entry - b.entry);
  for (const a of anchors) {
    for (const table of [index.cooccurrence, index.hierarchy]) {
      const rel = table?.get(a.entry);
      if (!rel) continue;
      for (let k = 0; k < rel.to.length; k += 1) {
        const e = rel.to[k] as number;
        const w = (rel.weight[k] ?? 0) * a.confidence;
        const prev = evidence.get(e);
        if (prev) prev.w += w;
        else evidence.set(e, { w, anchor: a });
      }
    }
  }
  for (const [e, { w, anchor }] of evidence) {
    const related = (CONF_RELATED_MAX * w) / (w + RELATED_HALF);
    const acc = byEntry.get(e);
    if (!acc) {
      byEntry.set(e, {
        entry: e,
        confidence: related,
        method: 'implicit',
        spans: anchor.spans.slice(0, 1),
        mentions: 0,
      });
    } else if (acc.method === 'implicit') {
      acc.confidence = 1 - (1 - acc.confidence) * (1 - related);
    }
  }
}

function validate(text: unknown, opts: ExtractOptions): void {
  if (typeof text !== 'string') {
    throw new AppError('invalid_input', 'Text to extract skills from must be a string.');
  }
  const { limit, minConfidence } = opts;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
    throw new AppError('invalid_input', 'limit must be a non-negative integer.', {
      details: { limit },
    });
  }
  if (minConfidence !== undefined && !(minConfidence >= 0 && minConfidence <= 1)) {
    throw new AppError('invalid_input', 'minConfidence must be between 0 and 1.', {
      details: { minConfidence },
    });
  }
}

/** Social platforms as clients name them, with the skill of marketing on each. */
const PLATFORMS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:instagram|insta)\b|\bIG\b/i, 'instagram-marketing'],
  [/\btik ?tok\b/i, 'tiktok-marketing'],
  [/\blinked ?in\b/i, 'linkedin-marketing'],
  [/\bpinterest\b/i, 'pinterest-marketing'],
  [/\btwitter\b/i, 'x-twitter-marketing'],
];

/** The platforms a text names (`PLATFORMS`), each once, at its first mention's offset. */
function platformsNamed(text: string): { skillId: string; at: number }[] {
  const out: { skillId: string; at: number }[] = [];
  for (const [re, skillId] of PLATFORMS) {
    const m = re.exec(text);
    // "IG" only in capitals: "ig" is no platform.
    if (m && !(m[0].toLowerCase() === 'ig' && m[0] !== 'IG')) out.push({ skillId, at: m.index });
  }
  return out;
}

/** The token holding character `at`: the last one starting at or before it (binary search). */
function tokenAt(tokens: TokenList, at: number): number {
  let lo = 0;
  let hi = Math.max(0, tokens.count - 1);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((tokens.starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** How a deferred order is read: named and task readings, at the stored floor. */
const DEFERRED: ExtractOptions = { implicit: false, minConfidence: 0.5 };
/** Deferred orders are read once, not inside the reading of one. */
let deferredDepth = 0;
/** A request's spelling is corrected once, not inside the reading of its correction. */
let spellingDepth = 0;
const entryIds = new WeakMap<SkillIndex, Map<string, number>>();
/** The entry of skill `id` in `index` (-1 when absent), by a map built once per index. */
function entryOf(index: SkillIndex, id: string): number {
  let m = entryIds.get(index);
  if (!m) {
    m = new Map(index.entries.map((e, i) => [e.id, i]));
    entryIds.set(index, m);
  }
  return m.get(id) ?? -1;
}

/** Per index, per entry: the words of its task phrases (built once, not split per match). */
const phraseWords = new WeakMap<SkillIndex, (ReadonlySet<string> | undefined)[]>();

/**
 * Whether the one-word mention `said` of `other`, inside a task phrase's object, is a word of
 * that task skill's own phrases ("Write the sales page" → Landing page copywriting, whose
 * phrase "write a sales page" holds "sales"): then it is part of the phrase, not a skill of its
 * own. Products and names are never absorbed, nor words the phrases do not hold ("an SEO blog
 * post", "run paid ads on Facebook" keeps Meta ads).
 */
function ownWord(index: SkillIndex, task: number, other: number, said: string): boolean {
  const kind = index.entries[other]?.kind ?? 'method';
  // A name ("Facebook" in "run paid ads on Facebook") stays a skill of its own.
  if (PRODUCT_KINDS.has(kind) || /\s/.test(said) || /[A-Z]/.test(said)) return false;
  let words = phraseWords.get(index);
  if (!words) {
    words = index.entries.map((e) =>
      e.tasks?.length ? new Set(e.tasks.flatMap((p) => p.split(' '))) : undefined,
    );
    phraseWords.set(index, words);
  }
  return words[task]?.has(said.toLowerCase()) ?? false;
}

/**
 * Builds now every table `extractSkills` otherwise builds on its first call with `index` (task
 * phrases, outcome signals, practitioners, senses, the request lexicon, entry ids, the word
 * lexicon): a worker that will extract pays for them before its first batch arrives, not in
 * it (~0.3 s of a first import's start). Results are the same either way. Throws nothing.
 */
export function prepareExtraction(index: SkillIndex): void {
  morphKey('preparing');
  taskIndex(index);
  signalIndex(index);
  practitionerTable(index);
  hasSenses(index);
  requestLexicon(index);
  translationEntry(index);
  entryOf(index, '');
}

/**
 * Extracts the skills a text mentions or describes. Explicit label and alias mentions come
 * first with their character spans in the original text (ambiguous short aliases only with
 * supporting context; a mention inside a longer one is dropped unless `includeNested`); then, unless
 * `opts.implicit === false`, skills described rather than named, found by retrieval over
 * labels and descriptions (method `implicit`, lower confidence), plus, when the index carries
 * optional co-occurrence / taxonomy relations, neighbours of confident explicit mentions
 * (`addRelated`; never on the `implicit: false` fast path). Sorted by confidence, then
 * by first position, then index order, so the same input always gives the same output.
 * Throws AppError `invalid_input` for a non-string text or out-of-range options.
 */
export function extractSkills(
  index: SkillIndex,
  text: string,
  opts: ExtractOptions = {},
): ExtractedSkill[] {
  validate(text, opts);
  const tokens = tokenizeText(text);
  // A short request's misspelt skill words ("subtitels") are read as the words they stand for;
  // spans are given in the request's own offsets.
  if (tokens.count <= SHORT_TEXT_TOKENS && spellingDepth === 0) {
    const fixed = correctRequestSpelling(index, text, tokens);
    if (fixed) {
      spellingDepth += 1;
      try {
        return extractSkills(index, fixed.text, opts).map((x) => ({
          ...x,
          spans: x.spans.map((sp) => {
            const start = fixed.toOriginal(sp.start);
            const end = fixed.toOriginal(sp.end);
            return { start, end, text: text.slice(start, end) };
          }),
        }));
      } finally {
        spellingDepth -= 1;
      }
    }
  }
  const { matches, titleEnd } = matchExplicit(index, text, tokens);
  const refused = refusedTokens(text, tokens);
  const applying = applicationSections(text, tokens);
  const described = selfDescribedTokens(text, tokens);
  // What the writer refuses is no demand ("We're not looking for SEO right now"), nor what a
  // job ad's application instructions name ("supporting documents via email"), nor the field
  // or tools a request's writer describes themselves by ("We're a data science consultancy").
  const within = (mask: Uint8Array | undefined, m: { startTok: number; endTok: number }) =>
    mask !== undefined && mask[m.startTok] !== 0 && mask[m.endTok] !== 0;
  const inRefusal = (m: { startTok: number; endTok: number }): boolean =>
    within(refused, m) || within(applying, m) || within(described, m);
  const byEntry = new Map<number, Acc>();
  const sensed = hasSenses(index);
  for (const m of matches) {
    if (m.nested && !opts.includeNested) continue;
    if (inRefusal(m)) continue;
    // A name in its other sense ("technical support" an adviser gives) is no mention.
    if (sensed && !senseConfirmed(index, text, tokens, m)) continue;
    // "Translate their needs into work items" moves ideas, not text between languages.
    if (m.morph && translatesIntoNoLanguage(text, tokens, m.startTok, m.endTok)) continue;
    const confidence = m.nested
      ? CONF_NESTED
      : m.weak
        ? CONF_WEAK
        : m.ambiguous
          ? CONF_AMBIGUOUS
          : m.far
            ? CONF_FAR
            : m.morph
              ? CONF_MORPH
              : m.preferred
                ? CONF_LABEL
                : CONF_ALIAS;
    const start = tokens.starts[m.startTok] ?? 0;
    const end = tokens.ends[m.endTok] ?? 0;
    const acc = byEntry.get(m.entry);
    if (!acc) {
      byEntry.set(m.entry, {
        entry: m.entry,
        confidence,
        method: m.preferred ? 'label' : 'alias',
        spans: [{ start, end, text: text.slice(start, end) }],
        mentions: 1,
      });
      continue;
    }
    // Matches come sorted by (start, end descending): a repeated span is the entry's last one.
    const last = acc.spans[acc.spans.length - 1];
    if (last?.start !== start || last.end !== end) {
      acc.spans.push({ start, end, text: text.slice(start, end) });
      acc.mentions += 1;
    }
    if (confidence > acc.confidence) {
      acc.confidence = confidence;
      acc.method = m.preferred ? 'label' : 'alias';
    }
  }
  // Work asked for by a task phrase ("Send invoices" → Invoicing), unless named as well. The
  // phrase is the closer reading of its verb: another skill read from the bare verb alone is
  // dropped ("Schedule a month of Instagram content" is no Calendar management).
  // A skill read from what the request asks for rather than from its name (a task phrase, a
  // language pair), unless named as well: its span runs over the words that ask for it.
  // The span of tokens `a` to `b` in the text's own offsets.
  const spanOf = (a: number, b: number): SkillSpan => {
    const start = tokens.starts[a] ?? 0;
    const end = tokens.ends[b] ?? 0;
    return { start, end, text: text.slice(start, end) };
  };
  const addInferred = (
    m: { entry: number; startTok: number; endTok: number },
    confidence = CONF_TASK,
    method: Acc['method'] = 'alias',
  ) => {
    if (m.entry < 0 || byEntry.has(m.entry)) return;
    if (inRefusal(m)) return;
    byEntry.set(m.entry, {
      entry: m.entry,
      confidence,
      method,
      spans: [spanOf(m.startTok, m.endTok)],
      mentions: 1,
    });
  };
  for (const t of matchTasks(index, text, tokens)) {
    // The object refused after its verb ("manage my inbox and not my calendar").
    if (refused !== undefined && refused[t.endTok] !== 0 && refused[t.startTok] === 0) continue;
    const start = tokens.starts[t.startTok] ?? 0;
    const verbEnd = tokens.ends[t.startTok] ?? 0;
    const end = tokens.ends[t.endTok] ?? 0;
    for (const [entry, acc] of byEntry) {
      const only = acc.spans.length === 1 ? acc.spans[0] : undefined;
      if (entry === t.entry || !only) continue;
      if (
        (only.start === start && only.end === verbEnd) ||
        (only.start > verbEnd && only.end <= end && ownWord(index, t.entry, entry, only.text))
      )
        byEntry.delete(entry);
    }
    addInferred(t);
  }
  // The person a post seeks, named by a word outside the work's family ("Electrician wanted",
  // "Registered Nurse – Community Care"): the work they do, as an agent noun in a title is.
  for (const p of matchPractitioners(index, text, tokens, titleEnd)) {
    if (senseNear(index, text, tokens, p)) addInferred(p, CONF_MORPH);
  }
  // Orders given after their object ("I need my thesis proofread") or on a pronoun ("Need
  // them typed up"): read as the usual order; what the verb adds to its object is asked for.
  if (tokens.count <= SHORT_TEXT_TOKENS && deferredDepth === 0) {
    deferredDepth += 1;
    try {
      let doneAt = -1;
      for (const d of deferredOrders(text, tokens)) {
        if (d.startTok === doneAt) continue;
        // What the verb reads: a skill whose mention starts at the order's verb.
        const added = extractSkills(index, d.order, DEFERRED).filter(
          (x) => x.spans[0]?.start === 0 && !x.impliedBy && !byEntry.has(entryOf(index, x.skillId)),
        );
        for (const x of added)
          addInferred({ entry: entryOf(index, x.skillId), startTok: d.startTok, endTok: d.endTok });
        if (added.length > 0) doneAt = d.startTok;
      }
    } finally {
      deferredDepth -= 1;
    }
  }
  // Text moved from one language to another ("our French brochure in English").
  const pair =
    tokens.count <= SHORT_TEXT_TOKENS ? matchLanguagePair(index, text, tokens) : undefined;
  if (pair) addInferred(pair);
  // Subtitles asked for in two languages are subtitles translated ("subtitle our videos in
  // Spanish and French", "English subs and also Spanish"): the translation is asked for too.
  else if (tokens.count <= REQUEST_TEXT_TOKENS) {
    const subtitles = byEntry.get(entryOf(index, 'captioning'));
    const translation = translationEntry(index);
    if (subtitles && translation >= 0 && subtitlesInTwoLanguages(text)) {
      const span = subtitles.spans[0];
      const at = span ? tokenAt(tokens, span.start) : 0;
      addInferred({ entry: translation, startTok: at, endTok: at }, CONF_MORPH);
    }
  }
  // Social media run on a platform named is that platform's marketing too ("run our
  // Instagram: plan the posts, reply to DMs", "Look after our TikTok and Instagram").
  if (tokens.count <= REQUEST_TEXT_TOKENS && byEntry.has(entryOf(index, 'social-media-management')))
    for (const { skillId, at } of platformsNamed(text)) {
      const tok = tokenAt(tokens, at);
      addInferred({ entry: entryOf(index, skillId), startTok: tok, endTok: tok });
    }
  // Things to find and list, asked for by the act and its deliverable (`listResearch`): read
  // as the wording implies them, in a client's request only.
  if (tokens.count <= REQUEST_TEXT_TOKENS && deferredDepth === 0) {
    const listed = listResearch(text);
    if (listed && readsAsRequest(text, tokens)) {
      const tok = tokenAt(tokens, listed.at);
      for (const id of listed.skillIds)
        addInferred(
          { entry: entryOf(index, id), startTok: tok, endTok: tok },
          CONF_SIGNAL_STRONG,
          'implicit',
        );
    }
  }
  // What a request describes only by its problem or the outcome it wants ("our newsletters go
  // to spam", "echo on my side, she's twice as loud"), unless named or asked for already: the
  // weakest stored reading, its spans the words that fired. Not inside a deferred order's
  // reading, which reads one clause. (On the request sets of eval/data, the strong-evidence
  // rule next to a named skill halves the signal readings that are not the expected skill.)
  const signals = deferredDepth === 0 ? matchSignals(index, text, tokens) : [];
  if (signals.length > 0) {
    // Only work read counts as named: a product named beside a problem ("our newsletters go to
    // spam for anyone on Gmail") is where it happens, not work that makes the signal redundant.
    const named = [...byEntry.keys()].some((e) => !PRODUCT_KINDS.has(index.entries[e]?.kind ?? ''));
    // Products named beside the problem are where it happens, not a reading of its words.
    const read = [...byEntry.values()]
      .filter((a) => !PRODUCT_KINDS.has(index.entries[a.entry]?.kind ?? ''))
      .flatMap((a) => a.spans);
    const bySignal: { start: number; end: number }[] = [];
    let added = 0;
    for (const m of signals) {
      if (added === MAX_SIGNAL_SKILLS) break;
      if (byEntry.has(m.entry)) continue;
      // Words of the writer's own field are no problem they describe ("I run a fractional CFO
      // practice, and…"); beside the problem's own words they are its context ("We're an animal
      // rescue charity applying to the Lottery Fund" is grant writing).
      if (m.ranges.every(([a, b]) => within(described, { startTok: a, endTok: b }))) continue;
      // Drawing on what the writer says is fine ("iPhone is fine"): not the trouble.
      if (described && m.ranges.some(([a, b]) => described.subarray(a, b + 1).includes(2)))
        continue;
      const spans = m.ranges.map(([a, b]) => spanOf(a, b));
      // Words already read as a skill say nothing new ("Remove backgrounds from our product
      // photos" is product photo editing, not also photo editing; "track conversions" named
      // is no social listening). Another signal's words count only when they are all of this
      // one's (the first skill wins them): one problem often has two causes' skills, each with
      // words of its own ("newsletters land in spam since we moved to a new domain" is
      // deliverability and authentication).
      if (spans.some((p) => read.some((s) => s.start < p.end && p.start < s.end))) continue;
      if (spans.every((p) => bySignal.some((s) => s.start < p.end && p.start < s.end))) continue;
      // Next to a skill the request names or asks for, one two-group signal is too weak to
      // add another ("a motion designer to animate our logo" is no logo design).
      if (named && !strongSignal(m)) continue;
      // Words of a thing the writer says exists already are material, not work wanted ("Copy is
      // written, logo and colours exist"), unless they find fault with it.
      if (m.ranges.some(([a]) => saidToExist(text, tokens, a))) continue;
      byEntry.set(m.entry, {
        entry: m.entry,
        confidence: strongSignal(m) ? CONF_SIGNAL_STRONG : CONF_SIGNAL,
        method: 'implicit',
        spans,
        mentions: 1,
      });
      bySignal.push(...spans);
      added += 1;
    }
  }
  for (const acc of byEntry.values()) {
    acc.confidence = Math.min(1, acc.confidence + 0.01 * Math.min(4, acc.mentions - 1));
    acc.spans.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  addBroader(index, byEntry);

  if (opts.implicit !== false) {
    for (const [entry, hit] of retrieveImplicit(index, text, tokens)) {
      const confidence = (CONF_IMPLICIT_MAX * hit.score) / (hit.score + IMPLICIT_HALF);
      const acc = byEntry.get(entry);
      if (acc) {
        if (confidence > acc.confidence) acc.confidence = confidence;
        continue;
      }
      const start = tokens.starts[hit.startTok] ?? 0;
      const end = tokens.ends[hit.endTok] ?? 0;
      byEntry.set(entry, {
        entry,
        confidence,
        method: 'implicit',
        spans: [{ start, end, text: text.slice(start, end) }],
        mentions: 0,
      });
    }
  }

  if (opts.implicit !== false && (index.cooccurrence || index.hierarchy)) {
    addRelated(index, byEntry);
  }

  const minConfidence = opts.minConfidence ?? 0.3;
  const ranked = [...byEntry.values()]
    .filter((a) => a.confidence >= minConfidence)
    .sort(
      (a, b) =>
        b.confidence - a.confidence ||
        (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0) ||
        a.entry - b.entry,
    );
  const limited = opts.limit === undefined ? ranked : ranked.slice(0, opts.limit);
  return limited.map((a) => {
    const entry = index.entries[a.entry];
    const out: ExtractedSkill = {
      skillId: entry?.id ?? '',
      name: entry?.name ?? '',
      confidence: a.confidence,
      method: a.method,
      spans: a.spans,
    };
    if (a.impliedBy !== undefined) out.impliedBy = index.entries[a.impliedBy]?.name ?? '';
    return out;
  });
}

/**
 * Adds the broader skills (`SkillEntry.broader`) of every reading at or above
 * `BROADER_SOURCE`, one level up, at `CONF_BROADER` with the narrower skill's spans as
 * evidence ("edit my YouTube videos" → YouTube video editing, and Video editing). A broader
 * skill read on its own keeps its own reading.
 */
function addBroader(index: SkillIndex, byEntry: Map<number, Acc>): void {
  const implied: Acc[] = [];
  for (const acc of byEntry.values()) {
    if (acc.confidence < BROADER_SOURCE) continue;
    const broader = index.entries[acc.entry]?.broader;
    if (!broader) continue;
    for (const id of broader) {
      const entry = entryOf(index, id);
      if (entry < 0 || byEntry.has(entry) || implied.some((a) => a.entry === entry)) continue;
      implied.push({
        entry,
        confidence: CONF_BROADER,
        method: 'implicit',
        spans: acc.spans.map((sp) => ({ ...sp })),
        mentions: 0,
        impliedBy: acc.entry,
      });
    }
  }
  for (const a of implied) byEntry.set(a.entry, a);
}

/** The words of denial `refusals` starts from ("not", "no", "never", "nor", "without", "…n't"). */
const DENIAL = /\b(?:not|no|never|nor|without|dont|didnt|doesnt|isnt|arent)\b|n['\u2019]t\b/gi;
/**
 * Refusals are read in texts up to this many words: requests, briefs and job ads (a long ad
 * runs to ~1,500), not whole documents or corpora, whose cost would grow with every "not".
 */
const REFUSAL_TEXT_TOKENS = 4000;

/**
 * Per token, whether it lies in what the writer refuses (`refusals`, a verb after "not looking
 * to" included); undefined when the text has no word of denial. Only the words around each
 * denial are read (a long job ad pays for its denials, not for every word); none in a text over
 * `REFUSAL_TEXT_TOKENS` words.
 */
function refusedTokens(text: string, tokens: TokenList): Uint8Array | undefined {
  if (tokens.count > REFUSAL_TEXT_TOKENS) return undefined;
  DENIAL.lastIndex = 0;
  let hit = DENIAL.exec(text);
  if (!hit) return undefined;
  const n = tokens.count;
  const lower: string[] = new Array(n).fill('');
  let filledTo = -1;
  while (hit) {
    const lo = tokenAt(tokens, hit.index);
    const from = Math.max(filledTo + 1, lo - 3);
    // To the end of the denial's sentence: a refusal runs to its clause's end or a "but".
    let to = lo;
    while (to + 1 < n && ((tokens.flags[to + 1] ?? 0) & TOKEN_SENTENCE_START) === 0) to += 1;
    for (let i = from; i <= to; i += 1)
      lower[i] = tokenLower(text, tokens, i).replaceAll('\u2019', "'");
    filledTo = Math.max(filledTo, to);
    hit = DENIAL.exec(text);
  }
  return refusals(tokens, lower, { infinitive: true });
}
