/**
 * Dense and sparse products for the semantic space (`buildSemanticSpace`), in typed arrays.
 * Each output entry is summed in the same order as the plain triple loop (ascending inner
 * index, starting from zero), only the loops around it are reordered and blocked so that
 * partial sums sit in locals: the results are bit-for-bit those of the plain loops, just
 * several times cheaper.
 */

/** A sparse matrix in compressed rows: row `r`'s entries are `start[r]` … `start[r + 1] - 1`. */
export interface SparseRows {
  rows: number;
  cols: number;
  start: Int32Array;
  index: Int32Array;
  value: Float64Array;
}

/**
 * Dense matrices of the products below are stored in panels of sixteen columns: entry `(r, j)`
 * of a `rows × 8·panels` matrix sits at `((j >> 4) · rows + r) · 16 + (j & 15)`, so the part of a
 * matrix that one group of eight columns reads is contiguous.
 */
export const PANEL = 16;

/** Index of entry `(r, j)` in a panelled matrix of `rows` rows. */
export function panelIndex(rows: number, r: number, j: number): number {
  return ((j >> 4) * rows + r) * PANEL + (j & 15);
}

/**
 * `a × x` for panelled `x` (`a.cols` rows, `panels` panels): panelled `a.rows` rows (into `out`
 * when given, which must not be `x`), each entry summed over the row's stored entries in their
 * order. Works one panel at a time. Throws nothing.
 */
export function sparseTimesPanels(
  a: SparseRows,
  x: Float64Array,
  panels: number,
  out?: Float64Array,
): Float64Array {
  const { rows, cols, start, index, value } = a;
  const y = out ?? new Float64Array(rows * panels * PANEL);
  for (let b = 0; b < panels; b += 1) {
    const xb = b * cols * PANEL;
    let yo = b * rows * PANEL;
    let p = 0;
    for (let r = 0; r < rows; r += 1) {
      const p1 = start[r + 1] as number;
      let a0 = 0;
      let a1 = 0;
      let a2 = 0;
      let a3 = 0;
      let a4 = 0;
      let a5 = 0;
      let a6 = 0;
      let a7 = 0;
      let a8 = 0;
      let a9 = 0;
      let a10 = 0;
      let a11 = 0;
      let a12 = 0;
      let a13 = 0;
      let a14 = 0;
      let a15 = 0;
      for (; p < p1; p += 1) {
        const v = value[p] as number;
        const xo = xb + (index[p] as number) * PANEL;
        a0 += v * (x[xo] as number);
        a1 += v * (x[xo + 1] as number);
        a2 += v * (x[xo + 2] as number);
        a3 += v * (x[xo + 3] as number);
        a4 += v * (x[xo + 4] as number);
        a5 += v * (x[xo + 5] as number);
        a6 += v * (x[xo + 6] as number);
        a7 += v * (x[xo + 7] as number);
        a8 += v * (x[xo + 8] as number);
        a9 += v * (x[xo + 9] as number);
        a10 += v * (x[xo + 10] as number);
        a11 += v * (x[xo + 11] as number);
        a12 += v * (x[xo + 12] as number);
        a13 += v * (x[xo + 13] as number);
        a14 += v * (x[xo + 14] as number);
        a15 += v * (x[xo + 15] as number);
      }
      y[yo] = a0;
      y[yo + 1] = a1;
      y[yo + 2] = a2;
      y[yo + 3] = a3;
      y[yo + 4] = a4;
      y[yo + 5] = a5;
      y[yo + 6] = a6;
      y[yo + 7] = a7;
      y[yo + 8] = a8;
      y[yo + 9] = a9;
      y[yo + 10] = a10;
      y[yo + 11] = a11;
      y[yo + 12] = a12;
      y[yo + 13] = a13;
      y[yo + 14] = a14;
      y[yo + 15] = a15;
      yo += PANEL;
    }
  }
  return y;
}

/**
 * `aᵀ × y` for panelled `y` (`a.rows` rows, `panels` panels): panelled `a.cols` rows (into `out`
 * when given, which must not be `y`), each entry summed over `a`'s rows in ascending order.
 * Scatters each row into the result one panel at a time. Throws nothing.
 */
