import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyFastParsers,
  LONG_PARAM_CHARS,
  longParamOptions,
  parseBytea,
  queryWithLongParams,
} from './pglite-codecs.ts';

describe('long string parameters sent to the embedded database as bytes', () => {
  let db: PGlite;
  beforeAll(async () => {
    db = await PGlite.create();
    applyFastParsers(db);
  });
  afterAll(() => db.close());

  const long = `Größe 👩🏽‍💻 "quoted" \\ back\tslash\n${'x'.repeat(LONG_PARAM_CHARS)}`;
  const doc = { text: long, n: [1, 2.5, null], nested: { ok: true } };

  it('arrives unchanged as text, varchar, json and jsonb', async () => {
    const r = await queryWithLongParams(
      db,
      'select $1::text as t, $1::varchar as v, octet_length($1::text) as n, $2::json as j, $2::jsonb as b',
      [long, JSON.stringify(doc)],
    );
    const row = r.rows[0] as { t: string; v: string; n: number; j: unknown; b: unknown };
    expect(row.t).toBe(long);
    expect(row.v).toBe(long);
    expect(row.n).toBe(Buffer.byteLength(long));
    expect(row.j).toEqual(doc);
    expect(row.b).toEqual(doc);
  });

  it('is used only when a parameter is long, and leaves other values to the usual serialisers', async () => {
    expect(longParamOptions(db, ['short', 1, null])).toBeUndefined();
    const options = longParamOptions(db, [long]);
    // Long text goes as UTF-8 bytes (binary format); jsonb with its version byte first.
    const text = options?.serializers[25]?.(long) as Uint8Array;
    expect(text).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(text).toString('utf8')).toBe(long);
    const jsonb = options?.serializers[3802]?.(JSON.stringify(doc)) as Uint8Array;
    expect(jsonb[0]).toBe(1);
    expect(JSON.parse(Buffer.from(jsonb.subarray(1)).toString('utf8'))).toEqual(doc);
    // Short text keeps PGlite's own serialiser.
    expect(options?.serializers[25]?.('short')).toBe('short');
    // A short value in the same query goes as text, a Date as its ISO form.
    const r = await queryWithLongParams(db, 'select $1::text as a, $2::text as b, $3::jsonb as c', [
      long,
      new Date('2026-01-02T03:04:05.000Z'),
      { short: true },
    ]);
    expect(r.rows[0]).toEqual({ a: long, b: '2026-01-02T03:04:05.000Z', c: { short: true } });
  });

  it('is still checked by the database: invalid JSON is refused', async () => {
    await expect(
      queryWithLongParams(db, 'select $1::json as j', [`{"a": ${'1'.repeat(LONG_PARAM_CHARS)}`]),
    ).rejects.toThrow(/json/i);
  });
});

describe('bytea on the embedded database', () => {
  it('decodes hex results into bytes of their own', () => {
    const b = parseBytea('\\x00ff10');
    expect([...b]).toEqual([0, 255, 16]);
    // Its own buffer, not a view into a shared pool (fingerprint buffers are transferred).
    expect(b.byteOffset).toBe(0);
    expect(b.buffer.byteLength).toBe(3);
    expect([...parseBytea('\\x')]).toEqual([]);
    expect(() => parseBytea('\\001')).toThrow(/hex/);
  });

  it('sends bytes as they are and reads them back unchanged', async () => {
    const db = await PGlite.create();
    applyFastParsers(db);
    try {
      const all = Uint8Array.from({ length: 256 }, (_, i) => i);
      const r = await queryWithLongParams(db, 'select $1::bytea as b, length($1::bytea) as n', [
        all,
      ]);
      const row = r.rows[0] as { b: Uint8Array; n: number };
      expect(row.n).toBe(256);
      expect([...row.b]).toEqual([...all]);
      const empty = await queryWithLongParams(db, 'select $1::bytea as b', [new Uint8Array(0)]);
      expect([...(empty.rows[0] as { b: Uint8Array }).b]).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
