import type { SkillEntry } from './types.ts';

/**
 * One directed association between two skill entries (by entry id), weight in (0, 1]. Used
 * for optional ranking signals: skill co-occurrence in job postings (NPMI) and taxonomy
 * relations (ESCO broader / related skills). Plain data, so the product can ship a derived
 * table (JSON) without the raw sources.
 */
export interface SkillRelation {
  from: string;
  to: string;
  weight: number;
}

/** Per entry index, the related entry indices and weights (sparse; unrelated entries absent). */
export type RelatedTable = Map<number, { to: Int32Array; weight: Float32Array }>;

/**
 * Turns id-based relations into an entry-index table, dropping unknown ids, self loops and
 * non-positive weights; keeps the strongest weight per pair and sorts neighbours by index for
 * deterministic iteration. Throws nothing.
 */
export function buildRelatedTable(
  entries: readonly SkillEntry[],
  relations: readonly SkillRelation[],
): RelatedTable {
  const byId = new Map(entries.map((e, i) => [e.id, i]));
  const lists = new Map<number, Map<number, number>>();
  for (const r of relations) {
    const a = byId.get(r.from);
    const b = byId.get(r.to);
    if (a === undefined || b === undefined || a === b || !(r.weight > 0)) continue;
    let m = lists.get(a);
    if (!m) {
      m = new Map();
      lists.set(a, m);
    }
    m.set(b, Math.max(m.get(b) ?? 0, Math.min(1, r.weight)));
  }
  const table: RelatedTable = new Map();
  for (const [a, m] of lists) {
    const pairs = [...m.entries()].sort((x, y) => x[0] - y[0]);
    table.set(a, {
      to: Int32Array.from(pairs, (p) => p[0]),
      weight: Float32Array.from(pairs, (p) => p[1]),
    });
  }
  return table;
}

/** Options for `deriveCooccurrence`. */
export interface CooccurrenceOptions {
  /** Ignore pairs seen in fewer documents (default 5). */
  minCount?: number;
  /** Keep at most this many neighbours per skill, strongest first (default 20). */
  maxNeighbours?: number;
  /** Ignore documents with more mapped skills than this (lists of everything; default 40). */
  maxSkillsPerDocument?: number;
}

/**
 * Derives skill co-occurrence relations from documents already reduced to entry indices
 * (e.g. skill lists of job postings mapped onto the index): normalised PMI of each pair that
 * occurs in at least `minCount` documents, positive values only, top `maxNeighbours` per skill.
 * Deterministic. Throws nothing.
 */
export function deriveCooccurrence(
  entries: readonly SkillEntry[],
  documents: readonly (readonly number[])[],
  opts: CooccurrenceOptions = {},
): SkillRelation[] {
  const minCount = opts.minCount ?? 5;
  const maxNeighbours = opts.maxNeighbours ?? 20;
  const maxPerDoc = opts.maxSkillsPerDocument ?? 40;
  const df = new Map<number, number>();
  const pairs = new Map<number, number>();
  const n = entries.length;
  let docs = 0;
  for (const doc of documents) {
    const set = [...new Set(doc)].filter((e) => e >= 0 && e < n).sort((a, b) => a - b);
    if (set.length === 0 || set.length > maxPerDoc) continue;
    docs += 1;
    for (const e of set) df.set(e, (df.get(e) ?? 0) + 1);
    for (let i = 0; i < set.length; i += 1) {
      for (let j = i + 1; j < set.length; j += 1) {
        const key = (set[i] as number) * n + (set[j] as number);
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  const neighbours = new Map<number, [number, number][]>();
  const push = (a: number, b: number, w: number): void => {
    let l = neighbours.get(a);
    if (!l) {
      l = [];
      neighbours.set(a, l);
    }
    l.push([b, w]);
  };
  for (const [key, c] of pairs) {
    if (c < minCount) continue;
    const a = Math.floor(key / n);
    const b = key % n;
    const pab = c / docs;
    const pa = (df.get(a) ?? 1) / docs;
    const pb = (df.get(b) ?? 1) / docs;
    const npmi = Math.log(pab / (pa * pb)) / -Math.log(pab);
    if (!(npmi > 0)) continue;
    push(a, b, npmi);
    push(b, a, npmi);
  }
  const out: SkillRelation[] = [];
  for (const a of [...neighbours.keys()].sort((x, y) => x - y)) {
    const l = (neighbours.get(a) ?? []).sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    for (const [b, w] of l.slice(0, maxNeighbours)) {
      out.push({ from: entries[a]?.id ?? '', to: entries[b]?.id ?? '', weight: w });
    }
  }
  return out;
}
