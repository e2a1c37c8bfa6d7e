import type { OccupationIndex } from './build-occupation-index.ts';
import { buildSemanticSpace, embedWords, type SemanticSpace } from './build-semantic-space.ts';
import { occupationWords } from './occupation-words.ts';

/** Occupations as unit vectors in a word space learnt from ESCO's own text. */
export interface OccupationSemantics {
  space: SemanticSpace;
  /** Row-major occupation vectors (`space.dims` per occupation), centred and normalised. */
  vectors: Float64Array;
  /** The mean occupation vector before centring (subtracted from ad vectors too). */
  mean: Float64Array;
}

/**
 * LSA settings, chosen on the even rows of hahu_dev: 150 dimensions, two power iterations,
 * singular values to the power ½ (between plain LSA and whitened), a fixed seed.
 */
const SPACE = { dims: 150, oversample: 10, powerIterations: 2, minDf: 2, seed: 7, sigmaPower: 0.5 };

/** An occupation's document: labels, description and its essential skills' names. */
function occupationDocument(index: OccupationIndex, o: number): string {
  const occ = index.occupations[o];
  if (!occ) return '';
  const skills = (index.essential[o] ?? []).map((s) => index.skills.entries[s]?.name ?? '');
  return [occ.name, ...occ.aliases, occ.description, ...skills].join('\n');
}

/** Subtracts `mean` from the `dims` numbers of `v` at `offset` and normalises them. */
export function centre(v: Float64Array, mean: Float64Array, offset = 0): void {
  const dims = mean.length;
  let sq = 0;
  for (let c = 0; c < dims; c += 1) {
    const x = (v[offset + c] as number) - (mean[c] as number);
    v[offset + c] = x;
    sq += x * x;
  }
  const norm = Math.sqrt(sq);
  if (norm > 0) for (let c = 0; c < dims; c += 1) v[offset + c] = (v[offset + c] as number) / norm;
}

/**
 * Builds the semantic side of the occupation coder from what the index already holds: word
 * vectors by LSA (`buildSemanticSpace`) over every occupation's document (labels, description,
 * essential skills' names) and every skill's (label, aliases, description), then each
 * occupation as the tf-idf-weighted mean of its words' vectors, centred on the mean
 * occupation so the shared direction of all job text does not dominate the cosine.
 * Deterministic. Costs about 2 s of CPU on the full ESCO set (1.5–1.7 s of it the space), built
 * once per index.
 * Throws nothing.
 */
export function buildOccupationSemantics(index: OccupationIndex): OccupationSemantics {
  const n = index.occupations.length;
  const documents: string[][] = [];
  for (let o = 0; o < n; o += 1) documents.push(occupationWords(occupationDocument(index, o)));
  for (const s of index.skills.entries) {
    documents.push(occupationWords([s.name, ...s.aliases, s.description ?? ''].join('\n')));
  }
  const space = buildSemanticSpace(documents, SPACE);
  const dims = space.dims;
  const vectors = new Float64Array(n * dims);
  const scratch = new Float64Array(dims);
  for (let o = 0; o < n; o += 1)
    vectors.set(embedWords(space, documents[o] ?? [], scratch), o * dims);
  const mean = new Float64Array(dims);
  for (let o = 0; o < n; o += 1) {
    for (let c = 0; c < dims; c += 1)
      mean[c] = (mean[c] as number) + (vectors[o * dims + c] as number) / n;
  }
  for (let o = 0; o < n; o += 1) centre(vectors, mean, o * dims);
  return { space, vectors, mean };
}

const cache = new WeakMap<OccupationIndex, OccupationSemantics>();

/**
 * `buildOccupationSemantics(index)`, built on first call and kept while the index lives (the
 * coder builds it with the index, so no post's coding pays for it). Throws nothing.
 */
export function cachedOccupationSemantics(index: OccupationIndex): OccupationSemantics {
  let s = cache.get(index);
  if (!s) {
    s = buildOccupationSemantics(index);
    cache.set(index, s);
  }
  return s;
}
