import { describe, expect, it } from 'vitest';
import { readColumns } from './detect-import.ts';

describe('readColumns', () => {
  it('reads the columns as the server will: semicolons, tabs, a BOM, posts beside other lists', () => {
    expect(readColumns('csv', 'title;description;date\nA;B;C\n')).toEqual([
      'title',
      'description',
      'date',
    ]);
    expect(readColumns('csv', '\ufefftitle\tdescription\n')).toEqual(['title', 'description']);
    expect(readColumns('csv', 'title,"a;b",date\n')).toEqual(['title', 'a;b', 'date']);
    expect(
      readColumns('json', JSON.stringify({ tags: ['x'], listings: [{ title: 'A', text: 'B' }] })),
    ).toEqual(['title', 'text']);
  });
});
