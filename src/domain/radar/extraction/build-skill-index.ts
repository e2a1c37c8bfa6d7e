import { AppError } from '../../../errors.ts';
import { buildMorphIndex, type MorphIndex } from './build-morph-index.ts';
import { buildRetrievalIndex, type RetrievalIndex } from './build-retrieval-index.ts';
import { hasUpper } from './has-upper.ts';
import { internKey } from './intern-key.ts';
import {
  AMBIGUOUS_WORDS,
  EVERYDAY_WORDS,
  PLURAL_SENSE,
  PRODUCT_KINDS,
  STOPWORDS,
  TECH_CONTEXT,
} from './lexicon.ts';
import { isEnglishWord } from './morph-key.ts';
import { foldToken, normalizeToken } from './normalize-token.ts';
import { PairTable } from './pair-table.ts';
import { buildRelatedTable, type RelatedTable, type SkillRelation } from './related-skills.ts';
import { SurfaceTable } from './surface-table.ts';
import { tokenizeShort } from './tokenize-text.ts';
import { type SkillEntry, TOKEN_GLUED } from './types.ts';

/** Everything `extractSkills` needs, built once from a list of entries. */
export interface SkillIndex {
  entries: SkillEntry[];
  /** Light-normalised token → token id (label tokens, joined compounds, context words). */
  vocab: Map<string, number>;
  /** Raw surface → token id and morph id (see `surfaceEntry`; filled lazily while extracting). */
  surfaceCache: SurfaceTable;
  /** Token trie below the root: (node, token id) → child node; the root (node 0) is `trieRoot`. */
  trie: PairTable;
  /** Child of the root (node 0) per token id, or -1. */
  trieRoot: Int32Array;
  /** First form ending at each node, or -1; more forms follow `formNext`. */
  nodeForm: Int32Array;
  /**
   * Children signature per node: bit `id & 31` is set for each child token id (0 for a leaf).
   * A clear bit means `trie.get(node, id)` would miss; walks test it before probing the table
   * (the nodes walks reach are few and stay in cache; the table's slots do not).
   */
  nodeSig: Int32Array;
  /** 1 when the token id is a label's second or later token (a walk can step onto it). */
  tokenFollows: Uint8Array;
  formNext: Int32Array;
  formEntry: Int32Array;
  /** 1 when the form is the entry's preferred label (or it without a parenthetical). */
  formPreferred: Uint8Array;
  /** 0 unambiguous; 1 a tool name that must pass the negative cues; 2 a word that needs context. */
  formAmbiguous: Uint8Array;
  /** 1 when the label is written with a capital letter (so lowercase text is a bad sign). */
  formCased: Uint8Array;
  /** 1 when the form is an abbreviation in capitals ("SEO"): text must write it in capitals. */
  formAcronym: Uint8Array;
  /**
   * 1 when the form needs context only for being a plain English noun alias ("Payroll"), not
   * for being listed as everyday or shown weak by corpus evidence.
   */
  formPlainNoun: Uint8Array;
  /** Lowercased surface of ambiguous forms (a product name must appear as written: "Teams"). */
  formSurface: (string | undefined)[];
  /**
   * The folded word of a one-word product, language or framework name ("canva", "excel"),
   * undefined for other forms: a name is written as itself, so a word that only folds to it
   * as a plural ("canvas", "sages") is another word, not the product.
   */
  formName: (string | undefined)[];
  /** Domain id per entry (index into `domains`), -1 when unknown. */
  entryDomain: Int32Array;
  /**
   * 1 when the form is a one-word alias that is also a word inside many other labels ("work",
   * "design", "brand"): a real mention, but weak evidence for this particular skill.
   */
  formWeak: Uint8Array;
  /** Context token ids confirming ambiguous forms, per form (only for ambiguous ones). */
  formContext: (Set<number> | undefined)[];
  /** Word-family tries (verb ↔ noun, inflections) over the unambiguous forms. */
  morph: MorphIndex;
  /** Corpus precision of one-word surfaces (light key → 0..1), when the index was given it. */
  aliasPrecision?: ReadonlyMap<string, number>;
  /** Retrieval index for implicit matches, built on first use (explicit-only callers skip it). */
  readonly retrieval: RetrievalIndex;
  /** Optional skill co-occurrence (e.g. NPMI over job-posting skill lists); ranking path only. */
  cooccurrence?: RelatedTable;
  /** Optional taxonomy relations (e.g. ESCO broader / related skills); ranking path only. */
  hierarchy?: RelatedTable;
}

