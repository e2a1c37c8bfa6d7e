import type { SkillIndex } from './build-skill-index.ts';
import { tokenLower } from './tokenize-text.ts';
import { TOKEN_SENTENCE_START, type TokenList } from './types.ts';
import { soughtPerson } from './work-object.ts';

/**
 * The people who do a skill's work, as job ads name them (`practitioners` in the taxonomy:
 * "electrician", "registered nurse", "room attendant"), where the person's word is not of the
 * work's word family ("Electrician" is no word of Electrical installation, so the agent-noun
 * reading of "Translator" → Translation cannot find it). A practitioner names the work asked for
 * only where a post seeks that person: in its title line ("Registered Nurse – Community Care"
 * opening the text, or a short first line), or sought in a sentence ("Qualified electrician
 * wanted", "We're hiring a pastry chef", "Looking for a room attendant"). Elsewhere it is a
 * person ("our electrician fixed the lights", "I'm a nurse"). Plurals read as the singular.
 */

/** A practitioner phrase: its lowercase words and its skill entry. */
interface Practitioner {
  words: string[];
  entry: number;
}

/** Words that may stand before a practitioner opening a post ("Qualified Electrician"). */
const TITLE_WORDS: ReadonlySet<string> = new Set(
  `qualified experienced senior junior certified licensed registered head chief lead assistant
trainee apprentice skilled professional part-time full-time night-shift day-shift urgent
urgently`.split(/\s+/),
);

const cache = new WeakMap<SkillIndex, Map<string, Practitioner[]>>();

function byFirstWord(index: SkillIndex): Map<string, Practitioner[]> {
  const hit = cache.get(index);
  if (hit) return hit;
  const out = new Map<string, Practitioner[]>();
  index.entries.forEach((e, entry) => {
    for (const p of e.practitioners ?? []) {
      const words = p.toLowerCase().split(/\s+/).filter(Boolean);
      const first = words[0];
      if (!first) continue;
      const list = out.get(first) ?? [];
      list.push({ words, entry });
      out.set(first, list);
    }
  });
  cache.set(index, out);
  return out;
}

/** `w` as written or as the singular of a plural ("electricians", "nurses"). */
const sameWord = (w: string, want: string): boolean =>
  w === want || w === `${want}s` || w === `${want}es`;

/**
 * Whether tokens before `start` are only title words at the very start of the text
 * ("Registered Nurse – …", "Qualified electrician …").
 */
function opensText(text: string, tokens: TokenList, start: number): boolean {
  for (let k = 0; k < start; k += 1) {
    if (!TITLE_WORDS.has(tokenLower(text, tokens, k))) return false;
  }
  return start === 0 || ((tokens.flags[start] ?? 0) & TOKEN_SENTENCE_START) === 0;
}

/** A practitioner read as its skill: the entry and its tokens. */
export interface PractitionerMatch {
  entry: number;
  startTok: number;
  endTok: number;
}

/**
 * The practitioners a text seeks (see above), at most one reading per place. `titleEnd` is the
 * number of tokens of the text's title line (0 when none). Throws nothing.
 */
export function matchPractitioners(
  index: SkillIndex,
  text: string,
  tokens: TokenList,
  titleEnd: number,
): PractitionerMatch[] {
  const table = byFirstWord(index);
  if (table.size === 0) return [];
  const out: PractitionerMatch[] = [];
  for (let i = 0; i < tokens.count; i += 1) {
    const w = tokenLower(text, tokens, i);
    const list =
      table.get(w) ??
      table.get(w.replace(/e?s$/, '')) ??
      (w.endsWith('s') ? table.get(w.slice(0, -1)) : undefined);
    if (!list) continue;
    for (const p of list) {
      const end = i + p.words.length - 1;
      if (end >= tokens.count) continue;
      let ok = true;
      for (let k = 0; k < p.words.length && ok; k += 1) {
        const t = tokenLower(text, tokens, i + k);
        const want = p.words[k] as string;
        // Only the last word may be plural ("room attendants"), and the phrase stays in one sentence.
        ok =
          (k === p.words.length - 1 ? sameWord(t, want) : t === want) &&
          (k === 0 || ((tokens.flags[i + k] ?? 0) & TOKEN_SENTENCE_START) === 0);
      }
      if (!ok) continue;
      if (i < titleEnd || opensText(text, tokens, i) || soughtPerson(text, tokens, end)) {
        out.push({ entry: p.entry, startTok: i, endTok: end });
        i = end;
        break;
      }
    }
  }
  return out;
}
