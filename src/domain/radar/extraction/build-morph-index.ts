import { internKey } from './intern-key.ts';
import { isLexiconNoun, type MorphKey, morphKey } from './morph-key.ts';
import { PairTable } from './pair-table.ts';

/** A trie over morphological keys with the forms ending at each node. */
export interface MorphTrie {
  /** Edges below the root: (node, key id) → child node. */
  trie: PairTable;
  /** Child of the root (node 0) per key id, or -1. */
  root: Int32Array;
  nodeForm: Int32Array;
  formNext: Int32Array;
  /** Children signature per node (see `SkillIndex.nodeSig`): bit `id & 31` per child key id. */
  sig: Int32Array;
  /** 1 when the key id is a second or later key of some path (a walk can step onto it). */
  follows: Uint8Array;
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
  /**
   * Per form of two words or more, the label's first word (see `opensWithModifier`); read
   * only when a text's phrase opens with a verb form, so nothing is worked out ahead.
   */
  firstWord: (string | undefined)[];
  /** Per form: 1 its label opens with a modifying noun, -1 not, 0 not yet asked. */
  modifierCache: Int8Array;
  /** Forms whose last word is an action, verb first ("design a logo" → "Logo design"). */
  inverted: MorphTrie;
}

/**
 * The forms of a skill index as the morph index sees them: form `i` has the raw label words
 * `words[wordNos[k]]` for `k` in `wordStart[i] .. wordStart[i + 1]` (none for forms that stay
 * exact-only by construction) and takes part only when `eligible[i]` is 1 (not ambiguous,
 * weak or an acronym).
 */
export interface MorphForms {
  count: number;
  wordStart: readonly number[];
  wordNos: readonly number[];
  words: readonly string[];
  eligible: Uint8Array;
}

const ACTION_WORD = /(?:ing|tion|sion|ment|ance|ysis)$/i;
/** A word ending as an -ing or -ed form does (see `opensWithModifier`). */
export const INFLECTED_END = /(?:ing|ed)$/i;

/**
 * Whether form `f`'s label opens with a noun that modifies the next word ("Email support",
 * "Message brokers"), not with a verb ("Resolve problems") or an -ing / -ed word ("Marketing
 * strategy"). When a text's phrase opens with that noun's verb form used as a verb ("I keep
 * emailing support"), the verb acts on the words after it: no mention of the label.
 */
export function opensWithModifier(morph: MorphIndex, f: number): boolean {
  let v = morph.modifierCache[f] ?? -1;
  if (v === 0) {
    const first = (morph.firstWord[f] ?? '').toLowerCase();
    v = /^[a-z]+$/.test(first) && !INFLECTED_END.test(first) && isLexiconNoun(first) ? 1 : -1;
    morph.modifierCache[f] = v;
  }
  return v === 1;
}

interface TrieBuild {
  trie: PairTable;
  /** Root children by key id (-1 or missing: none). */
  root: number[];
  nodes: number[];
  sig: number[];
  /** Key ids stepped onto below the root. */
  follows: number[];
  next: Int32Array;
}

function newTrie(forms: number, edges: number): TrieBuild {
  return {
    trie: new PairTable(edges),
    root: [],
    nodes: [-1],
    sig: [0],
    follows: [],
    next: new Int32Array(forms).fill(-1),
  };
}

/** Inserts the key ids `ids[from .. from + n)` as a path ending in `form`. */
function insert(t: TrieBuild, ids: readonly number[], from: number, n: number, form: number): void {
  let node = 0;
  for (let k = 0; k < n; k += 1) {
    const id = ids[from + k] as number;
    const fresh = t.nodes.length;
    let child: number;
    if (node === 0) {
      child = t.root[id] ?? -1;
      if (child < 0) {
        child = fresh;
        t.root[id] = fresh;
      }
    } else child = t.trie.getOrSet(node, id, fresh);
    if (child === fresh) {
      t.nodes.push(-1);
      t.sig.push(0);
      t.sig[node] = (t.sig[node] as number) | (1 << (id & 31));
      if (node !== 0) t.follows.push(id);
    }
    node = child;
  }
  t.next[form] = t.nodes[node] ?? -1;
  t.nodes[node] = form;
}

