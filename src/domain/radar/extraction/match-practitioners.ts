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

/**
 * Words that may stand before a practitioner opening a post ("Qualified Electrician",
 * "Part-time cook": the tokenizer splits the hyphen).
 */
const TITLE_WORDS: ReadonlySet<string> = new Set(
  `qualified experienced senior junior certified licensed registered head chief lead assistant
trainee apprentice skilled professional part full time night day shift urgent urgently`.split(
    /\s+/,
  ),
);
/** Words after a person that keep them the person sought ("Cook for weekend shifts"). */
const AFTER_PERSON: ReadonlySet<string> = new Set(
  `for at in wanted needed required position vacancy vacancies job jobs opening role post
ii iii iv i`.split(/\s+/),
);

interface Table {
  byFirst: Map<string, Practitioner[]>;
  /**
   * The length and first letter of every first word and its plurals (`shapeOf`): a token is
   * looked at only when it could be one (no string is made for most tokens).
   */
  shapes: Uint8Array;
}

const cache = new WeakMap<SkillIndex, Table>();

/** A word's length (up to 63) and first letter's low five bits, as one index. */
const shapeOf = (length: number, firstCode: number): number =>
  (Math.min(length, 63) << 5) | (firstCode & 31);

export function practitionerTable(index: SkillIndex): Table {
  const hit = cache.get(index);
  if (hit) return hit;
  const out = new Map<string, Practitioner[]>();
  const shapes = new Uint8Array(64 << 5);
  index.entries.forEach((e, entry) => {
    for (const p of e.practitioners ?? []) {
      const words = p.toLowerCase().split(/\s+/).filter(Boolean);
      const first = words[0];
      if (!first) continue;
      const list = out.get(first) ?? [];
      list.push({ words, entry });
      out.set(first, list);
      for (const extra of [0, 1, 2]) shapes[shapeOf(first.length + extra, first.charCodeAt(0))] = 1;
    }
  });
  const t = { byFirst: out, shapes };
  cache.set(index, t);
  return t;
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

/**
 * Whether the words before `start` in a title line name the person's trade or rank, not a
 * thing for them ("Pastry Sous Chef", "Senior Electrician"; not "Logo for a local electrician",
 * "DevOps Engineer (Chef, Terraform)"): capitalised words or title words, no bracket open.
 */
function headsTitle(text: string, tokens: TokenList, start: number): boolean {
  const line = text.slice(0, tokens.starts[start] ?? 0);
  if (line.lastIndexOf('(') > line.lastIndexOf(')')) return false;
  for (let k = 0; k < start; k += 1) {
    const raw = text.slice(tokens.starts[k], tokens.ends[k]);
    if (!TITLE_WORDS.has(raw.toLowerCase()) && raw[0] === raw[0]?.toLowerCase()) return false;
  }
  return true;
}

/**
 * Whether the person named up to token `end` ends there as a noun (the end of the text or its
 * line, a dash, a comma, a bracket, or a word that keeps them sought: "for", "wanted", "II"),
 * not a verb or a modifier ("Tailor my CV", "Cook up a calendar", "Barber shop", "Nurse here").
 */
function endsAsPerson(text: string, tokens: TokenList, end: number, inTitle: boolean): boolean {
  if (end + 1 >= tokens.count) return true;
  const between = text.slice(tokens.ends[end] ?? 0, tokens.starts[end + 1] ?? 0);
  if (/[\n,:;()–—/|•&]|\s-\s|^\s*-/.test(between)) return true;
  const next = tokenLower(text, tokens, end + 1);
  // A title names two jobs at once ("Cashier and Receptionist").
  return AFTER_PERSON.has(next) || (inTitle && (next === 'and' || next === 'or'));
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
  const { byFirst, shapes } = practitionerTable(index);
  if (byFirst.size === 0) return [];
  const out: PractitionerMatch[] = [];
  for (let i = 0; i < tokens.count; i += 1) {
    const start = tokens.starts[i] ?? 0;
    if (shapes[shapeOf((tokens.ends[i] ?? 0) - start, text.charCodeAt(start))] !== 1) continue;
    const w = tokenLower(text, tokens, i);
    // Plurals read as the singular, not a field ("Fluid Mechanics" is no mechanics).
    // (No string is made for a word that is not a plural: most words of a post.)
    let list = byFirst.get(w);
    if (!list && w.endsWith('s') && !w.endsWith('ics')) {
      if (w.endsWith('es')) list = byFirst.get(w.slice(0, -2));
      list ??= byFirst.get(w.slice(0, -1));
    }
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
          (k === p.words.length - 1 ? sameWord(t, want) && !t.endsWith('ics') : t === want) &&
          (k === 0 || ((tokens.flags[i + k] ?? 0) & TOKEN_SENTENCE_START) === 0);
      }
      if (!ok) continue;
      const inTitle = i < titleEnd && headsTitle(text, tokens, i);
      const titled = inTitle || opensText(text, tokens, i);
      if ((titled && endsAsPerson(text, tokens, end, inTitle)) || soughtPerson(text, tokens, end)) {
        out.push({ entry: p.entry, startTok: i, endTok: end });
        i = end;
        break;
      }
    }
  }
  return out;
}
