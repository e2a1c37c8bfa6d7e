const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Pure: makes every string inside `value` well-formed before it is hashed and stored —
 * lone UTF-16 surrogates become U+FFFD (what the database would store anyway) and NUL
 * characters are removed (PostgreSQL text cannot hold them) — so that what is hashed is
 * exactly what is stored. Objects and arrays are copied; keys are normalised too.
 */
export function normaliseText<T>(value: T): T {
  if (typeof value === 'string') return value.replace(LONE, '\uFFFD').replaceAll('\u0000', '') as T;
  if (Array.isArray(value)) return value.map((v) => normaliseText(v)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [normaliseText(k), normaliseText(v)]),
    ) as T;
  }
  return value;
}