/**
 * Optional relation signals for `buildSkillIndex`, as id-based relation lists. They only
 * affect ranking (implicit path); explicit matching ignores them. The product runs without
 * them unless it ships a derived table (the eval derives them from ../shared data).
 */
export interface SkillSignals {
  cooccurrence?: readonly SkillRelation[];
  hierarchy?: readonly SkillRelation[];
  /**
   * Estimated precision of one-word surfaces (light key → 0..1) from an annotated corpus
   * (`data/taxonomy/alias-evidence.json`). When given, aliases below `WEAK_EVIDENCE`, everyday
   * English words without strong evidence, and short abbreviations never seen need context.
   */
  aliasPrecision?: ReadonlyMap<string, number>;
}

/** Estimated precision below which a one-word alias needs confirming context. */
export const WEAK_EVIDENCE = 0.35;
/** Estimated precision below which even a skill's preferred name needs confirming context. */
export const WEAK_NAME_EVIDENCE = 0.15;
/** Estimated precision from which an everyday-word alias stands on its own. */
export const STRONG_EVIDENCE = 0.6;

/** A one-word alias found in at least this many entries' labels counts as a generic word. */
const GENERIC_WORD_ENTRIES = 10;
const ACTION_NOUN = /(?:ing|tion|sion|ment|ance|ence|ysis)$/;
const PAREN = /\s*\([^)]*\)\s*/g;

const keyCache = new Map<string, string>();

function keyOf(raw: string): string {
  let k = keyCache.get(raw);
  if (k === undefined) {
    k = normalizeToken(raw);
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(raw, k);
  }
  return k;
}

function domainIds(entries: SkillEntry[]): Int32Array {
  const ids = new Map<string, number>();
  return Int32Array.from(entries, (e) => {
    if (!e.domain) return -1;
    let id = ids.get(e.domain);
    if (id === undefined) {
      id = ids.size;
      ids.set(e.domain, id);
    }
    return id;
  });
}

/**
 * 2: an everyday word or a very short form ("go", "r", "excel", "make"), which needs support;
 * 3: the same, for being a plain English noun alias only ("Payroll", "Guides"); 1: a one-word
 * tool name its entry marks as ambiguous ("python", "tableau"), which only has to pass the
 * negative cues; 0: unambiguous.
 */
function ambiguityOf(
  key: string,
  entry: SkillEntry,
  form: { raw: string; preferred: boolean; acronym: boolean },
  evidence: ReadonlyMap<string, number> | undefined,
): 0 | 1 | 2 | 3 {
  if (AMBIGUOUS_WORDS.has(key) || STOPWORDS.has(key) || EVERYDAY_WORDS.has(key)) return 2;
  if (/^[a-z]{1,2}$/.test(key)) return 2;
  if (evidence && form.preferred) {
    // Even a skill's own name needs context when the corpus almost never uses it as one
    // ("the recruitment process").
    const p = evidence.get(key);
    if (p !== undefined && p < WEAK_NAME_EVIDENCE) return 2;
  }
  if (evidence && !form.preferred) {
    const p = evidence.get(key);
    if (p !== undefined && p < WEAK_EVIDENCE) return 2;
    // An abbreviation of three letters never seen as a skill ("IDP", "DOE"): needs context.
    if (p === undefined && form.acronym && /^[a-z]{2,3}$/.test(key)) return 2;
    // An everyday English noun ("Guides", "Hooks") without strong evidence: needs context
    // (3: for that reason only). Action nouns ("Pricing", "Subtitling") name an activity,
    // which is what skills are.
    if (
      !form.acronym &&
      !ACTION_NOUN.test(key) &&
      (p ?? 0) < STRONG_EVIDENCE &&
      isEnglishWord(form.raw)
    )
      // Capitals inside ("CoT") make it an abbreviation, not a plain noun.
      return /[A-Z]/.test(form.raw.slice(1)) ? 2 : 3;
  }
  return (entry.contextTerms?.length ?? 0) > 0 && /^[a-z]+$/.test(key) ? 1 : 0;
}

/** Bits of `FormTable.flags`. */
const F_PREFERRED = 1;
const F_AMBIGUOUS = 2;
/** An everyday word or very short form: needs supporting context, not just a clean use. */
const F_STRICT = 4;
/** Written in capitals in the taxonomy ("SEO"): never a generic word. */
const F_ACRONYM = 8;
const F_CASED = 16;
/** Strict only for being a plain English noun alias (`ambiguityOf` 3). */
const F_PLAIN_NOUN = 32;

/**
 * The forms (token-key sequences of labels and aliases) as columns: no object per form. Form
 * `f` has token ids `ids[idStart[f] .. idStart[f + 1])` and raw label words (numbers into
 * `words`) `wordNos[wordStart[f] .. wordStart[f + 1])`, none for the joined variant of a
 * glued label, which stays exact-only.
 */
