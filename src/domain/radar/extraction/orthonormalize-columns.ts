/** Projects column `i` out of column `j` of column-major `c` (`rows` per column), as MGS does. */
function project(c: Float64Array, rows: number, i: number, j: number): void {
  const oi = i * rows;
  const oj = j * rows;
  let dot = 0;
  for (let r = 0; r < rows; r += 1) dot += (c[oi + r] as number) * (c[oj + r] as number);
  for (let r = 0; r < rows; r += 1) c[oj + r] = (c[oj + r] as number) - dot * (c[oi + r] as number);
}

/**
 * Orthonormalises the `cols` columns of column-major `c` (`rows` per column) in place by
 * modified Gram–Schmidt (a column under 1e-12 in norm becomes zero), with every dot product,
 * update and norm computed exactly as the plain loop does. Four columns at a time are
 * projected on the finished ones, each projection's update fused with the next one's dot
 * product, so four independent sums run together. Throws nothing.
 */
export function orthonormalizeColumns(c: Float64Array, rows: number, cols: number): void {
  for (let j = 0; j < cols; j += 4) {
    if (j + 4 <= cols && j > 0) {
      const o0 = j * rows;
      const o1 = o0 + rows;
      const o2 = o1 + rows;
      const o3 = o2 + rows;
      let d0 = 0;
      let d1 = 0;
      let d2 = 0;
      let d3 = 0;
      for (let r = 0; r < rows; r += 1) {
        const x = c[r] as number;
        d0 += x * (c[o0 + r] as number);
        d1 += x * (c[o1 + r] as number);
        d2 += x * (c[o2 + r] as number);
        d3 += x * (c[o3 + r] as number);
      }
      for (let i = 1; i < j; i += 1) {
        // Update by column i − 1 (coefficients d*), then dot with column i.
        const op = (i - 1) * rows;
        const oi = i * rows;
        let s0 = 0;
        let s1 = 0;
        let s2 = 0;
        let s3 = 0;
        for (let r = 0; r < rows; r += 1) {
          const p = c[op + r] as number;
          const x = c[oi + r] as number;
          const y0 = (c[o0 + r] as number) - d0 * p;
          const y1 = (c[o1 + r] as number) - d1 * p;
          const y2 = (c[o2 + r] as number) - d2 * p;
          const y3 = (c[o3 + r] as number) - d3 * p;
          c[o0 + r] = y0;
          c[o1 + r] = y1;
          c[o2 + r] = y2;
          c[o3 + r] = y3;
          s0 += x * y0;
          s1 += x * y1;
          s2 += x * y2;
          s3 += x * y3;
        }
        d0 = s0;
        d1 = s1;
        d2 = s2;
        d3 = s3;
      }
      const op = (j - 1) * rows;
      for (let r = 0; r < rows; r += 1) {
        const p = c[op + r] as number;
        c[o0 + r] = (c[o0 + r] as number) - d0 * p;
        c[o1 + r] = (c[o1 + r] as number) - d1 * p;
        c[o2 + r] = (c[o2 + r] as number) - d2 * p;
        c[o3 + r] = (c[o3 + r] as number) - d3 * p;
      }
    } else {
      for (let b = j; b < Math.min(cols, j + 4); b += 1)
        for (let i = 0; i < j; i += 1) project(c, rows, i, b);
    }
    // Within the group: plain MGS.
    for (let b = j; b < Math.min(cols, j + 4); b += 1) {
      for (let i = j; i < b; i += 1) project(c, rows, i, b);
      const ob = b * rows;
      let norm = 0;
      for (let r = 0; r < rows; r += 1) norm += (c[ob + r] as number) ** 2;
      norm = Math.sqrt(norm);
      const inv = norm > 1e-12 ? 1 / norm : 0;
      for (let r = 0; r < rows; r += 1) c[ob + r] = (c[ob + r] as number) * inv;
    }
  }
}
