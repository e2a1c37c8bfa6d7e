import { morphKey } from './morph-key.ts';

/** Words that join the parts of a title and name nothing ("officer for health and safety"). */
const STOP = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'for',
  'in',
  'on',
  'at',
  'to',
  'with',
  'by',
  'or',
  '&',
]);
/** Words after which the head noun of a title has already been said ("teacher for biology"). */
const HEAD_ENDS = new Set(['for', 'of', 'in', 'on', 'at', 'with', 'to', 'by']);

/** The matching keys of a title or an occupation label, and its head noun. */
export interface TitleKeys {
  /** Distinct keys in order of first appearance. */
  keys: string[];
  /** The key of the head noun: the last word before the first "for" / "of" / "in" ..., or undefined. */
  head: string | undefined;
}

/**
 * Keys of a title's words under the radar's morphology (`morphKey`: inflections and verb ↔ noun
 * derivations fold together), with agent nouns kept apart from the activity (`teacher` →
 * `teach#`, `teaching` → `teach`), so "Teachers" matches "teacher" and "Procurement Manager"
 * matches "manager of procurement", while "teaching assistant" stays an assistant. Linking
 * words are dropped. Throws nothing.
 */
export function jobTitleKeys(text: string): TitleKeys {
  const words =
    text
      .toLowerCase()
      .replace(/['\u2019]s\b/gu, '')
      .match(/[\p{L}\p{N}+#]+/gu) ?? [];
  const keys: string[] = [];
  let head: string | undefined;
  let headDone = false;
  for (const w of words) {
    if (HEAD_ENDS.has(w) && head !== undefined) headDone = true;
    if (STOP.has(w)) continue;
    const m = morphKey(w);
    const key = m.agent ? `${m.key}#` : m.key;
    if (!keys.includes(key)) keys.push(key);
    if (!headDone) head = key;
  }
  return { keys, head };
}
