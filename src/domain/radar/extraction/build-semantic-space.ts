import { mulberry32 } from '../../../kernel/mulberry32.ts';
import {
  denseTimesTransposed,
  gramOfPanels,
  PANEL,
  panelIndex,
  type SparseRows,
  sparseTimesPanels,
  sparseTransposeTimesPanels,
} from './matrix-kernels.ts';
import { occupationWords } from './occupation-words.ts';
import { orthonormalizeColumns } from './orthonormalize-columns.ts';

/**
 * Word vectors learnt from a corpus by latent semantic analysis: a truncated SVD of the
 * tf-idf term × document matrix, so words that share documents ("patient", "ward", "nursing")
 * land near each other.
 */
export interface SemanticSpace {
  /** Word key → row in `vectors`. */
  vocab: Map<string, number>;
  /** Inverse document frequency of each word (by row). */
  idf: Float64Array;
  /** Row-major word vectors, `dims` numbers per word (right singular vectors × singular values). */
  vectors: Float64Array;
  dims: number;
}

export interface SemanticSpaceOptions {
  /** Dimensions kept. */
  dims: number;
  /** Extra random directions beyond `dims` (randomized SVD oversampling). */
  oversample?: number;
  /** Power iterations of the randomized range finder. */
  powerIterations?: number;
  /** Words in fewer documents than this are left out. */
  minDf?: number;
  /** Seed of the random projection (the result is deterministic for a seed). */
  seed?: number;
  /** Singular values are raised to this power in the word vectors (1: classic LSA). */
  sigmaPower?: number;
}

/**
 * Orthonormalises the first `cols` columns of panelled `p` (`rows` rows) by modified
 * Gram–Schmidt: writes them back into `p` (padding columns left as they are) and returns them
 * row-major `rows × cols`.
 */
function orthonormalizePanels(p: Float64Array, rows: number, cols: number): Float64Array {
  const c = new Float64Array(rows * cols);
  for (let j = 0; j < cols; j += 1) {
    for (let r = 0; r < rows; r += 1) c[j * rows + r] = p[panelIndex(rows, r, j)] as number;
  }
  orthonormalizeColumns(c, rows, cols);
  const m = new Float64Array(rows * cols);
  for (let j = 0; j < cols; j += 1) {
    for (let r = 0; r < rows; r += 1) {
      const x = c[j * rows + r] as number;
      p[panelIndex(rows, r, j)] = x;
      m[r * cols + j] = x;
    }
  }
  return m;
}

/**
 * Eigen-decomposition of a symmetric `n × n` matrix (cyclic Jacobi): eigenvalues and the
 * eigenvectors as rows (`vectors[e · n + i]` is component `i` of eigenvector `e`).
 */
function symmetricEigen(
  a: Float64Array,
  n: number,
): { values: Float64Array; vectors: Float64Array } {
  const m = Float64Array.from(a);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i += 1) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 50; sweep += 1) {
    let off = 0;
    for (let p = 0; p < n; p += 1)
      for (let q = p + 1; q < n; q += 1) off += (m[p * n + q] as number) ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p += 1) {
      for (let q = p + 1; q < n; q += 1) {
        const apq = m[p * n + q] as number;
        if (Math.abs(apq) < 1e-300) continue;
        const app = m[p * n + p] as number;
        const aqq = m[q * n + q] as number;
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const cs = 1 / Math.sqrt(t * t + 1);
        const sn = t * cs;
        // Columns p and q of m, rows p and q of the eigenvector matrix (its columns, transposed).
        const vp = p * n;
        const vq = q * n;
        for (let k = 0; k < n; k += 1) {
          const kp = k * n + p;
          const kq = k * n + q;
          const mkp = m[kp] as number;
          const mkq = m[kq] as number;
          m[kp] = cs * mkp - sn * mkq;
          m[kq] = sn * mkp + cs * mkq;
          const vkp = v[vp + k] as number;
          const vkq = v[vq + k] as number;
          v[vp + k] = cs * vkp - sn * vkq;
          v[vq + k] = sn * vkp + cs * vkq;
        }
        for (let k = 0; k < n; k += 1) {
          const mpk = m[vp + k] as number;
          const mqk = m[vq + k] as number;
          m[vp + k] = cs * mpk - sn * mqk;
          m[vq + k] = sn * mpk + cs * mqk;
        }
      }
    }
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i += 1) values[i] = m[i * n + i] as number;
  return { values, vectors: v };
}

