import type { SkillIndex } from './build-skill-index.ts';
import {
  CALENDAR_NAMES,
  COMPANY_SUFFIXES,
  DEGREE_ABBREVIATIONS,
  DEGREE_CUES,
  NEGATIVE_NEXT,
  NEGATIVE_PREV,
  PRODUCT_KINDS,
  SKILL_CUES,
  TIME_NEXT,
  TIME_PREV,
  TOOL_PREV,
  WORK_VERBS,
} from './lexicon.ts';
import { tokenLower } from './tokenize-text.ts';
import {
  TOKEN_GLUED,
  TOKEN_LIST_SEP_BEFORE,
  TOKEN_SENTENCE_START,
  type TokenList,
} from './types.ts';
import { endsNounPhrase, isWorkObject } from './work-object.ts';

/** What `acceptAmbiguous` needs to know about the text around a candidate. */
export interface AmbiguityContext {
  index: SkillIndex;
  text: string;
  tokens: TokenList;
  /** Light token ids of the text (-1 unknown). */
  ids: Int32Array;
  /** True when the text has any capital letter (otherwise case says nothing). */
  textHasUpper: boolean;
  /** Per token: 1 + entry of the unambiguous explicit match covering it, 0 when none. */
  anchored: Int32Array;
}

const WINDOW = 8;

/** True when the token is written in capitals ("SEO", "IDPs"), as an abbreviation must be. */
function inCapitals(raw: string): boolean {
  let upper = 0;
  for (let i = 0; i < raw.length; i += 1) {
    const c = raw.charCodeAt(i);
    if (c >= 65 && c <= 90) upper += 1;
  }
  return upper >= 2 || (upper === 1 && raw.length === 1);
}

/** An education degree ("BA in Economics", "BA/BSc degree"), not the skill its letters spell. */
function isDegree(ctx: AmbiguityContext, pos: number, raw: string): boolean {
  if (!DEGREE_ABBREVIATIONS.has(raw.replace(/\./g, '').toLowerCase())) return false;
  const lo = Math.max(0, pos - 3);
  const hi = Math.min(ctx.tokens.count - 1, pos + 3);
  for (let k = lo; k <= hi; k += 1) {
    if (k !== pos && DEGREE_CUES.has(lowerAt(ctx, k).replace(/\./g, ''))) return true;
  }
  return false;
}

/** A capitalised word followed by an unknown capitalised word or a company suffix: a name. */
function isProperName(ctx: AmbiguityContext, pos: number): boolean {
  const { tokens, text } = ctx;
  const next = pos + 1;
  if (next >= tokens.count) return false;
  const nf = tokens.flags[next] ?? 0;
  if ((nf & (TOKEN_SENTENCE_START | TOKEN_LIST_SEP_BEFORE | TOKEN_GLUED)) !== 0) return false;
  const raw = text.slice(tokens.starts[next], tokens.ends[next]);
  const c = raw.charCodeAt(0);
  const capitalised = c >= 65 && c <= 90 && !inCapitals(raw);
  if (capitalised && (ctx.ids[next] ?? -1) < 0) return true;
  for (let k = next; k <= Math.min(tokens.count - 1, pos + 2); k += 1) {
    if (COMPANY_SUFFIXES.has(lowerAt(ctx, k))) return true;
  }
  return false;
}

/**
 * Whether a capitalised product name at `pos` reads as the end of a longer name: right after a
 * capitalised word no label knows, itself inside the sentence and not one of a list ("a snake
 * called Ball Python", "Monty Python"), not in a run of capitalised words. Such a mention still counts with support (a context
 * word, a named skill of its domain nearby): "Senior Python Developer" has "developer".
 */
function continuesName(ctx: AmbiguityContext, pos: number): boolean {
  const { tokens, text, ids } = ctx;
  const prev = pos - 1;
  if (prev < 1) return false;
  const boundary = TOKEN_SENTENCE_START | TOKEN_LIST_SEP_BEFORE | TOKEN_GLUED;
  if (((tokens.flags[pos] ?? 0) & boundary) !== 0 || ((tokens.flags[prev] ?? 0) & boundary) !== 0)
    return false;
  const capitalised = (k: number): boolean => {
    const raw = text.slice(tokens.starts[k], tokens.ends[k]);
    const c = raw.charCodeAt(0);
    return c >= 65 && c <= 90 && !inCapitals(raw);
  };
  if (!capitalised(prev) || (ids[prev] ?? -1) >= 0) return false;
  // A run of capitalised words is a list written without commas ("( Bash Perl Python )").
  // (A capital that opens the sentence says nothing: "My Monty Python is our snake.")
  const opensSentence =
    prev - 1 === 0 || ((tokens.flags[prev - 1] ?? 0) & TOKEN_SENTENCE_START) !== 0;
  return !(capitalised(prev - 1) && !opensSentence);
}

