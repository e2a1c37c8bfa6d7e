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
  // "we are not looking", "we do not need", "I did not ask for".
  return (BE.has(prev) || DO.has(prev)) && i >= 2 && REFUSERS.has(lower[i - 2] as string);
}
const DO: ReadonlySet<string> = new Set(['do', 'did']);
/**
 * Words that may follow a want denied after its thing without saying more of it ("Python is
 * not required for this role", "not needed here at all").
 */
const REFUSAL_SCOPE: ReadonlySet<string> = new Set(
  'for this the role position job project work task here at all now in our case'.split(' '),
);

/** Words that say a clause has a verb of its own ("No tracking is set up": a lack, not a refusal). */
const FINITE: ReadonlySet<string> = new Set(
  "is are was were has have had will would can could does do did isn't aren't wasn't".split(' '),
);
/** Modals and forms of "be" between the writer and a denial of a plan ("we will not do…"). */
const PLAN_AUX: ReadonlySet<string> = new Set(['will', 'are', "'re", 'am', "'m", 'would']);
/** Verbs of a plan the writer denies ("we are NOT doing paid ads", "we won't run a launch"). */
const PLAN_VERBS: ReadonlySet<string> = new Set(['do', 'doing', 'run', 'running']);

/** Whether token `i` opens a clause: a sentence's or list item's start, or after "please". */
function opensClause(tokens: TokenList, lower: readonly string[], i: number): boolean {
  if (i === 0 || breaksBefore(tokens, i)) return true;
  return lower[i - 1] === 'please' && (i === 1 || breaksBefore(tokens, i - 1));
}

/** The end (exclusive) of the clause from `i`: a sentence end, a list separator or a turn. */
function clauseEnd(tokens: TokenList, lower: readonly string[], i: number): number {
  let k = i + 1;
  while (k < tokens.count && !breaksBefore(tokens, k) && !REFUSAL_ENDS.has(lower[k] as string))
    k += 1;
  return k;
}

/**
 * A refusal with no wanting word (see `refusals`), from the denial at `i`; returns where the
 * refused words end (exclusive), or `i` for none:
 * - a bare "no" opening a verbless clause ("Please note: no cold calling or sales work of any
 *   kind", "Please no MT post-editing offers"); not a lack said with a verb ("No tracking is
 *   set up") or owned ("we have no tracking", which asks for it);
 * - a prohibition opening a clause ("Please don't answer any tickets", "Do not contact them"),
 *   or a doing denied ("NOT emailing the hotels");
 * - the writer denying a plan ("We will not do a Product Hunt launch", "we are NOT doing paid
 *   ads", "we won't run ads").
 */
