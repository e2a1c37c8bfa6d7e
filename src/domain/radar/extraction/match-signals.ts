import { signalGroups } from '../../taxonomy/index.ts';
import type { SkillIndex } from './build-skill-index.ts';
import { morphKey } from './morph-key.ts';
import { readsAsRequest } from './reads-as-request.ts';
import { tokenLower } from './tokenize-text.ts';
import { TOKEN_SENTENCE_START, type TokenList } from './types.ts';

/**
 * Outcome signals: how clients describe a skill's work by its problem or the outcome they want,
 * without naming it ("the sound is rough, echo on my side" → Podcast editing; "our newsletters
 * go to spam" → Email deliverability). Authored per skill in the taxonomy (`signals`): each
 * signal is two or three groups of alternative words, and it fires for a request when every
 * group has an alternative in it, matched by word family (`morphKey`), and not in what the
 * writer says they do not want ("Not looking for a full rebrand"). Read only in texts of
 * request size (`SIGNAL_TEXT_TOKENS`): a job ad lists many duties, and its words would meet
 * by chance.
 */

/** The most words a text may have for signals to be read (a client request, not a job ad). */
export const SIGNAL_TEXT_TOKENS = 160;
/** The most words from a signal's first matched word to its last. */
const SIGNAL_REACH = 60;
const LOOK = morphKey('look').key;
/** The most skills a text's signals may add (the best by evidence). */
const MAX_SIGNAL_SKILLS = 3;

/** One alternative of a group: the word-family keys of its words, in order. */
interface Alternative {
  signal: number;
  group: number;
  keys: string[];
  /** Per word, whether it names a person (an agent noun): a text word matches only as the same. */
  agents: boolean[];
}

interface SignalIndex {
  /** Per signal: its skill entry and how many groups it has. */
  signals: { entry: number; groups: number }[];
  /** Alternatives by the key of their first word. */
  byFirst: Map<string, Alternative[]>;
}

const cache = new WeakMap<SkillIndex, SignalIndex>();

/** The word keys of a phrase, split where the tokenizer splits a text, and their agent flags. */
function phraseKeys(phrase: string): { keys: string[]; agents: boolean[] } {
  const words = phrase
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean)
    .map((w) => morphKey(w));
  return { keys: words.map((k) => k.key), agents: words.map((k) => k.agent) };
}

/** The index of every entry's signals, built once per skill index. Throws nothing. */
function signalIndex(index: SkillIndex): SignalIndex {
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
          const { keys, agents } = phraseKeys(a);
          const first = keys[0];
          if (!first) continue;
          let list = out.byFirst.get(first);
          if (!list) {
            list = [];
            out.byFirst.set(first, list);
          }
          list.push({ signal, group, keys, agents });
        }
      });
    }
  });
  cache.set(index, out);
  return out;
}

/** Words that deny: with a wanting word after them they start a refusal. */
const DENIALS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'nor', 'dont', 'without']);
/** Wanting words of a refusal ("not looking for", "don't need", "no need for"). */
const REFUSED_WANTS: ReadonlySet<string> = new Set(
  'need needs needed want wants wanted looking interested asking after require required expect expecting doing planning'.split(
    ' ',
  ),
);
/** Words that end a refusal inside its sentence ("…no rebrand, just the copy"). */
const REFUSAL_ENDS: ReadonlySet<string> = new Set(
  'but just only instead rather however though'.split(' '),
);

const isDenial = (w: string): boolean => DENIALS.has(w) || w.endsWith("n't");

/**
 * Per token, whether it lies in a refusal: after a denial followed within two words by a
 * wanting word ("Not looking for a full rebrand", "we don't need a new logo", "without
 * doing …"), up to the end of its sentence or a word that turns back ("but", "just").
 */
function refusals(tokens: TokenList, lower: string[]): Uint8Array {
  const out = new Uint8Array(tokens.count);
  let on = false;
  for (let i = 0; i < tokens.count; i += 1) {
    const w = lower[i] as string;
    if (((tokens.flags[i] ?? 0) & TOKEN_SENTENCE_START) !== 0 || REFUSAL_ENDS.has(w)) on = false;
    if (!on && isDenial(w)) {
      for (let j = i + 1; j <= i + 2 && j < tokens.count; j += 1) {
        if ((tokens.flags[j] ?? 0) & TOKEN_SENTENCE_START) break;
        if (REFUSED_WANTS.has(lower[j] as string)) on = true;
      }
    }
    if (on) out[i] = 1;
  }
  return out;
}