export function sparseTransposeTimesPanels(
  a: SparseRows,
  y: Float64Array,
  panels: number,
  out?: Float64Array,
): Float64Array {
  const { rows, cols, start, index, value } = a;
  const x = out ?? new Float64Array(cols * panels * PANEL);
  if (out) x.fill(0);
  for (let b = 0; b < panels; b += 1) {
    const xb = b * cols * PANEL;
    let yo = b * rows * PANEL;
    let p = 0;
    for (let r = 0; r < rows; r += 1) {
      const p1 = start[r + 1] as number;
      const b0 = y[yo] as number;
      const b1 = y[yo + 1] as number;
      const b2 = y[yo + 2] as number;
      const b3 = y[yo + 3] as number;
      const b4 = y[yo + 4] as number;
      const b5 = y[yo + 5] as number;
      const b6 = y[yo + 6] as number;
      const b7 = y[yo + 7] as number;
      const b8 = y[yo + 8] as number;
      const b9 = y[yo + 9] as number;
      const b10 = y[yo + 10] as number;
      const b11 = y[yo + 11] as number;
      const b12 = y[yo + 12] as number;
      const b13 = y[yo + 13] as number;
      const b14 = y[yo + 14] as number;
      const b15 = y[yo + 15] as number;
      yo += PANEL;
      for (; p < p1; p += 1) {
        const v = value[p] as number;
        const xo = xb + (index[p] as number) * PANEL;
        x[xo] = (x[xo] as number) + v * b0;
        x[xo + 1] = (x[xo + 1] as number) + v * b1;
        x[xo + 2] = (x[xo + 2] as number) + v * b2;
        x[xo + 3] = (x[xo + 3] as number) + v * b3;
        x[xo + 4] = (x[xo + 4] as number) + v * b4;
        x[xo + 5] = (x[xo + 5] as number) + v * b5;
        x[xo + 6] = (x[xo + 6] as number) + v * b6;
        x[xo + 7] = (x[xo + 7] as number) + v * b7;
        x[xo + 8] = (x[xo + 8] as number) + v * b8;
        x[xo + 9] = (x[xo + 9] as number) + v * b9;
        x[xo + 10] = (x[xo + 10] as number) + v * b10;
        x[xo + 11] = (x[xo + 11] as number) + v * b11;
        x[xo + 12] = (x[xo + 12] as number) + v * b12;
        x[xo + 13] = (x[xo + 13] as number) + v * b13;
        x[xo + 14] = (x[xo + 14] as number) + v * b14;
        x[xo + 15] = (x[xo + 15] as number) + v * b15;
      }
    }
  }
  return x;
}

/**
 * `cᵀ c` over the first `l` columns of panelled `c` (`rows` rows): the `l × l` Gram matrix
 * (full, symmetric), each entry summed over rows in ascending order. Works on 4 × 4 tiles of
 * the upper triangle over blocks of rows. Throws nothing.
 */
export function gramOfPanels(c: Float64Array, rows: number, l: number): Float64Array {
  const g = new Float64Array(l * l);
  const l4 = l - (l % 4);
  const at = (r: number, j: number) => panelIndex(rows, r, j);
  const BLOCK = 256;
  for (let r0 = 0; r0 < rows; r0 += BLOCK) {
    const r1 = Math.min(rows, r0 + BLOCK);
    for (let i = 0; i < l4; i += 4) {
      const ci = at(0, i);
      for (let j = i; j < l4; j += 4) {
        const cj = at(0, j);
        const g0 = i * l + j;
        const g1 = g0 + l;
        const g2 = g1 + l;
        const g3 = g2 + l;
        let s00 = g[g0] as number;
        let s01 = g[g0 + 1] as number;
        let s02 = g[g0 + 2] as number;
        let s03 = g[g0 + 3] as number;
        let s10 = g[g1] as number;
        let s11 = g[g1 + 1] as number;
        let s12 = g[g1 + 2] as number;
        let s13 = g[g1 + 3] as number;
        let s20 = g[g2] as number;
        let s21 = g[g2 + 1] as number;
        let s22 = g[g2 + 2] as number;
        let s23 = g[g2 + 3] as number;
        let s30 = g[g3] as number;
        let s31 = g[g3 + 1] as number;
        let s32 = g[g3 + 2] as number;
        let s33 = g[g3 + 3] as number;
        for (let r = r0; r < r1; r += 1) {
          const oi = ci + r * PANEL;
          const oj = cj + r * PANEL;
          const c0 = c[oi] as number;
          const c1 = c[oi + 1] as number;
          const c2 = c[oi + 2] as number;
          const c3 = c[oi + 3] as number;
          const d0 = c[oj] as number;
          const d1 = c[oj + 1] as number;
          const d2 = c[oj + 2] as number;
          const d3 = c[oj + 3] as number;
          s00 += c0 * d0;
          s01 += c0 * d1;
          s02 += c0 * d2;
          s03 += c0 * d3;
          s10 += c1 * d0;
          s11 += c1 * d1;
          s12 += c1 * d2;
          s13 += c1 * d3;
          s20 += c2 * d0;
          s21 += c2 * d1;
          s22 += c2 * d2;
          s23 += c2 * d3;
          s30 += c3 * d0;
          s31 += c3 * d1;
          s32 += c3 * d2;
          s33 += c3 * d3;
        }
        g[g0] = s00;
        g[g0 + 1] = s01;
        g[g0 + 2] = s02;
        g[g0 + 3] = s03;
        g[g1] = s10;
        g[g1 + 1] = s11;
        g[g1 + 2] = s12;
        g[g1 + 3] = s13;
        g[g2] = s20;
        g[g2 + 1] = s21;
        g[g2 + 2] = s22;
        g[g2 + 3] = s23;
        g[g3] = s30;
        g[g3 + 1] = s31;
        g[g3 + 2] = s32;
        g[g3 + 3] = s33;
      }
    }
    // Pairs with a column past the last full tile.
    for (let i = 0; i < l; i += 1) {
      for (let j = Math.max(i, l4); j < l; j += 1) {
        let s = g[i * l + j] as number;
        for (let r = r0; r < r1; r += 1) s += (c[at(r, i)] as number) * (c[at(r, j)] as number);
        g[i * l + j] = s;
      }
    }
  }
  for (let i = 0; i < l; i += 1)
    for (let j = 0; j < i; j += 1) g[i * l + j] = g[j * l + i] as number;
  return g;
}