function seal(t: TrieBuild, keys: number): MorphTrie {
  const root = new Int32Array(keys).fill(-1);
  for (let id = 0; id < keys; id += 1) root[id] = t.root[id] ?? -1;
  const follows = new Uint8Array(keys);
  for (const id of t.follows) follows[id] = 1;
  return {
    trie: t.trie,
    root,
    nodeForm: Int32Array.from(t.nodes),
    formNext: t.next,
    sig: Int32Array.from(t.sig),
    follows,
  };
}

/**
 * Builds the morphological tries over the forms of a skill index (form `i` of `forms` is form
 * `i` of the index). Single-word forms need a key of four characters or more. Each distinct
 * word is lemmatised once. Throws nothing.
 */
export function buildMorphIndex(forms: MorphForms): MorphIndex {
  const vocab = new Map<string, number>();
  const idOf = internKey(vocab);
  const { wordStart, wordNos, words } = forms;
  // Per word number: its morph key and that key's id (interned on first use, in form order).
  const keys: (MorphKey | undefined)[] = new Array(words.length).fill(undefined);
  const keyIds = new Int32Array(words.length).fill(-1);
  // Pass 1: the key ids of every taking-part form (`direct` paths, then `inverted` ones), so
  // the tables are sized once for the edges below the root.
  const paths: number[] = [];
  const directForms: number[] = [];
  const invertedForms: number[] = [];
  const invertedPaths: number[] = [];
  let directSteps = 0;
  let invertedSteps = 0;
  for (let i = 0; i < forms.count; i += 1) {
    const w0 = wordStart[i] as number;
    const n = (wordStart[i + 1] as number) - w0;
    if (forms.eligible[i] !== 1 || n === 0) continue;
    // Tested before lemmatising: most one-word forms are not actions and never take part.
    // A one-word form takes part only when it names an action ("Translation", "Proofreading"),
    // not a plain noun ("Guides", "Teams") whose word family is everyday English.
    if (n === 1 && !ACTION_WORD.test(words[wordNos[w0] as number] ?? '')) continue;
    let last: MorphKey | undefined;
    for (let k = 0; k < n; k += 1) {
      const w = wordNos[w0 + k] as number;
      last = keys[w] ??= morphKey(words[w] as string);
    }
    if (n === 1 && (last?.key.length ?? 0) < 4) continue;
    const at = paths.length;
    for (let k = 0; k < n; k += 1) {
      const w = wordNos[w0 + k] as number;
      let id = keyIds[w] as number;
      if (id < 0) {
        id = idOf((keys[w] as MorphKey).key);
        keyIds[w] = id;
      }
      paths.push(id);
    }
    directForms.push(i, at, n);
    directSteps += n - 1;
    if (n >= 2 && last?.verbal) {
      invertedForms.push(i, invertedPaths.length, n);
      invertedPaths.push(paths[at + n - 1] as number);
      for (let k = 0; k < n - 1; k += 1) invertedPaths.push(paths[at + k] as number);
      invertedSteps += n - 1;
    }
  }
  const direct = newTrie(forms.count, directSteps);
  const inverted = newTrie(forms.count, invertedSteps);
  // Each form is (form id, start in the paths, length).
  const insertAll = (trie: typeof direct, from: number[], formList: number[]) => {
    for (let k = 0; k < formList.length; k += 3)
      insert(
        trie,
        from,
        formList[k + 1] as number,
        formList[k + 2] as number,
        formList[k] as number,
      );
  };
  insertAll(direct, paths, directForms);
  insertAll(inverted, invertedPaths, invertedForms);
  const firstWord: (string | undefined)[] = new Array(forms.count).fill(undefined);
  for (let k = 0; k < directForms.length; k += 3) {
    if ((directForms[k + 2] as number) < 2) continue;
    const i = directForms[k] as number;
    firstWord[i] = words[wordNos[wordStart[i] as number] as number];
  }
  return {
    vocab,
    firstWord,
    modifierCache: new Int8Array(forms.count),
    prefixes: new Set([...vocab.keys()].map((k) => k.slice(0, 3))),
    surfaceCache: new Map(),
    direct: seal(direct, vocab.size),
    inverted: seal(inverted, vocab.size),
  };
}