/**
 * Builds word vectors from `documents` (each as its `occupationWords`) by a randomized truncated SVD (Halko et al.) of the
 * documents × words tf-idf matrix (sublinear tf, rows normalised): a seeded Gaussian
 * projection, `powerIterations` power iterations, then the small eigenproblem. Deterministic
 * for a seed. Throws nothing.
 */
export function buildSemanticSpace(
  documents: readonly (readonly string[])[],
  options: SemanticSpaceOptions,
): SemanticSpace {
  const {
    dims,
    oversample = 10,
    powerIterations = 1,
    minDf = 2,
    seed = 1,
    sigmaPower = 1,
  } = options;
  const n = documents.length;
  // Each distinct word gets an id; each document its distinct ids in order of first use, with counts.
  const ids = new Map<string, number>();
  const words: string[] = [];
  let tokens = 0;
  for (const doc of documents) tokens += doc.length;
  const docStart = new Int32Array(n + 1);
  const docWord = new Int32Array(tokens);
  const docCount = new Int32Array(tokens);
  let count = new Int32Array(1024);
  let seen = 0;
  for (let dd = 0; dd < n; dd += 1) {
    const first = seen;
    for (const w of documents[dd] ?? []) {
      let id = ids.get(w);
      if (id === undefined) {
        id = words.length;
        ids.set(w, id);
        words.push(w);
        if (id >= count.length) {
          const grown = new Int32Array(count.length * 2);
          grown.set(count);
          count = grown;
        }
      }
      if (count[id] === 0) docWord[seen++] = id;
      count[id] = (count[id] as number) + 1;
    }
    for (let u = first; u < seen; u += 1) {
      const id = docWord[u] as number;
      docCount[u] = count[id] as number;
      count[id] = 0;
    }
    docStart[dd + 1] = seen;
  }
  const df = new Int32Array(words.length);
  for (let u = 0; u < seen; u += 1)
    df[docWord[u] as number] = (df[docWord[u] as number] as number) + 1;
  const vocab = new Map<string, number>();
  const column = new Int32Array(words.length).fill(-1);
  for (const id of words
    .map((_, i) => i)
    .sort((a, b) => ((words[a] as string) < (words[b] as string) ? -1 : 1))) {
    if ((df[id] as number) >= minDf) {
      column[id] = vocab.size;
      vocab.set(words[id] as string, vocab.size);
    }
  }
  const m = vocab.size;
  const idf = new Float64Array(m);
  for (let id = 0; id < words.length; id += 1) {
    const i = column[id] as number;
    if (i >= 0) idf[i] = Math.log(n / (df[id] as number));
  }
  // CSR of documents × words (sublinear tf × idf, rows normalised), words in order of first use.
  const rowStart = new Int32Array(n + 1);
  const colIndex = new Int32Array(seen);
  const colValue = new Float64Array(seen);
  let nnz = 0;
  for (let dd = 0; dd < n; dd += 1) {
    let sq = 0;
    const start = nnz;
    for (let u = docStart[dd] as number; u < (docStart[dd + 1] as number); u += 1) {
      const i = column[docWord[u] as number] as number;
      if (i < 0) continue;
      const v = (1 + Math.log(docCount[u] as number)) * (idf[i] as number);
      colIndex[nnz] = i;
      colValue[nnz] = v;
      nnz += 1;
      sq += v * v;
    }
    const norm = Math.sqrt(sq) || 1;
    for (let p = start; p < nnz; p += 1) colValue[p] = (colValue[p] as number) / norm;
    rowStart[dd + 1] = nnz;
  }
  const d: SparseRows = {
    rows: n,
    cols: m,
    start: rowStart,
    index: colIndex.subarray(0, nnz),
    value: colValue.subarray(0, nnz),
  };
  const l = Math.min(dims + oversample, m, n);
  // Range of Dᵀ (words × documents) from a seeded Gaussian projection, one power iteration.
  // Dense products run on panelled matrices (`PANEL` columns a panel, the last padded with zeros).
  const panels = Math.ceil(l / PANEL);
  const rand = mulberry32(seed);
  const omega = new Float64Array(n * panels * PANEL);
  const at = (f: number) => {
    const r = Math.floor(f / l);
    return panelIndex(n, r, f - r * l);
  };
  for (let i = 0; i < n * l; i += 2) {
    const u = rand() || 1e-12;
    const r = Math.sqrt(-2 * Math.log(u));
    const t = 2 * Math.PI * rand();
    omega[at(i)] = r * Math.cos(t);
    if (i + 1 < n * l) omega[at(i + 1)] = r * Math.sin(t);
  }
  // The span of (Dᵀ D)^q Dᵀ Ω does not depend on orthonormalising between the products, and a
  // few powers stay far from float64's range, so the basis is orthonormalised once, at the end.
  // `omega` is then reused for every documents × l product (D × Q).
  const y = sparseTransposeTimesPanels(d, omega, panels);
  for (let it = 0; it < powerIterations; it += 1) {
    sparseTimesPanels(d, y, panels, omega);
    sparseTransposeTimesPanels(d, omega, panels, y);
  }
  const q = orthonormalizePanels(y, m, l);
  // Qᵀ D Dᵀ Q = Cᵀ C with C = D Q (documents × l); its eigenvectors W give U ≈ Q W.
  const c = sparseTimesPanels(d, y, panels, omega);
  const gram = gramOfPanels(c, n, l);
  const { values, vectors: w } = symmetricEigen(gram, l);
  const order = Array.from({ length: l }, (_, i) => i).sort(
    (a, b) => (values[b] as number) - (values[a] as number),
  );
  const k = Math.min(dims, l);
  // Word vectors: U Σ^p = Q W Σ^p (σ² are the eigenvalues).
  const scale = order.slice(0, k).map((e) => Math.max(values[e] as number, 0) ** (sigmaPower / 2));
  // The kept eigenvectors, one per row.
  const wt = new Float64Array(k * l);
  for (let cc = 0; cc < k; cc += 1) {
    const e = order[cc] as number;
    for (let i = 0; i < l; i += 1) wt[cc * l + i] = w[e * l + i] as number;
  }
  const vectors = denseTimesTransposed(q, wt, m, l, k);
  for (let r = 0; r < m; r += 1) {
    for (let cc = 0; cc < k; cc += 1)
      vectors[r * k + cc] = (vectors[r * k + cc] as number) * (scale[cc] as number);
  }
  return { vocab, idf, vectors, dims: k };
}

