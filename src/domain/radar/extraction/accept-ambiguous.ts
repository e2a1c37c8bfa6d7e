import type { SkillIndex } from './build-skill-index.ts';
import { NEGATIVE_NEXT, NEGATIVE_PREV, TOOL_PREV } from './lexicon.ts';
import {
  TOKEN_GLUED,
  TOKEN_LIST_SEP_BEFORE,
  TOKEN_SENTENCE_START,
  type TokenList,
} from './types.ts';

/** What `acceptAmbiguous` needs to know about the text around a candidate. */
export interface AmbiguityContext {
  index: SkillIndex;
  text: string;
  tokens: TokenList;
  /** Light token ids of the text (-1 unknown). */
  ids: Int32Array;
  /** True when the text has any capital letter (otherwise case says nothing). */
  textHasUpper: boolean;
  /** Token positions covered by unambiguous explicit matches. */
  anchored: Uint8Array;
}

const WINDOW = 8;

function hasUpper(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return s !== s.toLowerCase();
}

function lowerAt(ctx: AmbiguityContext, i: number): string {
  const { tokens, text } = ctx;
  return text.slice(tokens.starts[i], tokens.ends[i]).toLowerCase();
}

/**
 * Decides whether an ambiguous one-word alias (form `form`, token `pos`) names the skill:
 * rejects negative cues ("react to", "make sure", "vitamin C", "C-level", lowercase where the
 * name is capitalised) and then asks for support: a context term within 8 tokens, a list of
 * other skills around it ("R, Python, SQL"), or a tool cue ("in R", "using Excel").
 * Throws nothing.
 */
export function acceptAmbiguous(ctx: AmbiguityContext, form: number, pos: number): boolean {
  const { index, text, tokens, ids } = ctx;
  const start = tokens.starts[pos] ?? 0;
  const end = tokens.ends[pos] ?? 0;
  const raw = text.slice(start, end);
  const flags = tokens.flags[pos] ?? 0;
  const capital = hasUpper(raw);
  if (index.formCased[form] === 1 && ctx.textHasUpper && !capital) return false;
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

  // A tool name that is not an everyday word ("Python", "Tableau") is used as itself.
  if (index.formAmbiguous[form] === 1) return true;

  // Support 1: a confirming context word nearby.
  const context = index.formContext[form];
  const lo = Math.max(0, pos - WINDOW);
  const hi = Math.min(tokens.count - 1, pos + WINDOW);
  if (context) {
    for (let k = lo; k <= hi; k += 1) {
      if (k !== pos && context.has(ids[k] ?? -1)) return true;
    }
  }
  // Support 2: part of a list of other recognised skills.
  const listBefore = (flags & TOKEN_LIST_SEP_BEFORE) !== 0 || prev === 'and' || prev === 'or';
  const listAfter =
    (nextFlags & TOKEN_LIST_SEP_BEFORE) !== 0 ||
    (pos + 1 < tokens.count && ['and', 'or'].includes(lowerAt(ctx, pos + 1)));
  if (listBefore || listAfter) {
    for (let k = Math.max(0, pos - 4); k <= Math.min(tokens.count - 1, pos + 4); k += 1) {
      if (k !== pos && ctx.anchored[k] === 1) return true;
    }
  }
  // Support 3: "in R", "using Excel", with a capital letter not explained by sentence start.
  return capital && TOOL_PREV.has(prev) && (flags & TOKEN_SENTENCE_START) === 0;
}
