import { phraseWords, signalGroups } from '../../taxonomy/index.ts';
import type { SkillIndex } from './build-skill-index.ts';
import { type MorphKey, morphKey, sameFamily } from './morph-key.ts';
import { REQUEST_TEXT_TOKENS, readsAsRequest } from './reads-as-request.ts';
import { refusals } from './refusals.ts';
import { sentenceStartOf, tokenLower } from './tokenize-text.ts';
import { TOKEN_SENTENCE_START, type TokenList } from './types.ts';

/**
 * Outcome signals: how clients describe a skill's work by its problem or the outcome they want,
 * without naming it ("the sound is rough, echo on my side" → Podcast editing; "our newsletters
 * go to spam" → Email deliverability). Authored per skill in the taxonomy (`signals`): each
 * signal is two or three groups of alternative words, and it fires for a request when every
 * group has an alternative in it, within one passage (`SIGNAL_REACH`), matched by word family
 * in the strict sense (`sameFamily`: "translation" ↔ "translating", never "theme" ↔ "them"), a
 * person only as a person, and not in what the writer says they do not want ("Not looking for a
 * full rebrand"). Read only in texts of request size (`SIGNAL_TEXT_TOKENS`) that read as a
 * request (`readsAsRequest`): a job ad lists many duties, and its words would meet by chance.
 */

/** The most words a text may have for signals to be read (a client request, not a job ad). */
export const SIGNAL_TEXT_TOKENS = REQUEST_TEXT_TOKENS;
/** The most words from a signal's first matched word to its last. */
const SIGNAL_REACH = 60;
/** The most places remembered per group of a signal (the tightest passage is chosen). */
const MAX_PLACES = 8;
const LOOK = morphKey('look').key;

/** One alternative of a group: its words' morphology, in order. */
interface Alternative {
  signal: number;
  group: number;
  words: MorphKey[];
}

interface SignalIndex {
  /** Per signal: its skill entry and how many groups it has. */
  signals: { entry: number; groups: number }[];
  /** Alternatives by the key of their first word. */
  byFirst: Map<string, Alternative[]>;
}

const cache = new WeakMap<SkillIndex, SignalIndex>();

/** The index of every entry's signals, built once per skill index. Throws nothing. */
export function signalIndex(index: SkillIndex): SignalIndex {
  const hit = cache.get(index);
  if (hit) return hit;
  const out: SignalIndex = { signals: [], byFirst: new Map() };
  index.entries.forEach((e, entry) => {
    for (const s of e.signals ?? []) {
      const groups = signalGroups(s);
      if (!groups) continue;
      const signal = out.signals.length;
      out.signals.push({ entry, groups: groups.length });
      groups.forEach((alternatives, group) => {
        for (const a of alternatives) {
          const words = phraseWords(a).map((w) => morphKey(w));
          const first = words[0]?.key;
          if (!first) continue;
          let list = out.byFirst.get(first);
          if (!list) {
            list = [];
            out.byFirst.set(first, list);
          }
          list.push({ signal, group, words });
        }
      });
    }
  });
  cache.set(index, out);
  return out;
}

/** A skill a request's signals point to: its entry, the tokens that fired, and how strongly. */
export interface SignalMatch {
  entry: number;
  /** Token ranges `[start, end]` of the alternatives that fired, sorted, nested ones merged. */
  ranges: [number, number][];
  /** Signals of the skill that fired, each bringing words the others did not. */
  fired: number;
  /** The most groups among its fired signals (two or three). */
  groups: number;
}

/** Whether a match is strong evidence: two signals with their own words, or one of three groups. */
export const strongSignal = (m: SignalMatch): boolean => m.fired > 1 || m.groups > 2;

/**
 * The tightest choice of one place per group (non-overlapping, within `SIGNAL_REACH`), or
 * undefined. Groups are two or three, places at most `MAX_PLACES` each.
 */
function tightest(places: [number, number][][]): [number, number][] | undefined {
  let best: [number, number][] | undefined;
  let bestSpan = Number.POSITIVE_INFINITY;
  const pick: [number, number][] = [];
  const walk = (g: number): void => {
    if (g === places.length) {
      const from = Math.min(...pick.map((r) => r[0]));
      const to = Math.max(...pick.map((r) => r[1]));
      if (to - from <= SIGNAL_REACH && to - from < bestSpan) {
        bestSpan = to - from;
        best = [...pick];
      }
      return;
    }
    for (const r of places[g] ?? []) {
      if (pick.some((q) => r[0] <= q[1] && q[0] <= r[1])) continue;
      pick.push(r);
      walk(g + 1);
      pick.pop();
    }
  };
  walk(0);
  return best;
}

/** Ranges sorted, overlapping, touching and nested ones merged into one. */
export function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/**
 * The skills a request's outcome signals point to, best first (more signals fired, then more
 * groups, then first position); none for a text longer than `SIGNAL_TEXT_TOKENS` or not
 * written as a request (`readsAsRequest`). Linear in the text's words times the alternatives starting with
 * each word's key. Throws nothing.
 */