interface FormTable {
  count: number;
  entry: number[];
  flags: number[];
  idStart: number[];
  ids: number[];
  wordStart: number[];
  wordNos: number[];
  /** Lowercased surface of ambiguous forms. */
  surface: Map<number, string>;
  /** The one key of ambiguous forms (all one-key forms), for their context words. */
  single: Map<number, string>;
}

/** True when form `f` has exactly the token ids `ids[0 .. n)`. */
function sameIds(t: FormTable, f: number, ids: readonly number[], n: number): boolean {
  const s = t.idStart[f] as number;
  if ((t.idStart[f + 1] as number) - s !== n) return false;
  for (let k = 0; k < n; k += 1) if (t.ids[s + k] !== ids[k]) return false;
  return true;
}

/**
 * Builds the extraction index: a token trie over every label and alias (longest match wins),
 * with ambiguity metadata for short or common-word aliases, plus a BM25-style inverted index
 * over labels, aliases and descriptions for implicit matches (built on first use). Handles
 * ~100k labels in well under a second: each distinct label word is normalised once (looked up
 * by its character range, no substring per word) and forms are stored as columns.
 * `signals` adds optional co-occurrence / taxonomy relations used only when ranking
 * (see `SkillSignals`). Throws AppError `invalid_input` when an entry has no id or name, or ids repeat.
 */
