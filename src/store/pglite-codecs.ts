import type { PGlite, QueryOptions } from '@electric-sql/pglite';

const BYTEA = 17;

/**
 * `bytea` results as bytes, decoded natively. PGlite's own parser builds the array one
 * `parseInt` of a two-character substring at a time: reading the fingerprints of the
 * near-duplicate candidates of a 3,000-row import into an account of 6,000 posts spent
 * ~4 s of the main thread there (of a 9 s import). Each value gets its own buffer (never a
 * slice of Node's shared pool), since fingerprints' buffers are transferred to workers.
 */
export function parseBytea(x: string): Uint8Array {
  // The server's output format is hex (`\x…`, bytea_output's default since PostgreSQL 9.0).
  if (!x.startsWith('\\x')) throw new Error('bytea value not in hex format');
  const out = new Uint8Array((x.length - 2) >>> 1);
  Buffer.from(out.buffer, out.byteOffset, out.byteLength).write(x.slice(2), 'hex');
  return out;
}

/**
 * Fast result parsers for an embedded database (set once on the instance, here or on its
 * thread): `bytea` as above. Results are otherwise parsed as PGlite does.
 */
export function applyFastParsers(db: Pick<PGlite, 'parsers'>): void {
  db.parsers[BYTEA] = parseBytea as (x: string, typeId?: number) => unknown;
}

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

/**
 * The query options that send `params`' long strings, and bytes for `bytea`, in the binary
 * format; undefined when there is neither.
 */
export function longParamOptions(
  db: Pick<PGlite, 'serializers'>,
  params: readonly unknown[] | undefined,
): { serializers: Record<number, Serializer> } | undefined {
  if (!params?.some((p) => long(p) || p instanceof Uint8Array)) return undefined;
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
      // Bytes in the binary format are the value itself (PGlite's default writes hex text).
      [BYTEA]: (x) => (x instanceof Uint8Array ? x : (db.serializers[BYTEA]?.(x) ?? x)),
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