/**
 * `a × b` for `a` row-major `rows × inner` and `b` given column by column (`bt` row-major
 * `cols × inner`, row `c` being column `c` of `b`): row-major `rows × cols`, each entry summed
 * over `inner` in ascending order. Works on 4 × 4 tiles. Throws nothing.
 */
export function denseTimesTransposed(
  a: Float64Array,
  bt: Float64Array,
  rows: number,
  inner: number,
  cols: number,
): Float64Array {
  const out = new Float64Array(rows * cols);
  const r4 = rows - (rows % 4);
  const c4 = cols - (cols % 4);
  for (let r = 0; r < r4; r += 4) {
    const a0 = r * inner;
    const a1 = a0 + inner;
    const a2 = a1 + inner;
    const a3 = a2 + inner;
    for (let c = 0; c < c4; c += 4) {
      const b0 = c * inner;
      const b1 = b0 + inner;
      const b2 = b1 + inner;
      const b3 = b2 + inner;
      let s00 = 0;
      let s01 = 0;
      let s02 = 0;
      let s03 = 0;
      let s10 = 0;
      let s11 = 0;
      let s12 = 0;
      let s13 = 0;
      let s20 = 0;
      let s21 = 0;
      let s22 = 0;
      let s23 = 0;
      let s30 = 0;
      let s31 = 0;
      let s32 = 0;
      let s33 = 0;
      for (let i = 0; i < inner; i += 1) {
        const x0 = a[a0 + i] as number;
        const x1 = a[a1 + i] as number;
        const x2 = a[a2 + i] as number;
        const x3 = a[a3 + i] as number;
        const y0 = bt[b0 + i] as number;
        const y1 = bt[b1 + i] as number;
        const y2 = bt[b2 + i] as number;
        const y3 = bt[b3 + i] as number;
        s00 += x0 * y0;
        s01 += x0 * y1;
        s02 += x0 * y2;
        s03 += x0 * y3;
        s10 += x1 * y0;
        s11 += x1 * y1;
        s12 += x1 * y2;
        s13 += x1 * y3;
        s20 += x2 * y0;
        s21 += x2 * y1;
        s22 += x2 * y2;
        s23 += x2 * y3;
        s30 += x3 * y0;
        s31 += x3 * y1;
        s32 += x3 * y2;
        s33 += x3 * y3;
      }
      const o0 = r * cols + c;
      const o1 = o0 + cols;
      const o2 = o1 + cols;
      const o3 = o2 + cols;
      out[o0] = s00;
      out[o0 + 1] = s01;
      out[o0 + 2] = s02;
      out[o0 + 3] = s03;
      out[o1] = s10;
      out[o1 + 1] = s11;
      out[o1 + 2] = s12;
      out[o1 + 3] = s13;
      out[o2] = s20;
      out[o2 + 1] = s21;
      out[o2 + 2] = s22;
      out[o2 + 3] = s23;
      out[o3] = s30;
      out[o3 + 1] = s31;
      out[o3 + 2] = s32;
      out[o3 + 3] = s33;
    }
  }
  // Rows and columns past the last full tile.
  for (let r = 0; r < rows; r += 1) {
    for (let c = r < r4 ? c4 : 0; c < cols; c += 1) {
      let s = 0;
      for (let i = 0; i < inner; i += 1)
        s += (a[r * inner + i] as number) * (bt[c * inner + i] as number);
      out[r * cols + c] = s;
    }
  }
  return out;
}
