import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestStore, STORE_KINDS } from '../../test/test-store.ts';
import {
  byteaArray,
  float8Array,
  int8Array,
  jsonbArray,
  textArray,
  timestamptzArray,
} from './binary-arrays.ts';
import type { Store } from './open-store.ts';

const TEXTS = [
  'plain',
  '',
  null,
  'quotes " and \' and {braces}, commas, \\backslash\\ and NULL',
  'tab\there\nnewline\r\n',
  'Ünïcödé: Größe, 日本語, emoji 👩🏽‍💻 and 𝔘',
  'x'.repeat(70_000),
];

describe.each(STORE_KINDS)('binary array parameters, %s', (kind) => {
  let store: Store;
  beforeAll(async () => {
    store = await makeTestStore(kind);
  });
  afterAll(() => store.close());

  const roundTrip = async <T>(param: Buffer, type: string) => {
    const r = await sql<{
      v: T;
    }>`select v from unnest(${param}::${sql.raw(type)}) with ordinality as u(v, i) order by i`.execute(
      store.db,
    );
    return r.rows.map((x) => x.v);
  };

  it('reads text, NULLs and every kind of character back unchanged', async () => {
    expect(await roundTrip<string | null>(textArray(TEXTS), 'text[]')).toEqual(TEXTS);
    // A value that is not text goes as its text form; a lone surrogate as U+FFFD.
    expect(
      await roundTrip<string>(textArray([42 as unknown as string, 'a\uD83Db']), 'text[]'),
    ).toEqual(['42', 'a\uFFFDb']);
    // The same value the text form gives, length and all.
    const r = await sql<{
      n: number;
    }>`select sum(octet_length(v))::int as n from unnest(${textArray(TEXTS)}::text[]) v`.execute(
      store.db,
    );
    expect(r.rows[0]?.n).toBe(TEXTS.reduce((a, t) => a + (t ? Buffer.byteLength(t) : 0), 0));
  });

  it('reads instants at millisecond precision, before and after 2000', async () => {
    const at = ['1969-07-20T20:17:40.123Z', '2000-01-01T00:00:00.000Z', '2026-12-06T19:01:02.999Z'];
    const got = await roundTrip<Date | null>(
      timestamptzArray([...at.map((a) => new Date(a)), null, at[0]]),
      'timestamptz[]',
    );
    expect(got.map((d) => (d ? new Date(d).toISOString() : d))).toEqual([...at, null, at[0]]);
    expect(() => timestamptzArray([new Date('nope')])).toThrow(/invalid date/);
  });

  it('reads numbers, bytes and JSON back unchanged', async () => {
    const floats = [0.1, -2.5e-300, 1e300, 0, null, 0.56];
    expect(await roundTrip<number | null>(float8Array(floats), 'float8[]')).toEqual(floats);
    // Not finite: NULL, as JSON carries it (a NOT NULL column then refuses it).
    expect(
      await roundTrip<number | null>(
        float8Array([Number.NaN, Number.POSITIVE_INFINITY, 1]),
        'float8[]',
      ),
    ).toEqual([null, null, 1]);
    const ints = [0, -1, 2 ** 53 - 1, -(2 ** 53 - 1), 5 * 2 ** 32 + 7, null];
    expect(await roundTrip<number | null>(int8Array(ints), 'int8[]')).toEqual(ints);
    expect(() => int8Array([2 ** 53])).toThrow(/safe integer/);
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const bytes = (
      await roundTrip<Uint8Array | null>(byteaArray([all, new Uint8Array(0), null]), 'bytea[]')
    ).map((b) => (b ? [...b] : b));
    expect(bytes).toEqual([[...all], [], null]);
    const docs = [{ a: 'Größe 👩🏽‍💻', n: [1, 2.5, null] }, [], null, 'text', undefined];
    const got = await roundTrip<unknown>(jsonbArray(docs), 'jsonb[]');
    expect(got).toEqual([docs[0], [], null, 'text', null]);
    // null and undefined are SQL NULL (a NOT NULL column refuses them), as a JSON field of
    // null was.
    const nulls = await sql<{
      n: number;
    }>`select count(*)::int as n from unnest(${jsonbArray(docs)}::jsonb[]) v where v is null`.execute(
      store.db,
    );
    expect(nulls.rows[0]?.n).toBe(2);
  });

  it('is refused by the database when the element type differs from the cast', async () => {
    await expect(roundTrip(textArray(['a']), 'int8[]')).rejects.toThrow();
  });
});
