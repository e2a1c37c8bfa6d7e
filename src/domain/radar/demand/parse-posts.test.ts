import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../errors.ts';
import { parseDateCell, parsePostFile } from './parse-posts.ts';

describe('parsePostFile', () => {
  it('keeps valid CSV rows and names each bad row by number and field', () => {
    const csv = [
      'Job Title,Description,Posted,Budget,Company,Link',
      'Excel analyst,"Build pivot tables in Excel, with ""quotes""",2026-01-05,$300,Acme,https://a.example/1',
      'Empty,,2026-01-06,,,',
      'Bad date,Tableau dashboard for sales,yesterday-ish,,,',
      'Bad url,SQL queries for churn,2026-01-07,,,ftp://nope',
      '"Multi-line","Line one\nline two with Power BI",2026-02-01,,,',
    ].join('\n');
    const r = parsePostFile(csv, 'csv');
    expect(r.total).toBe(5);
    expect(r.candidates.map((c) => c.row)).toEqual([1, 2, 5]);
    expect(r.candidates[0]).toMatchObject({
      title: 'Excel analyst',
      text: 'Build pivot tables in Excel, with "quotes"',
      budget: '$300',
      client: 'Acme',
      url: 'https://a.example/1',
    });
    expect(r.candidates[0]?.postedAt?.toISOString()).toBe('2026-01-05T00:00:00.000Z');
    // Row 2 has an empty text but a title: the title stands in, so it is valid.
    expect(r.errors).toEqual([
      { row: 3, field: 'Posted', message: expect.stringContaining('not a date') },
      { row: 4, field: 'Link', message: expect.stringContaining('not an http(s) address') },
    ]);
  });

  it('reports an empty row and applies an explicit mapping', () => {
    const csv = 'headline,body,when\n,,\nWriter,Blog writing for SaaS,2026-03-01\n';
    const r = parsePostFile(csv, 'csv', { title: 'headline', text: 'body', date: 'when' });
    expect(r.errors).toEqual([{ row: 1, field: 'body', message: 'the post text is empty' }]);
    expect(r.candidates).toHaveLength(1);
  });

  it('rejects a mapping that names a missing column', () => {
    expect(() => parsePostFile('a,b\n1,2\n', 'csv', { text: 'nope' })).toThrowError(
      /no column|does not have/,
    );
  });

  it('reads JSON arrays, objects holding an array, and JSON Lines with bad lines', () => {
    const json = JSON.stringify({
      jobs: [
        { title: 'A', description: 'dbt models' },
        42,
        { title: 'B', text: 'x'.repeat(50_001) },
      ],
    });
    const j = parsePostFile(json, 'json');
    expect(j.candidates).toHaveLength(1);
    expect(j.errors.map((e) => [e.row, e.field ?? ''])).toEqual([
      [2, ''],
      [3, 'text'],
    ]);

    const jsonl =
      '{"title":"A","content":"Python pandas cleanup"}\n\n{not json}\n{"title":"C","body":"Looker Studio"}\n';
    const l = parsePostFile(jsonl, 'jsonl');
    expect(l.candidates.map((c) => c.row)).toEqual([1, 4]);
    expect(l.errors).toEqual([{ row: 3, message: expect.stringContaining('not valid JSON') }]);
  });

  it('names a title or text that is a list or an object, and keeps the valid rows', () => {
    const json = JSON.stringify([
      { title: null, text: ['x'] },
      { title: { a: 1 }, text: 'Power BI dashboards' },
      { title: 'Fine', text: 'SQL reporting' },
      { title: 'Named', text: { name: 'Figma wireframes' } },
    ]);
    const r = parsePostFile(json, 'json');
    expect(r.candidates.map((c) => c.text)).toEqual(['SQL reporting', 'Figma wireframes']);
    expect(r.errors).toEqual([
      { row: 1, field: 'text', message: 'expected text, found a list' },
      { row: 2, field: 'title', message: 'expected text, found an object' },
    ]);
  });

  it('refuses files over the row limit', () => {
    const lines = Array.from({ length: 50_001 }, (_, i) => `{"text":"post ${i}"}`).join('\n');
    try {
      parsePostFile(lines, 'jsonl');
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e, 'payload_too_large')).toBe(true);
    }
  });

  it('parses ISO, RFC 2822 and Unix dates and rejects nonsense', () => {
    expect(parseDateCell('2026-02-03')?.toISOString()).toBe('2026-02-03T00:00:00.000Z');
    expect(parseDateCell('Tue, 03 Feb 2026 10:00:00 GMT')?.toISOString()).toBe(
      '2026-02-03T10:00:00.000Z',
    );
    expect(parseDateCell('1770112800')?.getUTCFullYear()).toBe(2026);
    expect(parseDateCell('soon')).toBeUndefined();
    expect(parseDateCell('1200-01-01')).toBeUndefined();
  });
});
