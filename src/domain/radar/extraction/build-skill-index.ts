import { AppError } from '../../../errors.ts';
import { buildMorphIndex, type MorphIndex } from './build-morph-index.ts';
import { buildRetrievalIndex, type RetrievalIndex } from './build-retrieval-index.ts';
import { hasUpper } from './has-upper.ts';
import { internKey } from './intern-key.ts';
import { AMBIGUOUS_WORDS, EVERYDAY_WORDS, STOPWORDS, TECH_CONTEXT } from './lexicon.ts';
import { isEnglishWord } from './morph-key.ts';
import { normalizeToken } from './normalize-token.ts';
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
  /** Token trie: (node, token id) → child node; the root is node 0. */
  trie: PairTable;
  /** Child of the root per token id (`trie.get(0, id)` looked up once), or -1. */
  trieRoot: Int32Array;
  /** First form ending at each node, or -1; more forms follow `formNext`. */
  nodeForm: Int32Array;
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
  /** Lowercased surface of ambiguous forms (a product name must appear as written: "Teams"). */
  formSurface: (string | undefined)[];
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

interface FormSpec {
  entry: number;
  preferred: boolean;
  ids: number[];
  ambiguous: boolean;
  /** An everyday word or very short form: needs supporting context, not just a clean use. */
  strict: boolean;
  /** Written in capitals in the taxonomy ("SEO"): never a generic word. */
  acronym: boolean;
  cased: boolean;
  context: string[];
  /** Raw words of the label (empty for the joined variant, which stays exact-only). */
  words: string[];
  surface: string;
}

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

/**
 * Splits a label into its matchable token keys and, when it has glued parts, a joined variant;
 * `words` are its raw words (for word-family matching).
 */
function labelKeySequences(label: string): { sequences: string[][]; words: string[] } {
  const toks = tokenizeShort(label);
  const plain: string[] = [];
  const words: string[] = [];
  const joinedRaw: string[] = [];
  for (let i = 0; i < toks.count; i += 1) {
    const raw = label.slice(toks.starts[i], toks.ends[i]);
    words.push(raw);
    plain.push(keyOf(raw));
    const last = joinedRaw.length - 1;
    if (i > 0 && ((toks.flags[i] ?? 0) & TOKEN_GLUED) !== 0 && last >= 0) joinedRaw[last] += raw;
    else joinedRaw.push(raw);
  }
  if (plain.length === 0) return { sequences: [], words };
  if (joinedRaw.length === plain.length) return { sequences: [plain], words };
  return { sequences: [plain, joinedRaw.map(keyOf)], words };
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
 * 1: a one-word tool name its entry marks as ambiguous ("python", "tableau"), which only has to
 * pass the negative cues; 0: unambiguous.
 */
function ambiguityOf(
  key: string,
  entry: SkillEntry,
  form: { raw: string; preferred: boolean; acronym: boolean },
  evidence: ReadonlyMap<string, number> | undefined,
): 0 | 1 | 2 {
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
    // An everyday English noun ("Guides", "Hooks") without strong evidence: needs context.
    // Action nouns ("Pricing", "Subtitling") name an activity, which is what skills are.
    if (
      !form.acronym &&
      !ACTION_NOUN.test(key) &&
      (p ?? 0) < STRONG_EVIDENCE &&
      isEnglishWord(form.raw)
    )
      return 2;
  }
  return (entry.contextTerms?.length ?? 0) > 0 && /^[a-z]+$/.test(key) ? 1 : 0;
}