export function buildSkillIndex(entries: SkillEntry[], signals: SkillSignals = {}): SkillIndex {
  const evidence = signals.aliasPrecision;
  const seen = new Set<string>();
  for (const [i, e] of entries.entries()) {
    if (!e.id || !e.name?.trim()) {
      throw new AppError('invalid_input', 'Every skill entry needs an id and a name.', {
        details: { index: i, id: e.id },
      });
    }
    if (seen.has(e.id)) {
      throw new AppError('invalid_input', `Duplicate skill entry id "${e.id}".`, {
        details: { id: e.id },
      });
    }
    seen.add(e.id);
  }

  const vocab = new Map<string, number>();
  const idOf = internKey(vocab);
  // Distinct raw label words: (token id, word number into `words`), read by character range.
  const wordTable = new SurfaceTable(1 << 15);
  const words: string[] = [];
  const wordKeys: string[] = [];
  const forms: FormTable = {
    count: 0,
    entry: [],
    flags: [],
    idStart: [0],
    ids: [],
    wordStart: [0],
    wordNos: [],
    surface: new Map(),
    single: new Map(),
  };
  // Scratch for one variant's token ids and word numbers: entries [0, n) are its own.
  const seqIds: number[] = [];
  const seqWords: number[] = [];

  /** Adds one key sequence as a form of entry `e` unless the entry already has it. */
  const addForm = (
    e: number,
    entry: SkillEntry,
    firstForm: number,
    keyIds: readonly number[],
    n: number,
    singleKey: string,
    wordNos: readonly number[],
    nWords: number,
    variant: string,
    flags: number,
  ): void => {
    for (let f = firstForm; f < forms.count; f += 1) if (sameIds(forms, f, keyIds, n)) return;
    let fl = flags;
    if (n === 1 && singleKey !== '') {
      const preferred = (flags & F_PREFERRED) !== 0;
      const acronym = (flags & F_ACRONYM) !== 0;
      const level = ambiguityOf(
        singleKey,
        entry,
        { raw: variant.trim(), preferred, acronym },
        evidence,
      );
      if (level > 0) {
        fl |= F_AMBIGUOUS | (level >= 2 ? F_STRICT : 0) | (level === 3 ? F_PLAIN_NOUN : 0);
        forms.surface.set(forms.count, variant.trim().toLowerCase());
        forms.single.set(forms.count, singleKey);
      }
    }
    forms.entry.push(e);
    forms.flags.push(fl);
    for (let k = 0; k < n; k += 1) forms.ids.push(keyIds[k] as number);
    forms.idStart.push(forms.ids.length);
    for (let k = 0; k < nWords; k += 1) forms.wordNos.push(wordNos[k] as number);
    forms.wordStart.push(forms.wordNos.length);
    forms.count += 1;
  };

  /** Adds the forms of one label variant: its token keys and, when glued, the joined keys. */
  const addVariant = (
    e: number,
    entry: SkillEntry,
    firstForm: number,
    v: string,
    preferred: boolean,
  ): void => {
    const toks = tokenizeShort(v);
    const n = toks.count;
    let glued = false;
    for (let i = 0; i < n; i += 1) {
      const s = toks.starts[i] as number;
      const en = toks.ends[i] as number;
      let k = wordTable.findHashed(v, s, en, toks.hashes?.[i] ?? SurfaceTable.rawHash(v, s, en));
      if (k < 0) {
        const raw = v.slice(s, en);
        const key = keyOf(raw);
        words.push(raw);
        wordKeys.push(key);
        wordTable.add(v, s, en, idOf(key), words.length - 1);
        k = wordTable.size - 1;
      }
      seqIds[i] = wordTable.first(k);
      seqWords[i] = wordTable.second(k);
      if (i > 0 && ((toks.flags[i] ?? 0) & TOKEN_GLUED) !== 0) glued = true;
    }
    if (n === 0) return;
    // Per variant, not per key sequence: the same for both sequences of one label.
    const flags =
      (preferred ? F_PREFERRED : 0) |
      (/^[A-Z0-9][A-Z0-9+#./-]{1,9}$/.test(v.trim()) ? F_ACRONYM : 0) |
      ((toks.hasUpper ?? hasUpper(v)) ? F_CASED : 0);
    const single = n === 1 ? (wordKeys[seqWords[0] as number] as string) : '';
    addForm(e, entry, firstForm, seqIds, n, single, seqWords, n, v, flags);
    if (!glued) return;
    // The joined variant ("e-mail" → "email"): raw words glued to the previous one joined.
    const joined: string[] = [];
    for (let i = 0; i < n; i += 1) {
      const raw = words[seqWords[i] as number] as string;
      if (i > 0 && ((toks.flags[i] ?? 0) & TOKEN_GLUED) !== 0) joined[joined.length - 1] += raw;
      else joined.push(raw);
    }
    const keys = joined.map(keyOf);
    const ids = keys.map(idOf);
    addForm(
      e,
      entry,
      firstForm,
      ids,
      ids.length,
      ids.length === 1 ? (keys[0] ?? '') : '',
      seqWords,
      0,
      v,
      flags,
    );
  };

  entries.forEach((entry, e) => {
    const firstForm = forms.count;
    const add = (label: string, preferred: boolean): void => {
      addVariant(e, entry, firstForm, label, preferred);
      // Only a label with a parenthesis has a stripped variant worth building.
      if (label.includes('(')) {
        const stripped = label.replace(PAREN, ' ').trim();
        if (stripped && stripped !== label) addVariant(e, entry, firstForm, stripped, preferred);
      }
    };
    add(entry.name, true);
    for (const a of entry.aliases) if (a.trim()) add(a, false);
  });

  const nForms = forms.count;
  // In how many entries' labels each token occurs: generic words occur in many.
  const tokenEntries = new Int32Array(vocab.size);
  const lastEntry = new Int32Array(vocab.size).fill(-1);
  for (let f = 0; f < nForms; f += 1) {
    const e = forms.entry[f] as number;
    for (let k = forms.idStart[f] as number; k < (forms.idStart[f + 1] as number); k += 1) {
      const id = forms.ids[k] as number;
      if (lastEntry[id] === e) continue;
      lastEntry[id] = e;
      tokenEntries[id] = (tokenEntries[id] as number) + 1;
    }
  }

  const formEntry = new Int32Array(nForms);
  const formPreferred = new Uint8Array(nForms);
  const formAmbiguous = new Uint8Array(nForms);
  const formCased = new Uint8Array(nForms);
  const formAcronym = new Uint8Array(nForms);
  const formPlainNoun = new Uint8Array(nForms);
  const formWeak = new Uint8Array(nForms);
  const eligible = new Uint8Array(nForms);
  const formSurface: (string | undefined)[] = new Array(nForms).fill(undefined);
  const formName: (string | undefined)[] = new Array(nForms).fill(undefined);
  const formContext: (Set<number> | undefined)[] = new Array(nForms).fill(undefined);
  // Children of the root by token id in an array; deeper edges in the pair table.
  const trie = new PairTable(forms.ids.length - nForms);
  const rootChild = new Int32Array(vocab.size).fill(-1);
  const nodeFormList: number[] = [-1];
  const nodeSigList: number[] = [0];
  const formNext = new Int32Array(nForms).fill(-1);
  for (let f = 0; f < nForms; f += 1) {
    const fl = forms.flags[f] as number;
    const s = forms.idStart[f] as number;
    const n = (forms.idStart[f + 1] as number) - s;
    const ambiguous = (fl & F_AMBIGUOUS) !== 0;
    // An acronym written in capitals ("SEO", "CRM") names its concept even when many labels
    // contain it; only generic lowercase words are weak.
    const weak =
      (fl & (F_PREFERRED | F_ACRONYM)) === 0 &&
      n === 1 &&
      (tokenEntries[forms.ids[s] as number] as number) >= GENERIC_WORD_ENTRIES;
    formEntry[f] = forms.entry[f] as number;
    formPreferred[f] = fl & F_PREFERRED ? 1 : 0;
    formAmbiguous[f] = ambiguous ? (fl & F_STRICT ? 2 : 1) : 0;
    formCased[f] = fl & F_CASED ? 1 : 0;
    formAcronym[f] = fl & F_ACRONYM ? 1 : 0;
    formPlainNoun[f] = fl & F_PLAIN_NOUN ? 1 : 0;
    formWeak[f] = weak ? 1 : 0;
    if (n === 1 && (forms.wordStart[f + 1] as number) - (forms.wordStart[f] as number) === 1) {
      const kind = (entries[forms.entry[f] as number] as SkillEntry).kind;
      const word = foldToken(words[forms.wordNos[forms.wordStart[f] as number] as number] ?? '');
      // A product's name, or a plural with a sense of its own ("Sales", not "our Diwali sale").
      if ((kind !== undefined && PRODUCT_KINDS.has(kind)) || PLURAL_SENSE.has(word)) {
        formName[f] = word;
      }
    }
    eligible[f] = !ambiguous && (fl & F_ACRONYM) === 0 && !weak ? 1 : 0;
    let node = 0;
    for (let k = s; k < s + n; k += 1) {
      const id = forms.ids[k] as number;
      const fresh = nodeFormList.length;
      let child: number;
      if (node === 0) {
        child = rootChild[id] as number;
        if (child < 0) {
          child = fresh;
          rootChild[id] = fresh;
        }
      } else child = trie.getOrSet(node, id, fresh);
      if (child === fresh) {
        nodeFormList.push(-1);
        nodeSigList.push(0);
        nodeSigList[node] = (nodeSigList[node] as number) | (1 << (id & 31));
      }
      node = child;
    }
    formNext[f] = nodeFormList[node] ?? -1;
    nodeFormList[node] = f;
  }
  for (let f = 0; f < nForms; f += 1) {
    if (formAmbiguous[f] === 0) continue;
    formSurface[f] = forms.surface.get(f);
    const entry = entries[forms.entry[f] as number] as SkillEntry;
    const context = [
      ...(entry.contextTerms ?? []),
      ...(AMBIGUOUS_WORDS.get(forms.single.get(f) ?? '') ?? []),
      ...TECH_CONTEXT,
    ];
    formContext[f] = new Set(context.map((w) => idOf(normalizeToken(w))));
  }
  const trieRoot = new Int32Array(vocab.size).fill(-1);
  trieRoot.set(rootChild);
  const tokenFollows = new Uint8Array(vocab.size);
  for (let f = 0; f < nForms; f += 1) {
    for (let k = (forms.idStart[f] as number) + 1; k < (forms.idStart[f + 1] as number); k += 1) {
      tokenFollows[forms.ids[k] as number] = 1;
    }
  }

  let retrieval: RetrievalIndex | undefined;
  return {
    entries,
    vocab,
    surfaceCache: new SurfaceTable(),
    trie,
    trieRoot,
    nodeForm: Int32Array.from(nodeFormList),
    nodeSig: Int32Array.from(nodeSigList),
    tokenFollows,
    formNext,
    formEntry,
    formPreferred,
    formAmbiguous,
    formCased,
    formAcronym,
    formPlainNoun,
    formSurface,
    formName,
    entryDomain: domainIds(entries),
    formWeak,
    formContext,
    aliasPrecision: evidence,
    morph: buildMorphIndex({
      count: nForms,
      wordStart: forms.wordStart,
      wordNos: forms.wordNos,
      words,
      eligible,
    }),
    cooccurrence: signals.cooccurrence?.length
      ? buildRelatedTable(entries, signals.cooccurrence)
      : undefined,
    hierarchy: signals.hierarchy?.length
      ? buildRelatedTable(entries, signals.hierarchy)
      : undefined,
    get retrieval(): RetrievalIndex {
      retrieval ??= buildRetrievalIndex(entries, retrievalLabels(entries));
      return retrieval;
    },
  };
}

/** `[label, weight]` per entry for retrieval: its name (1) and every non-blank alias (0.9). */
function retrievalLabels(entries: readonly SkillEntry[]): [string, number][][] {
  return entries.map((entry) => {
    const rl: [string, number][] = [[entry.name, 1]];
    for (const a of entry.aliases) if (a.trim()) rl.push([a, 0.9]);
    return rl;
  });
}
