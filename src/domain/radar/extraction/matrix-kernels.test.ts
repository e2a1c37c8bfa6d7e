import { describe, expect, it } from 'vitest';
import {
  denseTimesTransposed,
  gramOfPanels,
  PANEL,
  panelIndex,
  type SparseRows,
  sparseTimesPanels,
  sparseTransposeTimesPanels,
} from './matrix-kernels.ts';
import { orthonormalizeColumns } from './orthonormalize-columns.ts';

/** A small seeded generator (LCG), uniform in [-1, 1). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2147483648 - 1;
  };
}

/** A random sparse matrix, each row's entries in a shuffled column order. */
function sparse(rows: number, cols: number, rand: () => number): SparseRows {
  const start = new Int32Array(rows + 1);
  const index: number[] = [];
  const value: number[] = [];
  for (let r = 0; r < rows; r += 1) {
    const picked = Array.from({ length: cols }, (_, c) => c).filter(() => rand() > 0.5);
    picked.sort(() => (rand() > 0 ? 1 : -1));
    for (const c of picked) {
      index.push(c);
      value.push(rand());
    }
    start[r + 1] = index.length;
  }
  return { rows, cols, start, index: Int32Array.from(index), value: Float64Array.from(value) };
}

/** Row-major `rows × l` random matrix and its panelled copy (padding columns zero). */
function dense(rows: number, l: number, rand: () => number): [Float64Array, Float64Array] {
  const m = Float64Array.from({ length: rows * l }, () => rand());
  const p = new Float64Array(rows * Math.ceil(l / PANEL) * PANEL);
  for (let r = 0; r < rows; r += 1)
    for (let j = 0; j < l; j += 1) p[panelIndex(rows, r, j)] = m[r * l + j] as number;
  return [m, p];
}

function unpanel(p: Float64Array, rows: number, l: number): Float64Array {
  const m = new Float64Array(rows * l);
  for (let r = 0; r < rows; r += 1)
    for (let j = 0; j < l; j += 1) m[r * l + j] = p[panelIndex(rows, r, j)] as number;
  return m;
}

describe('matrix kernels (same sums, in the same order, as the plain loops)', () => {
  const rand = random(42);
  const a = sparse(37, 23, rand);
  const l = 13;
  const panels = Math.ceil(l / PANEL);

  it('sparse × dense equals the plain row loop exactly', () => {
    const [x, xp] = dense(a.cols, l, rand);
    const want = new Float64Array(a.rows * l);
    for (let r = 0; r < a.rows; r += 1)
      for (let p = a.start[r] as number; p < (a.start[r + 1] as number); p += 1)
        for (let j = 0; j < l; j += 1)
          want[r * l + j] =
            (want[r * l + j] as number) +
            (a.value[p] as number) * (x[(a.index[p] as number) * l + j] as number);
    expect(unpanel(sparseTimesPanels(a, xp, panels), a.rows, l)).toEqual(want);
  });

  it('sparseᵀ × dense equals the plain row loop exactly, also into a used buffer', () => {
    const [y, yp] = dense(a.rows, l, rand);
    const want = new Float64Array(a.cols * l);
    for (let r = 0; r < a.rows; r += 1)
      for (let p = a.start[r] as number; p < (a.start[r + 1] as number); p += 1)
        for (let j = 0; j < l; j += 1) {
          const o = (a.index[p] as number) * l + j;
          want[o] = (want[o] as number) + (a.value[p] as number) * (y[r * l + j] as number);
        }
    const out = new Float64Array(a.cols * panels * PANEL).fill(7);
    sparseTransposeTimesPanels(a, yp, panels, out);
    expect(unpanel(out, a.cols, l)).toEqual(want);
  });

  it('Gram matrix equals the plain loop exactly, with and without a partial tile', () => {
    for (const width of [13, 16]) {
      const rows = 300;
      const [c, cp] = dense(rows, width, rand);
      const want = new Float64Array(width * width);
      for (let r = 0; r < rows; r += 1)
        for (let i = 0; i < width; i += 1)
          for (let j = i; j < width; j += 1)
            want[i * width + j] =
              (want[i * width + j] as number) +
              (c[r * width + i] as number) * (c[r * width + j] as number);
      for (let i = 0; i < width; i += 1)
        for (let j = 0; j < i; j += 1) want[i * width + j] = want[j * width + i] as number;
      expect(gramOfPanels(cp, rows, width)).toEqual(want);
    }
  });

  it('dense × denseᵀ equals the plain loop exactly', () => {
    const [rows, inner, cols] = [9, 11, 6];
    const x = Float64Array.from({ length: rows * inner }, () => rand());
    const bt = Float64Array.from({ length: cols * inner }, () => rand());
    const want = new Float64Array(rows * cols);
    for (let r = 0; r < rows; r += 1)
      for (let c = 0; c < cols; c += 1) {
        let s = 0;
        for (let i = 0; i < inner; i += 1)
          s += (x[r * inner + i] as number) * (bt[c * inner + i] as number);
        want[r * cols + c] = s;
      }
    expect(denseTimesTransposed(x, bt, rows, inner, cols)).toEqual(want);
  });

  it('orthonormalisation equals plain modified Gram–Schmidt exactly', () => {
    const [rows, cols] = [40, 11];
    const c = Float64Array.from({ length: rows * cols }, () => rand());
    c.fill(0, 5 * rows, 6 * rows); // a zero column stays zero
    const want = Float64Array.from(c);
    for (let j = 0; j < cols; j += 1) {
      const oj = j * rows;
      for (let i = 0; i < j; i += 1) {
        const oi = i * rows;
        let dot = 0;
        for (let r = 0; r < rows; r += 1)
          dot += (want[oi + r] as number) * (want[oj + r] as number);
        for (let r = 0; r < rows; r += 1)
          want[oj + r] = (want[oj + r] as number) - dot * (want[oi + r] as number);
      }
      let norm = 0;
      for (let r = 0; r < rows; r += 1) norm += (want[oj + r] as number) ** 2;
      norm = Math.sqrt(norm);
      const inv = norm > 1e-12 ? 1 / norm : 0;
      for (let r = 0; r < rows; r += 1) want[oj + r] = (want[oj + r] as number) * inv;
    }
    orthonormalizeColumns(c, rows, cols);
    expect(c).toEqual(want);
    let dot = 0;
    for (let r = 0; r < rows; r += 1) dot += (c[r] as number) * (c[10 * rows + r] as number);
    expect(Math.abs(dot)).toBeLessThan(1e-12);
  });
});
