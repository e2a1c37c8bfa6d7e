import { TOKEN_LIST_SEP_BEFORE, TOKEN_SENTENCE_START, type TokenList } from './types.ts';

/**
 * What a writer refuses ("Not looking for a full rebrand", "we don't need a new logo"): read by
 * the outcome signals and, with `infinitive`, by the explicit mentions of a request.
 */

/** Tokens after "to" a refused verb's phrase reaches at most ("to hire night staff"). */
const INFINITIVE_REACH = 5;
/** Words that end a refused verb's object ("not looking to rebuild the site before launch"). */
const OBJECT_ENDS: ReadonlySet<string> = new Set(
  'during with for in on at before after while because since until but just only instead rather'.split(
    ' ',
  ),
);

/** Words that deny: with a wanting word after them they may start a refusal. */
const DENIALS: ReadonlySet<string> = new Set(
  'not no never nor dont didnt doesnt isnt arent without'.split(' '),
);
/** Wanting words of a refusal ("not looking for", "don't need", "no need for"). */
const REFUSED_WANTS: ReadonlySet<string> = new Set(
  'need needs needed want wants wanted looking interested asking require required expect expecting planning'.split(
    ' ',
  ),
);
/** Wanting words said of the thing refused, after it ("A full rebrand isn't needed"). */
const REFUSED_AFTER: ReadonlySet<string> = new Set(['needed', 'wanted', 'required']);
/** The writer as the one refusing ("I don't need", "we are not looking"). */
const REFUSERS: ReadonlySet<string> = new Set(['i', 'we', "i'm", "we're", 'im']);
const BE: ReadonlySet<string> = new Set(['am', 'are', "'m", "'re"]);
/** Words that end a refusal inside its sentence ("…no rebrand, just the copy"). */
const REFUSAL_ENDS: ReadonlySet<string> = new Set(
  'but just only instead rather however though'.split(' '),
);

const isDenial = (w: string): boolean => DENIALS.has(w) || w.endsWith("n't");
const breaksBefore = (tokens: TokenList, i: number): boolean =>
  ((tokens.flags[i] ?? 0) & (TOKEN_SENTENCE_START | TOKEN_LIST_SEP_BEFORE)) !== 0;

/**
 * Whether the writer is the subject of the denial at `i` of the want at `want` ("I don't need",
 * "We are not looking", a sentence opening "Not looking" / "No need"; not "No one wants").
 */
function writerDenies(
  tokens: TokenList,
  lower: readonly string[],
  i: number,
  want: number,
): boolean {
  if (i === 0 || ((tokens.flags[i] ?? 0) & TOKEN_SENTENCE_START) !== 0) return want === i + 1;
  const prev = lower[i - 1] as string;
  if (REFUSERS.has(prev)) return true;
  return BE.has(prev) && i >= 2 && REFUSERS.has(lower[i - 2] as string);
}

/**
 * Per token, whether it lies in what the writer refuses: after the writer's denial of a want
 * ("Not looking for a full rebrand", "we don't need a new logo"), up to the end of its clause
 * (a sentence end, a list separator, or a word that turns back: "but", "just"); or before a
 * thing's denial said after it ("A full rebrand isn't needed"), back to its clause's start. A
 * want of something to happen is a complaint, not a refusal ("We don't want our newsletters to
 * go to spam"); so is anyone else's ("People are not interested in our newsletters").
 */
export function refusals(
  tokens: TokenList,
  lower: readonly string[],
  /**
   * `infinitive`: also a verb straight after the want ("not looking to hire"), and not a thing
   * said optional ("a plus but not required"): how explicit mentions read a refusal.
   */
  opts: { infinitive?: boolean } = {},
): Uint8Array {
  const n = tokens.count;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) {
    if (!isDenial(lower[i] as string)) continue;
    let want = -1;
    for (let j = i + 1; j <= i + 2 && j < n && !breaksBefore(tokens, j); j += 1) {
      if (REFUSED_WANTS.has(lower[j] as string)) {
        want = j;
        break;
      }
    }
    if (want < 0) continue;
    // "isn't needed." / "not required," : the thing refused came before.
    if (
      REFUSED_AFTER.has(lower[want] as string) &&
      (want + 1 >= n || breaksBefore(tokens, want + 1))
    ) {
      // "SQL experience is a plus but not required": optional, still asked for.
      if (opts.infinitive && i > 0 && lower[i - 1] === 'but') continue;
      let k = i;
      while (k > 0 && !breaksBefore(tokens, k)) k -= 1;
      out.fill(1, k, want + 1);
      continue;
    }
    if (!writerDenies(tokens, lower, i, want)) continue;
    let to = -1;
    for (let j = want + 1; j <= want + 4 && j < n && !breaksBefore(tokens, j); j += 1)
      if (lower[j] === 'to') {
        to = j;
        break;
      }
    if (to >= 0) {
      // "not looking to hire night staff": with `infinitive`, the verb right after "to" and its
      // object are refused, up to a preposition or the clause's end; "We don't want our
      // newsletters to go to spam" wants something not to happen (a complaint), so only a verb
      // straight after the want ("want to", "looking to") counts.
      if (!opts.infinitive || to !== want + 1) continue;
      let k = i;
      while (
        k < n &&
        k <= to + INFINITIVE_REACH &&
        !(k > to + 1 && (breaksBefore(tokens, k) || OBJECT_ENDS.has(lower[k] as string)))
      ) {
        out[k] = 1;
        k += 1;
      }
      continue;
    }
    let k = i;
    while (k < n && !(k > i && (breaksBefore(tokens, k) || REFUSAL_ENDS.has(lower[k] as string)))) {
      out[k] = 1;
      k += 1;
    }
  }
  return out;
}