/** A named skill of the same domain within `span` tokens (0 domain means unknown: any skill). */
function sameDomainNear(ctx: AmbiguityContext, form: number, pos: number, span: number): boolean {
  const { index } = ctx;
  const domain = index.entryDomain[index.formEntry[form] ?? 0] ?? -1;
  const lo = Math.max(0, pos - span);
  const hi = Math.min(ctx.tokens.count - 1, pos + span);
  for (let k = lo; k <= hi; k += 1) {
    const a = ctx.anchored[k] ?? 0;
    if (k === pos || a === 0) continue;
    if (domain < 0 || (index.entryDomain[a - 1] ?? -1) === domain) return true;
  }
  return false;
}

function hasUpper(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return s !== s.toLowerCase();
}

function lowerAt(ctx: AmbiguityContext, i: number): string {
  const { tokens, text } = ctx;
  return tokenLower(text, tokens, i);
}

/** A capital explained only by the start of a sentence, with no cue right after it. */
function isEnglishSentenceStart(ctx: AmbiguityContext, pos: number): boolean {
  const startsSentence = pos === 0 || ((ctx.tokens.flags[pos] ?? 0) & TOKEN_SENTENCE_START) !== 0;
  return startsSentence && !SKILL_CUES.has(lowerAt(ctx, pos + 1));
}

/**
 * Decides whether an ambiguous one-word alias (form `form`, token `pos`) names the skill:
 * rejects negative cues ("react to", "make sure", "vitamin C", "C-level", lowercase where the
 * name is capitalised, an abbreviation not in capitals, "Team" for "Teams"), degrees ("BA in
 * Economics") and proper names ("Maya Johnson", "Dart Logistics Ltd"), then asks for support: a
 * context term within 8 tokens, a list of other skills of its domain around it ("R, Python,
 * SQL"), a named skill of its domain nearby, a skill cue by a capitalised name ("Advanced Excel
 * skills", "Must know Excel"), or a tool cue ("in R", "using Excel").
 * Throws nothing.
 */