export function matchSignals(index: SkillIndex, text: string, tokens: TokenList): SignalMatch[] {
  const n = tokens.count;
  if (n === 0 || n > SIGNAL_TEXT_TOKENS) return [];
  if (!readsAsRequest(text, tokens)) return [];
  const sig = signalIndex(index);
  if (sig.signals.length === 0) return [];
  const lower: string[] = [];
  const words: MorphKey[] = [];
  for (let i = 0; i < n; i += 1) {
    const w = tokenLower(text, tokens, i).replaceAll('’', "'");
    lower.push(w);
    words.push(morphKey(w));
  }
  const refused = refusals(tokens, lower);
  // Per signal, per group: the places that met it.
  const met = new Map<number, [number, number][][]>();
  for (let i = 0; i < n; i += 1) {
    const word = words[i] as MorphKey;
    if (refused[i] || (word.key === LOOK && lower[i + 1] === 'for')) continue;
    const list = sig.byFirst.get(word.key);
    if (!list) continue;
    for (const alt of list) {
      const last = i + alt.words.length - 1;
      if (last >= n) continue;
      let ok = true;
      for (let k = 0; k < alt.words.length && ok; k += 1) {
        const at = i + k;
        const want = alt.words[k] as MorphKey;
        const got = words[at] as MorphKey;
        ok =
          sameFamily(got, want) &&
          got.agent === want.agent &&
          (k === 0 || ((tokens.flags[at] ?? 0) & TOKEN_SENTENCE_START) === 0) &&
          !refused[at];
      }
      if (!ok) continue;
      let groups = met.get(alt.signal);
      if (!groups) {
        groups = Array.from({ length: sig.signals[alt.signal]?.groups ?? 0 }, () => []);
        met.set(alt.signal, groups);
      }
      const places = groups[alt.group];
      if (places && places.length < MAX_PLACES) places.push([i, last]);
    }
  }
  const bySkill = new Map<number, SignalMatch>();
  for (const [signal, groups] of met) {
    if (groups.some((g) => g.length === 0)) continue;
    const ranges = tightest(groups);
    if (!ranges) continue;
    const { entry } = sig.signals[signal] as { entry: number; groups: number };
    const m = bySkill.get(entry);
    if (!m) {
      bySkill.set(entry, { entry, ranges, fired: 1, groups: ranges.length });
      continue;
    }
    // A second signal counts only with words of its own (two near-duplicate signals on the
    // same words are one piece of evidence).
    const fresh = ranges.filter((r) => !m.ranges.some((q) => r[0] <= q[1] && q[0] <= r[1]));
    if (fresh.length === 0) continue;
    m.fired += 1;
    m.groups = Math.max(m.groups, ranges.length);
    m.ranges.push(...fresh);
  }
  const first = (m: SignalMatch): number => Math.min(...m.ranges.map((r) => r[0]));
  return [...bySkill.values()]
    .map((m) => ({ ...m, ranges: mergeRanges(m.ranges) }))
    .sort(
      (a, b) =>
        b.fired - a.fired || b.groups - a.groups || first(a) - first(b) || a.entry - b.entry,
    );
}

/** A clause saying a thing exists or is done ("logo and colours exist", "the script is final"). */
export const EXISTS =
  /\b(?:exists?|(?:is|are)\s+(?:done|written|ready|finished|final|approved|recorded)|already\s+(?:have|exists?|done|written|made|designed))\b/i;
/**
 * Words that find fault with what exists or deny it ("the logo exists but looks dated", "rules
 * that don't exist").
 */
export const FAULT =
  /\b(?:but|though|however|dated|outdated|old|ugly|bad|broken|wrong|amateur\w*|cheap|messy|awful|hate|not|never|no)\b|n['’]t\b/i;
/** What ends a clause inside a sentence: a dash, a semicolon, a colon. */
const CLAUSE_END = /\s[-–—]\s|[–—;:]/g;

/**
 * Whether the clause of token `i` (its sentence, cut at dashes, semicolons and colons) says,
 * without denying it or finding fault, that a thing exists already.
 */
export function saidToExist(text: string, tokens: TokenList, i: number): boolean {
  const s = sentenceStartOf(tokens, i);
  let e = i + 1;
  while (e < tokens.count && ((tokens.flags[e] ?? 0) & TOKEN_SENTENCE_START) === 0) e += 1;
  const from = tokens.starts[s] ?? 0;
  const at = (tokens.starts[i] ?? 0) - from;
  const sentence = text.slice(from, tokens.ends[e - 1] ?? text.length);
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_END)) {
    if (m.index < at) start = m.index + m[0].length;
    else {
      end = m.index;
      break;
    }
  }
  const clause = sentence.slice(start, end);
  return EXISTS.test(clause) && !FAULT.test(clause);
}
