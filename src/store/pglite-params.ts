import type { PGlite, QueryOptions } from '@electric-sql/pglite';

/**
 * String parameters at least this long are handed to the embedded database as UTF-8 bytes
 * (the protocol's binary format) instead of as text.
 *
 * PGlite's protocol writer measures a text parameter's UTF-8 length with a loop over its
 * characters in JavaScript, twice, and then encodes it. For an import chunk's rows (a JSON
 * parameter of ~270 KB) that was about a fifth of the main thread's time in a 6,000-row
 * import. `Buffer.from` encodes natively; the writer then only copies the bytes.
 *
 * The binary form of `text`, `varchar` and `json` is the UTF-8 text itself, and of `jsonb`
 * a version byte (1) before it, so the database receives the same value. It checks the bytes
 * as UTF-8 either way. Only the parameter's wire format changes, never the results'.
 */
export const LONG_PARAM_CHARS = 4096;

const TEXT = 25;
const JSON_OID = 114;
const VARCHAR = 1043;
const JSONB = 3802;

type Serializer = (x: unknown) => unknown;

const long = (x: unknown): x is string => typeof x === 'string' && x.length >= LONG_PARAM_CHARS;

/** The query options that send `params`' long strings as bytes; undefined when none is long. */
export function longParamOptions(
  db: Pick<PGlite, 'serializers'>,
  params: readonly unknown[] | undefined,
): { serializers: Record<number, Serializer> } | undefined {
  if (!params?.some(long)) return undefined;
  const asBytes =
    (oid: number, prefix?: number): Serializer =>
    (x) => {
      if (!long(x)) {
        const base = db.serializers[oid];
        return base ? base(x) : String(x);
      }
      if (prefix === undefined) return Buffer.from(x, 'utf8');
      const text = Buffer.from(x, 'utf8');
      const out = Buffer.allocUnsafe(text.length + 1);
      out[0] = prefix;
      text.copy(out, 1);
      return out;
    };
  return {
    serializers: {
      [TEXT]: asBytes(TEXT),
      [VARCHAR]: asBytes(VARCHAR),
      [JSON_OID]: asBytes(JSON_OID),
      [JSONB]: asBytes(JSONB, 1),
    },
  };
}

/** `db.query` with long string parameters sent as bytes (see `LONG_PARAM_CHARS`). */
export function queryWithLongParams(db: PGlite, sql: string, params?: unknown[]) {
  const options = longParamOptions(db, params);
  // PGlite's types say a serializer returns text; its protocol writer also takes bytes (and
  // sends them in the binary format), which is the point here.
  return options
    ? db.query(sql, params, options as unknown as QueryOptions)
    : db.query(sql, params);
}