export function acceptAmbiguous(ctx: AmbiguityContext, form: number, pos: number): boolean {
  const { index, text, tokens, ids } = ctx;
  const start = tokens.starts[pos] ?? 0;
  const end = tokens.ends[pos] ?? 0;
  const raw = text.slice(start, end);
  const flags = tokens.flags[pos] ?? 0;
  const capital = hasUpper(raw);
  // Kinds named as products or languages; a plain noun naming an activity ("Payroll") is no
  // name, whatever its case (other cased forms, "Agile", keep the rule).
  const kind = index.entries[index.formEntry[form] ?? 0]?.kind;
  const named = kind === undefined || PRODUCT_KINDS.has(kind);
  if (
    (named || index.formPlainNoun[form] !== 1) &&
    index.formCased[form] === 1 &&
    ctx.textHasUpper &&
    !capital
  )
    return false;
  if (index.formAcronym[form] === 1 && ctx.textHasUpper && !inCapitals(raw)) return false;
  // A product name is written as itself: "Teams", not "Team".
  const surface = index.formSurface[form];
  if (index.formCased[form] === 1 && surface && raw.toLowerCase() !== surface) return false;
  if (isDegree(ctx, pos, raw)) return false;
  if (capital && isProperName(ctx, pos)) return false;
  // Hyphenated or dotted into another word: "C-level", "go-to", "make-up".
  const nextGlued = pos + 1 < tokens.count && ((tokens.flags[pos + 1] ?? 0) & TOKEN_GLUED) !== 0;
  const sepAfter = text.charCodeAt(end);
  if (
    ((flags & TOKEN_GLUED) !== 0 && text.charCodeAt(start - 1) !== 47) ||
    (nextGlued && sepAfter !== 47)
  ) {
    return false;
  }
  const nextFlags = pos + 1 < tokens.count ? (tokens.flags[pos + 1] ?? 0) : TOKEN_SENTENCE_START;
  const nextInSentence = (nextFlags & (TOKEN_SENTENCE_START | TOKEN_LIST_SEP_BEFORE)) === 0;
  if (nextInSentence && pos + 1 < tokens.count && NEGATIVE_NEXT.has(lowerAt(ctx, pos + 1)))
    return false;
  const prevInSentence = pos > 0 && (flags & (TOKEN_SENTENCE_START | TOKEN_LIST_SEP_BEFORE)) === 0;
  const prev = prevInSentence ? lowerAt(ctx, pos - 1) : '';
  if (prev && NEGATIVE_PREV.has(prev)) return false;
  // A day or a month, said as a time ("every Monday", "Monday morning"), is no tool.
  if (CALENDAR_NAMES.has(raw.toLowerCase())) {
    if (prev && TIME_PREV.has(prev)) return false;
    if (nextInSentence && pos + 1 < tokens.count && TIME_NEXT.has(lowerAt(ctx, pos + 1)))
      return false;
  }

  // A tool name that is not an everyday word ("Python", "Tableau") is used as itself, unless it
  // ends a longer name ("a beer called Ball Python"): then it needs the support below.
  if (index.formAmbiguous[form] === 1 && !(named && capital && continuesName(ctx, pos)))
    return true;

  // Support 1: a confirming context word nearby.
  const context = index.formContext[form];
  const lo = Math.max(0, pos - WINDOW);
  const hi = Math.min(tokens.count - 1, pos + WINDOW);
  if (context) {
    for (let k = lo; k <= hi; k += 1) {
      if (k !== pos && context.has(ids[k] ?? -1)) return true;
    }
  }
  // Support 2: part of a list of other recognised skills (of its domain, when known).
  const listBefore = (flags & TOKEN_LIST_SEP_BEFORE) !== 0 || prev === 'and' || prev === 'or';
  const listAfter =
    (nextFlags & TOKEN_LIST_SEP_BEFORE) !== 0 ||
    (pos + 1 < tokens.count && ['and', 'or'].includes(lowerAt(ctx, pos + 1)));
  if ((listBefore || listAfter) && sameDomainNear(ctx, form, pos, 4)) return true;
  // Support 4: a named skill of the same domain nearby ("IDP" beside "OCR" and "RAG").
  if (
    (index.entryDomain[index.formEntry[form] ?? 0] ?? -1) >= 0 &&
    sameDomainNear(ctx, form, pos, WINDOW)
  )
    return true;
  // Support 5: written as a name right by a skill cue ("Advanced Excel skills", "Must know Excel",
  // "Skills: R, Excel").
  if (named && capital && !isEnglishSentenceStart(ctx, pos)) {
    for (let k = Math.max(0, pos - 3); k <= Math.min(tokens.count - 1, pos + 3); k += 1) {
      if (k !== pos && SKILL_CUES.has(lowerAt(ctx, k))) return true;
    }
  }
  // Support 6: an abbreviation as the object of work ("Write SOPs", "Build the KPI report").
  if (index.formAcronym[form] === 1 && WORK_VERBS.has(prev)) return true;
  // Support 7: a plain English noun naming an activity, as the object of work ("Run payroll",
  // "Run our evals", "Write guides"): not a product's name ("Teams", "Notion"), not a word of
  // the everyday lists, and not a surface corpus evidence shows is rarely a skill.
  if (!named && prevInSentence && index.formPlainNoun[form] === 1) {
    // The noun ends its phrase ("Run payroll for…"), not a modifier ("the payroll spreadsheet").
    if (endsNounPhrase(text, tokens, pos) && isWorkObject(text, tokens, pos)) return true;
  }
  // Support 3: "in R", "using Excel", with a capital letter not explained by sentence start;
  // not a place ("a plumbing company in Phoenix", "based in Phoenix").
  return (
    capital &&
    TOOL_PREV.has(prev) &&
    (flags & TOKEN_SENTENCE_START) === 0 &&
    !(prev === 'in' && pos >= 2 && PLACE_HOLDERS.has(lowerAt(ctx, pos - 2)))
  );
}

/** Words before "in" that make the capitalised word after it a place ("our office in Phoenix"). */
const PLACE_HOLDERS: ReadonlySet<string> = new Set(
  `company companies business businesses office offices shop shops store stores studio practice
clinic restaurant cafe café agency firm based located living live lives lived moved move moving born
school hotel salon bakery gym event conference branch warehouse here there operating operate
located headquartered`.split(/\s+/),
);
