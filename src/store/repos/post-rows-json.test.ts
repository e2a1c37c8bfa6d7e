import { describe, expect, it } from 'vitest';
import { type NewRadarPost, POST_INSERT_COLUMNS, postRowsJson } from './radar-repo.ts';

describe('postRowsJson', () => {
  it('writes every column the posts insert reads, and nothing else', () => {
    const post = Object.fromEntries(
      POST_INSERT_COLUMNS.filter(([n]) => n !== 'band_keys').map(([n]) => [n, `v-${n}`]),
    ) as unknown as NewRadarPost;
    Object.assign(post, { skills: [], bands: ['1:a'], fingerprint: new Uint8Array([1, 2]) });
    const [row] = JSON.parse(postRowsJson([post], []).posts[0] ?? '[]') as Record<
      string,
      unknown
    >[];
    expect(Object.keys(row ?? {}).sort()).toEqual(POST_INSERT_COLUMNS.map(([n]) => n).sort());
    // Every value given arrives (a column left out of the row would insert as null).
    for (const [n] of POST_INSERT_COLUMNS)
      if (!['skills', 'band_keys', 'fingerprint'].includes(n)) expect(row?.[n]).toBe(`v-${n}`);
    expect(row?.fingerprint).toBe('AQI=');
  });
});