/**
 * A text's unit vector in the space: the tf-idf-weighted sum of its words' vectors (words
 * outside the vocabulary ignored), normalised; all zeros when no word is known. Throws nothing.
 */
export function embedText(space: SemanticSpace, text: string, into?: Float64Array): Float64Array {
  return embedWords(space, occupationWords(text), into);
}

/** `embedText` of words already split by `occupationWords`. Throws nothing. */
export function embedWords(
  space: SemanticSpace,
  words: readonly string[],
  into?: Float64Array,
): Float64Array {
  const k = space.dims;
  const out = into ?? new Float64Array(k);
  out.fill(0);
  const tf = new Map<number, number>();
  for (const w of words) {
    const i = space.vocab.get(w);
    if (i !== undefined) tf.set(i, (tf.get(i) ?? 0) + 1);
  }
  const vec = space.vectors;
  const row: number[] = [];
  const weight: number[] = [];
  for (const [i, f] of tf) {
    row.push(i * k);
    weight.push((1 + Math.log(f)) * (space.idf[i] as number));
  }
  // Four words at a time, each sum still taken word by word in order.
  let u = 0;
  for (; u + 4 <= row.length; u += 4) {
    const [o0, o1, o2, o3] = [
      row[u] as number,
      row[u + 1] as number,
      row[u + 2] as number,
      row[u + 3] as number,
    ];
    const [w0, w1, w2, w3] = [
      weight[u] as number,
      weight[u + 1] as number,
      weight[u + 2] as number,
      weight[u + 3] as number,
    ];
    for (let c = 0; c < k; c += 1)
      out[c] =
        (out[c] as number) +
        w0 * (vec[o0 + c] as number) +
        w1 * (vec[o1 + c] as number) +
        w2 * (vec[o2 + c] as number) +
        w3 * (vec[o3 + c] as number);
  }
  for (; u < row.length; u += 1) {
    const o = row[u] as number;
    const wgt = weight[u] as number;
    for (let c = 0; c < k; c += 1) out[c] = (out[c] as number) + wgt * (vec[o + c] as number);
  }
  let norm = 0;
  for (let c = 0; c < k; c += 1) norm += (out[c] as number) ** 2;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let c = 0; c < k; c += 1) out[c] = (out[c] as number) / norm;
  return out;
}
