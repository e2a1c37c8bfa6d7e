import { phraseWords } from '../../taxonomy/index.ts';
import type { SkillIndex } from './build-skill-index.ts';
import { morphKey } from './morph-key.ts';
import type { TokenList } from './types.ts';

/**
 * Names with another common sense (`SkillEntry.sensePhrases`, the taxonomy's
 * `senseContext`): "Provide technical support to cooperating partners and field staff" is an
 * adviser's help, not IT support; "technical support for users' laptops and printers" is. A
 * mention of such a name, in either word order and any inflection ("supporting technical
 * staff"), is read only when one of the skill's context words (`senseTerms`) stands within
 * `SENSE_REACH` words of it (or the skill's own `senseReach`).
 */

/** Words on either side of a mention searched for the skill's context words. */
export const SENSE_REACH = 30;

interface Sense {
  /** Each phrase as its sorted word-family keys, joined. */
  phrases: Set<string>;
  /** Any context word or phrase, as a whole word, lowercase. */
  context?: RegExp;
  /** Words on either side searched for it. */
  reach: number;
  /**
   * Everyday words the entry's names write as capitals ("IT" of "IT support", "US" of "US
   * tax"), lowercase: the text must write them in capitals too ("It supports…" is no IT support).
   */
  capitals: Set<string>;
}

/** Short everyday words that are also acronyms in skill names. */
const EVERYDAY = new Set(
  'it us as or an am do go be me no so to in on at of by up is if we he hi ok'.split(' '),
);

const cache = new WeakMap<SkillIndex, Map<number, Sense>>();

/** A reading of an entry: its tokens `startTok`..`endTok`. */
type Reading = { entry: number; startTok: number; endTok: number };

const keysOf = (words: string[]): string =>
  words
    .map((w) => morphKey(w).key)
    .sort()
    .join(' ');

function senses(index: SkillIndex): Map<number, Sense> {
  const hit = cache.get(index);
  if (hit) return hit;
  const out = new Map<number, Sense>();
  index.entries.forEach((e, i) => {
    const capitals = new Set<string>();
    for (const form of [e.name, ...e.aliases]) {
      // Only a form with a capital can spell an everyday word in capitals (most have none).
      if (!/[A-Z]/.test(form)) continue;
      const words = form.split(/[^\p{L}\p{N}]+/u);
      // Multi-word names only: a one-word acronym has its own case rules.
      if (words.filter(Boolean).length < 2) continue;
      for (const w of words) {
        if (w.length >= 2 && w === w.toUpperCase() && EVERYDAY.has(w.toLowerCase()))
          capitals.add(w.toLowerCase());
      }
    }
    const phrased = (e.sensePhrases?.length ?? 0) > 0 && (e.senseTerms?.length ?? 0) > 0;
    if (!phrased && capitals.size === 0) return;
    const alts = (e.senseTerms ?? [])
      .map((t) => t.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .sort((a, b) => b.length - a.length);
    out.set(i, {
      phrases: new Set(phrased ? (e.sensePhrases ?? []).map((p) => keysOf(phraseWords(p))) : []),
      ...(phrased
        ? {
            context: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'u'),
          }
        : {}),
      capitals,
      reach: e.senseReach ?? SENSE_REACH,
    });
  });
  cache.set(index, out);
  return out;
}

/** Whether any entry of the index has a second sense or capitals to check (most ESCO-only ones do not). */
export function hasSenses(index: SkillIndex): boolean {
  return senses(index).size > 0;
}

/**
 * Whether mention `m` (tokens `startTok`..`endTok` of `entry`) may be read: false when it writes
 * an everyday word the entry's name spells in capitals in small letters ("It supports"; a text
 * with no capital letter at all is let through, as for acronyms), or is
 * one of the entry's context phrases with none of its context words within `SENSE_REACH` words.
 * Throws nothing.
 */
export function senseConfirmed(
  index: SkillIndex,
  text: string,
  tokens: TokenList,
  m: Reading,
): boolean {
  const sense = senses(index).get(m.entry);
  if (!sense) return true;
  const words: string[] = [];
  // A text written all in small letters cannot write "IT" ("need it support for our office").
  const cased = sense.capitals.size > 0 && /\p{Lu}/u.test(text);
  for (let k = m.startTok; k <= m.endTok; k += 1) {
    const raw = text.slice(tokens.starts[k], tokens.ends[k]);
    if (cased && sense.capitals.has(raw.toLowerCase()) && raw !== raw.toUpperCase()) return false;
    words.push(...phraseWords(raw));
  }
  return !sense.phrases.has(keysOf(words)) || contextNear(sense, text, tokens, m);
}

/** Whether one of the sense's context words stands within its reach of `m` (true without any). */
function contextNear(sense: Sense, text: string, tokens: TokenList, m: Reading): boolean {
  if (!sense.context) return true;
  const from = tokens.starts[Math.max(0, m.startTok - sense.reach)] ?? 0;
  const to = tokens.ends[Math.min(tokens.count - 1, m.endTok + sense.reach)] ?? text.length;
  return sense.context.test(text.slice(from, to).toLowerCase());
}

/**
 * Whether a reading of the entry other than by its names (a practitioner: "driver") has one of
 * the entry's context words near it, when the entry has any ("We need a driver for our USB
 * device" is no vehicle driving). True for entries without them. Throws nothing.
 */
export function senseNear(index: SkillIndex, text: string, tokens: TokenList, m: Reading): boolean {
  const sense = senses(index).get(m.entry);
  return !sense || contextNear(sense, text, tokens, m);
}
