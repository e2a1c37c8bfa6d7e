const UPPER = /\p{Lu}/u;
/** Per UTF-16 unit outside ASCII: 0 unknown, 1 an uppercase letter, -1 not. */
const UNIT_CACHE = new Int8Array(65536);

/**
 * True when the UTF-16 unit `c` at `s[i]` starts an uppercase letter (Unicode `Lu`): an ASCII
 * capital, a BMP `Lu` letter, or a high surrogate whose pair with `s[i + 1]` is one. A low
 * surrogate on its own never is (`hasUpper` reads a pair from its high half). Throws nothing.
 */
export function isUpperAt(s: string, i: number, c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return UPPER.test(String.fromCharCode(c, d));
  }
  let v = UNIT_CACHE[c] ?? 0;
  if (v === 0) {
    v = UPPER.test(String.fromCharCode(c)) ? 1 : -1;
    UNIT_CACHE[c] = v;
  }
  return v === 1;
}

/**
 * True when the string has an uppercase letter (Unicode `Lu`), the same answer as
 * `/\p{Lu}/u.test(s)` but a plain loop over char codes (the regex crawls through megabytes of
 * lowercase text at a few dozen MB/s). Throws nothing.
 */
export function hasUpper(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) return true;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (UPPER.test(String.fromCharCode(c, d))) return true;
        i += 1;
        continue;
      }
    }
    let v = UNIT_CACHE[c] ?? 0;
    if (v === 0) {
      v = UPPER.test(String.fromCharCode(c)) ? 1 : -1;
      UNIT_CACHE[c] = v;
    }
    if (v === 1) return true;
  }
  return false;
}
