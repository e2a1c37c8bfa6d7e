import { createHash } from 'node:crypto';

/**
 * `v` with object keys sorted at every level. Plain objects whose keys are already in order
 * (and arrays) are reused rather than copied when nothing inside them changes:
 * `JSON.stringify` then emits the same bytes (it drops `undefined` members and writes
 * non-finite numbers as `null` by itself).
 */
function sortValue(v: unknown): unknown {
  if (typeof v !== 'object' || v === null || v instanceof Date) return v;
  if (Array.isArray(v)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      const y = sortValue(x);
      if (out) out.push(y);
      else if (y !== x) {
        out = v.slice(0, i);
        out.push(y);
      }
    }
    return out ?? v;
  }
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  const proto = Object.getPrototypeOf(o);
  let reuse = proto === Object.prototype || proto === null;
  for (let i = 1; reuse && i < keys.length; i++) if (!(keys[i - 1]! < keys[i]!)) reuse = false;
  if (reuse) {
    let changed: Map<string, unknown> | undefined;
    for (const k of keys) {
      const x = o[k];
      const y = sortValue(x);
      if (y !== x) {
        changed ??= new Map();
        changed.set(k, y);
      }
    }
    if (!changed) return o;
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const x = changed.has(k) ? changed.get(k) : o[k];
      if (x !== undefined) out[k] = x;
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const k of keys.sort()) {
    const x = o[k];
    if (x !== undefined) out[k] = sortValue(x);
  }
  return out;
}

/** JSON with object keys sorted at every level and no whitespace: equal values, equal bytes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortValue(value));
}

/** Hex sha256 of a string. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