function refusedWithoutWant(tokens: TokenList, lower: readonly string[], i: number): number {
  const n = tokens.count;
  const w = lower[i] as string;
  if (w === 'no' && opensClause(tokens, lower, i) && i + 1 < n && !breaksBefore(tokens, i + 1)) {
    const end = clauseEnd(tokens, lower, i);
    for (let k = i + 1; k < end; k += 1) if (FINITE.has(lower[k] as string)) return i;
    // "No one…", "no idea…", "No problem", "no worries": no thing refused.
    if (NOT_REFUSED.has(lower[i + 1] as string)) return i;
    return end;
  }
  // "NOT emailing the hotels", "Not writing the copy": a clause that opens by denying a doing.
  if (
    w === 'not' &&
    opensClause(tokens, lower, i) &&
    i + 1 < n &&
    !breaksBefore(tokens, i + 1) &&
    /^[a-z]{3,}ing$/.test(lower[i + 1] as string) &&
    !REFUSED_WANTS.has(lower[i + 1] as string)
  )
    return clauseEnd(tokens, lower, i + 1);
  // "SEO, not Google Ads", "my inbox and not my calendar", "(not the calendar)": a contrast
  // that rules the thing after it out; not "not only", "not sure", "and not just a logo".
  if (
    w === 'not' &&
    n <= CONTRAST_TEXT_TOKENS &&
    i >= 1 &&
    i + 1 < n &&
    !breaksBefore(tokens, i + 1) &&
    !NOT_CONTRASTED.has(lower[i + 1] as string) &&
    (((tokens.flags[i] ?? 0) & TOKEN_LIST_SEP_BEFORE) !== 0 ||
      (CONTRAST_JOINERS.has(lower[i - 1] as string) && !breaksBefore(tokens, i)))
  )
    return Math.min(clauseEnd(tokens, lower, i + 1), i + 1 + CONTRAST_REACH);
  // "Without using Photoshop, …", "without any Python": the tool named next is ruled out.
  if (w === 'without' && (lower[i + 1] === 'using' || lower[i + 1] === 'any')) {
    let k = i + 2;
    while (k < n && k <= i + 4 && !breaksBefore(tokens, k) && !OBJECT_ENDS.has(lower[k] as string))
      k += 1;
    return k;
  }
  // "don't" / "do not" giving an order: the verb and what it acts on.
  const dont = w === "don't" || w === 'dont';
  const doNot = w === 'not' && lower[i - 1] === 'do';
  if ((dont && opensClause(tokens, lower, i)) || (doNot && opensClause(tokens, lower, i - 1))) {
    const verb = i + 1;
    if (verb >= n || breaksBefore(tokens, verb) || REFUSED_WANTS.has(lower[verb] as string))
      return i;
    return clauseEnd(tokens, lower, verb);
  }
  // The writer denying a plan: "we will not do", "we're not doing", "we won't run".
  const wont = w === "won't" || w === 'wont';
  const prev = lower[i - 1] as string;
  const planned =
    (wont && REFUSERS.has(prev)) ||
    (w === 'not' &&
      (REFUSERS.has(prev) || (PLAN_AUX.has(prev) && REFUSERS.has(lower[i - 2] as string))));
  if (planned && PLAN_VERBS.has(lower[i + 1] as string) && !breaksBefore(tokens, i + 1))
    return clauseEnd(tokens, lower, i + 1);
  return i;
}
/** Words joining a contrast before "not" ("SEO and not ads", "the copy but not the design"). */
const CONTRAST_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'or']);
/** Words after a contrasting "not" that rule nothing out ("not only", "not sure", "not just"). */
const NOT_CONTRASTED: ReadonlySet<string> = new Set(
  `only just sure too very so that yet quite all necessarily exactly really much always even least
afraid a an required mandatory essential needed`.split(/\s+/),
);
/**
 * A contrasting "not" is read in requests only (a job ad's "Last but not least", "a plus but not a
 * requirement" rule nothing out), and rules out the few words after it: the thing contrasted.
 */
const CONTRAST_TEXT_TOKENS = 160;
const CONTRAST_REACH = 5;
/** Words after "no" that refuse nothing ("no one", "no idea", "no problem"). */
const NOT_REFUSED: ReadonlySet<string> = new Set(
  'one idea problem problems worries issue issues longer more matter way doubt need thanks'.split(
    ' ',
  ),
);

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
    if (want < 0) {
      const to = refusedWithoutWant(tokens, lower, i);
      if (to > i) out.fill(1, i, to);
      continue;
    }
    // "isn't needed." / "not required," / "not required for this role": the thing refused
    // came before.
    let scopeEnd = want + 1;
    while (
      scopeEnd < n &&
      !breaksBefore(tokens, scopeEnd) &&
      REFUSAL_SCOPE.has(lower[scopeEnd] as string)
    )
      scopeEnd += 1;
    if (
      REFUSED_AFTER.has(lower[want] as string) &&
      (scopeEnd >= n || breaksBefore(tokens, scopeEnd))
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
    out.fill(1, i, clauseEnd(tokens, lower, i));
  }
  return out;
}