/** A skill a request's signals point to: its entry, the tokens that fired, and how strongly. */
export interface SignalMatch {
  entry: number;
  /** Token ranges `[start, end]` of the alternatives that fired, one per group met. */
  ranges: [number, number][];
  /** Signals of the skill that fired. */
  fired: number;
  /** The most groups among its fired signals (two or three). */
  groups: number;
}

/**
 * The skills a request's outcome signals point to, best first (more signals fired, then more
 * groups, then first position), at most `MAX_SIGNAL_SKILLS`; none for a text longer than
 * `SIGNAL_TEXT_TOKENS`. Linear in the text's words times the alternatives starting with each
 * word's key. Throws nothing.
 */
export function matchSignals(index: SkillIndex, text: string, tokens: TokenList): SignalMatch[] {
  const n = tokens.count;
  if (n === 0 || n > SIGNAL_TEXT_TOKENS || !readsAsRequest(text, tokens)) return [];
  const sig = signalIndex(index);
  if (sig.signals.length === 0) return [];
  const lower: string[] = [];
  const keys: string[] = [];
  const agents: boolean[] = [];
  for (let i = 0; i < n; i += 1) {
    const w = tokenLower(text, tokens, i);
    lower.push(w.replaceAll('’', "'"));
    const k = morphKey(w);
    // "looking for", "look for": seeking, not how a thing looks.
    keys.push(k.key === LOOK && tokenLower(text, tokens, i + 1) === 'for' ? '' : k.key);
    agents.push(k.agent);
  }
  const refused = refusals(tokens, lower);
  // Per signal, per group: the first range that met it.
  const met = new Map<number, ([number, number] | undefined)[]>();
  for (let i = 0; i < n; i += 1) {
    if (refused[i]) continue;
    const list = sig.byFirst.get(keys[i] as string);
    if (!list) continue;
    for (const alt of list) {
      const last = i + alt.keys.length - 1;
      if (last >= n || agents[i] !== alt.agents[0]) continue;
      let ok = true;
      for (let k = 1; k < alt.keys.length && ok; k += 1) {
        const at = i + k;
        ok =
          keys[at] === alt.keys[k] &&
          agents[at] === alt.agents[k] &&
          ((tokens.flags[at] ?? 0) & TOKEN_SENTENCE_START) === 0 &&
          !refused[at];
      }
      if (!ok) continue;
      let groups = met.get(alt.signal);
      if (!groups) {
        groups = new Array(sig.signals[alt.signal]?.groups ?? 0).fill(undefined);
        met.set(alt.signal, groups);
      }
      groups[alt.group] ??= [i, last];
    }
  }
  const bySkill = new Map<number, SignalMatch>();
  for (const [signal, groups] of met) {
    if (groups.some((g) => g === undefined)) continue;
    const { entry } = sig.signals[signal] as { entry: number; groups: number };
    // One word cannot stand for two groups of a signal ("design" in both).
    const ranges = groups as [number, number][];
    const overlap = ranges.some((r, a) =>
      ranges.some((q, b) => a < b && r[0] <= q[1] && q[0] <= r[1]),
    );
    // The groups meet within a passage, not at the two ends of a long text.
    const from = Math.min(...ranges.map((r) => r[0]));
    const to = Math.max(...ranges.map((r) => r[1]));
    if (overlap || to - from > SIGNAL_REACH) continue;
    const m = bySkill.get(entry);
    if (!m) {
      bySkill.set(entry, { entry, ranges: [...ranges], fired: 1, groups: ranges.length });
      continue;
    }
    m.fired += 1;
    m.groups = Math.max(m.groups, ranges.length);
    for (const r of ranges)
      if (!m.ranges.some((q) => q[0] === r[0] && q[1] === r[1])) m.ranges.push(r);
  }
  const first = (m: SignalMatch): number => Math.min(...m.ranges.map((r) => r[0]));
  return [...bySkill.values()]
    .sort(
      (a, b) =>
        b.fired - a.fired || b.groups - a.groups || first(a) - first(b) || a.entry - b.entry,
    )
    .slice(0, MAX_SIGNAL_SKILLS)
    .map((m) => ({ ...m, ranges: m.ranges.sort((a, b) => a[0] - b[0]) }));
}
