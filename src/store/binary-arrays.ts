/**
 * One-dimensional PostgreSQL arrays in the protocol's binary format (what `array_send` writes
 * and `array_recv` reads), to send a column of many rows as one parameter:
 * `insert into t (a, b) select * from unnest($1::text[], $2::timestamptz[])`.
 *
 * The database reads each element by its length prefix instead of scanning text for quotes,
 * escapes and delimiters (what `json_to_recordset` or an array literal costs), and the app
 * does not serialise the rows as JSON first. Both drivers send a `Buffer` parameter in the
 * binary format: node-postgres, and PGlite's protocol writer.
 *
 * Layout: ndim (1), has-nulls flag, element type oid, then the dimension's length and lower
 * bound (1), then per element its byte length (-1 for NULL) and bytes.
 */

/** Element type oids (pg_type), which `array_recv` checks against the cast's. */
const OID = {
  text: 25,
  bytea: 17,
  int8: 20,
  float8: 701,
  timestamptz: 1184,
  jsonb: 3802,
} as const;

type Kind = keyof typeof OID;

/** Milliseconds between the Unix epoch and PostgreSQL's (2000-01-01 UTC). */
const PG_EPOCH_MS = 946_684_800_000;

/** An element's bytes, or null for SQL NULL. */
type Encode<T> = (v: T) => Uint8Array | null;

/** The array header: one dimension of `n` elements of `kind`, from index 1. */
function header(out: Buffer, kind: Kind, n: number, nulls: boolean): void {
  out.writeInt32BE(1, 0);
  out.writeInt32BE(nulls ? 1 : 0, 4);
  out.writeInt32BE(OID[kind], 8);
  out.writeInt32BE(n, 12);
  out.writeInt32BE(1, 16);
}

function encodeArray<T>(kind: Kind, values: readonly T[], encode: Encode<T>): Buffer {
  const parts: (Uint8Array | null)[] = new Array(values.length);
  let size = 20;
  let nulls = false;
  for (let i = 0; i < values.length; i++) {
    const b = encode(values[i] as T);
    parts[i] = b;
    size += 4 + (b ? b.length : 0);
    if (!b) nulls = true;
  }
  const out = Buffer.allocUnsafe(size);
  header(out, kind, values.length, nulls);
  let at = 20;
  for (const b of parts) {
    if (!b) {
      out.writeInt32BE(-1, at);
      at += 4;
      continue;
    }
    out.writeInt32BE(b.length, at);
    out.set(b, at + 4);
    at += 4 + b.length;
  }
  return out;
}

const utf8 = (s: string) => Buffer.from(s, 'utf8');

/**
 * `text[]`: strings (null or undefined as NULL), encoded straight into the one buffer (no
 * buffer per element). A lone surrogate becomes U+FFFD, as every UTF-8 encoder here does.
 */
export function textArray(values: readonly (string | null | undefined)[]): Buffer {
  // A value that is not text (a number from untyped data) goes as its text form, as the
  // JSON a column used to be sent in would have carried it.
  const texts = values.map((v) => (v == null || typeof v === 'string' ? v : String(v)));
  const lengths = new Int32Array(texts.length);
  let size = 20;
  let nulls = false;
  for (let i = 0; i < texts.length; i++) {
    const v = texts[i];
    if (v == null) {
      lengths[i] = -1;
      nulls = true;
      size += 4;
    } else {
      const n = Buffer.byteLength(v, 'utf8');
      lengths[i] = n;
      size += 4 + n;
    }
  }
  const out = Buffer.allocUnsafe(size);
  header(out, 'text', texts.length, nulls);
  let at = 20;
  for (let i = 0; i < texts.length; i++) {
    const n = lengths[i] as number;
    out.writeInt32BE(n, at);
    at += 4;
    if (n > 0) at += out.write(texts[i] as string, at, n, 'utf8');
  }
  return out;
}

/** `bytea[]`: bytes (null or undefined as NULL). */
export function byteaArray(values: readonly (Uint8Array | null | undefined)[]): Buffer {
  return encodeArray('bytea', values, (v) => v ?? null);
}

/**
 * `float8[]`: numbers (null, undefined and non-finite numbers as NULL, as JSON would carry
 * them: a NOT NULL column then refuses NaN instead of storing it).
 */
export function float8Array(values: readonly (number | null | undefined)[]): Buffer {
  return encodeArray('float8', values, (v) => {
    if (v == null || !Number.isFinite(v)) return null;
    const b = Buffer.allocUnsafe(8);
    b.writeDoubleBE(v, 0);
    return b;
  });
}

/** `int8[]`: integers within ±2^53 (null or undefined as NULL). */
export function int8Array(values: readonly (number | null | undefined)[]): Buffer {
  return encodeArray('int8', values, (v) => {
    if (v == null) return null;
    if (!Number.isSafeInteger(v)) throw new RangeError(`not a safe integer: ${v}`);
    const b = Buffer.allocUnsafe(8);
    b.writeBigInt64BE(BigInt(v), 0);
    return b;
  });
}

/**
 * `timestamptz[]`: instants (Date, or ISO text; null or undefined as NULL), at millisecond
 * precision as JavaScript holds them. An invalid date is refused here, as the database would.
 */
export function timestamptzArray(values: readonly (Date | string | null | undefined)[]): Buffer {
  return encodeArray('timestamptz', values, (v) => {
    if (v == null) return null;
    const ms = (typeof v === 'string' ? new Date(v) : v).getTime();
    if (!Number.isFinite(ms)) throw new RangeError(`invalid date: ${String(v)}`);
    const b = Buffer.allocUnsafe(8);
    b.writeBigInt64BE(BigInt(ms - PG_EPOCH_MS) * 1000n, 0);
    return b;
  });
}

/**
 * `jsonb[]`: values serialised as JSON; null and undefined as SQL NULL (as a JSON document's
 * field of null was read into a jsonb column), so a NOT NULL column refuses a missing value.
 */
export function jsonbArray(values: readonly unknown[]): Buffer {
  return encodeArray('jsonb', values, (v) => {
    if (v == null) return null;
    const text = utf8(JSON.stringify(v));
    const b = Buffer.allocUnsafe(text.length + 1);
    b[0] = 1; // jsonb's binary format version
    text.copy(b, 1);
    return b;
  });
}
