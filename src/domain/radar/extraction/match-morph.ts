import type { MorphTrie } from './build-morph-index.ts';
import type { SkillIndex } from './build-skill-index.ts';
import { morphKey } from './morph-key.ts';
import { TOKEN_LIST_SEP_BEFORE, TOKEN_SENTENCE_START, type TokenList } from './types.ts';

/** A mention found by word family: tokens `startTok..endTok` name form `form`. */
export interface MorphMatch {
  form: number;
  startTok: number;
  endTok: number;
}

/** Words between a verb and its object that do not break the phrase ("design a new logo"). */
const MAX_GAP = 2;
/** Words before a base-form verb that mark it as a verb ("to translate", "please proofread"). */
const VERB_CUES: ReadonlySet<string> = new Set(
  'to please will can could would should must we you i help also then'.split(' '),
);

function morphId(index: SkillIndex, raw: string): number {
  const { surfaceCache, vocab } = index.morph;
  const hit = surfaceCache.get(raw);
  if (hit !== undefined) return hit;
  const k = morphKey(raw);
  // An agent noun names a person ("the Project Manager"), not the activity asked for.
  const id = k.agent ? -1 : (vocab.get(k.key) ?? -1);
  if (surfaceCache.size > 1_000_000) surfaceCache.clear();
  surfaceCache.set(raw, id);
  return id;
}

const ACTION_FORM = /(?:ing|tion|sion|ment|ance|ysis)$/;
/** Words that cannot stand between a verb and its object in an inverted label. */
const GAP_STOP: ReadonlySet<string> = new Set(
  'to of for with in on at by from and or as into about than that which who'.split(' '),
);

const BOUNDARY = TOKEN_SENTENCE_START | TOKEN_LIST_SEP_BEFORE;

const startsSentence = (tokens: TokenList, i: number): boolean =>
  i === 0 || ((tokens.flags[i] ?? 0) & TOKEN_SENTENCE_START) !== 0;

/**
 * A one-word form met by word family needs the text word to be used as that family's form:
 * inflected or derived ("translating", "translator"), or a base-form verb in an imperative or
 * after a verb cue ("Proofread my thesis", "please proofread", "Edit and proofread").
 * A bare base-form noun ("market" for Marketing) is not enough.
 */
function singleWordOk(text: string, tokens: TokenList, i: number): boolean {
  const raw = text.slice(tokens.starts[i], tokens.ends[i]);
  // Verb inflections and action nouns; not plurals ("accounts") or agent nouns ("supervisor").
  if (morphKey(raw).derived && ACTION_FORM.test(raw.toLowerCase())) return true;
  if (startsSentence(tokens, i)) return true;
  const prev = text.slice(tokens.starts[i - 1], tokens.ends[i - 1]).toLowerCase();
  if (((tokens.flags[i] ?? 0) & TOKEN_LIST_SEP_BEFORE) === 0 && VERB_CUES.has(prev)) return true;
  return (prev === 'and' || prev === 'or') && i >= 2 && startsSentence(tokens, i - 2);
}

function collect(t: MorphTrie, node: number, s: number, e: number, out: MorphMatch[]): void {
  for (let f = t.nodeForm[node] ?? -1; f >= 0; f = t.formNext[f] ?? -1) {
    out.push({ form: f, startTok: s, endTok: e });
  }
}

/**
 * Finds mentions by word family (see `morphKey`), in label order and, for labels ending in
 * an action, verb first with up to two words between ("Design a logo" → Logo design,
 * "Managing diaries" → Diary management). Never across a sentence or list boundary.
 * Exact-surface mentions are found by `matchExplicit`; this adds the rest. Throws nothing.
 */
export function matchMorph(index: SkillIndex, text: string, tokens: TokenList): MorphMatch[] {
  const n = tokens.count;
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    ids[i] = morphId(index, text.slice(tokens.starts[i], tokens.ends[i]));
  }
  const { direct, inverted } = index.morph;
  const out: MorphMatch[] = [];
  const walk = (t: MorphTrie, node0: number, s: number, from: number): void => {
    let node = node0;
    let j = from;
    while (node > 0) {
      if ((t.nodeForm[node] ?? -1) >= 0) {
        if (t === inverted || j > s || singleWordOk(text, tokens, s)) collect(t, node, s, j, out);
      }
      j += 1;
      if (j >= n || ((tokens.flags[j] ?? 0) & BOUNDARY) !== 0) break;
      const id = ids[j] ?? -1;
      if (id < 0) break;
      node = t.trie.get(node, id);
    }
  };
  for (let i = 0; i < n; i += 1) {
    const id = ids[i] ?? -1;
    if (id < 0) continue;
    const d = direct.trie.get(0, id);
    if (d > 0) walk(direct, d, i, i);
    const v = inverted.trie.get(0, id);
    if (v <= 0) continue;
    for (let gap = 0; gap <= MAX_GAP; gap += 1) {
      const j = i + 1 + gap;
      if (j >= n || ((tokens.flags[j] ?? 0) & BOUNDARY) !== 0) break;
      if (gap > 0) {
        const g = text.slice(tokens.starts[j - 1], tokens.ends[j - 1]).toLowerCase();
        if (GAP_STOP.has(g)) break;
      }
      const first = inverted.trie.get(v, ids[j] ?? -1);
      if (first > 0) walk(inverted, first, i, j);
    }
  }
  return out;
}
