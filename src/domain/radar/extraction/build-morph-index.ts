import { internKey } from './intern-key.ts';
import { morphKey } from './morph-key.ts';
import { PairTable } from './pair-table.ts';

/** A trie over morphological keys with the forms ending at each node. */
export interface MorphTrie {
  trie: PairTable;
  /** Child of the root per key id (`trie.get(0, id)` looked up once), or -1. */
  root: Int32Array;
  nodeForm: Int32Array;
  formNext: Int32Array;
}

/**
 * Matching by word family rather than surface: labels and text both read through `morphKey`,
 * so "translating" meets "Translation" and "managing diaries" meets "Diary management".
 */
export interface MorphIndex {
  vocab: Map<string, number>;
  /** First three letters of every key: a word starting otherwise cannot match (skips lemmatising). */
  prefixes: Set<string>;
  /** Raw surface → morph token id or -1 (filled while extracting). */
  surfaceCache: Map<string, number>;
  /** Forms in label order ("usability testing" ← "usability tests"). */
  direct: MorphTrie;
  /** Forms whose last word is an action, verb first ("design a logo" → "Logo design"). */
  inverted: MorphTrie;
}

/** One form as the morph index sees it: the raw words of its label and whether it takes part. */
export interface MorphForm {
  words: string[];
  /** False for ambiguous, weak or acronym forms: those stay exact-only. */
  eligible: boolean;
}

const ACTION_WORD = /(?:ing|tion|sion|ment|ance|ysis)$/i;

function newTrie(forms: number): { trie: PairTable; nodes: number[]; next: Int32Array } {
  return { trie: new PairTable(1024), nodes: [-1], next: new Int32Array(forms).fill(-1) };
}

function insert(t: ReturnType<typeof newTrie>, ids: number[], form: number): void {
  let node = 0;
  for (const id of ids) {
    let child = t.trie.get(node, id);
    if (child < 0) {
      child = t.nodes.length;
      t.nodes.push(-1);
      t.trie.set(node, id, child);
    }
    node = child;
  }
  t.next[form] = t.nodes[node] ?? -1;
  t.nodes[node] = form;
}

function seal(t: ReturnType<typeof newTrie>, keys: number): MorphTrie {
  return {
    trie: t.trie,
    root: Int32Array.from({ length: keys }, (_, id) => t.trie.get(0, id)),
    nodeForm: Int32Array.from(t.nodes),
    formNext: t.next,
  };
}

/**
 * Builds the morphological tries over the forms of a skill index (form `i` of `forms` is form
 * `i` of the index). Single-word forms need a key of four characters or more. Throws nothing.
 */
export function buildMorphIndex(forms: readonly MorphForm[]): MorphIndex {
  const vocab = new Map<string, number>();
  const idOf = internKey(vocab);
  const direct = newTrie(forms.length);
  const inverted = newTrie(forms.length);
  forms.forEach((f, i) => {
    if (!f.eligible || f.words.length === 0) return;
    // Tested before lemmatising: most one-word forms are not actions and never take part.
    if (f.words.length === 1 && !ACTION_WORD.test(f.words[0] ?? '')) return;
    const keys = f.words.map(morphKey);
    // A one-word form takes part only when it names an action ("Translation", "Proofreading"),
    // not a plain noun ("Guides", "Teams") whose word family is everyday English.
    if (
      keys.length === 1 &&
      ((keys[0]?.key.length ?? 0) < 4 || !ACTION_WORD.test(f.words[0] ?? ''))
    )
      return;
    const ids = keys.map((k) => idOf(k.key));
    insert(direct, ids, i);
    const last = keys[keys.length - 1];
    if (keys.length >= 2 && last?.verbal) {
      insert(inverted, [ids[ids.length - 1] ?? 0, ...ids.slice(0, -1)], i);
    }
  });
  return {
    vocab,
    prefixes: new Set([...vocab.keys()].map((k) => k.slice(0, 3))),
    surfaceCache: new Map(),
    direct: seal(direct, vocab.size),
    inverted: seal(inverted, vocab.size),
  };
}