/**
 * Builds the extraction index: a token trie over every label and alias (longest match wins),
 * with ambiguity metadata for short or common-word aliases, plus a BM25-style inverted index
 * over labels, aliases and descriptions for implicit matches. Handles ~120k labels in a few
 * seconds. `signals` adds optional co-occurrence / taxonomy relations used only when ranking
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

  const forms: FormSpec[] = [];
  const retrievalLabels: [string, number][][] = [];
  entries.forEach((entry, e) => {
    const seenForms = new Set<string>();
    const rl: [string, number][] = [];
    const add = (label: string, preferred: boolean): void => {
      const variants = [label];
      // Only a label with a parenthesis has a stripped variant worth building.
      if (label.includes('(')) {
        const stripped = label.replace(PAREN, ' ').trim();
        if (stripped && stripped !== label) variants.push(stripped);
      }
      for (const v of variants) {
        const { sequences, words } = labelKeySequences(v);
        // Per variant, not per key sequence: the same for both sequences of one label.
        const acronym = /^[A-Z0-9][A-Z0-9+#./-]{1,9}$/.test(v.trim());
        const cased = hasUpper(v);
        for (const [si, keys] of sequences.entries()) {
          const sig = keys.join(' ');
          if (seenForms.has(sig)) continue;
          seenForms.add(sig);
          const single = keys.length === 1 ? (keys[0] ?? '') : '';
          const level =
            single !== ''
              ? ambiguityOf(single, entry, { raw: v.trim(), preferred, acronym }, evidence)
              : 0;
          const ambiguous = level > 0;
          const context = ambiguous
            ? [
                ...(entry.contextTerms ?? []),
                ...(AMBIGUOUS_WORDS.get(single) ?? []),
                ...TECH_CONTEXT,
              ]
            : [];
          forms.push({
            entry: e,
            preferred,
            ids: keys.map(idOf),
            ambiguous,
            strict: level === 2,
            acronym,
            // Only ambiguous forms keep their surface (`formSurface`).
            surface: ambiguous ? v.trim().toLowerCase() : '',
            cased,
            context,
            words: si === 0 ? words : [],
          });
        }
      }
      rl.push([label, preferred ? 1 : 0.9]);
    };
    add(entry.name, true);
    for (const a of entry.aliases) if (a.trim()) add(a, false);
    retrievalLabels.push(rl);
  });

  // In how many entries' labels each token occurs: generic words occur in many.
  const tokenEntries = new Map<number, number>();
  const lastEntry = new Map<number, number>();
  for (const f of forms) {
    for (const id of f.ids) {
      if (lastEntry.get(id) === f.entry) continue;
      lastEntry.set(id, f.entry);
      tokenEntries.set(id, (tokenEntries.get(id) ?? 0) + 1);
    }
  }
  // An acronym written in capitals ("SEO", "CRM") names its concept even when many labels
  // contain it; only generic lowercase words are weak.
  const weak = (f: FormSpec): boolean =>
    !f.preferred &&
    !f.acronym &&
    f.ids.length === 1 &&
    (tokenEntries.get(f.ids[0] ?? -1) ?? 0) >= GENERIC_WORD_ENTRIES;

  let edges = 0;
  for (const f of forms) edges += f.ids.length;
  const trie = new PairTable(edges);
  const nodeFormList: number[] = [-1];
  const formNext = new Int32Array(forms.length).fill(-1);
  forms.forEach((f, fi) => {
    let node = 0;
    for (const id of f.ids) {
      let child = trie.get(node, id);
      if (child < 0) {
        child = nodeFormList.length;
        nodeFormList.push(-1);
        trie.set(node, id, child);
      }
      node = child;
    }
    formNext[fi] = nodeFormList[node] ?? -1;
    nodeFormList[node] = fi;
  });

  const formContext = forms.map((f) =>
    f.ambiguous ? new Set(f.context.map((w) => idOf(normalizeToken(w)))) : undefined,
  );
  let retrieval: RetrievalIndex | undefined;
  return {
    entries,
    vocab,
    surfaceCache: new SurfaceTable(),
    trie,
    trieRoot: Int32Array.from({ length: vocab.size }, (_, id) => trie.get(0, id)),
    nodeForm: Int32Array.from(nodeFormList),
    formNext,
    formEntry: Int32Array.from(forms, (f) => f.entry),
    formPreferred: Uint8Array.from(forms, (f) => (f.preferred ? 1 : 0)),
    formAmbiguous: Uint8Array.from(forms, (f) => (f.ambiguous ? (f.strict ? 2 : 1) : 0)),
    formCased: Uint8Array.from(forms, (f) => (f.cased ? 1 : 0)),
    formAcronym: Uint8Array.from(forms, (f) => (f.acronym ? 1 : 0)),
    formSurface: forms.map((f) => (f.ambiguous ? f.surface : undefined)),
    entryDomain: domainIds(entries),
    formWeak: Uint8Array.from(forms, (f) => (weak(f) ? 1 : 0)),
    formContext,
    aliasPrecision: evidence,
    morph: buildMorphIndex(
      forms.map((f) => ({
        words: f.words,
        eligible: !f.ambiguous && !f.acronym && !weak(f),
      })),
    ),
    cooccurrence: signals.cooccurrence?.length
      ? buildRelatedTable(entries, signals.cooccurrence)
      : undefined,
    hierarchy: signals.hierarchy?.length
      ? buildRelatedTable(entries, signals.hierarchy)
      : undefined,
    get retrieval(): RetrievalIndex {
      retrieval ??= buildRetrievalIndex(entries, retrievalLabels);
      return retrieval;
    },
  };
}
