import { createHash } from 'node:crypto';

/**
 * Which canonical-JSON rules a hash was made with. Stored hashes depend on the bytes, so each
 * caller names its version and keeps it:
 * - `1`: keys sorted, then laid out in JavaScript property order, which puts integer-like keys
 *   (`"9"`, `"10"`) first in numeric order; members that are `undefined` or functions are
 *   dropped. Plan fingerprints and inputs (paths) and model cache keys (llm).
 * - `2`: every key sorted by UTF-16 code units, as RFC 8785 orders them (`"10"` before `"9"`);
 *   `undefined` members dropped, function members written as `null`. The evidence ledger's
 *   hashes and the instance's signatures.
 * Both write no whitespace, Dates as ISO strings and non-finite numbers as `null`.
 */
export type CanonicalRules = 1 | 2;

/** JSON with object keys sorted at every level and no whitespace: equal values, equal bytes. */
export function canonicalJson(value: unknown, rules: CanonicalRules): string {
  return rules === 2 ? codeUnitJson(value) : (JSON.stringify(sortValue(value)) ?? 'null');
}

/** Lowercase hex sha256 of a string (UTF-8) or bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function codeUnitJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((v) => codeUnitJson(v ?? null)).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${codeUnitJson(obj[k])}`).join(',')}}`;
}

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
